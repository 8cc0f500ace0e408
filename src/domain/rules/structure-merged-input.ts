/** Family 1 — Structure: a merged range over input cells of data rows hides or loses values. */
import { parseRangeA1 } from '../sheet/address';
import { isInputColumn } from '../engine/annex-view';
import type { BoundTable } from '../engine/bind';
import type { AnnexRule } from './types';

export const structureMergedInput: AnnexRule = {
  id: 'structure/merged-input',
  family: 'structure',
  description: 'Ô nhập liệu của dòng số liệu bị gộp (merge): giá trị trong vùng gộp có thể bị mất.',
  defaultSeverity: 'warning',
  messages: ['structure/merged-input', 'structure/merges-unread'],
  scope: 'annex',
  templates: '*',
  // Merged areas and the bound rows and columns only.
  reads: [],
  check(annex, ctx) {
    // The adapter could not read the merged areas: say the check was not done, never guess.
    if (annex.sheet.mergesUnread)
      ctx.report({ messageId: 'structure/merges-unread', severity: 'info', row: 0, col: 0 });
    // Only merges that reach into a table's data rows (title and header merges never do).
    const merges = (annex.sheet.merges ?? [])
      .map((m) => ({ text: m, range: parseRangeA1(m) }))
      .filter(({ range }) => range && annex.tables.some((t) => range.r2 > t.numberRow && range.r1 < t.end));
    if (merges.length === 0) return;
    // The input columns of each table and the data rows by sheet row, so each merge looks only at the rows it spans.
    const colsOf = new Map<BoundTable, number[]>();
    const inputColsAt = (r: number): number[] | undefined => {
      const at = annex.dataRowAt(r);
      if (!at) return undefined;
      let cols = colsOf.get(at.table);
      if (!cols) {
        cols = [];
        for (const c of at.table.table.columns) {
          const b = at.table.cols.get(c.key);
          if (isInputColumn(c) && b && b.col >= 0) cols.push(b.col);
        }
        colsOf.set(at.table, cols);
      }
      const skip = at.row.def?.skip;
      if (!skip?.length) return cols;
      return cols.filter((col) => !skip.some((k) => at.table.cols.get(k)?.col === col));
    };
    for (const { text, range } of merges) {
      if (!range || (range.r1 === range.r2 && range.c1 === range.c2)) continue;
      // The first input cell (reading order) the merge covers; one finding per merge.
      let first: { row: number; col: number } | undefined;
      for (let r = range.r1; r <= range.r2 && !first; r++) {
        const cols = inputColsAt(r);
        if (!cols) continue;
        let c = Infinity;
        for (const col of cols) if (col >= range.c1 && col <= range.c2 && col < c) c = col;
        if (c !== Infinity) first = { row: r, col: c };
      }
      if (first)
        ctx.report({
          messageId: 'structure/merged-input',
          row: first.row,
          col: first.col,
          value: text,
          data: { range: text },
        });
    }
  },
};
