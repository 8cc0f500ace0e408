/**
 * Family 7 — Targets: a KH target written as the indicator's sub-measure count ("03 tin/quý"
 * for 6.3) below the national minimum (≥ 04 tin, bài/quý). A warning the officer may explain.
 */
import { displayValue } from '../engine/read-cell';
import { formatValueWithUnit } from '../indicators/format';
import { compareSubMeasure } from '../indicators/targets';
import { looseKey } from '../text/normalize';
import { indicatorOfRow } from './lib/values';
import type { AnnexRule } from './types';

const KH_TARGETS = ['ke_hoach', 'nam_y'] as const;

function words(s: string): string[] {
  return looseKey(s)
    .split(' ')
    .filter((w) => w !== '' && !/^\d+$/.test(w));
}

export const targetSubMeasureLower: AnnexRule = {
  id: 'target/sub-measure-lower',
  family: 'target',
  description: 'Chỉ số phụ của chỉ tiêu (ví dụ số tin, bài mỗi quý của 6.3) thấp hơn mức quốc gia.',
  defaultSeverity: 'warning',
  messages: ['target/sub-measure-lower'],
  scope: 'annex',
  templates: ['KH'],
  check(annex, ctx) {
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      const sub = ind?.subMeasure;
      if (!ind || !sub) continue;
      const subWords = words(sub.unit);
      for (const key of KH_TARGETS) {
        const cell = annex.cell(table, row, key);
        const r = cell?.reading;
        if (!cell || !r || r.s !== 'num' || !r.unitText) continue;
        // Only a number written in the sub-measure's unit ("tin/quý"), not the indicator's %.
        if (!words(r.unitText).some((w) => subWords.includes(w))) continue;
        if (compareSubMeasure(ind, r.value) !== 'less-ambitious') continue;
        ctx.report({
          messageId: 'target/sub-measure-lower',
          row: cell.row,
          col: cell.col,
          indicatorId: ind.id,
          value: displayValue(cell.raw),
          expected: formatValueWithUnit(sub.national, sub.unit),
          data: {
            local: formatValueWithUnit(r.value, sub.unit),
            national: formatValueWithUnit(sub.national, sub.unit),
            label: sub.label,
            indicator: ind.id,
          },
        });
      }
    }
  },
};
