/**
 * The table-grid model the import engine reads: one rectangular grid of cells per source
 * table (a Word table, or a worksheet's used range), with its merged areas and the text
 * printed just above it (title, caption). Readers (src/adapters/docx, the workbook snapshot)
 * produce grids; nothing here knows about files.
 */
import { excelSerialToIso } from '../parse/date';
import { rangeA1, parseRangeA1 } from '../sheet/address';
import { rawCell, type RawCell, type SheetSnapshot } from '../sheet/workbook';
import { normalizeText } from '../text/normalize';

export interface GridCell {
  /** The text as printed, normalised (NFC, single spaces); '' when empty. */
  text: string;
  /** The typed value where the source has one (a worksheet cell); Word cells are text only. */
  raw?: RawCell;
}

/** A merged area, 0-based and inclusive. */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Where a grid comes from, so every message can point the officer at the source cell. */
export type GridOrigin =
  | { kind: 'sheet'; sheet: string; row0: number; col0: number }
  | { kind: 'word'; table: number }
  | { kind: 'selection'; sheet: string; row0: number; col0: number };

export interface TableGrid {
  /** Stable id within one import ("w3", "s:Sheet1"). */
  id: string;
  origin: GridOrigin;
  /** Row-major, rectangular; a merged area holds its content in its top-left cell only. */
  cells: GridCell[][];
  merges: Merge[];
  /** Lines of text printed above the table (nearest last): title, heading, caption. */
  before: string[];
}

export const EMPTY_CELL: GridCell = Object.freeze({ text: '' }) as GridCell;

export function gridWidth(g: TableGrid): number {
  let w = 0;
  for (const row of g.cells) w = Math.max(w, row.length);
  return w;
}

export function cellOf(g: TableGrid, r: number, c: number): GridCell {
  return g.cells[r]?.[c] ?? EMPTY_CELL;
}

/** For every position, the top-left corner of the merged area covering it (itself when not merged). */
export class MergeIndex {
  private readonly owner = new Map<number, number>();
  constructor(
    merges: readonly Merge[],
    private readonly width: number,
  ) {
    for (const m of merges) {
      for (let r = m.r1; r <= m.r2; r++)
        for (let c = m.c1; c <= m.c2; c++)
          if (r !== m.r1 || c !== m.c1) this.owner.set(r * width + c, m.r1 * width + m.c1);
    }
  }
  /** [row, col] of the cell whose content covers (r, c). */
  ownerOf(r: number, c: number): [number, number] {
    const o = this.owner.get(r * this.width + c);
    return o === undefined ? [r, c] : [Math.floor(o / this.width), o % this.width];
  }
  isCovered(r: number, c: number): boolean {
    return this.owner.has(r * this.width + c);
  }
}

/** The text a worksheet cell shows, for matching and messages (numbers with a decimal comma, dates as d/m/yyyy). */
export function rawText(raw: RawCell | undefined): string {
  if (!raw || raw.v === null || raw.v === undefined) return '';
  switch (raw.t) {
    case 'n':
      // As a Vietnamese officer reads it ("12,5"); never grouped, so a year stays "2021".
      return String(raw.v).replace('.', ',');
    case 'b':
      return raw.v ? 'TRUE' : 'FALSE';
    case 'd': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.v);
      return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : raw.v;
    }
    default:
      return normalizeText(String(raw.v));
  }
}

/** A worksheet as one grid: its used range (from A1, trailing empty rows and columns dropped). */
export function gridFromSheet(sheet: SheetSnapshot, origin?: GridOrigin): TableGrid {
  let height = 0;
  let width = 0;
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = sheet.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (rawText(row[c]) !== '') {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    }
  }
  const cells: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const src = sheet.cells[r] ?? [];
    const row: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const raw = src[c];
      const text = rawText(raw);
      row.push(text === '' ? EMPTY_CELL : raw ? { text, raw: datesAsDates(raw) } : { text });
    }
    cells.push(row);
  }
  const merges: Merge[] = [];
  for (const a1 of sheet.merges ?? []) {
    const m = parseRangeA1(a1);
    if (!m || m.r1 >= height || m.c1 >= width) continue;
    merges.push({ r1: m.r1, c1: m.c1, r2: Math.min(m.r2, height - 1), c2: Math.min(m.c2, width - 1) });
  }
  return {
    id: `s:${sheet.name}`,
    origin: origin ?? { kind: 'sheet', sheet: sheet.name, row0: 0, col0: 0 },
    cells,
    merges,
    before: [],
  };
}

/** A number cell formatted as a date is a date (as the engine reads it). */
function datesAsDates(raw: RawCell): RawCell {
  if (raw.t === 'n' && raw.nf && /[dmy]/i.test(raw.nf.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/^general$/i.test(raw.nf))
    return rawCell('d', excelSerialToIso(raw.v));
  return raw;
}

/** A block of a grid as its own grid (one table found inside a sheet). */
export function subGrid(g: TableGrid, r1: number, r2: number, id: string, before: string[]): TableGrid {
  const cells = g.cells.slice(r1, r2 + 1);
  const merges: Merge[] = [];
  for (const m of g.merges) {
    if (m.r2 < r1 || m.r1 > r2) continue;
    merges.push({ r1: Math.max(m.r1, r1) - r1, c1: m.c1, r2: Math.min(m.r2, r2) - r1, c2: m.c2 });
  }
  const origin: GridOrigin = g.origin.kind === 'word' ? g.origin : { ...g.origin, row0: g.origin.row0 + r1 };
  return { id, origin, cells, merges, before };
}

/** Grid position → source address: "C7" on a sheet, row and column numbers in a Word table. */
export function sourceAddress(origin: GridOrigin, r: number, c: number): string {
  if (origin.kind === 'word') return `${r + 1}:${c + 1}`;
  return rangeA1(origin.row0 + r, origin.col0 + c, origin.row0 + r, origin.col0 + c);
}
