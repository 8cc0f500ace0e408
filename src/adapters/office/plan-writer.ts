/**
 * Pure helpers that turn a SheetPlan into batched Office.js operations: cell content and
 * number formats per block, rectangles of equal style / validation / lock state, Excel
 * column-width conversion. No Office calls here, so they are unit-testable on their own.
 */
import { isoToExcelSerial } from '../../domain/parse/date';
import { a1, columnIndex, columnLetter } from '../../domain/sheet/address';
import type { DataValidationSpec, PlanCell, SheetPlan } from '../../domain/sheet/plan';
import { OFFICE_MSG } from '../../domain/messages/office';

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function rectAddress(r: Rect): string {
  return r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

/**
 * Excel column width (characters of the Normal font's widest digit, Calibri 11 → 7 px) to the
 * points Office.js `format.columnWidth` takes: Excel draws a width of w characters as
 * trunc(w·7 + 5) px (5 px of padding) and 1 px = 0.75 pt at 96 dpi. So 10 characters → 56.25 pt
 * (≈ 5.6 pt per character for typical widths; 5.25 pt/char + 3.75 pt of padding in general).
 */
export function columnWidthPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}

/** What goes into one cell: the number format to set first, then the input to write. */
export interface CellContent {
  numberFormat: string;
  input: string | number | boolean;
}

/**
 * Office parses strings written through `values`/`formulas` as if typed: "8/9" becomes a date,
 * "-5" a number, "=x" a formula, "(1)" the number -1. Plan strings are always text, so:
 * - a string cell without a numeric format gets numberFormat "@" (set before the value);
 * - a string in a cell whose plan format is numeric (e.g. "-" prefilled in a count input) keeps
 *   that format, so what the officer types later is still a number, and is written with a
 *   leading apostrophe (Excel's quote prefix: stored as text, the apostrophe is not kept);
 * - a string that itself starts with an apostrophe gets a second one for the same reason.
 * Formulas never get "@" (a formula typed into a text cell stays text).
 */
export function cellContent(c: PlanCell): CellContent {
  const numeric = c.numFmt && c.numFmt !== '@' ? c.numFmt : undefined;
  if (c.formula) return { numberFormat: numeric ?? 'General', input: c.formula };
  if (c.date) return { numberFormat: numeric ?? 'dd/mm/yyyy', input: isoToExcelSerial(c.date) };
  const v = c.value;
  if (typeof v === 'string') {
    if (v === '') return { numberFormat: c.numFmt ?? 'General', input: '' };
    const quoted = v.startsWith("'") ? `'${v}` : v;
    if (!numeric) return { numberFormat: '@', input: quoted };
    return { numberFormat: numeric, input: `'${v}` };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { numberFormat: numeric ?? 'General', input: v };
  return { numberFormat: c.numFmt ?? 'General', input: '' };
}

const key = (r: number, c: number): number => r * 16384 + c;

/**
 * Greedy cover of a set of cells by rectangles: extend each unvisited cell right, then down
 * while the whole row span belongs to the set. Cells must be unique.
 */
export function toRects(points: readonly (readonly [number, number])[]): Rect[] {
  const set = new Set(points.map(([r, c]) => key(r, c)));
  const seen = new Set<number>();
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rects: Rect[] = [];
  for (const [r, c] of sorted) {
    if (seen.has(key(r, c))) continue;
    let c2 = c;
    while (set.has(key(r, c2 + 1)) && !seen.has(key(r, c2 + 1))) c2++;
    let r2 = r;
    for (;;) {
      let ok = true;
      for (let x = c; x <= c2 && ok; x++) ok = set.has(key(r2 + 1, x)) && !seen.has(key(r2 + 1, x));
      if (!ok) break;
      r2++;
    }
    for (let y = r; y <= r2; y++) for (let x = c; x <= c2; x++) seen.add(key(y, x));
    rects.push({ r1: r, c1: c, r2, c2 });
  }
  return rects;
}

/** Groups cells by a key and covers each group with rectangles. */
export function groupRects<K>(entries: Iterable<{ r: number; c: number; key: K }>): Map<K, Rect[]> {
  const groups = new Map<K, [number, number][]>();
  for (const e of entries) {
    const g = groups.get(e.key);
    if (g) g.push([e.r, e.c]);
    else groups.set(e.key, [[e.r, e.c]]);
  }
  const out = new Map<K, Rect[]>();
  for (const [k, pts] of groups) out.set(k, toRects(pts));
  return out;
}

/* ---------------------------------------------------------------- relative formulas */

const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;
const TOKEN = /\{([Cc])(-?\d+)([Rr])(-?\d+)\}/g;

/** Applies `fn` to the parts of a formula outside "string" and 'sheet name' literals. */
function outsideLiterals(formula: string, fn: (s: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/**
 * A formula written for cell (r, c) in a position-independent form: each relative reference
 * becomes an offset token. Two cells whose formulas relativize equally can share one data
 * validation rule written for the top-left cell (Excel shifts relative references itself).
 */
export function relativize(formula: string, r: number, c: number): string {
  return outsideLiterals(formula, (s) =>
    s.replace(REF, (_m, dc: string, col: string, dr: string, row: string) => {
      const cc = columnIndex(col);
      const rr = Number(row) - 1;
      const ct = dc ? `C${cc}` : `c${cc - c}`;
      const rt = dr ? `R${rr}` : `r${rr - r}`;
      return `{${ct}${rt}}`;
    }),
  );
}

export function absolutize(template: string, r: number, c: number): string {
  return template.replace(TOKEN, (_m, ck: string, cv: string, rk: string, rv: string) => {
    const col = ck === 'C' ? Number(cv) : c + Number(cv);
    const row = rk === 'R' ? Number(rv) : r + Number(rv);
    return `${ck === 'C' ? '$' : ''}${columnLetter(col)}${rk === 'R' ? '$' : ''}${row + 1}`;
  });
}

/* ---------------------------------------------------------------- data validation */

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A validation spec in a form shared by every cell it can be applied to as one range. */
export function validationKey(spec: DataValidationSpec, r: number, c: number): string {
  return spec.type === 'custom'
    ? JSON.stringify({ ...spec, formula: relativize(spec.formula, r, c) })
    : JSON.stringify(spec);
}

/**
 * The Office.js rule for a spec applied to a range whose top-left is (r, c), or undefined when
 * Excel cannot express it (a list whose items contain commas or exceed 255 characters: Excel's
 * inline list limit; the validator still checks those cells).
 */
export function officeRule(spec: DataValidationSpec, r: number, c: number): Excel.DataValidationRule | undefined {
  switch (spec.type) {
    case 'whole':
    case 'decimal': {
      const basic: Excel.BasicDataValidation =
        spec.max !== undefined
          ? { formula1: spec.min, formula2: spec.max, operator: 'Between' }
          : { formula1: spec.min, operator: 'GreaterThanOrEqualTo' };
      return spec.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
    }
    case 'list': {
      const source = spec.values.join(',');
      if (spec.values.some((v) => v.includes(',')) || source.length > 255) return undefined;
      return { list: { inCellDropDown: true, source } };
    }
    case 'date':
      return { date: { formula1: spec.min, formula2: spec.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: spec.max, operator: 'LessThanOrEqualTo' } };
    case 'custom':
      return { custom: { formula: absolutize(relativize(spec.formula, r, c), r, c) } };
  }
}

export function officePrompt(spec: DataValidationSpec): Excel.DataValidationPrompt {
  return { showPrompt: true, title: OFFICE_MSG.validationPromptTitle, message: truncate(spec.prompt, 255) };
}

export function officeErrorAlert(spec: DataValidationSpec): Excel.DataValidationErrorAlert {
  return {
    showAlert: true,
    style: 'Warning',
    title: OFFICE_MSG.validationErrorTitle,
    message: truncate(spec.error, 255),
  };
}

/* ---------------------------------------------------------------- plan layout */

export interface PlanLayout {
  /** Last used row / column (0-based), covering cells and merges. */
  maxRow: number;
  maxCol: number;
  /** Unique cells (the last plan entry wins), row-major. */
  cells: Map<number, PlanCell>;
  /** Style name per cell, including cells covered by a merge whose top-left has a style. */
  styleAt: Map<number, string>;
}

export function layoutOf(plan: SheetPlan): PlanLayout {
  const cells = new Map<number, PlanCell>();
  let maxRow = 0;
  let maxCol = 0;
  for (const c of plan.cells) {
    cells.set(key(c.row, c.col), c);
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  const styleAt = new Map<number, string>();
  for (const c of cells.values()) if (c.style) styleAt.set(key(c.row, c.col), c.style);
  for (const m of plan.merges) {
    maxRow = Math.max(maxRow, m.r2);
    maxCol = Math.max(maxCol, m.c2);
    // A merged area shows borders/fill of all its cells: give the whole area the top-left style.
    const top = styleAt.get(key(m.r1, m.c1));
    if (!top) continue;
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (!styleAt.has(key(r, c))) styleAt.set(key(r, c), top);
  }
  return { maxRow, maxCol, cells, styleAt };
}

export function entriesOf<T>(map: Map<number, T>): { r: number; c: number; value: T }[] {
  const out: { r: number; c: number; value: T }[] = [];
  for (const [k, value] of map) out.push({ r: Math.floor(k / 16384), c: k % 16384, value });
  return out;
}

/** Row bands of the plan's bounding box with at most `maxCells` cells each. */
export function rowBands(layout: PlanLayout, maxCells: number): [number, number][] {
  const width = layout.maxCol + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const bands: [number, number][] = [];
  for (let r = 0; r <= layout.maxRow; r += rows) bands.push([r, Math.min(layout.maxRow, r + rows - 1)]);
  return bands;
}

/** numberFormat and formulas arrays for rows r1..r2 of the bounding box. */
export function bandArrays(
  layout: PlanLayout,
  r1: number,
  r2: number,
): { numberFormat: string[][]; formulas: (string | number | boolean)[][] } {
  const numberFormat: string[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  for (let r = r1; r <= r2; r++) {
    const nf: string[] = [];
    const fx: (string | number | boolean)[] = [];
    for (let c = 0; c <= layout.maxCol; c++) {
      const cell = layout.cells.get(key(r, c));
      if (!cell) {
        nf.push('General');
        fx.push('');
        continue;
      }
      const content = cellContent(cell);
      nf.push(content.numberFormat);
      fx.push(content.input);
    }
    numberFormat.push(nf);
    formulas.push(fx);
  }
  return { numberFormat, formulas };
}
