import { ruleTester } from '../testing/rule-tester';
import { typeNumberText } from './type-number-text';

const pl2 = (over: Record<string, string | number>) => ({
  '1': {
    dia_phuong: 'TP Cao Bằng',
    tap_huan_lop: 0,
    tap_huan_nguoi: 0,
    truyen_thong_cuoc: 5,
    truyen_thong_nguoi: 1250,
    san_pham: 0,
    tu_van_cuoc: 0,
    tu_van_nguoi: 0,
    mo_hinh: 0,
    ...over,
  },
});

ruleTester(typeNumberText, {
  valid: [
    { name: 'real numbers', template: 'PL-II', data: pl2({}) },
    { name: 'PL-I "-" not applicable', template: 'PL-I', data: { '1': { hdnd_tinh_nu: '-' } } },
    {
      name: 'KH unit text is read by the target rules',
      template: 'KH',
      data: { '4.1': { ke_hoach: '108 bé trai/100 bé gái' } },
    },
  ],
  invalid: [
    {
      name: '"1.250" typed as text (Vietnamese thousands)',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1.250' }),
      findings: [{ messageId: 'type/ambiguous-number', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '"1 250" typed as text',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1 250' }),
      findings: [{ messageId: 'type/number-as-text', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '"30.000.000 đ" in a money column',
      template: 'KP',
      data: { '1': { nam_2021: '30.000.000 đ' } },
      findings: [{ messageId: 'type/number-as-text', cell: 'C9' }],
    },
    {
      name: 'PL-CB "27,59,03%" is malformed, never guessed',
      template: 'PL-CB',
      data: { hdnd_huyen: { so_nu: 8, tong_so: 29, ty_le: '27,59,03%' } },
      findings: [{ messageId: 'type/malformed-number', cell: 'E14', severity: 'error' }],
    },
    {
      name: '"12,,5" is malformed',
      template: 'PL-II',
      data: pl2({ san_pham: '12,,5' }),
      findings: [{ messageId: 'type/malformed-number', severity: 'error' }],
    },
    {
      name: 'words where a count belongs',
      template: 'PL-II',
      data: pl2({ mo_hinh: 'không có' }),
      findings: [{ messageId: 'type/not-a-number', cell: 'J9', severity: 'error' }],
    },
  ],
});
