import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { domainHugeCount } from './domain-huge-count';

const plII = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(domainHugeCount, {
  valid: [
    { name: 'PL-II seed values', template: 'PL-II', data: { '1': plII } },
    {
      name: 'exactly 10.000.000 is not above the limit',
      template: 'PL-II',
      data: { '1': { ...plII, truyen_thong_nguoi: 10000000 } },
    },
    {
      name: 'money is not a count (KP 30.000.000 đồng)',
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
  ],
  invalid: [
    {
      name: 'PL-II 12.500.000 participants',
      template: 'PL-II',
      data: { '1': { ...plII, truyen_thong_nguoi: 12500000 } },
      findings: [{ messageId: 'domain/huge-count', cell: 'F9', severity: 'warning' }],
    },
    {
      name: 'PL-II money pasted into counts, one typed as text',
      template: 'PL-II',
      data: { '1': { ...plII, san_pham: 30000000, mo_hinh: '30.000.000' } },
      findings: [
        { messageId: 'domain/huge-count', cell: 'G9' },
        { messageId: 'domain/huge-count', cell: 'J9' },
      ],
    },
  ],
});
