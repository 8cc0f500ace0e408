/** Family 3 — Type: formula errors (#DIV/0!, #VALUE!, #REF!, #N/A …) anywhere in a table. */
import { ST_ERR } from '../engine/cell-state';
import type { AnnexRule } from './types';

const ERR = 1 << ST_ERR;

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
  rowLocal: true,
  templates: '*',
  check(annex, ctx) {
    // Every cell of every table, totals included: read from the column caches (a state compare per cell).
    for (const table of annex.tables) {
      // Only the columns where some cell holds an error (most hold none: passed over whole).
      const caches = table.table.columns.map((c) => {
        const cache = annex.column(table, c.key);
        return cache && cache.holdsAny(ERR) ? cache : undefined;
      });
      for (const row of table.rows) {
        for (let k = 0; k < caches.length; k++) {
          const cache = caches[k];
          if (!cache || cache.state(row.row - cache.first) !== ST_ERR) continue;
          const cell = annex.cell(table, row, table.table.columns[k]!.key)!;
          if (cell.reading.s !== 'err') continue;
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
