/** Family 8 — Documents: "Số ký hiệu" must read "số/ký hiệu" (Nghị định 30/2020/NĐ-CP), e.g. 91/KH-UBND. */
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import { documentRows } from './lib/documents';
import type { AnnexRule } from './types';

export const documentNumberFormat: AnnexRule = {
  id: 'document/number-format',
  family: 'document',
  description: 'Số ký hiệu văn bản không đúng dạng "số/ký hiệu".',
  defaultSeverity: 'error',
  messages: ['document/number-format'],
  scope: 'annex',
  rowLocal: true,
  templates: ['VB'],
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      for (const d of rows) {
        if (!d.hasNumberCell) continue;
        // A number Excel turned into a date, or text that is no "số/ký hiệu".
        const bad = d.numberIsDate || (!d.number.ok && d.number.reason === 'malformed');
        if (!bad) continue;
        const cell = d.numberCell!;
        const found = d.numberIsDate ? displayValue(cell.raw) : d.numberText;
        ctx.report({
          messageId: 'document/number-format',
          row: cell.row,
          col: cell.col,
          value: found,
          // A description, not an example: "91/KH-UBND" is how such a number looks, not what this one is.
          expected: formatMessage('hint/doc-number'),
          data: { found, date: d.numberIsDate ? 1 : 0 },
        });
      }
    }
  },
};
