/** Family 3 — Type: formula errors (#DIV/0!, #VALUE!, #REF!, #N/A …) anywhere in a table. */
import type { AnnexRule } from './types';

const HINTS: Record<string, string> = {
  '#DIV/0!': 'hint/div0',
  '#VALUE!': 'hint/value-error',
  '#REF!': 'hint/ref-error',
  '#N/A': 'hint/na-error',
  '#NAME?': 'hint/name-error',
};

export const typeFormulaError: AnnexRule = {
  id: 'type/formula-error',
  family: 'type',
  description: 'Ô có lỗi công thức.',
  defaultSeverity: 'error',
  messages: ['type/formula-error'],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    for (const table of annex.tables) {
      for (const row of table.rows) {
        for (const c of table.table.columns) {
          const cell = annex.cell(table, row, c.key);
          if (cell?.reading.s !== 'err') continue;
          const code = cell.reading.code.toUpperCase();
          ctx.report({
            messageId: 'type/formula-error',
            row: cell.row,
            col: cell.col,
            value: code,
            data: { found: code, hintId: HINTS[code] ?? '' },
          });
        }
      }
    }
  },
};
