import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { domainNotWhole } from './domain-not-whole';

const plII = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(domainNotWhole, {
  valid: [
    { name: 'PL-II seed values', template: 'PL-II', data: { '1': plII } },
    {
      name: '"1.250" typed as text is 1250 (Vietnamese thousands)',
      template: 'PL-II',
      data: { '1': { ...plII, truyen_thong_nguoi: '1.250' } },
    },
    {
      name: '"1,250" is ambiguous — the type rule reports it, not this one',
      template: 'PL-II',
      data: { '1': { ...plII, truyen_thong_nguoi: '1,250' } },
    },
    {
      name: 'money and decimals may have decimals',
      template: 'PL-III',
      data: {
        'kp_ctmtqg.1': {
          ten_don_vi: 'TP Cao Bằng',
          ctmtqg_nam: 123.5,
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 0,
        },
      },
    },
    {
      name: 'a negative count is reported by domain/negative only',
      template: 'PL-II',
      data: { '1': { ...plII, mo_hinh: -0.5 } },
    },
  ],
  invalid: [
    {
      name: 'PL-II 2,5 classes',
      template: 'PL-II',
      data: { '1': { ...plII, tap_huan_lop: 2.5 } },
      findings: [{ messageId: 'domain/not-whole', cell: 'C9', severity: 'error' }],
    },
    {
      name: 'PL-I women and total with decimals (typed and as text)',
      template: 'PL-I',
      data: { '1': { hdnd_huyen_nu: 11.5, hdnd_huyen_tong: '29,5' } },
      findings: [
        { messageId: 'domain/not-whole', cell: 'F10' },
        { messageId: 'domain/not-whole', cell: 'G10' },
      ],
    },
  ],
});
