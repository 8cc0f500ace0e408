/**
 * Family 4 — Domain: an indicator value outside the plausible range of its definition
 * (CLQG result and local target; KH baseline and targets). Values above 100 % are left to
 * target/impossible-result (CLQG result) and domain/percent-range (KH); negative numbers in
 * number columns to domain/negative — one finding per cell.
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
