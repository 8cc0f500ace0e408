/** Family 3 — Type: a text cell far longer than any annex needs (pasted by mistake). */
import { CELL_STATES } from '../engine/cell-state';
import type { CellRule } from './types';

export const MAX_TEXT = 2000;

const TEXT_STATES = CELL_STATES.filter((s) => s !== 'num' && s !== 'pending');

export const typeTextLength: CellRule = {
  id: 'type/text-length',
  family: 'type',
  description: 'Nội dung ô quá dài (dán nhầm cả đoạn văn bản).',
  defaultSeverity: 'warning',
  messages: ['type/text-too-long'],
  scope: 'cell',
  templates: '*',
  kinds: '*',
  // Every state a text cell can be read as: not a number Excel holds ('num') nor a formula
  // without its result ('pending'), which are never text. Left out, the cell pass passes over
  // those cells (most cells of an annex) without calling the test below.
  states: TEXT_STATES,
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
