import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { domainNegative } from './domain-negative';

const plII = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(domainNegative, {
  valid: [
    { name: 'PL-II seed values (0 is a value)', template: 'PL-II', data: { '1': plII } },
    {
      name: 'KP seed 000: 30.000.000 đồng each year',
      template: 'KP',
      data: {
        '1': {
          ten_don_vi: 'TP. Bắc Kạn',
          nam_2021: 30000000,
          nam_2022: 30000000,
          nam_2023: 30000000,
          nam_2024: 30000000,
        },
      },
    },
    {
      name: '"-" (not applicable) in PL-I is not a negative number',
      template: 'PL-I',
      data: { '1': { hdnd_tinh_nu: '-', hdnd_tinh_tong: '-' } },
    },
  ],
  invalid: [
    {
      name: 'PL-II negative count',
      template: 'PL-II',
      data: { '1': { ...plII, truyen_thong_nguoi: -1250 } },
      findings: [{ messageId: 'domain/negative', cell: 'F9', severity: 'error' }],
    },
    {
      name: 'PL-III negative money, typed as a number and as text',
      template: 'PL-III',
      data: {
        'kp_ctmtqg.1': {
          ten_don_vi: 'TP Cao Bằng',
          ctmtqg_nam: -123,
          khac_nam: 0,
          ctmtqg_nhu_cau: '-150',
          khac_nhu_cau: 0,
        },
      },
      findings: [
        { messageId: 'domain/negative', cell: 'C23' },
        { messageId: 'domain/negative', cell: 'E23' },
      ],
    },
    {
      name: 'CLQG negative numerator',
      template: 'CLQG',
      data: { '1.1': { tu_so: -13, mau_so: 17 } },
      findings: [{ messageId: 'domain/negative', cell: 'H10' }],
    },
  ],
});
