import type { RawCell } from '../sheet/workbook';
import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { arithmeticTotal } from './arithmetic-total';

/** PL-II seed row (TP Cao Bằng: 0, 0, 5, 1250, 0, 0, 0, 0) and a second locality. */
const row = (dia_phuong: string, over: Record<string, string | number> = {}) => ({ ...PL2_ROW, dia_phuong, ...over });
/** A "Tổng" formula with the value Excel cached (SUM leaves text out). */
const sum = (range: string, v: number): RawCell => ({ t: 'n', v, f: `SUM(${range})` });
const typed = (v: number): RawCell => ({ t: 'n', v });

ruleTester(arithmeticTotal, {
  valid: [
    {
      name: 'a formula total that adds up',
      template: 'PL-II',
      data: { '1': row('TP Cao Bằng'), '2': row('Huyện Hòa An', { truyen_thong_nguoi: 800 }) },
      raw: { 'tong.truyen_thong_nguoi': sum('F9:F10', 2050) },
    },
    {
      name: 'seed "1.250" typed as text: the formula total (Excel left it out) is not the officer\'s to fix — F9 is',
      template: 'PL-II',
      data: { '1': row('TP Cao Bằng', { truyen_thong_nguoi: '1.250' }) },
      raw: { 'tong.truyen_thong_nguoi': sum('F9:F9', 0) },
    },
    {
      name: 'other text numbers ("2,400" and "1 300" among typed 800): the formula total holds only the 800',
      template: 'PL-II',
      data: {
        '1': row('Xã A', { truyen_thong_nguoi: '2,400' }),
        '2': row('Xã B', { truyen_thong_nguoi: 800 }),
        '3': row('Xã C', { truyen_thong_nguoi: '1 300' }),
      },
      raw: { 'tong.truyen_thong_nguoi': sum('F9:F11', 800) },
    },
    {
      name: 'a typed total that agrees with the reading the number-as-text finding states (1250)',
      template: 'PL-II',
      data: { '1': row('TP Cao Bằng', { truyen_thong_nguoi: '1.250' }) },
      raw: { 'tong.truyen_thong_nguoi': typed(1250) },
    },
    {
      name: 'KP "123 triệu" (read as 123.000.000 đồng) in a formula total that left it out',
      template: 'KP',
      data: { '1': { ten_don_vi: 'TP', nam_2021: '123 triệu', nam_2022: 30000000 } },
      raw: { 'tong.nam_2021': sum('C9:C9', 0) },
    },
  ],
  invalid: [
    {
      name: 'a typed wrong total (999)',
      template: 'PL-II',
      data: { '1': row('TP Cao Bằng') },
      raw: { 'tong.truyen_thong_nguoi': typed(999) },
      findings: [{ messageId: 'arithmetic/total-mismatch', cell: 'F10', severity: 'error' }],
    },
    {
      name: 'a typed total that used the other reading of "1.250" (1,25) is not 1250',
      template: 'PL-II',
      data: { '1': row('TP Cao Bằng', { truyen_thong_nguoi: '1.250' }) },
      raw: { 'tong.truyen_thong_nguoi': typed(1.25) },
      findings: [{ messageId: 'arithmetic/total-mismatch', cell: 'F10' }],
    },
    {
      name: 'a stale formula short of more than the text cells (range stops before row 11)',
      template: 'PL-II',
      data: {
        '1': row('Xã A', { truyen_thong_nguoi: '2.400' }),
        '2': row('Xã B', { truyen_thong_nguoi: 800 }),
        '3': row('Xã C', { truyen_thong_nguoi: 300 }),
      },
      raw: { 'tong.truyen_thong_nguoi': sum('F9:F10', 800) },
      findings: [{ messageId: 'arithmetic/total-mismatch', cell: 'F12' }],
    },
  ],
});
