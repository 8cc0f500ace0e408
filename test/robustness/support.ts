/**
 * Shared helpers of the robustness tests: clean officer data per template (a baseline with no
 * finding at all), workbook surgery (insert/delete rows and columns, as officers do), the
 * completeness check every report must pass, and what the engine reads at a cell.
 */
import { AnnexView } from '../../src/domain/engine/annex-view';
import { bindAnnex, validateSnapshot } from '../../src/domain/engine/validate';
import type { Reading } from '../../src/domain/engine/read-cell';
import { MESSAGES } from '../../src/domain/messages';
import { reportSchema, type Report } from '../../src/domain/report/schema';
import { RULES } from '../../src/domain/rules/registry';
import { defaultSettings, parseSettings, type ReportSettingsInput } from '../../src/domain/settings';
import { a1, parseA1, parseRangeA1, rangeA1 } from '../../src/domain/sheet/address';
import type { RawCell, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { getTemplate } from '../../src/domain/templates/catalog';
import { annexSheet, workbookOf, type AnnexData } from '../support/fixtures';

export { PL2_ROW } from '../support/fixtures';

/** The report settings of every catalog case (seed 000/002: TP. Cao Bằng, report year 2024). */
export const SETTINGS: ReportSettingsInput = { reportYear: 2024, unitName: 'TP. Cao Bằng' };

/** PL-I, every level filled (row 10, total row 11): seed 002 counts where the seed has them. */
export const PL1_ROW = {
  dia_phuong: 'TP. Cao Bằng',
  hdnd_tinh_nu: 2,
  hdnd_tinh_tong: 10,
  hdnd_huyen_nu: 11,
  hdnd_huyen_tong: 29,
  hdnd_xa_nu: 40,
  hdnd_xa_tong: 120,
  ld_tinh_nu: 1,
  ld_tinh_tong: 5,
  ld_huyen_nu: 12,
  ld_huyen_tong: 13,
  ld_xa_nu: 52,
  ld_xa_tong: 118,
};

/** PL-CB: every post filled with seed-like counts (rows 9–29 with group headings between). */
export const PLCB_ROWS: AnnexData = Object.fromEntries(
  [
    'cap_uy_tinh',
    'cap_uy_huyen',
    'cap_uy_xa',
    'hdnd_tinh',
    'hdnd_huyen',
    'hdnd_xa',
    'hdnd_ld_ct_tinh',
    'hdnd_ld_pct_tinh',
    'hdnd_ld_ct_huyen',
    'hdnd_ld_pct_huyen',
    'hdnd_ld_ct_xa',
    'hdnd_ld_pct_xa',
    'ubnd_ld_ct_tinh',
    'ubnd_ld_pct_tinh',
    'ubnd_ld_ct_huyen',
    'ubnd_ld_pct_huyen',
    'ubnd_ld_ct_xa',
    'ubnd_ld_pct_xa',
  ].map((k) => [k, { so_nu: 1, tong_so: 8 }]),
);

/** KP (đồng), seed 000 §6: 30.000.000 each year 2021–2024 (row 9, total row 10). */
export const KP_ROW = {
  ten_don_vi: 'TP. Cao Bằng',
  nam_2021: 30000000,
  nam_2022: 30000000,
  nam_2023: 30000000,
  nam_2024: 30000000,
};

/** A VB document row that passes every check (rows 7, 8, … of the sheet). */
export function vbRow(i: number, over: Record<string, AnnexData[string][string]> = {}): AnnexData[string] {
  return {
    tt: i,
    noi_dung: `Kế hoạch thực hiện công tác bình đẳng giới năm 2023 (${i})`,
    co_quan: 'UBND thành phố',
    loai: 'Kế hoạch',
    so_ky_hieu: `${90 + i}/KH-UBND`,
    ngay: { date: `2023-03-${String(10 + i).padStart(2, '0')}` },
    ...over,
  };
}

/** A one-annex workbook from officer data with the catalog settings. */
export function annexWorkbook(
  templateId: string,
  data: AnnexData,
  settings: ReportSettingsInput = SETTINGS,
): WorkbookSnapshot {
  return workbookOf([{ templateId, sheet: annexSheet(templateId, data, settings) }], settings);
}

/** The sheet of a one-annex workbook, to patch. */
export function only(wb: WorkbookSnapshot): SheetSnapshot {
  return wb.sheets[0]!;
}

/** Puts a raw cell (or clears it) at an A1 address. */
export function put(sheet: SheetSnapshot, address: string, raw: RawCell | undefined): void {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  const { row, col } = p;
  (sheet.cells[row] ??= [])[col] = raw;
}

export const text = (v: string): RawCell => ({ t: 's', v });
export const num = (v: number): RawCell => ({ t: 'n', v });

/** Moves merged ranges the way Excel does when rows or columns are inserted (n > 0) or deleted (n < 0) at 0-based `at`. */
function shiftMerges(sheet: SheetSnapshot, axis: 'row' | 'col', at: number, n: number): void {
  if (!sheet.merges) return;
  const out: string[] = [];
  for (const m of sheet.merges) {
    const r = parseRangeA1(m);
    if (!r) continue;
    let [lo, hi] = axis === 'row' ? [r.r1, r.r2] : [r.c1, r.c2];
    if (n > 0) {
      if (lo >= at) lo += n;
      if (hi >= at) hi += n;
    } else {
      const gone = -n;
      const shift = (x: number) => (x >= at + gone ? x - gone : x >= at ? at : x);
      const emptied = lo >= at && hi < at + gone;
      if (emptied) continue;
      lo = shift(lo);
      hi = hi >= at + gone ? hi - gone : Math.min(hi, at - 1);
    }
    const range = axis === 'row' ? rangeA1(lo, r.c1, hi, r.c2) : rangeA1(r.r1, lo, r.r2, hi);
    if (range.includes(':')) out.push(range);
  }
  sheet.merges = out;
}

/** Inserts rows before 1-based row `before` (Excel: Insert → Sheet rows; merges below move down). */
export function insertRows(sheet: SheetSnapshot, before: number, ...rows: (RawCell | undefined)[][]): void {
  sheet.cells = [...sheet.cells.slice(0, before - 1), ...rows, ...sheet.cells.slice(before - 1)];
  shiftMerges(sheet, 'row', before - 1, rows.length);
}

/** Deletes the 1-based row `row` (merges below move up). */
export function deleteRow(sheet: SheetSnapshot, row: number): void {
  sheet.cells.splice(row - 1, 1);
  shiftMerges(sheet, 'row', row - 1, -1);
}

/** Inserts one column before 0-based column `col` in every row (the number row included); merges move right. */
export function insertColumn(
  sheet: SheetSnapshot,
  col: number,
  fill: (row: number) => RawCell | undefined = () => undefined,
): void {
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    while (row.length < col) row.push(undefined);
    row.splice(col, 0, fill(r));
  });
  shiftMerges(sheet, 'col', col, 1);
}

/** Deletes the 0-based column `col` in every row; merges move left. */
export function deleteColumn(sheet: SheetSnapshot, col: number): void {
  for (const row of sheet.cells) if (row && row.length > col) row.splice(col, 1);
  shiftMerges(sheet, 'col', col, -1);
}

/** Every finding's identity as the officer sees it. */
export interface Seen {
  id: string;
  sheet: string;
  cell: string;
  severity: string;
}

export function seen(report: Report): Seen[] {
  return report.findings.map((f) => ({ id: f.messageId, sheet: f.sheet, cell: f.cell, severity: f.severity }));
}

/** A rule in the registry declares this message id (else the assertion waits for a colleague's rule). */
export function ruleDeclares(messageId: string): boolean {
  if (
    messageId.startsWith('structure/') &&
    [
      'structure/unknown-workbook',
      'structure/header-row-missing',
      'structure/column-missing',
      'structure/column-inserted',
      'structure/header-changed',
      'structure/row-missing',
      'structure/row-unknown',
      'structure/total-row-missing',
      'structure/hand-made-table',
    ].includes(messageId)
  )
    return true; // reported by the engine's binder
  if (messageId === 'text/normalized' || messageId === 'settings/invalid') return true; // binder and settings
  return RULES.some((r) => r.messages.includes(messageId));
}

/**
 * Every report, whatever the input: parses with reportSchema (also after a JSON round trip, so
 * no NaN or Infinity hides in it), stats equal the findings by severity, every annex is listed
 * with its own counts, every message is a Vietnamese sentence (not a bare id, no "undefined"),
 * and no rule failed internally.
 */
export function expectCompleteReport(
  report: Report,
  annexSheets?: string[],
  opts: { officerTextMayQuote?: boolean } = {},
): void {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report does not parse: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const round = reportSchema.safeParse(JSON.parse(JSON.stringify(report)));
  if (!round.success)
    throw new Error(`report does not survive JSON: ${JSON.stringify(round.error.issues.slice(0, 3))}`);
  const by = (s: string) => report.findings.filter((f) => f.severity === s).length;
  expect(report.stats).toMatchObject({
    errors: by('error'),
    warnings: by('warning'),
    infos: by('info'),
    sheets: report.annexes.length,
  });
  expect(report.valid).toBe(by('error') === 0);
  if (annexSheets) expect(report.annexes.map((a) => a.sheet)).toEqual(annexSheets);
  for (const a of report.annexes) {
    const mine = report.findings.filter((f) => f.sheet === a.sheet);
    expect({ sheet: a.sheet, errors: a.errors, warnings: a.warnings, infos: a.infos }).toEqual({
      sheet: a.sheet,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
      infos: mine.filter((f) => f.severity === 'info').length,
    });
  }
  for (const f of report.findings) {
    expect(MESSAGES[f.messageId]).toBeDefined();
    expect(f.message).not.toBe(f.messageId);
    // Random officer text may itself say "NaN" or "Infinity" and be quoted; our own wording never does.
    expect(f.message).not.toMatch(
      opts.officerTextMayQuote ? /\bundefined\b|\[object Object\]/ : /undefined|NaN|Infinity|\[object Object\]/,
    );
    expect(f.rule).not.toBe('');
  }
  expect(report.findings.filter((f) => f.messageId === 'internal/rule-failed').map((f) => f.message)).toEqual([]);
}

/** What the engine reads at an address of an annex sheet (the reading rules see). */
export function readingAt(wb: WorkbookSnapshot, address: string, sheetName = wb.sheets[0]!.name): Reading {
  const marker = wb.markers.find((m) => m.sheetName === sheetName);
  const sheet = wb.sheets.find((s) => s.name === sheetName)!;
  const def = getTemplate(marker?.templateId ?? '')!;
  const parsed = parseSettings(wb.settings);
  const settings = parsed.ok ? parsed.settings : defaultSettings();
  const { layout, bound } = bindAnnex(def, sheet, settings);
  const view = new AnnexView(def, sheet, layout, bound.tables);
  for (const table of view.tables) {
    for (const row of table.rows) {
      for (const key of table.cols.keys()) {
        const cell = view.cell(table, row, key);
        if (cell && a1(cell.row, cell.col) === address) return cell.reading;
      }
    }
  }
  throw new Error(`no bound cell at ${sheetName}!${address}`);
}

/** Freezes a snapshot all the way down (rows, cells, markers, settings). */
export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

export { validateSnapshot };
