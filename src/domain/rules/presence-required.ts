/** Family 2 — Presence: an empty required input cell is a gap; "-"/"x" only where the column allows it. */
import { formatMessage } from '../messages';
import type { Column } from '../templates/schema';
import type { CellRule } from './types';

/** The ratio whose denominator is this column (a loop: a closure over the check's locals would make every call allocate). */
function ratioOfDenominator(columns: readonly Column[], key: string): Column['ratio'] {
  for (const c of columns) if (c.ratio?.den === key) return c.ratio;
  return undefined;
}

export const presenceRequired: CellRule = {
  id: 'presence/required',
  family: 'presence',
  description: 'Ô bắt buộc để trống là một khoảng trống (gap); "-" chỉ dùng ở cột cho phép.',
  defaultSeverity: 'error',
  messages: ['presence/required', 'presence/na-not-allowed'],
  scope: 'cell',
  templates: '*',
  kinds: '*',
  states: ['empty', 'na'],
  // Only a column some row requires can have a gap: the many optional columns are passed over.
  column: (col, { table }) => col.required || table.rows.some((r) => r.required?.includes(col.key) === true),
  check(cell, { annex, table, row }, ctx) {
    const col = cell.column;
    const required = row.def?.required ? row.def.required.includes(col.key) : col.required;
    if (!required || row.kind === 'sub') return;
    const r = cell.reading;
    if (r.s === 'empty') {
      // "11/29" typed in the numerator cell already carries the denominator (reported by type/date-in-number).
      const ratio = ratioOfDenominator(table.table.columns, col.key);
      if (ratio && annex.cell(table, row, ratio.num)?.reading.s === 'frac') return;
      ctx.report({
        messageId: 'presence/required',
        row: cell.row,
        col: cell.col,
        expected: col.allowNA ? formatMessage('hint/value-or-na') : formatMessage('hint/value'),
        data: { row: row.label, naAllowed: col.allowNA ? 1 : 0 },
      });
    } else if (r.s === 'na' && !col.allowNA) {
      ctx.report({
        messageId: 'presence/na-not-allowed',
        row: cell.row,
        col: cell.col,
        value: r.text,
        data: { found: r.text },
      });
    }
  },
};
