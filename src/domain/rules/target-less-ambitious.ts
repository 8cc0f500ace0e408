/**
 * Family 7 — Targets: a local target less ambitious than the national one for the report
 * year, along the indicator's direction (seed 000: female masters 10 % locally vs ≥ 50 %
 * nationally). CLQG "Chỉ tiêu của địa phương"; KH "Kế hoạch giai đoạn". A warning: the
 * province may have decided it, and the officer can explain it (giải trình).
 */
import { polarity } from '../indicators/direction';
import { describeTarget, formatValueWithUnit } from '../indicators/format';
import { compareLocalToNational, nationalTargetFor, targetCmp } from '../indicators/targets';
import { displayValue } from '../engine/read-cell';
import { indicatorOfRow, indicatorValue } from './lib/values';
import type { AnnexRule } from './types';

const COLUMN: Record<string, string> = { CLQG: 'dia_phuong', KH: 'ke_hoach' };

export const targetLessAmbitious: AnnexRule = {
  id: 'target/less-ambitious',
  family: 'target',
  description: 'Chỉ tiêu của địa phương kém hơn chỉ tiêu quốc gia (theo hướng của chỉ tiêu).',
  defaultSeverity: 'warning',
  messages: ['target/less-ambitious'],
  scope: 'annex',
  rowLocal: true,
  templates: ['CLQG', 'KH'],
  check(annex, ctx) {
    const key = COLUMN[annex.templateId];
    if (!key) return;
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      if (!ind || ind.direction === 'bool') continue;
      const national = nationalTargetFor(ind, ctx.settings.reportYear);
      if (!national) continue;
      const cell = annex.cell(table, row, key);
      const local = indicatorValue(cell, ind);
      if (!cell || local === undefined) continue;
      if (compareLocalToNational(ind, local, national.target) !== 'less-ambitious') continue;
      const n = national.target.value;
      const weaker = local === n ? 'looser' : polarity(ind.direction) === 'higher' ? 'lower' : 'higher';
      const nationalText = describeTarget(ind, national.target);
      ctx.report({
        messageId: 'target/less-ambitious',
        row: cell.row,
        col: cell.col,
        indicatorId: ind.id,
        value: displayValue(cell.raw),
        expected: nationalText,
        data: {
          local: formatValueWithUnit(local, ind.unit),
          national: nationalText,
          year: national.year,
          indicator: ind.id,
          weaker,
          cmp: targetCmp(ind, national.target),
        },
      });
    }
  },
};
