/**
 * A column cache: one bound column of one table, its cells classified once — states as small
 * integers (cell-state.ts), numbers in a Float64Array — and the few readings that needed the
 * parser kept aside. Rows are indexed from the table's first row after the number row.
 */
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import type { BoundColumn, BoundRow } from './bind';
import { classify, classifyColumn, type Classified, type ClassifyColumn } from './cell-state';
import { readCell, type Reading } from './read-cell';

const scratch: Classified = { value: 0, numeric: false, reading: undefined };
const UNKNOWN = 255;
/** The last classify() of a column cache took its reading from, or put it in, the column's memo of texts. */
let memoHeld = false;
/** Distinct texts a column remembers the reading of (officers repeat "-", "1.250", "30.000.000" down a column). */
const MEMO_TEXTS = 256;

interface TextReading {
  state: number;
  value: number;
  numeric: boolean;
  reading: Reading | undefined;
}

export class ColumnCache {
  /** State per row (255 until classified). */
  private readonly states: Uint8Array;
  /** The number of a 'num' / 'num-text' cell. */
  private readonly numbers: Float64Array;
  /**
   * Readings kept by row index: those made on demand (reading()) and those of texts the memo
   * below does not hold. A map, not an array as long as the column: most columns keep none or
   * one (a total row's, read by arithmetic/total), and a text's reading is found in the memo.
   */
  private readings: Map<number, Reading> | undefined;
  /** Text typed in this column → its state and reading: each distinct text is read once (readings are never changed). */
  private readonly texts: Map<string, TextReading> | undefined;
  /** The column as classify reads it (one shape for every column). */
  private readonly kind: ClassifyColumn;
  /**
   * A bit (1 << state) for every state some row has had since the cache was made: after fill(),
   * no row holds a state outside it (a re-check's edits only add bits, so it stays a superset).
   */
  private seen = 0;
  /** Rows not classified yet (fill() walks the column only when some are). */
  private unknown: number;

  /** The sheet's rows, and the 0-based sheet column (read for every cell: fields of this object, not of the sheet and binding). */
  private cells: SheetSnapshot['cells'];
  readonly col: number;

  constructor(
    sheet: SheetSnapshot,
    readonly bound: BoundColumn,
    /** Sheet row of index 0. */
    readonly first: number,
    length: number,
  ) {
    this.cells = sheet.cells;
    this.col = bound.col;
    this.states = new Uint8Array(length).fill(UNKNOWN);
    this.unknown = length;
    this.numbers = new Float64Array(length);
    this.kind = classifyColumn(bound.def);
    this.texts = this.kind.text ? new Map() : undefined;
    this.readings = undefined;
  }

  private keep(i: number, r: Reading): void {
    (this.readings ??= new Map()).set(i, r);
  }

  /** The reading the memo of texts holds for this raw cell, if it holds one. */
  private memoized(raw: RawCell | undefined): Reading | undefined {
    if (this.texts === undefined || raw === undefined || raw.t !== 's' || raw.f) return undefined;
    return this.texts.get(raw.v)?.reading;
  }

  /** classify(), through the column's memo of texts. */
  private classify(raw: RawCell | undefined): number {
    const texts = this.texts;
    memoHeld = false;
    if (texts === undefined || raw === undefined || raw.t !== 's' || raw.f) return classify(raw, this.kind, scratch);
    const hit = texts.get(raw.v);
    if (hit) {
      scratch.value = hit.value;
      scratch.numeric = hit.numeric;
      scratch.reading = hit.reading;
      memoHeld = true;
      return hit.state;
    }
    const st = classify(raw, this.kind, scratch);
    if (texts.size < MEMO_TEXTS) {
      texts.set(raw.v, { state: st, value: scratch.value, numeric: scratch.numeric, reading: scratch.reading });
      memoHeld = true;
    }
    return st;
  }

  /**
   * The same column over an edited sheet (same binding): forgets the rows in `rows` (0-based
   * sheet rows), keeps everything else. Used by revalidate.
   */
  rebase(sheet: SheetSnapshot, rows: Iterable<number>): void {
    this.cells = sheet.cells;
    for (const r of rows) {
      const i = r - this.first;
      if (!this.has(i)) continue;
      if (this.states[i] !== UNKNOWN) this.unknown++;
      this.states[i] = UNKNOWN;
      if (this.readings) this.readings.delete(i);
    }
  }

  get length(): number {
    return this.states.length;
  }

  raw(i: number): RawCell | undefined {
    return this.cells[this.first + i]?.[this.col];
  }

  /** True for an index inside the table. */
  has(i: number): boolean {
    return i >= 0 && i < this.states.length;
  }

  /** The state of row index i (see CELL_STATES). */
  state(i: number): number {
    if (!(i >= 0 && i < this.states.length)) return classify(this.raw(i), this.kind, scratch);
    const s = this.states[i]!;
    if (s !== UNKNOWN) return s;
    return this.settle(i, this.raw(i));
  }

  /** Classifies row index i (not classified yet) from its raw cell and keeps what it found. */
  private settle(i: number, raw: RawCell | undefined): number {
    const st = this.classify(raw);
    this.states[i] = st;
    this.seen |= 1 << st;
    this.unknown--;
    // A text's reading stays in the memo of texts (reading() finds it there); others are kept.
    if (scratch.reading && !memoHeld) this.keep(i, scratch.reading);
    this.numbers[i] = scratch.numeric ? scratch.value : NaN;
    return st;
  }

  /**
   * Classifies every row not classified yet, in one walk down the column (the cell pass reads
   * every input cell: one tight loop over the raw cells instead of one call per cell).
   */
  fill(): void {
    if (this.unknown === 0) return;
    const states = this.states;
    const cells = this.cells;
    const col = this.col;
    const first = this.first;
    for (let i = 0; i < states.length; i++) if (states[i] === UNKNOWN) this.settle(i, cells[first + i]?.[col]);
  }

  /**
   * Classifies every row not classified yet of several columns of one table, in one walk
   * along the sheet's rows: a sheet's cells lie in memory row after row, and walking down one
   * column after another reads them out of that order (the bench workbook's input columns, out
   * of cache: 6,3–7,6 ms a column at a time, 4,5–4,7 along the rows). Columns of other tables
   * are filled one by one.
   */
  static fillAll(caches: readonly ColumnCache[]): void {
    if (caches.length === 0) return;
    const head = caches[0]!;
    const n = head.states.length;
    let unknown = 0;
    for (let k = 0; k < caches.length; k++) {
      const c = caches[k]!;
      if (c.states.length !== n || c.first !== head.first || c.cells !== head.cells) {
        for (let j = 0; j < caches.length; j++) caches[j]!.fill();
        return;
      }
      unknown += c.unknown;
    }
    if (unknown === 0) return;
    const cells = head.cells;
    const first = head.first;
    for (let i = 0; i < n; i++) {
      const row = cells[first + i];
      for (let k = 0; k < caches.length; k++) {
        const c = caches[k]!;
        if (c.states[i] === UNKNOWN) c.settle(i, row === undefined ? undefined : row[c.col]);
      }
    }
  }

  /**
   * Classifies every row (fill) and tells whether any holds one of the states of `mask` (a
   * stateMask): false means no row does, and a rule that looks only at those states has
   * nothing to read in this column.
   */
  holdsAny(mask: number): boolean {
    this.fill();
    return (this.seen & mask) !== 0;
  }

  /** The number of row index i (NaN unless its state is 'num' or 'num-text'). */
  number(i: number): number {
    this.state(i);
    if (!this.has(i)) return scratch.numeric ? scratch.value : NaN;
    return this.numbers[i]!;
  }

  /** The full reading of row index i (made on demand for cells classified without one, then kept). */
  reading(i: number): Reading {
    if (!this.has(i)) return readCell(this.raw(i), this.bound.def);
    this.state(i);
    let r = this.readings?.get(i);
    if (r) return r;
    const raw = this.raw(i);
    r = this.memoized(raw);
    if (!r) this.keep(i, (r = readCell(raw, this.bound.def)));
    return r;
  }
}

/**
 * A bound row's cell in a column cache, which may be missing (the column is not in the sheet):
 * its state (-1 when missing), its number (NaN unless a 'num' or 'num-text' cell), its raw cell.
 * Makes nothing: how a rule that looked its caches up once per table reads a row.
 */
export const stateAt = (c: ColumnCache | undefined, row: BoundRow): number => (c ? c.state(row.row - c.first) : -1);
export const numberAt = (c: ColumnCache | undefined, row: BoundRow): number => (c ? c.number(row.row - c.first) : NaN);
export const rawAt = (c: ColumnCache | undefined, row: BoundRow): RawCell | undefined =>
  c ? c.raw(row.row - c.first) : undefined;
