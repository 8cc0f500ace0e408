/**
 * Family 7 — Targets: a ratio/rate written with the wrong denominator ("108 bé trai/110 bé gái"
 * for the sex ratio at birth, always per 100 girls; "/10.000" for a rate per 1.000 …).
 * Checked in the value and unit cells of KH and CLQG indicator rows, as typed.
 */
import type { CellView } from '../engine/annex-view';
import { formatNumberVi } from '../indicators/format';
import type { Indicator } from '../indicators/schema';
import { looseKey } from '../text/normalize';
import { indicatorOfRow, textOf, unitDenominator } from './lib/values';
import type { AnnexRule } from './types';

const COLUMNS: Record<string, readonly string[]> = {
  KH: ['dvt', 'co_so', 'ke_hoach', 'nam_y'],
  CLQG: ['dvt', 'dia_phuong', 'ket_qua'],
};

function isPowerOfTen(n: number): boolean {
  return n >= 10 && /^10*$/.test(String(n));
}

/** The wrong "/N …" written in a cell of this indicator, or undefined. */
export function wrongDenominator(text: string, ind: Indicator): { found: string; den: number } | undefined {
  const unit = unitDenominator(ind.unit);
  if (!unit) return undefined;
  const unitWords = looseKey(unit.rest).split(' ').filter(Boolean);
  for (const m of text.matchAll(/\/\s*(\d[\d.]*)\s*([^;,/\d]*)/g)) {
    const den = Number(m[1]!.replace(/\.$/, '').replace(/\./g, ''));
    if (!Number.isFinite(den) || den === unit.value) continue;
    const words = looseKey(m[2]!).split(' ').filter(Boolean);
    // A unit, not a fraction like "13/17": the indicator's own words follow, or a 10/100/1.000… base.
    const unitLike =
      (unitWords.length > 0 && unitWords.some((w) => w.length > 1 && words.includes(w))) || isPowerOfTen(den);
    if (unitLike) return { found: m[0]!.trim(), den };
  }
  return undefined;
}

export const targetUnitInconsistent: AnnexRule = {
  id: 'target/unit-inconsistent',
  family: 'target',
  description: 'Đơn vị của tỷ số/tỷ suất viết sai mẫu số (ví dụ "…/110 bé gái" thay vì "/100 bé gái").',
  defaultSeverity: 'error',
  messages: ['target/unit-inconsistent'],
  scope: 'annex',
  rowLocal: true,
  templates: ['KH', 'CLQG'],
  check(annex, ctx) {
    const keys = COLUMNS[annex.templateId] ?? [];
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      if (!ind) continue;
      for (const key of keys) {
        const cell: CellView | undefined = annex.cell(table, row, key);
        const text = textOf(cell);
        if (!cell || text === '' || cell.raw?.t !== 's') continue;
        const wrong = wrongDenominator(text, ind);
        if (!wrong) continue;
        const unit = unitDenominator(ind.unit)!;
        ctx.report({
          messageId: 'target/unit-inconsistent',
          row: cell.row,
          col: cell.col,
          indicatorId: ind.id,
          value: text,
          expected: ind.unit,
          data: {
            found: text,
            expected: ind.unit,
            indicator: ind.id,
            base: `${formatNumberVi(unit.value)}${unit.rest ? ` ${unit.rest}` : ''}`,
            written: wrong.found,
          },
        });
      }
    }
  },
};
