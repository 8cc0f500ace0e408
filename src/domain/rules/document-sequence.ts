/** Family 8 — Documents: "TT" numbers 1, 2, 3 … in order; one warning at the first break. */
import { displayValue } from '../engine/read-cell';
import { documentRows } from './lib/documents';
import { sequenceNumber } from './lib/values';
import type { AnnexRule } from './types';

export const documentSequence: AnnexRule = {
  id: 'document/sequence',
  family: 'document',
  description: 'Số thứ tự (TT) không liên tục 1, 2, 3 …',
  defaultSeverity: 'warning',
  messages: ['document/sequence'],
  scope: 'annex',
  templates: ['VB'],
  reads: ['tt'],
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      // A list with no TT at all is not numbered wrongly, just not numbered.
      if (!rows.some((d) => d.tt?.raw)) continue;
      let expected = 1;
      for (const d of rows) {
        const tt = d.tt;
        if (!tt) break;
        const n = sequenceNumber(tt);
        if (n === expected) {
          expected++;
          continue;
        }
        const found = displayValue(tt.raw);
        ctx.report({
          messageId: 'document/sequence',
          row: tt.row,
          col: tt.col,
          value: found,
          expected: String(expected),
          data: { found, expected },
        });
        break;
      }
    }
  },
};
