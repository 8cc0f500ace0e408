/** Family 3 — Type: formula errors (#DIV/0!, #VALUE!, #REF!, #N/A …) anywhere in a table. */
import { ST_ERR } from '../engine/cell-state';
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import type { ColumnCache } from '../engine/columns';
import type { AnnexRule, RuleContext } from './types';

const ERR = 1 << ST_ERR;

/** The errors of one row in the columns that hold some (`keys`, `caches`), in column order. */
function checkRow(
  annex: AnnexView,
  table: BoundTable,
  row: BoundRow,
  keys: readonly string[],
  caches: readonly ColumnCache[],
  ctx: RuleContext,
): void {
  for (let k = 0; k < caches.length; k++) {
    const cache = caches[k]!;
    if (cache.state(row.row - cache.first) !== ST_ERR) continue;
    const cell = annex.cell(table, row, keys[k]!)!;
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
    // Every cell of every table, totals included, row by row: read from the column caches (a
    // state compare per cell), and only in the columns where some cell holds an error.
    for (const table of annex.tables) {
      const keys: string[] = [];
      const caches: ColumnCache[] = [];
      for (const c of table.table.columns) {
        const cache = annex.column(table, c.key);
        if (cache && cache.holdsAny(ERR)) {
          keys.push(c.key);
          caches.push(cache);
        }
      }
      if (caches.length === 0) continue;
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) checkRow(annex, table, rows[i]!, keys, caches, ctx);
    }
  },
};
