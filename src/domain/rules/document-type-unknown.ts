/** Family 8 — Documents: "Loại văn bản" must be one of the listed types (after normalisation). */
import { DOCUMENT_TYPES } from '../parse/doc-number';
import { documentRows, typeForAbbreviation } from './lib/documents';
import type { AnnexRule } from './types';

export const documentTypeUnknown: AnnexRule = {
  id: 'document/type-unknown',
  family: 'document',
  description: 'Loại văn bản không có trong danh mục.',
  defaultSeverity: 'error',
  messages: ['document/type-unknown'],
  scope: 'annex',
  rowLocal: true,
  templates: ['VB'],
  check(annex, ctx) {
    for (const { table, rows } of documentRows(annex)) {
      for (const d of rows) {
        if (d.typeText === '' || d.type) continue;
        const cell = annex.cell(table, d.row, 'loai')!;
        const suggestion = typeForAbbreviation(d.typeText);
        const list = DOCUMENT_TYPES.join(', ');
        ctx.report({
          messageId: 'document/type-unknown',
          row: cell.row,
          col: cell.col,
          value: d.typeText,
          expected: suggestion ?? list,
          data: { found: d.typeText, expected: list, ...(suggestion ? { suggestion } : {}) },
        });
      }
    }
  },
};
