/** Family 4 — Domain: counts, money and indicator numbers are never negative. */
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import type { AnnexRule } from './types';

const KINDS = new Set(['count', 'money', 'decimal']);

export const domainNegative: AnnexRule = {
  id: 'domain/negative',
  family: 'domain',
  description: 'Số đếm, số tiền, tử số/mẫu số và chỉ tiêu không được âm.',
  defaultSeverity: 'error',
  messages: ['domain/negative'],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    for (const { cell } of annex.inputCells()) {
      if (!KINDS.has(cell.column.kind)) continue;
      const r = cell.reading;
      if (r.s !== 'num' || !(r.value < 0)) continue;
      ctx.report({
        messageId: 'domain/negative',
        row: cell.row,
        col: cell.col,
        value: displayValue(cell.raw),
        expected: formatMessage('hint/non-negative'),
        data: { value: r.value },
      });
    }
  },
};
