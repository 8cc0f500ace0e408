/** Family 8 — Documents: an issue date outside the report period (settings.period) — check it belongs here. */
import { displayValue } from '../engine/read-cell';
import { formatVnDate } from '../parse/date';
import { documentRows } from './lib/documents';
import type { AnnexRule } from './types';

export const documentOutsidePeriod: AnnexRule = {
  id: 'document/outside-period',
  family: 'document',
  description: 'Ngày ban hành nằm ngoài kỳ báo cáo.',
  defaultSeverity: 'warning',
  messages: ['document/outside-period'],
  scope: 'annex',
  rowLocal: true,
  templates: ['VB'],
  check(annex, ctx) {
    const period = ctx.settings.period;
    if (!period) return;
    for (const { rows } of documentRows(annex)) {
      for (const d of rows) {
        if (!d.date || (d.date >= period.from && d.date <= period.to)) continue;
        const cell = d.dateCell;
        if (!cell) continue;
        const from = formatVnDate(period.from);
        const to = formatVnDate(period.to);
        ctx.report({
          messageId: 'document/outside-period',
          row: cell.row,
          col: cell.col,
          value: displayValue(cell.raw),
          expected: `${from} – ${to}`,
          data: { found: formatVnDate(d.date), from, to, before: d.date < period.from ? 1 : 0 },
        });
      }
    }
  },
};
