/**
 * A column cache: one bound column of one table, its cells classified once — states as small
 * integers (cell-state.ts), numbers in a Float64Array — and the few readings that needed the
 * parser kept aside. Rows are indexed from the table's first row after the number row.
 */
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import type { BoundColumn } from './bind';
import { classify, ST_NUM, type Classified } from './cell-state';
import { readCell, type Reading } from './read-cell';

const scratch: Classified = { value: 0, reading: undefined };
const UNKNOWN = 255;

export class ColumnCache {
  /** State per row (255 until classified). */
  private readonly states: Uint8Array;
  /** The number of a 'num' / 'num-text' cell. */
  private readonly numbers: Float64Array;
  private readonly readings = new Map<number, Reading>();

  constructor(
    private sheet: SheetSnapshot,
    readonly bound: BoundColumn,
    /** Sheet row of index 0. */
    readonly first: number,
    length: number,
  ) {
    this.states = new Uint8Array(length).fill(UNKNOWN);
    this.numbers = new Float64Array(length);
  }

  /**
   * The same column over an edited sheet (same binding): forgets the rows in `rows` (0-based
   * sheet rows), keeps everything else. Used by revalidate.
   */
  rebase(sheet: SheetSnapshot, rows: Iterable<number>): void {
    this.sheet = sheet;
    for (const r of rows) {
      const i = r - this.first;
      if (!this.has(i)) continue;
      this.states[i] = UNKNOWN;
      this.readings.delete(i);
    }
  }

  get length(): number {
    return this.states.length;
  }

  /** 0-based sheet column. */
  get col(): number {
    return this.bound.col;
  }

  raw(i: number): RawCell | undefined {
    return this.sheet.cells[this.first + i]?.[this.bound.col];
  }

  /** True for an index inside the table. */
  has(i: number): boolean {
    return i >= 0 && i < this.states.length;
  }

  /** The state of row index i (see CELL_STATES). */
  state(i: number): number {
    if (!(i >= 0 && i < this.states.length)) return classify(this.raw(i), this.bound.def, scratch);
    const s = this.states[i]!;
    if (s !== UNKNOWN) return s;
    const st = classify(this.raw(i), this.bound.def, scratch);
    this.states[i] = st;
    if (scratch.reading) this.readings.set(i, scratch.reading);
    this.numbers[i] = st === ST_NUM || scratch.reading?.s === 'num' ? scratch.value : NaN;
    return st;
  }

  /** The number of row index i (NaN unless its state is 'num' or 'num-text'). */
  number(i: number): number {
    const st = this.state(i);
    if (!this.has(i)) return st === ST_NUM || scratch.reading?.s === 'num' ? scratch.value : NaN;
    return this.numbers[i]!;
  }

  /** The full reading of row index i (made on demand for cells classified without one). */
  reading(i: number): Reading {
    if (!this.has(i)) return readCell(this.raw(i), this.bound.def);
    this.state(i);
    return this.readings.get(i) ?? readCell(this.raw(i), this.bound.def);
  }
}
