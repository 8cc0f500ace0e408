/**
 * Family 4 — Domain: an indicator value outside the plausible range of its definition
 * (CLQG result and local target; KH baseline and targets). Values above 100 % are left to
 * target/impossible-result (CLQG result) and domain/percent-range (KH); negative numbers in
 * number columns to domain/negative — one finding per cell. A value that cannot exist at all
 * (a share below 0 or above 100 %, a negative result) is an error, so the indicator is not
 * judged on it; one merely far from usual (a sex ratio of 1.080) is a warning.
 */
import type { CellView } from '../engine/annex-view';
import { displayValue } from '../engine/read-cell';
import { formatNumberVi, formatValueWithUnit } from '../indicators/format';
import type { Indicator } from '../indicators/schema';
import { EPS, indicatorOfRow, indicatorValue } from './lib/values';
import type { AnnexRule } from './types';

const COLUMNS: Record<string, readonly string[]> = {
  CLQG: ['ket_qua', 'dia_phuong'],
  KH: ['co_so', 'ke_hoach', 'nam_y'],
};

/** Values no indicator can take: negative, or a share outside 0–100 %. */
function impossible(ind: Indicator, value: number): boolean {
  return value < -EPS || (ind.unit === '%' && value > 100 + EPS);
}

function ownedElsewhere(templateId: string, cell: CellView, ind: Indicator, value: number): boolean {
  if (value < 0 && cell.column.kind !== 'percent') return true; // domain/negative
  if (ind.unit === '%' && value > 100 + EPS) return templateId === 'KH' || cell.column.key === 'ket_qua';
  return false;
}

export const domainImplausible: AnnexRule = {
  id: 'domain/implausible',
  family: 'domain',
  description: 'Giá trị chỉ tiêu nằm ngoài khoảng hợp lý của định nghĩa chỉ tiêu.',
  defaultSeverity: 'warning',
  messages: ['domain/implausible'],
  scope: 'annex',
  rowLocal: true,
  templates: ['CLQG', 'KH'],
  check(annex, ctx) {
    const keys = COLUMNS[annex.templateId] ?? [];
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      if (!ind || ind.direction === 'bool') continue;
      const { min, max } = ind.plausible;
      for (const key of keys) {
        const cell = annex.cell(table, row, key);
        const value = indicatorValue(cell, ind);
        if (!cell || value === undefined || (value >= min - EPS && value <= max + EPS)) continue;
        if (ownedElsewhere(annex.templateId, cell, ind, value)) continue;
        ctx.report({
          messageId: 'domain/implausible',
          ...(impossible(ind, value) ? { severity: 'error' as const } : {}),
          row: cell.row,
          col: cell.col,
          indicatorId: ind.id,
          value: displayValue(cell.raw),
          expected: `${formatNumberVi(min)}–${formatValueWithUnit(max, ind.unit)}`,
          data: { value, min, max, unit: ind.unit, indicator: ind.id },
        });
      }
    }
  },
};
