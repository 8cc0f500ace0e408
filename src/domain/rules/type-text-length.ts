/** Family 3 — Type: a text cell far longer than any annex needs (pasted by mistake). */
import { CELL_STATES } from '../engine/cell-state';
import type { CellRule } from './types';

export const MAX_TEXT = 2000;

export const typeTextLength: CellRule = {
  id: 'type/text-length',
  family: 'type',
  description: 'Nội dung ô quá dài (dán nhầm cả đoạn văn bản).',
  defaultSeverity: 'warning',
  messages: ['type/text-too-long'],
  scope: 'cell',
  templates: '*',
  kinds: '*',
  states: CELL_STATES,
  raw: (raw) => raw?.t === 's' && raw.v.length > MAX_TEXT,
  check(cell, _at, ctx) {
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
  },
};
