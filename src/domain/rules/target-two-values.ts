/**
 * Family 7 — Targets: one KH cell holding two values ("Cấp huyện 100; cấp xã 50"). The
 * standard sheet takes one value per cell: each level goes on its own sub-row.
 */
import { textOf } from './lib/values';
import type { AnnexRule } from './types';

const KH_VALUES = ['co_so', 'ke_hoach', 'nam_y'] as const;

/** The numbers of a value text, leaving out unit denominators ("/100 bé gái") and years ("năm 2024"). */
export function valuesIn(text: string): string[] {
  const t = text
    .replace(/\/\s*\d[\d.,]*/g, ' ')
    .replace(/(?:năm|giai đoạn)\s*\d{4}(?:\s*[-–]\s*\d{4})?/giu, ' ')
    .replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/g, ' ');
  return [...t.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}

export const targetTwoValues: AnnexRule = {
  id: 'target/two-values',
  family: 'target',
  description: 'Một ô chỉ tiêu ghi hai giá trị (ví dụ theo hai cấp): tách thành các dòng riêng.',
  defaultSeverity: 'warning',
  messages: ['target/two-values'],
  scope: 'annex',
  rowLocal: true,
  templates: ['KH'],
  check(annex, ctx) {
    for (const { table, row } of annex.dataRows()) {
      for (const key of KH_VALUES) {
        const cell = annex.cell(table, row, key);
        if (!cell || cell.raw?.t !== 's') continue;
        const text = textOf(cell);
        const values = valuesIn(text);
        if (values.length < 2) continue;
        ctx.report({
          messageId: 'target/two-values',
          row: cell.row,
          col: cell.col,
          indicatorId: row.def?.indicatorId,
          value: text,
          data: { found: text, count: values.length, values: values.join('; ') },
        });
      }
    }
  },
};
