/** Family 3 — Type: dates in date columns: typed as text (read, noted) or impossible (error). */
import { formatVnDate } from '../parse/date';
import type { CellRule } from './types';

export const typeDate: CellRule = {
  id: 'type/date',
  family: 'type',
  description: 'Ngày gõ dạng chữ được đọc (d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd); ngày không tồn tại là lỗi.',
  defaultSeverity: 'error',
  messages: ['type/date-as-text', 'type/invalid-date'],
  scope: 'cell',
  templates: '*',
  kinds: ['date'],
  states: ['date', 'bad', 'num', 'num-text', 'text'],
  // A date Excel holds is a date, read as one: nothing to say (most cells of a date column).
  raw: (raw) => raw === undefined || raw.t !== 'd',
  check(cell, _at, ctx) {
    const r = cell.reading;
    if (r.s === 'date' && r.text !== undefined) {
      ctx.report({
        messageId: 'type/date-as-text',
        severity: 'info',
        row: cell.row,
        col: cell.col,
        value: r.text,
        expected: formatVnDate(r.iso),
        data: { found: r.text, suggestion: formatVnDate(r.iso) },
      });
    } else if (r.s === 'bad') {
      const impossible = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$/.test(r.text);
      ctx.report({
        messageId: 'type/invalid-date',
        row: cell.row,
        col: cell.col,
        value: r.text,
        data: { found: r.text, reason: impossible ? 'impossible' : 'malformed' },
      });
    } else if (r.s === 'num' || r.s === 'text') {
      const text = r.s === 'num' ? String(r.value) : r.text;
      ctx.report({
        messageId: 'type/invalid-date',
        row: cell.row,
        col: cell.col,
        value: text,
        data: { found: text, reason: 'malformed' },
      });
    }
  },
};
