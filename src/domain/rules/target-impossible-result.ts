/**
 * Family 7 — Targets: a CLQG result above 100 % for a share ("trung học cơ sở đạt trên 100%",
 * seed 000; or a typed 105). This rule owns CLQG results; domain/percent-range skips CLQG so
 * one cell gets one finding. A computed result (live formula over numerator/denominator) is
 * left to the arithmetic rules, which point at the numerator that exceeds the denominator.
 */
import { displayValue } from '../engine/read-cell';
import { formatMessage } from '../messages';
import { EPS, indicatorOfRow, overHundredInText, textOf, unitFits } from './lib/values';
import type { AnnexRule } from './types';

export const targetImpossibleResult: AnnexRule = {
  id: 'target/impossible-result',
  family: 'target',
  description: 'Kết quả của một tỷ lệ vượt quá 100 %: không thể có.',
  defaultSeverity: 'error',
  messages: ['target/impossible-result'],
  scope: 'annex',
  rowLocal: true,
  templates: ['CLQG'],
  check(annex, ctx) {
    for (const { table, row } of annex.dataRows()) {
      const ind = indicatorOfRow(ctx.indicators, row);
      if (!ind || ind.unit !== '%') continue;
      const cell = annex.cell(table, row, 'ket_qua');
      if (!cell) continue;
      const r = cell.reading;
      let value: number | undefined;
      if (r.s === 'num') {
        if (r.formula) continue;
        if (!unitFits(ind, r.unitText)) continue; // "110 lần" under a share: type/unit
        if (r.value > 100 + EPS) value = r.value;
      } else if (r.s === 'text' || r.s === 'bad') {
        value = overHundredInText(textOf(cell));
      }
      if (value === undefined) continue;
      const found = displayValue(cell.raw);
      ctx.report({
        messageId: 'target/impossible-result',
        row: cell.row,
        col: cell.col,
        indicatorId: ind.id,
        value: found,
        expected: formatMessage('hint/percent-range'),
        data: { found, value, indicator: ind.id },
      });
    }
  },
};
