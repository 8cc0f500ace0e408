/**
 * `phuluc aggregate FILES_OR_FOLDERS... --out TONG-HOP.xlsx [--settings s.json] [--include-invalid] [--force]`
 *
 * The receiving level's officer merges the unit workbooks: folders expand to their .xlsx files
 * (not recursive, sorted, Excel's "~$" lock files skipped), each file is read with the .xlsx
 * reader (src/adapters/xlsx) (an unreadable one is listed with a Vietnamese reason, never a crash), `aggregate`
 * merges PL-I/II/III one row per unit, and the result is written like `phuluc new` writes:
 * annex markers, the settings sheet (with the aggregated settings), no overwrite without --force.
 *
 * Exit 0 when the merged workbook was written (files left out are listed, not failures);
 * 2 when no file is given or found, when no file can be included, or --out exists.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readXlsxFile } from '../adapters/xlsx/read-file';
import { aggregateCounts, inferReceiverSettings, readErrorReason } from '../app/aggregate';
import { aggregate, STATUS_SHEET, type AggregateInput, type UnitStatus } from '../domain/aggregate';
import type { ReportSettings } from '../domain/settings';
import { getTemplate } from '../domain/templates/catalog';
import { checkOut, loadSettings, parseArgs, str, UsageError, writeOut, type Io } from './args';
import { M } from '../domain/messages/cli';
import { STAMP_AGGREGATE, stampSentence } from '../domain/messages/stamp';

const LEVEL_WORD: Record<string, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };
const collator = new Intl.Collator('vi');

/** The files to read: folders expanded (non-recursive, sorted), each file once, never --out itself. */
export async function expandInputs(args: readonly string[], out?: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const skip = out ? path.resolve(out) : undefined;
  const add = (p: string) => {
    const key = path.resolve(p);
    if (key === skip || seen.has(key)) return;
    seen.add(key);
    files.push(p);
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await fs.stat(arg)).isDirectory();
    } catch {
      // Missing or unreadable: listed on the status sheet with its reason.
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(arg, { withFileTypes: true });
    } catch {
      throw new UsageError(M.folderUnreadable(arg));
    }
    const names = entries
      .filter((e) => !e.isDirectory() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0 && args.length === 1) throw new UsageError(M.folderEmpty(arg));
    for (const n of names) add(path.join(arg, n));
  }
  return files;
}

/** File names as the status sheet shows them: the base name, or the path given when two share one. */
function displayNames(files: readonly string[]): string[] {
  const base = files.map((f) => path.basename(f));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  return files.map((f, i) => (count.get(base[i]!)! > 1 ? f : base[i]!));
}

function levelsWord(settings: ReportSettings): string {
  return `cấp ${settings.levels.map((l) => LEVEL_WORD[l] ?? l).join('/')}`;
}

function printUnits(io: Io, heading: string, units: UnitStatus[]): void {
  if (!units.length) return;
  io.out(heading + '\n');
  for (const u of units) {
    io.out(M.unitLine(u.fileName, u.unitName, u.label) + '\n');
    for (const n of u.notes) io.out(M.unitNote(n) + '\n');
  }
}

/** Each readable file's validation stamp, verified: checked and unchanged, edited since, or not checked. */
function printStamps(io: Io, units: UnitStatus[]): void {
  const readable = units.filter((u) => u.inclusion !== 'unreadable');
  if (!readable.length) return;
  io.out(STAMP_AGGREGATE.heading + '\n');
  for (const u of readable) {
    io.out(M.unitLine(u.fileName, u.unitName, stampSentence(u.stamp)) + '\n');
    for (const e of u.explanations) io.out(M.unitNote(`${M.explained}: ${e}`) + '\n');
  }
}

export async function cmdAggregate(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--settings', '--include-invalid', '--force'], 'aggregate');
  if (!positional.length) throw new UsageError(M.aggregateNeedsFiles);
  const out = str(options.get('--out'));
  if (!out) throw new UsageError(M.aggregateNeedsOut);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(M.outNotXlsx(out));
  const force = options.has('--force');
  const includeInvalid = options.has('--include-invalid');
  const settingsFile = str(options.get('--settings'));
  const given = settingsFile ? (await loadSettings(settingsFile)).settings : undefined;
  await checkOut(out, force);

  const files = await expandInputs(positional, out);
  if (!files.length) throw new UsageError(M.aggregateNoFiles);
  const names = displayNames(files);
  const inputs: AggregateInput[] = [];
  for (let i = 0; i < files.length; i++) {
    io.progress?.(`Đang đọc ${i + 1}/${files.length}: ${names[i]}`);
    try {
      inputs.push({ fileName: names[i]!, snapshot: await readXlsxFile(files[i]!) });
    } catch (e) {
      inputs.push({ fileName: names[i]!, unreadable: readErrorReason(e) });
    }
  }
  io.progress?.('');

  const settings = given ?? inferReceiverSettings(inputs.map((x) => x.snapshot));
  const res = aggregate(inputs, { settings, includeInvalid });
  const counts = aggregateCounts(res);

  io.out(
    STATUS_SHEET.summary({
      files: res.units.length,
      included: counts.included,
      invalid: res.units.filter((u) => u.inclusion === 'included-invalid' || u.inclusion === 'excluded-invalid').length,
      duplicate: counts.duplicates,
      unreadable: res.units.filter((u) => u.inclusion === 'unreadable').length,
    }) + '\n',
  );
  if (!given) io.out(M.settingsInferred(settings.reportYear, levelsWord(settings)) + '\n');
  printUnits(
    io,
    M.leftOutHeading,
    res.units.filter((u) => u.inclusion === 'excluded-invalid' || u.inclusion === 'unreadable'),
  );
  printUnits(
    io,
    M.duplicatesHeading,
    res.units.filter((u) => u.inclusion === 'duplicate'),
  );
  printUnits(
    io,
    M.includedInvalidHeading,
    res.units.filter((u) => u.inclusion === 'included-invalid'),
  );
  printUnits(
    io,
    M.notesHeading,
    res.units.filter((u) => u.inclusion === 'included' && u.notes.length > 0),
  );
  printStamps(io, res.units);
  const hint = !includeInvalid && res.units.some((u) => u.inclusion === 'excluded-invalid');

  if (counts.included === 0) {
    io.err(`phuluc: ${M.noneIncluded}\n`);
    if (hint) io.err(`phuluc: ${M.includeInvalidHint}\n`);
    return 2;
  }

  const { buildPlansWorkbook } = await import('../adapters/exceljs/build');
  const { workbook, sheets } = await buildPlansWorkbook([...res.plans, res.status], res.settings);
  await writeOut(out, Buffer.from(await workbook.xlsx.writeBuffer()), force);
  io.out(M.aggregated(out) + '\n');
  for (const s of sheets) {
    if (s.templateId)
      io.out(M.aggregatedSheet(s.sheetName, getTemplate(s.templateId)?.title ?? s.templateId, counts.included) + '\n');
    else io.out(M.statusSheetLine(s.sheetName) + '\n');
  }
  if (hint) io.out(M.includeInvalidHint + '\n');
  io.out(M.aggregateNext(out) + '\n');
  return 0;
}
