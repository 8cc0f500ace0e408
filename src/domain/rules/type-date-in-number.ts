/** Family 3 — Type: Excel turned "8/9" into 8 September; "11/29" typed as text in one cell. */
import { formatPercent, roundTo } from '../parse/number';
import type { CellRule } from './types';

export const typeDateInNumber: CellRule = {
  id: 'type/date-in-number',
  family: 'type',
  description: 'Ngày (Excel tự đổi "8/9") hoặc phân số "11/29" trong ô cần một số.',
  defaultSeverity: 'error',
  messages: ['type/date-in-number', 'type/fraction-text'],
  scope: 'cell',
  templates: '*',
  kinds: ['count', 'money', 'decimal', 'percent'],
  states: ['date', 'frac'],
  check(cell, _at, ctx) {
    const r = cell.reading;
    if (r.s === 'date') {
      const [y, m, d] = r.iso.split('-').map(Number) as [number, number, number];
      ctx.report({
        messageId: 'type/date-in-number',
        row: cell.row,
        col: cell.col,
        value: `${d}/${m}/${y}`,
        data: { found: `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, typed: `${d}/${m}` },
      });
    } else if (r.s === 'frac') {
      const percent = r.den > 0 ? formatPercent(roundTo((r.num / r.den) * 100, 2)) : '—';
      ctx.report({
        messageId: 'type/fraction-text',
        severity: 'warning',
        row: cell.row,
        col: cell.col,
        value: r.text,
        expected: `${r.num} | ${r.den}`,
        data: { found: r.text, num: r.num, den: r.den, percent },
      });
    }
  },
};
