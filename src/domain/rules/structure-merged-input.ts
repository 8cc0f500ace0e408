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
    const inputs = [...annex.inputCells()].map(({ cell }) => cell);
    for (const { text, range } of merges) {
      if (!range || (range.r1 === range.r2 && range.c1 === range.c2)) continue;
      // The first input cell (reading order) the merge covers; one finding per merge.
      let first: { row: number; col: number } | undefined;
      for (const cell of inputs) {
        if (cell.row < range.r1 || cell.row > range.r2 || cell.col < range.c1 || cell.col > range.c2) continue;
        if (!first || cell.row < first.row || (cell.row === first.row && cell.col < first.col)) first = { row: cell.row, col: cell.col };
      }
      if (first) ctx.report({ messageId: 'structure/merged-input', row: first.row, col: first.col, value: text, data: { range: text } });
    }
  },
};
