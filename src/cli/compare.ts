/**
 * `phuluc compare LAST.xlsx THIS.xlsx [--json] [--out SO-SANH.xlsx] [--share-points N] [--force]`
 *
 * Compares this year's annexes with last year's (src/domain/compare): both files read with
 * the .xlsx reader (src/adapters/xlsx), neither changed. Prints the warnings, the indicator
 * trends and the notes (or the whole result as JSON); --out writes the "So sánh với năm trước"
 * sheet into a new workbook with exceljs.
 *
 * Exit codes, as validate's: 0 when nothing needs a look (no warning, or every warning
 * explained by a note or a giải trình); 1 when a warning is left unexplained (the comparison
 * finds no errors — only figures to look at again, which is what 1 asks of the officer);
 * 2 when a file cannot be read, is not one of ours, or the two have no annex in common.
 */
import * as path from 'path';
import { comparable, compareWorkbooks, type CompareResult } from '../domain/compare/compare';
import { COMPARE_CLI, COMPARE_MSG, COMPARE_VALUE, TREND_LABEL } from '../domain/messages/compare';
import { M } from '../domain/messages/cli';
import { formatVnNumber, roundTo } from '../domain/parse/number';
import type { WorkbookSnapshot } from '../domain/sheet/workbook';
import { recognise } from '../domain/engine/recognize';
import { checkOut, readXlsxOrRefuse, parseArgs, str, UsageError, writeOut, type Io } from './args';

async function readSide(file: string): Promise<WorkbookSnapshot> {
  const snapshot: WorkbookSnapshot = await readXlsxOrRefuse(file);
  if (recognise(snapshot).length === 0) throw new UsageError(COMPARE_CLI.notOurs(file));
  return snapshot;
}

function sharePoints(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0 || n > 100) throw new UsageError(COMPARE_CLI.badPoints(v));
  return n;
}

const trendNumber = (v: number | null, b: boolean | undefined) =>
  b !== undefined ? (b ? COMPARE_VALUE.yes : COMPARE_VALUE.no) : v === null ? '—' : formatVnNumber(roundTo(v, 2));

/** The comparison as text for the terminal. */
export function formatCompare(result: CompareResult, lastFile: string, thisFile: string): string {
  const out: string[] = [COMPARE_CLI.compared(lastFile, thisFile)];
  out.push(`${COMPARE_MSG.side('last', result.last.unitName, result.last.year)}.`);
  out.push(`${COMPARE_MSG.side('this', result.this.unitName, result.this.year)}.`);
  out.push(COMPARE_MSG.summary(result.stats));
  if (result.warnings.length) {
    out.push('', COMPARE_CLI.warningsHeading);
    for (const w of result.warnings) {
      out.push(COMPARE_CLI.warningLine(w.cell ? `${w.sheet}!${w.cell}` : '', w.message));
      if (w.explanation) out.push(`    ${COMPARE_CLI.explained}: ${w.explanation}`);
    }
  }
  if (result.trends.length) {
    out.push('', COMPARE_CLI.trendsHeading);
    out.push(`  ${COMPARE_MSG.trends(result.stats.improved, result.stats.declined, result.stats.unchanged)}`);
    for (const t of result.trends)
      out.push(
        `  ${t.id}: ${trendNumber(t.last, t.lastBool)} → ${trendNumber(t.this, t.thisBool)}${t.lastBool !== undefined || t.thisBool !== undefined ? '' : ` ${t.unit}`} — ${TREND_LABEL[t.trend]}`,
      );
  }
  if (result.notes.length) {
    out.push('', COMPARE_CLI.notesHeading);
    for (const n of result.notes) out.push(`  - ${n.message}`);
  }
  return out.join('\n') + '\n';
}

export async function cmdCompare(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['--json', '--out', '--share-points', '--force'], 'compare');
  if (positional.length < 2) throw new UsageError(COMPARE_CLI.needsFiles);
  if (positional.length > 2) throw new UsageError(M.extraArgument(positional[2]!, 'compare'));
  const [lastFile, thisFile] = positional as [string, string];
  if (path.resolve(lastFile) === path.resolve(thisFile)) throw new UsageError(COMPARE_CLI.sameFile);
  const points = sharePoints(str(options.get('--share-points')));
  const out = str(options.get('--out'));
  const force = options.has('--force');
  if (out) {
    if (!/\.xlsx$/i.test(out)) throw new UsageError(M.outNotXlsx(out));
    await checkOut(out, force);
  }

  const last = await readSide(lastFile);
  const now = await readSide(thisFile);
  const result = compareWorkbooks(last, now, points === undefined ? {} : { sharePoints: points });
  if (!comparable(result)) throw new UsageError(COMPARE_MSG.nothingInCommon);

  if (out) {
    // exceljs (writing) is loaded only when a sheet is written.
    const [{ default: ExcelJS }, { applyPlan }, { compareSheetPlan }] = await Promise.all([
      import('exceljs'),
      import('../adapters/exceljs/write'),
      import('../domain/compare/sheet'),
    ]);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Phụ lục BĐG';
    wb.created = new Date();
    await applyPlan(wb, compareSheetPlan(result));
    await writeOut(out, Buffer.from(await wb.xlsx.writeBuffer()), force);
  }
  if (options.has('--json')) io.out(JSON.stringify(result, null, 2) + '\n');
  else {
    io.out(formatCompare(result, lastFile, thisFile));
    if (out) io.out(COMPARE_CLI.written(out) + '\n');
  }
  return result.stats.warnings > result.stats.explained ? 1 : 0;
}
