/**
 * Family 5 — Arithmetic on ratio columns (women / total → %): part ≤ whole, no zero
 * denominator with a numerator, and a stated % equal to numerator/denominator within the
 * rounding of the digits written (11/29 → "38" ok; 8/9 → "88,88" truncated; else wrong).
 * Total rows: the % comes from the summed counts, never the average of row percentages.
 */
import { formatVnNumber, roundTo } from '../parse/number';
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { stateAt, type ColumnCache } from '../engine/columns';
import type { Reading } from '../engine/read-cell';
import { ST_EMPTY, ST_FRAC, ST_NA, ST_NUM, ST_NUM_TEXT } from '../engine/cell-state';
import type { Column } from '../templates/schema';

import type { AnnexRule, RuleContext, RuleDraft } from './types';

type Ratio = NonNullable<Column['ratio']>;

/**
 * Numerator and denominator of one row into `out` (NaN where not a number): numbers, or a "11/29"
 * fraction typed in the numerator cell. Read from the column caches; a reading is made only for a fraction.
 */
export function ratioInputsAt(
  annex: AnnexView,
  table: BoundTable,
  row: BoundRow,
  ratio: Ratio,
  out: { num: number; den: number },
): void {
  inputsIn(annex, table, row, ratio, annex.column(table, ratio.num), annex.column(table, ratio.den), out);
}

/** ratioInputsAt over the numerator's and denominator's column caches, looked up once per table. */
function inputsIn(
  annex: AnnexView,
  table: BoundTable,
  row: BoundRow,
  ratio: Ratio,
  numCol: ColumnCache | undefined,
  denCol: ColumnCache | undefined,
  out: { num: number; den: number },
): void {
  const ni = numCol ? row.row - numCol.first : 0;
  const di = denCol ? row.row - denCol.first : 0;
  const ns = numCol ? numCol.state(ni) : -1;
  const ds = denCol ? denCol.state(di) : -1;
  if (ns === ST_FRAC && (ds === -1 || ds === ST_EMPTY)) {
    const r = annex.cell(table, row, ratio.num)!.reading as Reading & { s: 'frac' };
    out.num = r.num;
    out.den = r.den;
    return;
  }
  out.num = ns === ST_NUM || ns === ST_NUM_TEXT ? numCol!.number(ni) : NaN;
  out.den = ds === ST_NUM || ds === ST_NUM_TEXT ? denCol!.number(di) : NaN;
}

type NumReading = Reading & { s: 'num' };

/**
 * The number stated (typed, not computed) in the row's cell of column cache `c`: a number with
 * no formula (no cell object is made). Undefined for anything else.
 */
function statedIn(c: ColumnCache | undefined, row: BoundRow): NumReading | undefined {
  if (!c) return undefined;
  const i = row.row - c.first;
  const st = c.state(i);
  if (st !== ST_NUM && st !== ST_NUM_TEXT) return undefined;
  if (c.raw(i)?.f) return undefined;
  const r = c.reading(i);
  return r.s === 'num' && !r.formula ? r : undefined;
}

/** A ratio column of a table with the column caches its checks read (looked up once per table, not per row). */
interface RatioColumn {
  col: Column;
  ratio: Ratio;
  num: ColumnCache | undefined;
  den: ColumnCache | undefined;
  /** The % column itself. */
  res: ColumnCache | undefined;
}

function ratioColumn(annex: AnnexView, table: BoundTable, col: Column): RatioColumn {
  const ratio = col.ratio!;
  return {
    col,
    ratio,
    num: annex.column(table, ratio.num),
    den: annex.column(table, ratio.den),
    res: annex.column(table, col.key),
  };
}

/** How a stated value relates to the exact one, given the digits written. */
export function compareStated(stated: number, decimals: number, exact: number): 'ok' | 'truncated' | 'wrong' {
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  if (Math.abs(stated - exact) <= tolerance) return 'ok';
  const f = 10 ** decimals;
  if (Math.abs(stated - Math.trunc(exact * f + 1e-9) / f) < 1e-9) return 'truncated';
  return 'wrong';
}

/** What the rows above a total row add up to: counts, and the rows' percentages (to tell an averaged total). */
interface RatioSums {
  num: number;
  den: number;
  percentSum: number;
  percents: number;
}

const pair = { num: NaN, den: NaN };

const pct = (v: number, d = 2) => `${formatVnNumber(roundTo(v, d))} %`;

/**
 * One row of one ratio column, given its inputs (ratioInputsAt) and its stated % (statedIn):
 * the caller reads them once, for this check and for the sums of the total row.
 */
function checkRow(
  annex: AnnexView,
  table: BoundTable,
  row: BoundRow,
  col: Column,
  ctx: Pick<RuleContext, 'report'>,
  inputs: { num: number; den: number },
  stated: NumReading | undefined,
  totals?: RatioSums,
) {
  const ratio = col.ratio!;
  if (row.def?.skip.includes(ratio.num)) return;
  const base = row.def?.ratioBase ?? ratio.base;
  let num = Number.isNaN(inputs.num) ? undefined : inputs.num;
  let den = Number.isNaN(inputs.den) ? undefined : inputs.den;
  if (totals) {
    // A total row's counts may be formulas without cached results: use the sums.
    num ??= totals.num;
    den ??= totals.den;
  }
  if (num === undefined || den === undefined) return; // nothing to compare: no finding can follow
  const isPercentScale = base === 100;
  // Cells are made only where a finding is reported.
  if (!totals && den === 0 && num > 0 && table.cols.get(ratio.den)!.col >= 0) {
    const denCell = annex.cell(table, row, ratio.den)!;
    ctx.report({
      messageId: 'arithmetic/zero-denominator',
      row: denCell.row,
      col: denCell.col,
      value: '0',
      data: { part: num },
    });
    return;
  }
  if (!totals && isPercentScale && num > den && table.cols.get(ratio.num)!.col >= 0) {
    const numCell = annex.cell(table, row, ratio.num)!;
    ctx.report({
      messageId: 'arithmetic/part-exceeds-whole',
      row: numCell.row,
      col: numCell.col,
      value: formatVnNumber(num),
      expected: `≤ ${formatVnNumber(den)}`,
      data: { part: num, whole: den },
    });
    return;
  }
  if (den <= 0 || !stated) return;
  // A % typed as text ("66,66") is reported once, with the right value, by type/number-text.
  if (!totals && stated.text !== undefined && stated.unitText === undefined) return;
  const exact = (num / den) * base;
  const verdict = compareStated(stated.value, stated.decimals, exact);
  if (verdict === 'ok') return;
  const resCell = annex.cell(table, row, col.key)!;
  const text = stated.text ?? formatVnNumber(stated.value);
  const shown = isPercentScale ? `${text.replace(/\s*%$/, '')} %` : text;
  const expected = isPercentScale ? pct(exact) : formatVnNumber(roundTo(exact, 2));
  if (totals && totals.percents > 1) {
    const avg = totals.percentSum / totals.percents;
    if (compareStated(stated.value, stated.decimals, avg) === 'ok') {
      ctx.report({
        messageId: 'arithmetic/total-percent-averaged',
        row: resCell.row,
        col: resCell.col,
        value: shown,
        expected,
        data: { found: shown, expected },
      });
      return;
    }
  }
  ctx.report({
    messageId: verdict === 'truncated' ? 'arithmetic/percent-truncated' : 'arithmetic/percent-mismatch',
    severity: verdict === 'truncated' ? 'warning' : 'error',
    row: resCell.row,
    col: resCell.col,
    value: shown,
    expected,
    data: { found: shown, expected, num, den },
  });
}

/** A data row's counts for one ratio column: none (the numerator is n/a), */
const SHARE_NA = 0;
/** none (the total row cannot be checked), */
const SHARE_MISSING = 1;
/** numerator and denominator, */
const SHARE_COUNTS = 2;
/** numerator, denominator and the row's percentage. */
const SHARE_PERCENT = 3;

/** A data row's part in the rule, per ratio column of its table (in column order). */
interface RowShare {
  /**
   * Per ratio column, four numbers: its SHARE_ kind, numerator, denominator and percentage (one
   * array per row; a Float64Array per row cost more to make than the rule's own checks).
   */
  values: number[];
  /** What the row's own checks found, in column order. */
  drafts: RuleDraft[] | undefined;
}

/** Findings of the row being checked (rowShare keeps them with the row). */
const found: RuleDraft[] = [];
const collect = { report: (d: RuleDraft) => void found.push(d) };

function rowShare(annex: AnnexView, table: BoundTable, row: BoundRow, ratioCols: readonly RatioColumn[]): RowShare {
  const values = new Array<number>(4 * ratioCols.length).fill(0);
  found.length = 0;
  for (let k = 0; k < ratioCols.length; k++) {
    const rc = ratioCols[k]!;
    const ratio = rc.ratio;
    inputsIn(annex, table, row, ratio, rc.num, rc.den, pair);
    const stated = statedIn(rc.res, row);
    checkRow(annex, table, row, rc.col, collect, pair, stated);
    const { num, den } = pair;
    if (Number.isNaN(num) || Number.isNaN(den)) {
      values[4 * k] = stateAt(rc.num, row) === ST_NA ? SHARE_NA : SHARE_MISSING;
      continue;
    }
    values[4 * k + 1] = num;
    values[4 * k + 2] = den;
    if (stated || den > 0) {
      values[4 * k] = SHARE_PERCENT;
      values[4 * k + 3] = stated ? stated.value : (num / den) * (row.def?.ratioBase ?? ratio.base);
    } else values[4 * k] = SHARE_COUNTS;
  }
  return { values, drafts: found.length ? found.splice(0) : undefined };
}

/** One table's ratio columns, what its rows add up to so far, and how a data row's share is made. */
interface RatioTable {
  annex: AnnexView;
  table: BoundTable;
  ratioCols: readonly RatioColumn[];
  sums: RatioSums[];
  /** False once a row's numerator or denominator is missing: the total row cannot be checked. */
  complete: boolean[];
  share: (row: BoundRow) => RowShare;
}

/** A total row: each ratio column's % from the summed counts. */
function checkTotal(t: RatioTable, row: BoundRow, ctx: RuleContext): void {
  const { annex, table, ratioCols } = t;
  for (let k = 0; k < ratioCols.length; k++) {
    if (!t.complete[k]) continue;
    const rc = ratioCols[k]!;
    inputsIn(annex, table, row, rc.ratio, rc.num, rc.den, pair);
    checkRow(annex, table, row, rc.col, ctx, pair, statedIn(rc.res, row), t.sums[k]);
  }
}

/**
 * A data row: its findings, and its counts added to the sums. A function of its own, called for
 * every row: it is optimised once for every annex, where a loop inside check was compiled again
 * for each one.
 */
function addRow(t: RatioTable, row: BoundRow, ctx: RuleContext): void {
  // A data row's checks and counts depend on that row only: made once, kept while it is not edited.
  const mine = t.annex.rowMemo('arithmetic/ratio', row, t.share);
  if (mine.drafts) for (let d = 0; d < mine.drafts.length; d++) ctx.report(mine.drafts[d]!);
  for (let k = 0; k < t.ratioCols.length; k++) {
    const kind = mine.values[4 * k]!;
    if (kind === SHARE_NA) continue;
    if (kind === SHARE_MISSING) {
      t.complete[k] = false;
      continue;
    }
    const s = t.sums[k]!;
    s.num += mine.values[4 * k + 1]!;
    s.den += mine.values[4 * k + 2]!;
    if (kind === SHARE_PERCENT) {
      s.percentSum += mine.values[4 * k + 3]!;
      s.percents++;
    }
  }
}

export const arithmeticRatio: AnnexRule = {
  id: 'arithmetic/ratio',
  family: 'arithmetic',
  description:
    'Số nữ ≤ tổng số; tỷ lệ ghi đúng bằng tử/mẫu trong phạm vi làm tròn; tỷ lệ dòng tổng tính từ tổng số đếm.',
  defaultSeverity: 'error',
  messages: [
    'arithmetic/part-exceeds-whole',
    'arithmetic/zero-denominator',
    'arithmetic/percent-mismatch',
    'arithmetic/percent-truncated',
    'arithmetic/total-percent-averaged',
  ],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    for (const table of annex.tables) {
      const cols = table.table.columns.filter((c) => c.ratio);
      if (cols.length === 0) continue;
      const ratioCols = cols.map((c) => ratioColumn(annex, table, c));
      const t: RatioTable = {
        annex,
        table,
        ratioCols,
        sums: ratioCols.map(() => ({ num: 0, den: 0, percentSum: 0, percents: 0 })),
        complete: ratioCols.map(() => true),
        share: (row: BoundRow) => rowShare(annex, table, row, ratioCols),
      };
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (row.kind === 'total') checkTotal(t, row, ctx);
        else addRow(t, row, ctx);
      }
    }
  },
};
