/**
 * The cell pass: every cell rule over every input cell of an annex, in one walk of the column
 * caches. For each input column, the rules that read its kind are gathered once; each cell's
 * state (a small integer) is checked against the union of their states, so a cell no rule
 * looks at costs a byte compare and makes nothing.
 */
import { appliesTo, type CellPlace, type CellRule, type NumberRange, type RuleContext } from '../rules/types';
import { a1 } from '../sheet/address';
import type { RawCell } from '../sheet/workbook';
import type { Column } from '../templates/schema';
import type { AnnexView, CellView } from './annex-view';
import { isInputColumn } from './annex-view';
import { stateMask, ST_NUM, ST_NUM_TEXT } from './cell-state';
import type { BoundRow, BoundTable } from './bind';
import { ColumnCache } from './columns';
import type { Reading } from './read-cell';

/**
 * The cell a cell rule is given: one object for the whole pass, moved from cell to cell (a rule
 * reads it during its check and keeps nothing of it), its reading taken from the column cache.
 */
class PassCell implements CellView {
  row = 0;
  col = 0;
  raw: RawCell | undefined;
  column!: Column;
  private cache!: ColumnCache;
  private index = 0;
  private read: Reading | undefined;

  moveTo(row: number, cache: ColumnCache, index: number): this {
    this.row = row;
    this.col = cache.col;
    this.raw = cache.raw(index);
    this.column = cache.bound.def;
    this.cache = cache;
    this.index = index;
    this.read = undefined;
    return this;
  }

  get reading(): Reading {
    return (this.read ??= this.cache.reading(this.index));
  }

  get address(): string {
    return a1(this.row, this.col);
  }
}

/**
 * A cell rule as the pass runs it: its tests and check copied out of the rule (each rule is an
 * object literal of its own shape, and the pass reads them for every cell: from one shape
 * here, those reads stay monomorphic).
 */
export interface CompiledCellRule {
  rule: CellRule;
  /** Its place in the rule registry (orders findings at one cell as the registry does). */
  rank: number;
  mask: number;
  kinds: ReadonlySet<string> | undefined;
  /** The rule declares the numbers it reports at (CellRule.numbers): below `below`, above `above`, or not whole when `fraction`. */
  ranged: boolean;
  below: number;
  above: number;
  fraction: boolean;
  /** The rule's numbers when they depend on the column: rulesFor makes a copy per column with them. */
  numbersOf: ((column: Column) => NumberRange) | undefined;
  raw: CellRule['raw'];
  failed: boolean;
  /** For such a copy, the rule it was made from (which a failure stops in every column). */
  origin: CompiledCellRule | undefined;
}

/**
 * A compiled cell rule, always made here with every field: the rule as the pass first runs it
 * and its per-column copies (forColumn) are one object shape. (A copy by spread has a shape
 * of its own, and passColumn's optimised code was thrown away at the first copy it met.)
 */
function compiledRule(
  rule: CellRule,
  rank: number,
  mask: number,
  kinds: ReadonlySet<string> | undefined,
  numbers: NumberRange | undefined,
  numbersOf: ((column: Column) => NumberRange) | undefined,
  origin: CompiledCellRule | undefined,
): CompiledCellRule {
  return {
    rule,
    rank,
    mask,
    kinds,
    ranged: numbers !== undefined,
    below: numbers?.below ?? -Infinity,
    above: numbers?.above ?? Infinity,
    fraction: numbers?.fraction === true,
    numbersOf,
    raw: rule.raw,
    failed: false,
    origin,
  };
}

export function compileCellRules(rules: readonly { rule: CellRule; rank: number }[]): CompiledCellRule[] {
  return rules.map(({ rule, rank }) => {
    const n = rule.numbers;
    return compiledRule(
      rule,
      rank,
      stateMask(rule.states),
      rule.kinds === '*' ? undefined : new Set(rule.kinds),
      typeof n === 'function' ? undefined : n,
      typeof n === 'function' ? n : undefined,
      undefined,
    );
  });
}

/** A rule whose numbers depend on the column, as it runs in column `c`: its numbers resolved. */
function forColumn(r: CompiledCellRule, c: Column): CompiledCellRule {
  return compiledRule(r.rule, r.rank, r.mask, r.kinds, r.numbersOf!(c), undefined, r);
}

/** The rule reports at the number v (its declared numbers: CellRule.numbers). */
function reportsAt(r: CompiledCellRule, v: number): boolean {
  return v < r.below || v > r.above || (r.fraction && !Number.isInteger(v));
}

/**
 * Numbers Excel holds ('num' cells) that no rule of a column reports at: those from `lo` to `hi`,
 * whole ones only when `whole`. On only when every rule of the column that looks at 'num' cells
 * declares its numbers (CellRule.numbers); the pass then passes over
 * such a cell with one compare.
 */
interface QuietNumbers {
  on: boolean;
  lo: number;
  hi: number;
  whole: boolean;
}

const NUM_BIT = 1 << ST_NUM;
const NOT_QUIET: QuietNumbers = { on: false, lo: -Infinity, hi: Infinity, whole: false };

function quietNumbers(here: readonly CompiledCellRule[]): QuietNumbers {
  const q: QuietNumbers = { ...NOT_QUIET };
  for (let j = 0; j < here.length; j++) {
    const r = here[j]!;
    if (!(r.mask & NUM_BIT)) continue;
    if (!r.ranged) return NOT_QUIET;
    q.on = true;
    q.lo = Math.max(q.lo, r.below);
    q.hi = Math.min(q.hi, r.above);
    q.whole ||= r.fraction;
  }
  return q;
}

/**
 * The rules that read cells of this column: its kind, and the rule's column test (a function of
 * its own: a closure in runCellRules would make it allocate its context on every call).
 */
function rulesFor(
  rules: readonly CompiledCellRule[],
  c: Column,
  where: { table: BoundTable['table']; templateId: string },
): CompiledCellRule[] {
  const out: CompiledCellRule[] = [];
  for (let j = 0; j < rules.length; j++) {
    const r = rules[j]!;
    if (r.kinds && !r.kinds.has(c.kind)) continue;
    if (r.rule.column && !r.rule.column(c, where)) continue;
    out.push(r.numbersOf && !r.failed ? forColumn(r, c) : r);
  }
  return out;
}

/**
 * The rows of a table the pass visits (every row but the total), as sheet rows beside the bound
 * rows: read for every cell of every column, so read once per table.
 */
interface PassRows {
  rows: BoundRow[];
  sheetRows: Int32Array;
  /** Per row, the column keys its definition skips (undefined: none, as for most rows). */
  skips: (readonly string[] | undefined)[] | undefined;
}

function passRows(list: readonly BoundRow[]): PassRows {
  const rows: BoundRow[] = [];
  for (let n = 0; n < list.length; n++) if (list[n]!.kind !== 'total') rows.push(list[n]!);
  const sheetRows = new Int32Array(rows.length);
  let skips: (readonly string[] | undefined)[] | undefined;
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n]!;
    sheetRows[n] = row.row;
    if (row.def && row.def.skip.length) (skips ??= new Array(rows.length))[n] = row.def.skip;
  }
  return { rows, sheetRows, skips };
}

/** What the pass lends a rule's check, and where a failing rule is reported. */
interface PassFrame {
  annex: AnnexView;
  pass: PassCell;
  place: CellPlace | undefined;
  ctx: (r: CompiledCellRule) => RuleContext;
  failed: (r: CompiledCellRule, e: unknown) => void;
}

/**
 * Every cell of one input column of one table through the rules that read it (`here`, whose
 * states make `mask`). A function of its own, over one shape of each thing it reads per cell
 * (the column cache, the compiled rules, typed rows): the per-table and per-column work above it
 * reads template objects of many shapes, and a deoptimisation there no longer throws away the
 * optimised code of this loop.
 */
function passColumn(
  frame: PassFrame,
  table: BoundTable,
  rows: PassRows,
  c: Column,
  cache: ColumnCache,
  here: readonly CompiledCellRule[],
  mask: number,
  quiet: QuietNumbers,
): void {
  const sheetRows = rows.sheetRows;
  const skips = rows.skips;
  const first = cache.first;
  for (let n = 0; n < sheetRows.length; n++) {
    if (skips !== undefined) {
      const skip = skips[n];
      if (skip !== undefined && skip.includes(c.key)) continue;
    }
    const i = sheetRows[n]! - first;
    const st = cache.state(i);
    const bit = 1 << st;
    if (!(mask & bit)) continue;
    // The cell's number (a number held, or read from text) and raw cell, read once for all its rules' tests.
    const numeric = st === ST_NUM || st === ST_NUM_TEXT;
    const num = numeric ? cache.number(i) : NaN;
    if (st === ST_NUM && quiet.on && num >= quiet.lo && num <= quiet.hi && (!quiet.whole || Number.isInteger(num)))
      continue;
    const raw = cache.raw(i);
    let cell: CellView | undefined;
    for (let j = 0; j < here.length; j++) {
      const r = here[j]!;
      if (r.failed || !(r.mask & bit)) continue;
      if (numeric && r.ranged && !reportsAt(r, num)) continue;
      if (r.raw !== undefined && !r.raw(raw)) continue;
      if (!cell) cell = lend(frame, table, rows.rows[n]!, cache, i);
      try {
        r.rule.check(cell, frame.place!, frame.ctx(r));
      } catch (e) {
        r.failed = true;
        if (r.origin) r.origin.failed = true;
        frame.failed(r.origin ?? r, e);
      }
    }
  }
}

/** Moves the pass's cell and place to a cell some rule looks at. */
function lend(frame: PassFrame, table: BoundTable, row: BoundRow, cache: ColumnCache, i: number): CellView {
  if (frame.place) {
    frame.place.table = table;
    frame.place.row = row;
  } else frame.place = { annex: frame.annex, table, row };
  return frame.pass.moveTo(row.row, cache, i);
}

/**
 * Runs the cell rules over the annex's input cells. `rows`, when given, limits the pass to
 * those sheet rows (0-based). A rule that throws is reported through `failed` once and not
 * called again.
 */
export function runCellRules(
  annex: AnnexView,
  rules: readonly CompiledCellRule[],
  ctxOf: (r: CompiledCellRule) => RuleContext,
  failed: (r: CompiledCellRule, e: unknown) => void,
  rows?: ReadonlySet<number>,
): void {
  const mine = rules.filter((r) => appliesTo(r.rule, annex.templateId));
  if (mine.length === 0) return;
  const ctxs = new Map<CompiledCellRule, RuleContext>();
  const ctx = (r: CompiledCellRule) => {
    let c = ctxs.get(r);
    if (!c) ctxs.set(r, (c = ctxOf(r)));
    return c;
  };
  const frame: PassFrame = { annex, pass: new PassCell(), place: undefined, ctx, failed };
  // Indexed loops throughout: until this function is optimised (and again after each
  // deoptimisation) a for-of allocates an iterator result for every cell and every rule.
  const tables = annex.tables;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const list = rows ? table.rows.filter((r) => rows.has(r.row)) : table.rows;
    if (list.length === 0) continue;
    const visited = passRows(list);
    const columns = table.table.columns;
    const where = { table: table.table, templateId: annex.templateId };
    const read: { c: Column; here: CompiledCellRule[]; cache: ColumnCache }[] = [];
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      if (!isInputColumn(c)) continue;
      const here = rulesFor(mine, c, where);
      if (here.length === 0) continue;
      const cache = annex.column(table, c.key);
      if (cache) read.push({ c, here, cache });
    }
    // A full pass reads every input column: classified first, in one walk along the rows.
    if (!rows) ColumnCache.fillAll(read.map((x) => x.cache));
    for (let k = 0; k < read.length; k++) {
      const { c, here, cache } = read[k]!;
      // A rule that failed in an earlier column runs in no later one (its copies were made before).
      for (let j = 0; j < here.length; j++) if (here[j]!.origin?.failed) here[j]!.failed = true;
      let mask = 0;
      for (let j = 0; j < here.length; j++) mask |= here[j]!.mask;
      // A full pass reads the whole column: classified in one walk first, and passed over when
      // no cell of it is in a state its rules look at (a column of numbers, for most rules).
      if (!rows && !cache.holdsAny(mask)) continue;
      passColumn(frame, table, visited, c, cache, here, mask, quietNumbers(here));
    }
  }
}
