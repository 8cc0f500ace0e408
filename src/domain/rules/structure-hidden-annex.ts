/** Family 1 — Structure: an annex sheet that is hidden may never be seen by the recipient. */
import type { AnnexRule } from './types';

export const structureHiddenAnnex: AnnexRule = {
  id: 'structure/hidden-annex',
  family: 'structure',
  description: 'Trang phụ lục đang bị ẩn (hidden / very hidden): người nhận có thể không thấy.',
  defaultSeverity: 'warning',
  messages: ['structure/hidden-annex'],
  scope: 'annex',
  templates: '*',
  // The sheet's visibility only.
  reads: [],
  check(annex, ctx) {
    const v = annex.sheet.visibility;
    if (v !== 'hidden' && v !== 'veryHidden') return;
    ctx.report({
      messageId: 'structure/hidden-annex',
      value: v,
      data: { sheet: annex.sheet.name, veryHidden: v === 'veryHidden' ? 1 : 0 },
    });
  },
};
