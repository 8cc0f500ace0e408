import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { presenceRequired } from './presence-required';

const full = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(presenceRequired, {
  valid: [
    { name: 'PL-II seed values, all filled (0 is a value)', template: 'PL-II', data: { '1': full } },
    {
      name: 'PL-I "-" for not applicable where allowed',
      template: 'PL-I',
      settings: { levels: ['tinh'] },
      data: { '1': { hdnd_tinh_nu: '-', hdnd_tinh_tong: '-', ld_tinh_nu: 'x', ld_tinh_tong: '-' } },
    },
    { name: 'VB empty rows are not gaps', template: 'VB' },
  ],
  invalid: [
    {
      name: 'PL-II one empty count',
      template: 'PL-II',
      data: { '1': { ...full, mo_hinh: null } },
      findings: [{ messageId: 'presence/required', cell: 'J9', severity: 'error' }],
    },
    {
      name: 'PL-II "-" where not allowed',
      template: 'PL-II',
      data: { '1': { ...full, san_pham: '-' } },
      findings: [{ messageId: 'presence/na-not-allowed', cell: 'G9' }],
    },
    {
      name: 'VB row 9 of seed 000: content but no type, number or date',
      template: 'VB',
      data: { '1': { tt: 9, noi_dung: 'Giám sát công tác bầu cử', co_quan: 'Hội LHPN thành phố' } },
      findings: [
        { messageId: 'presence/required', cell: 'D7' },
        { messageId: 'presence/required', cell: 'E7' },
        { messageId: 'presence/required', cell: 'F7' },
      ],
    },
  ],
});
