/**
 * Finding the tables inside a grid: where each header starts and ends (several header rows,
 * merged or not), the optional "(1) (2) (3) …" row, the body, and each column's header path
 * ("Nữ DTTS tham gia HĐND các cấp › Cấp huyện › %"). Pure; reads only the grid.
 */
import { parseDateText } from '../parse/date';
import { parseFractionText, parseNumberText } from '../parse/number';
import { looseKey } from '../text/normalize';
import { cellOf, gridWidth, MergeIndex, type TableGrid } from './grid';
import { tokensOf } from './text';

export interface SourceColumn {
  /** Grid column. */
  index: number;
  /** Header texts top to bottom, without repeats ("%" columns carry the label they qualify). */
  path: string[];
}

export interface TableSpan {
  grid: TableGrid;
  /** First and last header rows; both -1 for a table without a header (a continued table). */
  headerTop: number;
  headerBottom: number;
  /** The "(1) (2) (3) …" row under the header, if any. */
  numberRow?: number;
  bodyStart: number;
  /** Last body row (inclusive). */
  bodyEnd: number;
  columns: SourceColumn[];
  /** Text printed above the table, nearest last (title, heading, caption). */
  before: string[];
}

const FOOTER = [
  'nguoi lap bieu',
  'nguoi lap',
  'tm uy ban',
  'tm ubnd',
  'noi nhan',
  'ky ghi ro ho ten',
  'ky ten dong dau',
  'kt chu tich',
  'thu truong don vi',
  'xac nhan cua',
];

/** A 4-digit year written alone ("2021" as a column title). */
const isYearText = (t: string) => /^(19[5-9]\d|20\d\d|21\d\d)$/.test(t);

/** "1", "12", "I", "II.", "1.1", "3.2a", "a)", "-": how the first cell of a body row starts. */
export function isSeqText(t: string): boolean {
  return /^(\d{1,4}|[IVXLC]{1,6}|\d{1,2}(\.\d{1,2}){1,3}[a-z]?|[a-zđ])[.)]?$/i.test(t.trim());
}

/** Text that is a value, not a title: a number, a fraction, a date, a percentage. */
export function isValueText(t: string): boolean {
  const s = t.trim();
  if (s === '' || isYearText(s)) return false;
  if (parseNumberText(s).ok) return true;
  if (parseFractionText(s)) return true;
  if (parseDateText(s).ok) return true;
  return false;
}

export function isFooterText(t: string): boolean {
  if (t.length > 80) return false;
  const k = looseKey(t);
  return FOOTER.some((f) => k.startsWith(f));
}

interface RowCell {
  r: number;
  c: number;
  text: string;
}

export class GridReader {
  readonly width: number;
  readonly merges: MergeIndex;
  constructor(readonly grid: TableGrid) {
    this.width = gridWidth(grid);
    this.merges = new MergeIndex(grid.merges, this.width);
  }
  get height(): number {
    return this.grid.cells.length;
  }
  /** Text covering (r, c): the merged area's content, wherever in the area. */
  textAt(r: number, c: number): string {
    const [or, oc] = this.merges.ownerOf(r, c);
    return cellOf(this.grid, or, oc).text;
  }
  /** The distinct non-empty cells of a row, left to right (a merged area counts once, where it starts). */
  rowCells(r: number): RowCell[] {
    const out: RowCell[] = [];
    const seen = new Set<string>();
    for (let c = 0; c < this.width; c++) {
      const [or, oc] = this.merges.ownerOf(r, c);
      const key = `${or},${oc}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = cellOf(this.grid, or, oc).text;
      if (text !== '') out.push({ r: or, c, text });
    }
    return out;
  }
  /** Cells of the row that start in it (not covered by a merge from a row above). */
  ownCells(r: number): RowCell[] {
    return this.rowCells(r).filter((x) => x.r === r);
  }
  isBlank(r: number): boolean {
    return this.ownCells(r).length === 0;
  }
  isFooter(r: number): boolean {
    return this.ownCells(r).some((x) => isFooterText(x.text));
  }
  /** "(1) (2) (3) …" or "1 2 3 …" across the table. */
  isNumberRow(r: number): boolean {
    const cells = this.ownCells(r);
    if (cells.length < 3) return false;
    const paren = cells.every((x) => /^\(\d{1,3}\)$/.test(x.text));
    const plain = cells.every((x) => /^\d{1,3}$/.test(x.text));
    if (!paren && !plain) return false;
    const nums = cells.map((x) => Number(x.text.replace(/[()]/g, '')));
    if (nums[0] !== 1) return false;
    for (let i = 1; i < nums.length; i++) {
      if (plain ? nums[i] !== nums[i - 1]! + 1 : nums[i]! <= nums[i - 1]!) return false;
    }
    return paren || cells.length >= Math.max(3, Math.ceil(this.width * 0.6));
  }
}

function vocabHits(text: string, vocab: ReadonlySet<string>): boolean {
  if (isYearText(text)) return true;
  const words = tokensOf(text).filter((t) => !t.includes(' '));
  if (!words.length) return false;
  const hits = words.filter((w) => vocab.has(w)).length;
  return hits >= 1 && hits / words.length >= 0.5;
}

/** A header title: text, not a value or a row number, not a paragraph. */
function isTitleText(t: string): boolean {
  if (t.length > 220 || isValueText(t) || /^(\d{1,4}|[IVXLC]{1,6})[.)]?$/.test(t)) return false;
  // Titles name years and "(1)" numbers, not quantities ("đạt 50% vào năm 2025" is a sentence of the body).
  const rest = t.replace(/\b(19[5-9]\d|20\d\d|21\d\d)\b/g, ' ').replace(/\(\d{1,3}\)/g, ' ');
  return !/\d/.test(rest);
}

function isHeaderStart(g: GridReader, r: number, vocab: ReadonlySet<string>): boolean {
  const cells = g.rowCells(r);
  if (cells.length < 2) return false;
  if (!cells.every((x) => isTitleText(x.text))) return false;
  const hits = cells.filter((x) => vocabHits(x.text, vocab)).length;
  return hits >= 2 && hits >= cells.length * 0.5;
}

/** A header inside a body starts a new table only when it reads like one: short titles, most of them known. */
function startsNewTable(g: GridReader, r: number, vocab: ReadonlySet<string>): boolean {
  if (!isHeaderStart(g, r, vocab)) return false;
  const cells = g.rowCells(r);
  if (cells.some((x) => x.text.length > 120)) return false;
  const hits = cells.filter((x) => vocabHits(x.text, vocab)).length;
  return hits >= Math.max(2, Math.ceil(cells.length * 0.7));
}

/** Row r continues the header that started at `top`. */
function continuesHeader(g: GridReader, top: number, r: number, vocab: ReadonlySet<string>): boolean {
  if (r - top >= 5 || g.isNumberRow(r) || g.isFooter(r)) return false;
  const own = g.ownCells(r);
  const all = g.rowCells(r);
  if (own.length === 0) return all.length > 0;
  if (!own.every((x) => isTitleText(x.text))) return false;
  // A body row of a table starts with its row number or its label in the first columns.
  const first = all[0];
  if (first && first.r === r && first.c === 0 && isSeqText(first.text)) return false;
  // A heading row of the body ("MỤC TIÊU 1: …") spans the table alone.
  if (own.length === 1 && all.length === 1) return false;
  const covered = all.length > own.length;
  return covered || own.some((x) => vocabHits(x.text, vocab));
}

function columnPaths(g: GridReader, top: number, bottom: number): SourceColumn[] {
  const texts: string[][] = [];
  const owners: string[][] = [];
  for (let h = top; h <= bottom; h++) {
    const row: string[] = [];
    const own: string[] = [];
    for (let c = 0; c < g.width; c++) {
      const [or, oc] = g.merges.ownerOf(h, c);
      row.push(cellOf(g.grid, or, oc).text);
      own.push(`${or},${oc}`);
    }
    texts.push(row);
    owners.push(own);
  }
  // Unmerged group titles: an empty cell right of a title, above children, under the same parent, belongs to it.
  for (let h = 0; h < texts.length - 1; h++) {
    for (let c = 1; c < g.width; c++) {
      if (texts[h]![c] !== '' || texts[h]![c - 1] === '') continue;
      if (texts[h + 1]![c] === '') continue;
      if (h > 0 && owners[h - 1]![c] !== owners[h - 1]![c - 1]) continue;
      if (owners[h + 1]![c] === owners[h]![c]) continue;
      texts[h]![c] = texts[h]![c - 1]!;
      owners[h]![c] = owners[h]![c - 1]!;
    }
  }
  const cols: SourceColumn[] = [];
  for (let c = 0; c < g.width; c++) {
    const path: string[] = [];
    let last = '';
    for (let h = 0; h < texts.length; h++) {
      const t = texts[h]![c]!;
      const o = owners[h]![c]!;
      if (t === '' || o === last) continue;
      last = o;
      path.push(t);
    }
    cols.push({ index: c, path });
  }
  // "%" beside a count: it is that count's percentage ("Cấp huyện | %" under one group).
  for (let c = 1; c < cols.length; c++) {
    const p = cols[c]!.path;
    const left = cols[c - 1]!.path;
    if (p.length === 0 || !isBareRatio(p[p.length - 1]!)) continue;
    if (left.length !== p.length || left.length === 0) continue;
    if (isBareRatio(left[left.length - 1]!)) continue;
    if (left.slice(0, -1).join('\u0001') !== p.slice(0, -1).join('\u0001')) continue;
    cols[c]!.path = [...left, p[p.length - 1]!];
  }
  return cols;
}

/** "%", "Tỷ lệ", "TL", "Tỷ lệ (%)": a percentage title that says nothing of what it is a share of. */
export function isBareRatio(t: string): boolean {
  const k = looseKey(t).replace(/\s+/g, ' ');
  return /^(%|ty le|ty le %|tl|tl %|ti le|ti le %)$/.test(k);
}

function contextAbove(g: GridReader, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r < to; r++) {
    const cells = g.ownCells(r);
    if (cells.length) out.push(cells.map((x) => x.text).join(' '));
  }
  return out;
}

/**
 * The tables of a grid. A sheet can hold several (PL-III's two), each under its own header;
 * a Word table usually holds one. A grid with content but no header is returned as one
 * headerless span (a table continued from the previous page).
 */
export function findTables(grid: TableGrid, vocab: ReadonlySet<string>): TableSpan[] {
  const g = new GridReader(grid);
  const spans: TableSpan[] = [];
  let r = 0;
  let contextFrom = 0;
  while (r < g.height) {
    if (!isHeaderStart(g, r, vocab)) {
      r++;
      continue;
    }
    const top = r;
    let bottom = r;
    while (bottom + 1 < g.height && continuesHeader(g, top, bottom + 1, vocab)) bottom++;
    let numberRow: number | undefined;
    if (bottom + 1 < g.height && g.isNumberRow(bottom + 1)) numberRow = bottom + 1;
    const bodyStart = (numberRow ?? bottom) + 1;
    // The body runs to a footer, or to the next header that follows a blank or caption row.
    let end = bodyStart;
    let lastContent = bodyStart - 1;
    for (; end < g.height; end++) {
      if (g.isFooter(end)) break;
      if (end > bodyStart && startsNewTable(g, end, vocab) && !sameHeader(g, top, end)) {
        const prev = g.ownCells(end - 1);
        if (prev.length <= 1) break;
      }
      if (!g.isBlank(end)) lastContent = end;
    }
    // A caption line right above the next table is that table's, not this body's.
    let bodyEnd = lastContent;
    if (end < g.height && !g.isFooter(end) && bodyEnd >= end - 1 && bodyEnd > bodyStart) {
      const cells = g.ownCells(bodyEnd);
      if (cells.length === 1 && !isSeqText(cells[0]!.text) && !/^t[oô]ng/i.test(looseKey(cells[0]!.text))) bodyEnd--;
    }
    spans.push({
      grid,
      headerTop: top,
      headerBottom: bottom,
      ...(numberRow !== undefined ? { numberRow } : {}),
      bodyStart,
      bodyEnd,
      columns: columnPaths(g, top, bottom),
      before: [...grid.before, ...contextAbove(g, contextFrom, top)],
    });
    contextFrom = bodyEnd + 1;
    r = Math.max(end, bodyEnd + 1);
  }
  if (spans.length === 0) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < g.height; i++) {
      if (!g.isBlank(i) && !g.isFooter(i)) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0)
      spans.push({
        grid,
        headerTop: -1,
        headerBottom: -1,
        bodyStart: first,
        bodyEnd: last,
        columns: Array.from({ length: g.width }, (_, index) => ({ index, path: [] })),
        before: grid.before,
      });
  }
  return spans;
}

const HEADER_KEYS = new WeakMap<GridReader, Map<number, string[]>>();

/** Row r repeats the header row `top` (a header printed again on the next page). */
export function sameHeader(g: GridReader, top: number, r: number): boolean {
  let byTop = HEADER_KEYS.get(g);
  if (!byTop) HEADER_KEYS.set(g, (byTop = new Map()));
  let a = byTop.get(top);
  if (!a) byTop.set(top, (a = g.rowCells(top).map((x) => looseKey(x.text))));
  if (a.length < 2) return false;
  const cells = g.rowCells(r);
  if (cells.length !== a.length) return false;
  return cells.every((x, i) => looseKey(x.text) === a[i]);
}
