/**
 * Family 7 — Targets: a KH target that moves against the indicator's direction from its own
 * baseline ("giảm từ 55 … xuống 56,3" on a lower-is-better indicator) is a contradiction.
 * A yearly target between the baseline and the period-end target is a normal trajectory
 * (seed 004 §II.4: baseline 70, year 68, period 55) and is never reported.
 */
import { polarity } from '../indicators/direction';
import { formatValueWithUnit } from '../indicators/format';
import { isTrajectory, targetMovesAgainstDirection } from '../indicators/targets';
import { displayValue } from '../engine/read-cell';
import { indicatorOfRow, indicatorValue } from './lib/values';
import type { AnnexRule } from './types';

export const targetAgainstDirection: AnnexRule = {
  id: 'target/against-direction',
  family: 'target',
  description:
    'Mục tiêu đi ngược hướng của chỉ tiêu so với giá trị cơ sở (chỉ tiêu cần giảm mà mục tiêu cao hơn cơ sở, hoặc ngược lại).',
  defaultSeverity: 'error',
  messages: ['target/against-direction'],
  scope: 'annex',
  rowLocal: true,
  templates: ['KH'],
  check(annex, ctx) {
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      if (!ind || ind.direction === 'bool') continue;
      const baseCell = annex.cell(table, row, 'co_so');
      const baseline = indicatorValue(baseCell, ind);
      if (baseline === undefined) continue;
      const periodCell = annex.cell(table, row, 'ke_hoach');
      const yearCell = annex.cell(table, row, 'nam_y');
      const period = indicatorValue(periodCell, ind);
      const year = indicatorValue(yearCell, ind);
      const lower = polarity(ind.direction) === 'lower';
      const report = (cell: NonNullable<typeof periodCell>, target: number) =>
        ctx.report({
          messageId: 'target/against-direction',
          row: cell.row,
          col: cell.col,
          indicatorId: ind.id,
          value: displayValue(cell.raw),
          data: {
            indicator: ind.id,
            lower: lower ? 1 : 0,
            target: formatValueWithUnit(target, ind.unit),
            baseline: formatValueWithUnit(baseline, ind.unit),
          },
        });
      if (periodCell && period !== undefined && targetMovesAgainstDirection(ind, baseline, period))
        report(periodCell, period);
      if (yearCell && year !== undefined) {
        // On the way from the baseline to a sound period target: fine, whatever the naive comparison says.
        if (period !== undefined && isTrajectory(ind, baseline, year, period)) continue;
        if (targetMovesAgainstDirection(ind, baseline, year)) report(yearCell, year);
      }
    }
  },
};
