/**
 * Family 4 — Domain: a share written above 100 % (PL-I, PL-CB ratio columns; KH values of
 * %-indicators). CLQG results are owned by target/impossible-result, so one cell gets one finding.
 * Computed percentages (live formulas) are left to the arithmetic rules (part > whole), and so is a
 * % typed over a row whose numerator and denominator give the right one.
 */
import type { AnnexView, CellView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { ST_BAD, ST_NUM, ST_NUM_TEXT, ST_TEXT } from '../engine/cell-state';
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import { EPS, indicatorOfRow, overHundredInText, textOf } from './lib/values';
import { ratioFix } from './type-number-text';
import type { AnnexRule, RuleContext } from './types';

const KH_VALUES = ['co_so', 'ke_hoach', 'nam_y'] as const;

/** The share a cell states when it is above 100 %, else undefined. */
function statedOver100(cell: CellView, percentUnitText: boolean): number | undefined {
  const r = cell.reading;
  if (r.s === 'num') {
    if (r.formula) return undefined;
    if (r.unitText !== undefined && r.unitText !== '' && !(percentUnitText && r.unitText === '%')) return undefined;
    return r.value > 100 + EPS ? r.value : undefined;
  }
  if (r.s === 'text' || r.s === 'bad') return overHundredInText(textOf(cell));
  return undefined;
}

/** Reports a share above 100 % at its cell. */
function reportOver(cell: CellView, value: number, ctx: RuleContext): void {
  ctx.report({
    messageId: 'domain/percent-range',
    row: cell.row,
    col: cell.col,
    value: displayValue(cell.raw),
    expected: formatMessage('hint/percent-range'),
    data: { value },
  });
}

/** A KH row of a %-indicator: its values. */
function checkKhRow(annex: AnnexView, table: BoundTable, row: BoundRow, ctx: RuleContext): void {
  const ind = indicatorOfRow(ctx.indicators, row);
  if (!ind || ind.unit !== '%') return;
  for (const key of KH_VALUES) {
    const cell = annex.cell(table, row, key);
    const v = cell && statedOver100(cell, true);
    if (cell && v !== undefined) reportOver(cell, v, ctx);
  }
}

/**
 * A row's % columns. A function of its own, called for every row: it is optimised once for
 * every annex, where a loop inside check was compiled again for each one.
 */
function checkRow(annex: AnnexView, table: BoundTable, row: BoundRow, ctx: RuleContext): void {
  const columns = table.table.columns;
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k]!;
    if (c.kind !== 'percent' || row.def?.skip.includes(c.key)) continue;
    // Only a number above 100, or text, can state a share above 100 (the column cache tells without a reading).
    const st = annex.state(table, row, c.key);
    if (
      st === ST_NUM
        ? !(annex.number(table, row, c.key) > 100 + EPS)
        : st !== ST_NUM_TEXT && st !== ST_TEXT && st !== ST_BAD
    )
      continue;
    const cell = annex.cell(table, row, c.key);
    // A number over the row's own numerator/denominator: the arithmetic (or, typed as text,
    // type/number-text) finding gives the right % — one cell, one fix.
    if (cell?.reading.s === 'num' && ratioFix(annex, table, row, c)) continue;
    const v = cell && statedOver100(cell, false);
    if (cell && v !== undefined) reportOver(cell, v, ctx);
  }
}

export const domainPercentRange: AnnexRule = {
  id: 'domain/percent-range',
  family: 'domain',
  description: 'Tỷ lệ phần trăm phải trong khoảng 0–100 %.',
  defaultSeverity: 'error',
  messages: ['domain/percent-range'],
  scope: 'annex',
  rowLocal: true,
  templates: ['PL-I', 'PL-CB', 'PL-II', 'PL-III', 'KP', 'KH', 'VB'],
  check(annex, ctx) {
    if (annex.templateId === 'CLQG') return; // owned by target/impossible-result
    const kh = annex.templateId === 'KH';
    for (const table of annex.tables) {
      // Only tables with a % column have anything to check (KH: its rows' indicators say).
      if (!kh && !table.table.columns.some((c) => c.kind === 'percent')) continue;
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++)
        if (kh) checkKhRow(annex, table, rows[i]!, ctx);
        else checkRow(annex, table, rows[i]!, ctx);
    }
  },
};
