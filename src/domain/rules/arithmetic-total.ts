/** Family 5 — Arithmetic: a "Tổng" cell equals the sum of its rows (typed totals and stale formulas alike). */
import { ST_EMPTY, ST_NA, ST_NUM, ST_NUM_TEXT } from '../engine/cell-state';
import { formatVnNumber } from '../parse/number';
import type { AnnexRule } from './types';

export const arithmeticTotal: AnnexRule = {
  id: 'arithmetic/total',
  family: 'arithmetic',
  description: 'Dòng "Tổng" bằng tổng các dòng (cả khi gõ tay hay công thức không còn đủ vùng).',
  defaultSeverity: 'error',
  messages: ['arithmetic/total-mismatch'],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    for (const table of annex.tables) {
      const total = table.rows.find((r) => r.kind === 'total');
      if (!total) continue;
      for (const col of table.table.columns) {
        if (!col.summable) continue;
        const cell = annex.cell(table, total, col.key);
        if (!cell || cell.reading.s !== 'num') continue; // empty, pending formula, errors: other rules
        let sum = 0;
        // Numbers typed as text: the same reading their own finding states, but Excel's SUM leaves them out.
        let typedAsText = 0;
        let usable = true;
        let any = false;
        for (const row of table.rows) {
          if (row.kind === 'total' || row.kind === 'sub') continue;
          // From the column cache: a state and a number, no reading.
          const st = annex.state(table, row, col.key);
          if (st === -1 || st === ST_EMPTY || st === ST_NA) continue;
          if (st !== ST_NUM && st !== ST_NUM_TEXT) {
            usable = false;
            break;
          }
          const v = annex.number(table, row, col.key);
          sum += v;
          if (st === ST_NUM_TEXT) typedAsText += v;
          any = true;
        }
        if (!usable || !any) continue;
        const tol = 1e-6 * Math.max(1, Math.abs(sum));
        // A formula total the officer never typed, short only of those cells: the fix is at each of
        // them (type/number-as-text), and the formula adds them once they are numbers.
        if (cell.reading.formula && typedAsText !== 0 && Math.abs(cell.reading.value - (sum - typedAsText)) <= tol)
          continue;
        if (Math.abs(cell.reading.value - sum) > tol) {
          ctx.report({
            messageId: 'arithmetic/total-mismatch',
            row: cell.row,
            col: cell.col,
            value: formatVnNumber(cell.reading.value),
            expected: formatVnNumber(sum),
            data: { label: total.label || 'Tổng', found: cell.reading.value, expected: sum },
          });
        }
      }
    }
  },
};
