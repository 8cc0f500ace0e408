/**
 * Family 4 — Domain: an amount that only makes sense in the other money unit
 * (30.000.000 in a "triệu đồng" column is 30 triệu written in đồng; 30 in a "đồng" column
 * is probably 30 triệu). The converted value is a suggestion; nothing is changed.
 */
import { displayValue } from '../engine/read-cell';
import { MONEY_UNIT_LABEL } from '../messages';
import { formatVnNumber } from '../parse/number';
import type { CellRule } from './types';

/** In a triệu đồng column, 100.000 triệu (100 tỷ) or more is not a local gender-equality budget. */
export const MAX_TRIEU = 100_000;
/** In a đồng column, less than 1.000 đồng is not a budget line. */
export const MIN_DONG = 1_000;
const MILLION = 1_000_000;

export const domainMoneyUnit: CellRule = {
  id: 'domain/money-unit',
  family: 'domain',
  description: 'Số tiền có độ lớn chỉ hợp với đơn vị kia (đồng ↔ triệu đồng).',
  defaultSeverity: 'warning',
  messages: ['domain/money-unit', 'domain/money-unit-small'],
  scope: 'cell',
  templates: '*',
  kinds: ['money'],
  states: ['num', 'num-text'],
  // Per column, by its unit (a little wider than check's own tests, which decide).
  numbers: (col) =>
    col.moneyUnit === 'trieu-dong' ? { above: MAX_TRIEU - 1 } : col.moneyUnit === 'dong' ? { below: MIN_DONG } : {},
  check(cell, _at, ctx) {
    const col = cell.column;
    if (col.kind !== 'money' || !col.moneyUnit) return;
    const r = cell.reading;
    if (r.s !== 'num' || !Number.isFinite(r.value)) return;
    // The officer wrote the column's own unit ("150 triệu đồng"): trust it. Another unit written
    // ("123 triệu" in đồng) is already read in the column's unit (type/number-as-text says so).
    if (r.moneyUnit !== undefined) return;
    const unit = MONEY_UNIT_LABEL[col.moneyUnit];
    if (col.moneyUnit === 'trieu-dong' && r.value >= MAX_TRIEU) {
      const converted = r.value / MILLION;
      ctx.report({
        messageId: 'domain/money-unit',
        row: cell.row,
        col: cell.col,
        value: displayValue(cell.raw),
        expected: formatVnNumber(converted),
        data: { value: r.value, unit, other: MONEY_UNIT_LABEL.dong, converted },
      });
    } else if (col.moneyUnit === 'dong' && r.value > 0 && r.value < MIN_DONG) {
      const converted = r.value * MILLION;
      ctx.report({
        messageId: 'domain/money-unit-small',
        row: cell.row,
        col: cell.col,
        value: displayValue(cell.raw),
        expected: formatVnNumber(converted),
        data: { value: r.value, unit, other: MONEY_UNIT_LABEL['trieu-dong'], converted },
      });
    }
  },
};
