/** Family 8 — Documents: a VB annex with no document listed. */
import type { AnnexRule } from './types';

export const documentEmpty: AnnexRule = {
  id: 'document/empty',
  family: 'document',
  description: 'Phụ lục văn bản chưa có văn bản nào.',
  defaultSeverity: 'warning',
  messages: ['document/empty'],
  scope: 'annex',
  templates: ['VB'],
  // Which rows are bound only.
  reads: [],
  check(annex, ctx) {
    // Only a table that was found: a missing table is a structure finding already.
    if (annex.tables.length === 0) return;
    if (annex.tables.some((t) => t.rows.some((r) => r.kind === 'data'))) return;
    ctx.report({ messageId: 'document/empty', data: { sheet: annex.sheet.name } });
  },
};
