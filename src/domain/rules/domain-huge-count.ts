/** Family 4 — Domain: a count above 10 million is almost surely a typing error (extra zeros, money in a count column). */
import { displayValue } from '../engine/read-cell';
import type { CellRule } from './types';

export const HUGE_COUNT = 10_000_000;

export const domainHugeCount: CellRule = {
  id: 'domain/huge-count',
  family: 'domain',
  description: 'Số đếm lớn hơn 10.000.000 là bất thường.',
  defaultSeverity: 'warning',
  messages: ['domain/huge-count'],
  scope: 'cell',
  templates: '*',
  kinds: ['count'],
  states: ['num', 'num-text'],
  numbers: { above: HUGE_COUNT },
  check(cell, _at, ctx) {
    const r = cell.reading;
    if (r.s !== 'num' || !(r.value > HUGE_COUNT)) return;
    ctx.report({
      messageId: 'domain/huge-count',
      row: cell.row,
      col: cell.col,
      value: displayValue(cell.raw),
      data: { value: r.value, limit: HUGE_COUNT },
    });
  },
};
