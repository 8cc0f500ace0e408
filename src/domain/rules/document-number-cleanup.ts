/** Family 8 — Documents: a readable number with a "Số:" prefix, stray spaces or trailing punctuation. */
import { documentRows } from './lib/documents';
import type { AnnexRule } from './types';

export const documentNumberCleanup: AnnexRule = {
  id: 'document/number-cleanup',
  family: 'document',
  description: 'Số ký hiệu có chữ "Số:", dấu cách thừa hoặc dấu câu thừa: ghi lại dạng gọn.',
  defaultSeverity: 'warning',
  messages: ['document/number-cleanup'],
  scope: 'annex',
  rowLocal: true,
  templates: ['VB'],
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      for (const d of rows) {
        if (!d.hasNumberCell || !d.number.ok || d.number.cleanups.length === 0) continue;
        const cell = d.numberCell!;
        const c = d.number.cleanups;
        ctx.report({
          messageId: 'document/number-cleanup',
          row: cell.row,
          col: cell.col,
          value: d.numberText,
          expected: d.number.cleaned,
          data: {
            found: d.numberText,
            expected: d.number.cleaned,
            prefix: c.includes('prefix') ? 1 : 0,
            spaces: c.includes('spaces') ? 1 : 0,
            trailing: c.includes('trailing-punctuation') ? 1 : 0,
          },
        });
      }
    }
  },
};
