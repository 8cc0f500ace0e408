import { formatMessage } from '../messages';
import { PL2_ROW } from '../../../test/support/fixtures';
import { runRule, ruleTester, type RuleCase } from '../../../test/support/rule-tester';
import { typeDateInNumber } from './type-date-in-number';
import { doc, rows } from './lib/vb-fixtures';

/** PL-I seed 002: one unit, 11 nữ DTTS of 29 in the HĐND cấp huyện (F10, G10; the ratio H10). */
const pl1 = (over: Record<string, string | number | null>) => ({
  '1': { dia_phuong: 'TP Cao Bằng', hdnd_huyen_nu: 11, hdnd_huyen_tong: 29, ...over },
});

const pl2 = (over: Record<string, string | number>) => ({
  '1': { ...PL2_ROW, ...over },
});

/** "8/9" that Excel turned into 8 September 2024. */
const sept8 = { t: 'd', v: '2024-09-08' } as const;

ruleTester(typeDateInNumber, {
  valid: [
    { name: 'PL-I seed 002: 11 and 29 in their own columns', template: 'PL-I', data: pl1({}) },
    { name: 'PL-II plain numbers', template: 'PL-II', data: pl2({}) },
    { name: 'PL-I as inserted: empty cells', template: 'PL-I' },
    { name: 'PL-I "-" not applicable', template: 'PL-I', data: pl1({ hdnd_huyen_nu: '-', hdnd_huyen_tong: '-' }) },
    {
      name: 'a number as text ("1.250") is type/number-text\'s, not a fraction',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1.250' }),
    },
    {
      name: 'CLQG values with a unit: "108 bé trai/100 bé gái", "46/100.000 trẻ sinh sống" are no fractions',
      template: 'CLQG',
      data: { '4.1': { ket_qua: '108 bé trai/100 bé gái' }, '4.2': { ket_qua: '46/100.000 trẻ sinh sống' } },
    },
    {
      name: 'CLQG seed 000 "13/17=76,47%" is an equation, not a plain fraction',
      template: 'CLQG',
      data: { '1.1': { ket_qua: '13/17=76,47%' } },
    },
    {
      name: 'KH "03 tin/quý" (values with unit text)',
      template: 'KH',
      data: { '6.3': { ke_hoach: '03 tin/quý' } },
    },
    {
      name: 'a real date in the VB date column is where it belongs',
      template: 'VB',
      data: rows(doc(1, 'UBND thành phố', 'Kế hoạch', '91/KH-UBND', '2024-09-08')),
    },
    {
      name: 'a date or "11/29" in a text column (KP ghi_chu) is no number column\'s',
      template: 'KP',
      data: { '1': { nam_2021: 30000000, ghi_chu: '11/29' } },
      raw: { 'tong.ghi_chu': sept8 },
    },
    {
      name: 'a date in the PL-II total row is left to the total rules (the cell pass skips totals)',
      template: 'PL-II',
      data: pl2({}),
      raw: { 'tong.tu_van_nguoi': sept8 },
    },
  ],
  invalid: [
    {
      name: 'seed 002: "8/9" typed in PL-I nữ DTTS, turned into 08/09/2024 by Excel',
      template: 'PL-I',
      data: pl1({}),
      raw: { '1.hdnd_huyen_nu': sept8 },
      findings: [{ messageId: 'type/date-in-number', cell: 'F10', severity: 'error' }],
    },
    {
      name: 'dates in PL-II count columns: the cuộc and the người of one unit',
      template: 'PL-II',
      data: pl2({}),
      raw: { '1.truyen_thong_cuoc': { t: 'd', v: '2024-05-12' }, '1.tu_van_nguoi': sept8 },
      findings: [
        { messageId: 'type/date-in-number', cell: 'E9', severity: 'error' },
        { messageId: 'type/date-in-number', cell: 'I9', severity: 'error' },
      ],
    },
    {
      name: 'a date in a PL-III money column (triệu đồng)',
      template: 'PL-III',
      data: { 'kp_1898.1': { ten_don_vi: 'TP Cao Bằng', nam_2024: 30 } },
      raw: { 'kp_1898.1.nam_2024': { t: 'd', v: '2024-01-12' } },
      findings: [{ messageId: 'type/date-in-number', cell: 'I13', severity: 'error' }],
    },
    {
      name: '"11/29" typed as text in a PL-I count column',
      template: 'PL-I',
      data: pl1({ hdnd_huyen_nu: '11/29', hdnd_huyen_tong: null }),
      findings: [{ messageId: 'type/fraction-text', cell: 'F10', severity: 'warning' }],
    },
    {
      name: '"11/29" typed over the PL-I ratio formula (H10), and " 8 / 9 " with spaces in a lãnh đạo count (O10)',
      template: 'PL-I',
      data: pl1({ hdnd_huyen_tl: '11/29', ld_huyen_nu: ' 8 / 9 ' }),
      findings: [
        { messageId: 'type/fraction-text', cell: 'H10', severity: 'warning' },
        { messageId: 'type/fraction-text', cell: 'O10', severity: 'warning' },
      ],
    },
    {
      name: 'CLQG "13/17" in the result column (the ratio formula has a tử số and a mẫu số column)',
      template: 'CLQG',
      data: { '1.1': { ket_qua: '13/17' } },
      findings: [{ messageId: 'type/fraction-text', cell: 'J10', severity: 'warning' }],
    },
    {
      name: 'a date and a fraction in one row, in column order',
      template: 'PL-II',
      data: pl2({ tu_van_cuoc: '3/10' }),
      raw: { '1.tap_huan_lop': sept8 },
      findings: [
        { messageId: 'type/date-in-number', cell: 'C9', severity: 'error' },
        { messageId: 'type/fraction-text', cell: 'H9', severity: 'warning' },
      ],
    },
  ],
});

/** The one finding of a case: its data, value and the sentence the officer reads. */
function only(c: Omit<RuleCase, 'name'>) {
  const got = runRule(typeDateInNumber, { name: '', ...c });
  expect(got).toHaveLength(1);
  const d = got[0]!;
  return { data: d.data, value: d.value, expected: d.expected, message: formatMessage(d.messageId, d.data) };
}

describe('type/date-in-number says what Excel did and how to split the figures', () => {
  it('a date: the day Excel shows and what the officer likely typed', () => {
    const f = only({ template: 'PL-I', data: pl1({}), raw: { '1.hdnd_huyen_nu': sept8 } });
    expect(f.data).toEqual({ found: '08/09/2024', typed: '8/9' });
    expect(f.value).toBe('8/9/2024');
    expect(f.message).toBe(
      'Excel đã biến số liệu thành ngày 08/09/2024 (có lẽ gõ "8/9"). Ghi số nữ và tổng số vào hai cột riêng.',
    );
  });

  it('a fraction: numerator, denominator and the ratio (37,93 %)', () => {
    const f = only({ template: 'PL-I', data: pl1({ hdnd_huyen_nu: '11/29', hdnd_huyen_tong: null }) });
    expect(f.data).toEqual({ found: '11/29', num: 11, den: 29, percent: '37,93 %' });
    expect(f.expected).toBe('11 | 29');
    expect(f.message).toBe('Ghi "11/29" trong một ô. Hãy tách: 11 vào cột số, 29 vào cột tổng số (tỷ lệ 37,93 %).');
  });

  it('a fraction over 0 has no ratio to offer', () => {
    const f = only({ template: 'PL-I', data: pl1({ hdnd_huyen_nu: '3/0', hdnd_huyen_tong: null }) });
    expect(f.data).toMatchObject({ num: 3, den: 0, percent: '—' });
  });
});
