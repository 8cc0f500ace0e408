/**
 * SheetPlan → exceljs worksheet: values, dates, formulas with cached results, styles,
 * number formats, merges, widths, heights, native data validation with Vietnamese prompts,
 * unlocked input cells, protection without password, A4 landscape print setup, freeze panes,
 * internal links and the annex identity marker (a workbook-level defined name).
 */
import ExcelJS from 'exceljs';
import { isoToExcelSerial } from '../../domain/parse/date';
import { a1, quoteSheet } from '../../domain/sheet/address';
import {
  freeSheetName,
  type CellStyle,
  type DataValidationSpec,
  type PlanCell,
  type SheetPlan,
} from '../../domain/sheet/plan';
import { markerName, SETTINGS_SHEET } from '../../domain/sheet/workbook';
import { evaluateSheet, toFileFormula, type FValue } from './formula';

export interface ApplyOptions {
  /** Sheet name to use instead of plan.name (still made free: never overwrites). */
  name?: string;
  /** Add the identity marker for plan.templateId (default true). */
  marker?: boolean;
  /** Compute cached results of formulas the plan gives without `result` (default true). */
  computeResults?: boolean;
}

export interface ApplyResult {
  worksheet: ExcelJS.Worksheet;
  sheetName: string;
  /** The defined name added, when the plan is an annex. */
  marker?: string;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PROMPT_TITLE = 'Hướng dẫn nhập';
const ERROR_TITLE = 'Kiểm tra số liệu';

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function excelStyle(style: CellStyle | undefined, font: SheetPlan['font']): Partial<ExcelJS.Style> {
  const s = style ?? {};
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: s.size ?? font.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    },
  };
  if (s.hAlign || s.vAlign || s.wrap) {
    out.alignment = {
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) out.border = BORDERS;
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  return out;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function excelValidation(v: DataValidationSpec): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: PROMPT_TITLE,
    prompt: clip(v.prompt, 255),
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: ERROR_TITLE,
    error: clip(v.error, 225),
  } as const;
  switch (v.type) {
    case 'whole':
    case 'decimal':
      return v.max === undefined
        ? { type: v.type, operator: 'greaterThanOrEqual', formulae: [v.min], ...common }
        : { type: v.type, operator: 'between', formulae: [v.min, v.max], ...common };
    case 'list': {
      const literal = `"${v.values.map((x) => x.replace(/[",]/g, ' ')).join(',')}"`;
      // Excel caps an in-cell list at 255 characters; past that keep only the prompt.
      if (literal.length > 255)
        return { type: 'any', formulae: [], ...common, showErrorMessage: false } as unknown as ExcelJS.DataValidation;
      return { type: 'list', formulae: [literal], ...common };
    }
    case 'date':
      return {
        type: 'date',
        operator: 'between',
        formulae: [new Date(`${v.min}T00:00:00Z`), new Date(`${v.max}T00:00:00Z`)],
        ...common,
      };
    case 'textLength':
      return { type: 'textLength', operator: 'lessThanOrEqual', formulae: [v.max], ...common };
    case 'custom':
      return { type: 'custom', formulae: [v.formula.replace(/^=/, '')], ...common };
    default:
      return undefined;
  }
}

function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Cached results for the plan's formulas (the plan's own `result` wins). */
function planResults(plan: SheetPlan): Map<number, FValue> {
  const formulas = new Map<number, string>();
  const literals = new Map<number, FValue>();
  for (const c of plan.cells) {
    const key = c.row * 16384 + c.col;
    if (c.formula) {
      if (c.result !== undefined) literals.set(key, c.result);
      else formulas.set(key, c.formula);
    } else if (c.date) literals.set(key, isoToExcelSerial(c.date));
    else if (c.value !== undefined && c.value !== '') literals.set(key, c.value);
  }
  return formulas.size ? evaluateSheet(formulas, literals) : new Map();
}

const DEFAULT_ROW_HEIGHT = 15.75;
/** The width exceljs treats as a column's default (lib/doc/column.js). */
const EXCELJS_DEFAULT_COLUMN_WIDTH = 9;

/** Greedy word wrap: how many lines `text` takes in `chars` characters per line. */
function linesFor(text: string, chars: number): number {
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= chars) line += 1 + w;
      else {
        lines++;
        line = w;
      }
      while (line > chars) {
        lines++;
        line -= chars;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * Row heights that fit wrapped text (Excel does not autofit merged cells, and rows written
 * with a height are not autofitted at all): the plan's heights are minimums.
 */
export function fittedRowHeights(plan: SheetPlan, results?: Map<number, FValue>): Map<number, number> {
  const heights = new Map<number, number>();
  for (const [r, h] of Object.entries(plan.rowHeights ?? {})) heights.set(Number(r), h);
  const mergeAt = new Map(plan.merges.map((m) => [m.r1 * 16384 + m.c1, m]));
  const colPx = (c: number) => (plan.columnWidths[c] ?? 9) * 7 + 5;
  const pending: { r1: number; r2: number; need: number }[] = [];
  for (const c of plan.cells) {
    // A formula's text result ("ĐP: Chưa đạt\nQG 2025: Đạt") needs its lines as much as typed text.
    const shown = c.formula ? (c.widest ?? c.result ?? results?.get(c.row * 16384 + c.col)) : c.value;
    if (typeof shown !== 'string' || shown === '') continue;
    const st = c.style ? plan.styles[c.style] : undefined;
    if (!st?.wrap) continue;
    const m = mergeAt.get(c.row * 16384 + c.col);
    const c2 = m ? m.c2 : c.col;
    let px = -8;
    for (let x = c.col; x <= c2; x++) px += colPx(x);
    const size = st.size ?? plan.font.size;
    const charPx = ((size * 96) / 72) * (st.bold ? 0.41 : 0.37);
    const chars = Math.max(4, Math.floor(px / charPx));
    const need = linesFor(shown, chars) * size * 1.25 + 3;
    const r2 = m ? m.r2 : c.row;
    pending.push({ r1: c.row, r2, need });
  }
  // Single rows first, then cells merged over several rows take what the rows still lack.
  pending.sort((a, b) => a.r2 - a.r1 - (b.r2 - b.r1));
  for (const p of pending) {
    let have = 0;
    for (let r = p.r1; r <= p.r2; r++) have += heights.get(r) ?? DEFAULT_ROW_HEIGHT;
    if (p.need > have)
      heights.set(p.r2, Math.ceil(((heights.get(p.r2) ?? DEFAULT_ROW_HEIGHT) + p.need - have) * 4) / 4);
  }
  return heights;
}

function existingNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((w) => w.name);
}

function definedNameList(wb: ExcelJS.Workbook): string[] {
  return (wb.definedNames as unknown as { model: { name: string }[] }).model.map((d) => d.name.toUpperCase());
}

/** The first free marker name for a template: PHULUC_PL_I, PHULUC_PL_I_2 … */
export function freeMarkerName(wb: ExcelJS.Workbook, templateId: string): string {
  const taken = new Set(definedNameList(wb));
  for (let n = 1; ; n++) {
    const name = markerName(templateId, n);
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * The style object of a cell. Cells that look alike share one object: exceljs then finds the
 * cell's style id in its own WeakMap instead of rendering the style's XML once per cell (most
 * of the time of a write). Safe because every later change of a cell's style here and in the
 * ports assigns a new object (copy on write), as exceljs's own merge does.
 */
type StyleOf = (c: PlanCell, kind: string, build: () => Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>;

function sharedStyles(): StyleOf {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (c, kind, build) => {
    // What the style depends on: the plan style, the cell's own format and lock, and how the
    // value is written (exceljs adds numFmtId="0" for numbers without a format, not for text).
    const key = `${c.style ?? ''}\u0000${c.numFmt ?? ''}\u0000${c.input ? 1 : 0}\u0000${kind}`;
    let st = cache.get(key);
    if (!st) {
      st = build();
      cache.set(key, st);
    }
    return st;
  };
}

/** How exceljs types a value for its default number format: number, date, or anything else. */
const valueKind = (v: unknown): string => (typeof v === 'number' ? 'n' : v instanceof Date ? 'd' : 'o');

function writeCell(
  ws: ExcelJS.Worksheet,
  c: PlanCell,
  style: Partial<ExcelJS.Style>,
  results: Map<number, FValue>,
  styleOf: StyleOf,
): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  const base = (): Partial<ExcelJS.Style> => {
    const st: Partial<ExcelJS.Style> = { ...style };
    if (c.numFmt) st.numFmt = c.numFmt;
    if (c.input) st.protection = { locked: false };
    return st;
  };
  if (c.formula) {
    const computed = c.result !== undefined ? c.result : results.get(c.row * 16384 + c.col);
    const value: ExcelJS.CellFormulaValue = {
      formula: toFileFormula(c.formula.replace(/^=/, '')),
      date1904: false,
    } as ExcelJS.CellFormulaValue;
    if (computed !== undefined && computed !== null) (value as { result?: unknown }).result = computed;
    cell.value = value;
    cell.style = styleOf(c, `f${valueKind(computed)}`, base);
  } else if (c.date) {
    cell.value = isoToDate(c.date);
    cell.style = styleOf(c, 'date', () => {
      const st = base();
      if (!st.numFmt) st.numFmt = 'dd/mm/yyyy';
      return st;
    });
  } else if (c.link && typeof c.value === 'string') {
    cell.value = { text: c.value, hyperlink: `#${quoteSheet(c.link.sheet)}!${c.link.cell}` };
    cell.style = styleOf(c, 'link', () => {
      const st = base();
      st.font = { ...st.font, underline: true, color: { argb: 'FF0563C1' } };
      return st;
    });
  } else if (c.value !== undefined && c.value !== null) {
    cell.value = c.value;
    cell.style = styleOf(c, valueKind(c.value), base);
  } else {
    cell.style = styleOf(c, 'empty', base);
  }
}

/**
 * Adds validations as non-overlapping rectangles. exceljs would merge per-cell validations
 * itself, but sorts addresses as text ("B10" before "B7") and then writes overlapping ranges,
 * which Excel repairs on open. Equal validations are merged here: vertical runs per column,
 * then runs with the same rows in adjacent columns.
 */
export function addValidations(
  ws: ExcelJS.Worksheet,
  cells: { row: number; col: number; dv: ExcelJS.DataValidation }[],
): void {
  const groups = new Map<string, { dv: ExcelJS.DataValidation; cells: { row: number; col: number }[] }>();
  // The cells of a column usually share one validation object: its key is computed once.
  const keys = new Map<ExcelJS.DataValidation, string>();
  for (const c of cells) {
    let key = keys.get(c.dv);
    if (key === undefined) keys.set(c.dv, (key = JSON.stringify(c.dv)));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dv: c.dv, cells: [] }));
    g.cells.push(c);
  }
  const model = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const { dv, cells: list } of groups.values()) {
    const byCol = new Map<number, number[]>();
    for (const c of list) {
      const rows = byCol.get(c.col);
      if (rows) rows.push(c.row);
      else byCol.set(c.col, [c.row]);
    }
    const runs: { c1: number; c2: number; r1: number; r2: number }[] = [];
    // The run that ends in column c2 over rows r1..r2, to widen by the next column.
    const ending = new Map<string, { c1: number; c2: number; r1: number; r2: number }>();
    for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
      const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
      let start = rows[0]!;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
        const r1 = start;
        const r2 = rows[i - 1]!;
        const leftKey = `${col - 1}:${r1}:${r2}`;
        const left = ending.get(leftKey);
        if (left) {
          ending.delete(leftKey);
          left.c2 = col;
          ending.set(`${col}:${r1}:${r2}`, left);
        } else {
          const run = { c1: col, c2: col, r1, r2 };
          runs.push(run);
          ending.set(`${col}:${r1}:${r2}`, run);
        }
        if (i < rows.length) start = rows[i]!;
      }
    }
    for (const r of runs) {
      const tl = a1(r.r1, r.c1);
      model.add(r.r1 === r.r2 && r.c1 === r.c2 ? tl : `${tl}:${a1(r.r2, r.c2)}`, dv);
    }
  }
}

/** Writes one SheetPlan as a new worksheet of `wb`. Never overwrites: a taken name gets "(2)". */
export async function applyPlan(wb: ExcelJS.Workbook, plan: SheetPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const sheetName = freeSheetName(opts.name ?? plan.name, existingNames(wb));
  const titleRows = plan.print.titleRows;
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: plan.print.orientation,
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(titleRows ? { printTitlesRow: `${titleRows[0] + 1}:${titleRows[1] + 1}` } : {}),
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&12Trang &P/&N' },
    views: plan.freeze
      ? [
          {
            state: 'frozen',
            xSplit: plan.freeze.cols,
            ySplit: plan.freeze.rows,
            topLeftCell: a1(plan.freeze.rows, plan.freeze.cols),
          },
        ]
      : [{}],
  });
  ws.properties.defaultRowHeight = DEFAULT_ROW_HEIGHT;
  // exceljs leaves out every column of width 9 (its own default) from <cols>; without a
  // defaultColWidth Excel and LibreOffice then draw those columns at their own default (8.43).
  ws.properties.defaultColWidth = EXCELJS_DEFAULT_COLUMN_WIDTH;
  plan.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
  });

  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (key: string | undefined) => {
    const k = key ?? '';
    let s = styleCache.get(k);
    if (!s) {
      s = excelStyle(key ? plan.styles[key] : undefined, plan.font);
      styleCache.set(k, s);
    }
    return s;
  };
  const results = opts.computeResults === false ? new Map<number, FValue>() : planResults(plan);
  for (const [r, h] of fittedRowHeights(plan, results)) ws.getRow(r + 1).height = h;
  const validations: { row: number; col: number; dv: ExcelJS.DataValidation }[] = [];
  const cellStyle = sharedStyles();
  // Equal validation specs (a column's cells) share one exceljs validation object.
  const dvCache = new Map<string, ExcelJS.DataValidation | undefined>();
  for (const c of plan.cells) {
    writeCell(ws, c, styleOf(c.style), results, cellStyle);
    if (!c.validation) continue;
    const key = JSON.stringify(c.validation);
    let dv = dvCache.get(key);
    if (dv === undefined && !dvCache.has(key)) dvCache.set(key, (dv = excelValidation(c.validation)));
    if (dv) validations.push({ row: c.row, col: c.col, dv });
  }
  addValidations(ws, validations);
  for (const m of plan.merges) {
    if (m.r1 === m.r2 && m.c1 === m.c2) continue;
    ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  if (plan.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
    });
  }
  // Excel recalculates every formula when the file is opened.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  let marker: string | undefined;
  if (plan.templateId && opts.marker !== false) {
    marker = freeMarkerName(wb, plan.templateId);
    wb.definedNames.add(`${quoteSheet(sheetName)}!$A$1`, marker);
  }
  keepSettingsSheetLast(wb);
  return { worksheet: ws, sheetName, ...(marker ? { marker } : {}) };
}

/** The hidden settings sheet goes after the annexes so Excel opens on a visible sheet. */
export function keepSettingsSheetLast(wb: ExcelJS.Workbook): void {
  const settings = wb.getWorksheet(SETTINGS_SHEET);
  if (!settings) return;
  const sheets = wb.worksheets;
  const maxOrder = Math.max(...sheets.map((s) => (s as unknown as { orderNo: number }).orderNo));
  const own = settings as unknown as { orderNo: number };
  if (own.orderNo < maxOrder) own.orderNo = maxOrder + 1;
}
