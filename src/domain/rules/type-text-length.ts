/** Family 3 — Type: a text cell far longer than any annex needs (pasted by mistake). */
import type { AnnexRule } from './types';

export const MAX_TEXT = 2000;

export const typeTextLength: AnnexRule = {
  id: 'type/text-length',
  family: 'type',
  description: 'Nội dung ô quá dài (dán nhầm cả đoạn văn bản).',
  defaultSeverity: 'warning',
  messages: ['type/text-too-long'],
  scope: 'annex',
  templates: '*',
  check(annex, ctx) {
    for (const { cell } of annex.inputCells()) {
      const raw = cell.raw;
      if (raw?.t === 's' && raw.v.length > MAX_TEXT) {
        ctx.report({
          messageId: 'type/text-too-long',
          row: cell.row,
          col: cell.col,
          value: raw.v.slice(0, 60) + '…',
          data: { length: raw.v.length },
        });
      }
    }
  },
};
