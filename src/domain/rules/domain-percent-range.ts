/**
 * Family 4 — Domain: a share written above 100 % (PL-I, PL-CB ratio columns; KH values of
 * %-indicators). CLQG results are owned by target/impossible-result, so one cell gets one finding.
 * Computed percentages (live formulas) are left to the arithmetic rules (part > whole), and so is a
 * % typed over a row whose numerator and denominator give the right one.
 */
import type { CellView } from '../engine/annex-view';
import { ST_BAD, ST_NUM, ST_NUM_TEXT, ST_TEXT } from '../engine/cell-state';
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import { EPS, indicatorOfRow, overHundredInText, textOf } from './lib/values';
import { ratioFix } from './type-number-text';
import type { AnnexRule } from './types';

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
    const report = (cell: CellView, value: number) =>
      ctx.report({
        messageId: 'domain/percent-range',
        row: cell.row,
        col: cell.col,
        value: displayValue(cell.raw),
        expected: formatMessage('hint/percent-range'),
        data: { value },
      });

    for (const table of annex.tables) {
      for (const row of table.rows) {
        if (annex.templateId === 'KH') {
          const ind = indicatorOfRow(ctx.indicators, row);
          if (!ind || ind.unit !== '%') continue;
          for (const key of KH_VALUES) {
            const cell = annex.cell(table, row, key);
            const v = cell && statedOver100(cell, true);
            if (cell && v !== undefined) report(cell, v);
          }
          continue;
        }
        for (const c of table.table.columns) {
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
          if (cell && v !== undefined) report(cell, v);
        }
      }
    }
  },
};
