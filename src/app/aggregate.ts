/**
 * Aggregation ("tổng hợp") from the unit files the receiving officer picks, for the task pane
 * and the CLI: .xlsx bytes → snapshots (unreadable files become inputs with a Vietnamese
 * reason, never a crash) → `aggregate` → merged annexes and the "Tình hình nộp báo cáo" sheet
 * inserted through the port (never over the officer's sheets: a taken name gets "(2)").
 *
 * Heavy (the engine and the .xlsx reader): service.ts loads this module with a dynamic
 * import() on first use, so the task pane's first paint does not wait for it. Browser-safe:
 * no Node fs, no Node Buffer.
 */
import { readXlsx } from '../adapters/xlsx/read';
import { WorkbookReadError } from '../adapters/xlsx/errors';
import { AGGREGATE_APP_TEXT, READ_REASON } from '../domain/messages/aggregate';
import { READER_TEXT } from '../domain/messages/reader';
import { aggregate, type AggregateInput, type AggregateResult } from '../domain/aggregate';
import { defaultSettings, parseSettings, type ReportSettings } from '../domain/settings';
import type { WorkbookPort, WorkbookSnapshot } from '../domain/sheet/workbook';
import type { AggregateFile, AggregateFilesProgress, AggregateFilesResult } from './types';

/** An error while reading a unit file, as the Vietnamese reason the status sheet shows. */
export function readErrorReason(err: unknown): string {
  if (err instanceof WorkbookReadError) {
    if (err.reason === 'corrupt' && err.damage) return READER_TEXT.damagedReason(err.damage);
    return err.reason === 'too-large' && err.tooLarge
      ? AGGREGATE_APP_TEXT.tooLarge(err.tooLarge)
      : READ_REASON[err.reason];
  }
  return AGGREGATE_APP_TEXT.unexpectedRead(err instanceof Error ? err.message : String(err));
}

/** One unit file's bytes as an aggregation input; never throws. */
export async function readUnitData(fileName: string, data: ArrayBuffer | Uint8Array): Promise<AggregateInput> {
  try {
    return { fileName, snapshot: readXlsx(data, { path: fileName }) };
  } catch (err) {
    return { fileName, unreadable: readErrorReason(err) };
  }
}

function mostCommon<T>(values: T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.value;
}

/**
 * Settings for the merged workbook when the receiving level gave none: the report year, the
 * first budget year and the administrative levels most of the unit files use (so PL-III gets
 * the same year columns as the files), no unit name. `base` supplies the rest.
 */
export function inferReceiverSettings(
  snapshots: readonly (WorkbookSnapshot | undefined)[],
  base: ReportSettings = defaultSettings(),
): ReportSettings {
  const found: ReportSettings[] = [];
  for (const s of snapshots) {
    if (!s?.settings) continue;
    const parsed = parseSettings(s.settings);
    if (parsed.ok) found.push(parsed.settings);
  }
  const shape = mostCommon(found, (s) => `${s.reportYear}|${s.budgetFromYear}|${s.levels.join(',')}`);
  if (!shape) return base;
  return { ...base, reportYear: shape.reportYear, budgetFromYear: shape.budgetFromYear, levels: [...shape.levels] };
}

/** How many inputs ended up in each group, the way the task pane and the CLI summarise them. */
export function aggregateCounts(res: AggregateResult): {
  included: number;
  excluded: number;
  duplicates: number;
  invalidIncluded: number;
} {
  let included = 0;
  let excluded = 0;
  let duplicates = 0;
  let invalidIncluded = 0;
  for (const u of res.units) {
    if (u.inclusion === 'included') included++;
    else if (u.inclusion === 'included-invalid') {
      included++;
      invalidIncluded++;
    } else if (u.inclusion === 'duplicate') duplicates++;
    else excluded++;
  }
  return { included, excluded, duplicates, invalidIncluded };
}

/** Lets the task pane paint the progress line between two files. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every file, aggregates with the open workbook's settings (inferred from the files when
 * the workbook has none, and then stored in it), and inserts the merged annexes and the status
 * sheet. Returns the sheet names actually used (the status sheet last) and the counts.
 */
export async function aggregateFiles(
  port: WorkbookPort,
  files: readonly AggregateFile[],
  options: { includeInvalid: boolean },
  onProgress?: (p: AggregateFilesProgress) => void,
): Promise<AggregateFilesResult> {
  const inputs: AggregateInput[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    onProgress?.({ index: i + 1, total: files.length, fileName: f.name });
    await nextTurn();
    inputs.push(await readUnitData(f.name, f.data));
  }

  const own = await port.read();
  const parsed = own.settings === undefined ? undefined : parseSettings(own.settings);
  const stored = parsed?.ok ? parsed.settings : undefined;
  const settings = stored ?? inferReceiverSettings(inputs.map((x) => x.snapshot));
  const res = aggregate(inputs, { settings, includeInvalid: options.includeInvalid });

  const sheets: string[] = [];
  for (const plan of res.plans) sheets.push((await port.insertSheet(plan)).sheetName);
  sheets.push((await port.insertSheet(res.status)).sheetName);
  // A workbook without settings gets the ones the merged annexes were made with, so "Kiểm tra"
  // reads them the same way. Settings the officer saved are never changed here.
  if (!stored && res.plans.length > 0) await port.writeSettings(res.settings);

  const { included, excluded, duplicates } = aggregateCounts(res);
  return { sheets, included, excluded, duplicates };
}
