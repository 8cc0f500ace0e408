/**
 * Family 3 — Type: a number typed with its unit ("1,7 lần", "36,4 %", "03 tin/quý") is read, and
 * the unit must be the indicator's (CLQG result and local target; KH baseline and targets, where
 * a sub-measure's unit — "tin, bài/quý" for 6.3 — also belongs). A different unit is an error:
 * the value is not the indicator's, so it is never judged on it. A denominator other than the
 * indicator's ("…/110 bé gái") belongs to target/unit-inconsistent.
 */
import { displayValue } from '../engine/read-cell';
import { indicatorOfRow, textOf, unitFits } from './lib/values';
import { wrongDenominator } from './target-unit-inconsistent';
import type { CellRule } from './types';

export const typeUnit: CellRule = {
  id: 'type/unit',
  family: 'type',
  description: 'Số gõ kèm đơn vị: đơn vị phải là đơn vị của chỉ tiêu.',
  defaultSeverity: 'error',
  messages: ['type/unit-mismatch'],
  scope: 'cell',
  templates: ['CLQG', 'KH'],
  kinds: ['decimal', 'percent'],
  states: ['num-text'],
  check(cell, { annex, row }, ctx) {
    const col = cell.column;
    if (!col.unitOfRow && !col.allowUnitText) return;
    const r = cell.reading;
    if (r.s !== 'num' || r.formula) return;
    const unit = r.unitText || (r.percentSign ? '%' : '');
    if (unit === '') return;
    const ind = indicatorOfRow(ctx.indicators, row);
    if (!ind || unitFits(ind, unit)) return;
    // KH plans may set the sub-measure's target ("03 tin/quý", target/sub-measure-lower).
    if (annex.templateId === 'KH' && ind.subMeasure && unitFits({ ...ind, unit: ind.subMeasure.unit }, unit)) return;
    if (wrongDenominator(textOf(cell), ind)) return;
    const found = displayValue(cell.raw);
    ctx.report({
      messageId: 'type/unit-mismatch',
      row: cell.row,
      col: cell.col,
      indicatorId: ind.id,
      value: found,
      expected: ind.unit,
      data: { found, unit, expected: ind.unit, indicator: ind.id },
    });
  },
};
