/**
 * What a cell holds, as a small integer: the engine classifies every cell it reads into one
 * of these without building a reading object, and keeps numbers in typed arrays (columns.ts).
 * A reading (read-cell.ts) is made only for the cells a rule looks at.
 */
import { readCell, type Reading } from './read-cell';
import type { Column } from '../templates/schema';
import type { RawCell } from '../sheet/workbook';
import { isBlankText } from '../text/normalize';

export const CELL_STATES = [
  'empty',
  'na',
  /** A number Excel holds (typed, or a formula's result). */
  'num',
  /** A number read from text ("1.250", "30.000.000", "56,3 %"). */
  'num-text',
  'text',
  'bad',
  'frac',
  'date',
  'err',
  'bool',
  'pending',
] as const;
export type CellState = (typeof CELL_STATES)[number];

export const ST_EMPTY = 0;
export const ST_NA = 1;
export const ST_NUM = 2;
export const ST_NUM_TEXT = 3;
export const ST_TEXT = 4;
export const ST_BAD = 5;
export const ST_FRAC = 6;
export const ST_DATE = 7;
export const ST_ERR = 8;
export const ST_BOOL = 9;
export const ST_PENDING = 10;

const INDEX = new Map<CellState, number>(CELL_STATES.map((s, i) => [s, i]));

/** A bit set of states, for "which cells does this rule look at". */
export function stateMask(states: readonly CellState[]): number {
  let m = 0;
  for (const s of states) m |= 1 << INDEX.get(s)!;
  return m;
}

export function stateOfReading(r: Reading): number {
  switch (r.s) {
    case 'empty':
      return ST_EMPTY;
    case 'na':
      return ST_NA;
    case 'num':
      return r.text !== undefined ? ST_NUM_TEXT : ST_NUM;
    case 'text':
      return ST_TEXT;
    case 'bad':
      return ST_BAD;
    case 'frac':
      return ST_FRAC;
    case 'date':
      return ST_DATE;
    case 'err':
      return ST_ERR;
    case 'bool':
      return ST_BOOL;
    case 'pending':
      return ST_PENDING;
  }
}

const NUMERIC_KIND: Record<Column['kind'], boolean> = {
  seq: true,
  label: false,
  name: false,
  text: false,
  count: true,
  money: true,
  decimal: true,
  percent: true,
  date: false,
  list: false,
  docNumber: false,
  status: false,
};

/** Text in this column is read in full by classify (numbers and dates typed as text). */
export function readsText(col: Column): boolean {
  return col.kind === 'date' || NUMERIC_KIND[col.kind];
}

/** Where classify() puts what it found besides the state (no object per cell). */
export interface Classified {
  /** The number of a 'num' cell (percent-formatted cells already ×100), or of text read as a number. */
  value: number;
  /** True when `value` holds a number: a 'num' cell, or text read as a number ('num-text'). */
  numeric: boolean;
  /** The reading, when classify had to make one (text in number and date columns). */
  reading: Reading | undefined;
}

/**
 * What classify needs to know of a column, gathered once per column into an object of one
 * shape: template columns come in many shapes (their optional fields), and a hot function that
 * reads `col.kind` from each of them is deoptimised again at every new one.
 */
export interface ClassifyColumn {
  def: Column;
  date: boolean;
  percent: boolean;
  /** A kind whose cells hold numbers (count, money, percent…). */
  numeric: boolean;
  /** Text in this column is read in full (readsText). */
  text: boolean;
}

export function classifyColumn(def: Column): ClassifyColumn {
  return {
    def,
    date: def.kind === 'date',
    percent: def.kind === 'percent',
    numeric: NUMERIC_KIND[def.kind],
    text: readsText(def),
  };
}

/**
 * The state of a cell for a column — the same as stateOfReading(readCell(raw, col.def)) — made
 * without a reading for the common cells (numbers, text in text columns, blanks). Text in
 * number and date columns is read in full (it needs the parser) and the reading kept in `out`.
 */
export function classify(raw: RawCell | undefined, col: ClassifyColumn, out: Classified): number {
  out.reading = undefined;
  out.numeric = false;
  if (raw === undefined) return ST_EMPTY;
  switch (raw.t) {
    case 'e':
      return ST_ERR;
    case 'f':
      return ST_PENDING;
    case 'b':
      return ST_BOOL;
    case 'd':
      return ST_DATE;
    case 'n': {
      const v = raw.v;
      if (!Number.isFinite(v)) return ST_ERR;
      if (col.date) return v > 20000 && v < 80000 ? ST_DATE : ST_BAD;
      if (!col.numeric) return ST_TEXT;
      const pct = col.percent && raw.nf !== undefined && raw.nf.includes('%');
      const value = pct ? v * 100 : v;
      if (!Number.isFinite(value)) return ST_ERR;
      out.value = value;
      out.numeric = true;
      return ST_NUM;
    }
    case 's': {
      if (col.text) {
        const r = readCell(raw, col.def);
        out.reading = r;
        if (r.s === 'num') {
          out.value = r.value;
          out.numeric = true;
        }
        return stateOfReading(r);
      }
      return isBlankText(raw.v) ? ST_EMPTY : ST_TEXT;
    }
  }
}
