/** Family 1 — Structure: a merged range over input cells of data rows hides or loses values. */
import { parseRangeA1 } from '../sheet/address';
import type { AnnexRule } from './types';

export const structureMergedInput: AnnexRule = {
  id: 'structure/merged-input',
  family: 'structure',
  description: 'Ô nhập liệu của dòng số liệu bị gộp (merge): giá trị trong vùng gộp có thể bị mất.',
  defaultSeverity: 'warning',
  messages: ['structure/merged-input'],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    const merges = (annex.sheet.merges ?? []).map((m) => ({ text: m, range: parseRangeA1(m) }));
    if (merges.length === 0) return;
    // Input columns by row, so each merge looks only at the rows it spans.
    const byRow = new Map<number, number[]>();
    for (const { cell } of annex.inputCells()) {
      const cols = byRow.get(cell.row);
      if (cols) cols.push(cell.col);
      else byRow.set(cell.row, [cell.col]);
    }
    for (const { text, range } of merges) {
      if (!range || (range.r1 === range.r2 && range.c1 === range.c2)) continue;
      // The first input cell (reading order) the merge covers; one finding per merge.
      let first: { row: number; col: number } | undefined;
      for (let r = range.r1; r <= range.r2 && !first; r++) {
        const cols = byRow.get(r);
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
