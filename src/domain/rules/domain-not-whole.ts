/** Family 4 — Domain: a count (people, classes, events) is a whole number. */
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import { EPS } from './lib/values';
import type { CellRule } from './types';

export const domainNotWhole: CellRule = {
  id: 'domain/not-whole',
  family: 'domain',
  description: 'Số đếm phải là số nguyên.',
  defaultSeverity: 'error',
  messages: ['domain/not-whole'],
  scope: 'cell',
  templates: '*',
  kinds: ['count'],
  states: ['num', 'num-text'],
  // Whole numbers never reach the check (it skips them too).
  numbers: { fraction: true },
  check(cell, _at, ctx) {
    const r = cell.reading;
    if (r.s !== 'num' || !Number.isFinite(r.value)) return;
    // A negative count is already an error of domain/negative; one finding per cell.
    if (r.value < 0) return;
    // "1,250": 1,25 or 1.250 — the type rule reports the ambiguity, not us.
    if (r.alt !== undefined && Number.isInteger(r.alt)) return;
    if (Math.abs(r.value - Math.round(r.value)) <= EPS) return;
    ctx.report({
      messageId: 'domain/not-whole',
      row: cell.row,
      col: cell.col,
      value: displayValue(cell.raw),
      expected: formatMessage('hint/whole-number'),
      data: { value: r.value },
    });
  },
};
