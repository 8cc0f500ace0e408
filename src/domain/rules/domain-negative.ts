/** Family 4 — Domain: counts, money and indicator numbers are never negative. */
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import type { CellRule } from './types';

export const domainNegative: CellRule = {
  id: 'domain/negative',
  family: 'domain',
  description: 'Số đếm, số tiền, tử số/mẫu số và chỉ tiêu không được âm.',
  defaultSeverity: 'error',
  messages: ['domain/negative'],
  scope: 'cell',
  templates: '*',
  kinds: ['count', 'money', 'decimal'],
  states: ['num', 'num-text'],
  numbers: { below: 0 },
  check(cell, _at, ctx) {
    const r = cell.reading;
    if (r.s !== 'num' || !(r.value < 0)) return;
    ctx.report({
      messageId: 'domain/negative',
      row: cell.row,
      col: cell.col,
      value: displayValue(cell.raw),
      expected: formatMessage('hint/non-negative'),
      data: { value: r.value },
    });
  },
};
