/**
 * .xlsx ↔ the playground's workbook, in the browser (exceljs's browser build, loaded lazily
 * with this module so the task pane and the page stay small until a file is opened or saved).
 *
 * Reading uses the .xlsx reader (src/adapters/xlsx: the same checks and the same snapshot the
 * CLI validates; a bad file throws its WorkbookReadError); exceljs adds only what the grid
 * draws: fills, fonts, alignment, borders, widths, locks and input prompts.
 * Writing starts from the opened file (so its own formatting survives), adds the sheets
 * inserted in the playground from their plans (styles, validation, protection), then writes
 * every cell that differs from the file, the fills (highlights), the annex markers, the
 * settings and the highlighted cells' original fills (settings sheet B1, as the CLI does).
 */
import ExcelJS from 'exceljs';
import { loadWorkbookData, worksheetToSnapshot } from '../adapters/exceljs/read';
import { readXlsx as readXlsxBytes } from '../adapters/xlsx/read';
import { applyPlan, keepSettingsSheetLast } from '../adapters/exceljs/write';
import { writeCheckRecordTo } from '../adapters/exceljs/check-record';
import type { CheckRecord } from '../domain/stamp/storage';
import { isoToExcelSerial } from '../domain/parse/date';
import { a1, parseRangeA1, quoteSheet } from '../domain/sheet/address';
import {
  cellFormat,
  isHighlightFill,
  SETTINGS_SHEET,
  type RawCell,
  type SheetSnapshot,
} from '../domain/sheet/workbook';
import { type CellLook, type LoadedWorkbook, type PlaygroundPort, type SheetLook } from './port';

/*
 * The settings sheet, as the exceljs adapter's port.ts keeps it (A1: settings JSON as text,
 * B1: highlighted cells' original fills). Not imported from port.ts: that module also opens
 * files from a path (Node's fs), which a browser bundle cannot resolve.
 */
function settingsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  let ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  keepSettingsSheetLast(wb);
  return ws;
}

function writeSettingsTo(wb: ExcelJS.Workbook, settings: unknown): void {
  const cell = settingsSheet(wb).getCell('A1');
  cell.value = JSON.stringify(settings);
  cell.style = { ...cell.style, numFmt: '@' };
}

const MAX_ROWS = 5000;
const MAX_COLS = 200;

/** A cell's fill as "#RRGGBB" (theme and indexed colours approximated), undefined = none. */
export function fillHex(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  const color = (fill.pattern === 'solid' ? fill.fgColor : (fill.bgColor ?? fill.fgColor)) as
    { argb?: string; theme?: number; indexed?: number } | undefined;
  if (color?.argb && /^[0-9A-F]{8}$/i.test(color.argb)) return `#${color.argb.slice(2).toUpperCase()}`;
  if (color?.indexed === 64 || color === undefined) return undefined;
  return '#D9D9D9';
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1).toUpperCase()}` } };
}

function lookOf(cell: ExcelJS.Cell, protect: boolean): CellLook | undefined {
  const s = cell.style ?? {};
  const look: CellLook = {};
  if (s.font?.bold) look.bold = true;
  if (s.font?.italic) look.italic = true;
  if (s.font?.size && s.font.size !== 11) look.size = s.font.size;
  const h = s.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') look.hAlign = h;
  else if (h === 'centerContinuous') look.hAlign = 'center';
  if (s.alignment?.wrapText) look.wrap = true;
  if (s.border && (s.border.top || s.border.left || s.border.bottom || s.border.right)) look.border = true;
  const nf = cellFormat(s.numFmt);
  if (nf) look.nf = nf;
  if (protect && s.protection?.locked !== false) look.locked = true;
  const prompt = (cell.dataValidation as { prompt?: string } | undefined)?.prompt;
  if (prompt) look.prompt = prompt;
  return Object.keys(look).length ? look : undefined;
}

function eachStyledCell(ws: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell, row: number, col: number) => void): void {
  const rows = Math.min(ws.rowCount, MAX_ROWS);
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (c <= MAX_COLS) visit(cell, r - 1, c - 1);
    });
  }
}

function savedFillsOf(wb: ExcelJS.Workbook): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const v = wb.getWorksheet(SETTINGS_SHEET)?.getCell('B1').value;
  if (typeof v !== 'string' || v === '') return out;
  try {
    const parsed = JSON.parse(v) as Record<string, ExcelJS.Fill | null>;
    for (const [k, fill] of Object.entries(parsed ?? {})) out.set(k, fill ? (fillHex(fill) ?? null) : null);
  } catch {
    /* not ours: ignore */
  }
  return out;
}

export interface ReadXlsxResult extends LoadedWorkbook {
  settingsError?: string;
}

/** An .xlsx file's bytes → what PlaygroundPort.load takes. */
export async function readXlsx(bytes: ArrayBuffer, fileName = ''): Promise<ReadXlsxResult> {
  // The snapshot the page validates comes from the .xlsx reader (the CLI's, tolerant of every
  // producer); a bad file throws its WorkbookReadError. exceljs adds only what the grid draws
  // (fills, fonts, widths, locks, prompts): a file it cannot load opens without them.
  const read = readXlsxBytes(new Uint8Array(bytes), { path: fileName });
  let wb: ExcelJS.Workbook | undefined;
  try {
    wb = await loadWorkbookData(bytes, fileName);
  } catch {
    wb = undefined;
  }
  const fills = new Map<string, string>();
  const looks = new Map<string, SheetLook>();
  for (const ws of wb?.worksheets ?? []) {
    if (ws.name === SETTINGS_SHEET) continue;
    const protect = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    const cells = new Map<string, CellLook>();
    eachStyledCell(ws, (cell, r, c) => {
      const hex = fillHex(cell.style?.fill);
      if (hex) fills.set(`${ws.name}!${a1(r, c)}`, hex);
      const look = lookOf(cell, protect);
      if (look) cells.set(a1(r, c), look);
    });
    const widths: number[] = [];
    const cols = Math.min(ws.columnCount, MAX_COLS);
    for (let c = 1; c <= cols; c++) {
      const w = ws.getColumn(c).width;
      if (w) widths[c - 1] = w;
    }
    looks.set(ws.name, { widths, cells, protect });
  }
  const highlighted = new Map<string, string | null>();
  for (const [k, original] of wb ? savedFillsOf(wb) : [])
    if (isHighlightFill(fills.get(k))) highlighted.set(k, original);
  const result: ReadXlsxResult = {
    snapshot: {
      sheets: read.sheets.filter((s) => s.name !== SETTINGS_SHEET),
      markers: read.markers,
      ...(read.settings !== undefined ? { settings: read.settings } : {}),
      ...(read.stamp !== undefined ? { stamp: read.stamp } : {}),
      ...(read.explanations !== undefined ? { explanations: read.explanations } : {}),
    },
    fills,
    looks,
    highlighted,
    fileName,
  };
  if (read.settingsError) result.settingsError = read.settingsError;
  return result;
}

function sameCell(a: RawCell | undefined, b: RawCell | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.t === b.t && a.v === b.v && (a.f ?? '') === (b.f ?? '') && (a.nf ?? '') === (b.nf ?? '');
}

function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function writeRaw(cell: ExcelJS.Cell, raw: RawCell | undefined): void {
  if (!raw) {
    cell.value = null;
    return;
  }
  if (raw.f) {
    const formula = raw.f.replace(/^=/, '');
    let result: unknown;
    if (raw.t === 'n' || raw.t === 's' || raw.t === 'b') result = raw.v;
    else if (raw.t === 'd') result = isoToExcelSerial(raw.v);
    else if (raw.t === 'e') result = { error: raw.v };
    cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  } else if (raw.t === 'd') {
    cell.value = isoToDate(raw.v);
  } else if (raw.t === 'e') {
    cell.value = { error: raw.v } as ExcelJS.CellErrorValue;
  } else if (raw.t === 'f') {
    cell.value = null;
  } else {
    cell.value = raw.v;
  }
  const nf = raw.nf ?? (raw.t === 'd' ? 'dd/mm/yyyy' : undefined);
  // Styles are shared between cells in exceljs: replace the style object, never mutate it.
  if (nf && cell.numFmt !== nf) cell.style = { ...cell.style, numFmt: nf };
}

/** Writes every cell of `sheet` that differs from what the worksheet holds. */
function syncValues(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  const base = worksheetToSnapshot(ws);
  const rows = Math.max(base.cells.length, sheet.cells.length);
  for (let r = 0; r < rows; r++) {
    const a = base.cells[r] ?? [];
    const b = sheet.cells[r] ?? [];
    const cols = Math.max(a.length, b.length);
    for (let c = 0; c < cols; c++) if (!sameCell(a[c], b[c])) writeRaw(ws.getCell(r + 1, c + 1), b[c]);
  }
}

function syncFills(ws: ExcelJS.Worksheet, fills: Map<string, string>): void {
  const prefix = `${ws.name}!`;
  const wanted = new Map<string, string>();
  for (const [k, v] of fills) if (k.startsWith(prefix)) wanted.set(k.slice(prefix.length), v);
  // Fills the file has that the playground removed (a highlight cleared back to "no fill").
  eachStyledCell(ws, (cell, r, c) => {
    const addr = a1(r, c);
    if (fillHex(cell.style?.fill) && !wanted.has(addr)) {
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      delete style.fill;
      cell.style = style;
    }
  });
  for (const [addr, hex] of wanted) {
    const cell = ws.getCell(addr);
    if (fillHex(cell.style?.fill) !== hex) cell.style = { ...cell.style, fill: solid(hex) };
  }
}

/** The playground's workbook as .xlsx bytes. `source` is the file it was opened from, if any. */
export async function writeXlsx(port: PlaygroundPort, source?: ArrayBuffer): Promise<ArrayBuffer> {
  const wb = source ? await loadWorkbookData(source) : new ExcelJS.Workbook();
  if (!source) {
    wb.creator = 'Phụ lục BĐG';
    wb.created = new Date();
  }
  const snap = await port.read();
  for (const sheet of snap.sheets) {
    if (sheet.name === SETTINGS_SHEET) continue;
    let ws = wb.getWorksheet(sheet.name);
    if (!ws) {
      const plan = port.planOf(sheet.name);
      if (plan) ws = (await applyPlan(wb, plan, { name: sheet.name, marker: false })).worksheet;
      else {
        ws = wb.addWorksheet(sheet.name);
        const look = port.looks.get(sheet.name);
        look?.widths.forEach((w, i) => {
          if (w) ws!.getColumn(i + 1).width = w;
        });
        for (const m of sheet.merges ?? []) {
          const r = parseRangeA1(m);
          if (r && (r.r1 !== r.r2 || r.c1 !== r.c2)) ws.mergeCells(r.r1 + 1, r.c1 + 1, r.r2 + 1, r.c2 + 1);
        }
      }
    }
    ws.state = sheet.visibility ?? 'visible';
    syncValues(ws, sheet);
    syncFills(ws, port.fills);
  }
  const names = wb.definedNames as unknown as { model: { name: string }[]; add(location: string, name: string): void };
  const taken = new Set(names.model.map((d) => d.name.toUpperCase()));
  for (const m of snap.markers) {
    if (!taken.has(m.name.toUpperCase())) names.add(`${quoteSheet(m.sheetName)}!$A$1`, m.name);
  }
  if (snap.settings !== undefined) writeSettingsTo(wb, snap.settings);
  // The validation stamp and the explanations travel with the download, as the CLI writes them.
  const record: CheckRecord = {};
  if (snap.stamp !== undefined) record.stamp = snap.stamp;
  if (snap.explanations !== undefined) record.explanations = snap.explanations;
  if (record.stamp !== undefined || record.explanations !== undefined) writeCheckRecordTo(wb, record);
  const originals = port.highlightOriginals();
  const hadSaved = wb.getWorksheet(SETTINGS_SHEET)?.getCell('B1').value;
  if (originals.size || hadSaved) {
    const saved: Record<string, ExcelJS.Fill | null> = {};
    for (const [k, hex] of originals) saved[k] = hex ? solid(hex) : null;
    settingsSheet(wb).getCell('B1').value = originals.size ? JSON.stringify(saved) : null;
  }
  // A workbook needs one visible sheet; Excel opens on the first.
  if (!wb.worksheets.some((w) => w.state === 'visible')) wb.addWorksheet('Sheet1');
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
