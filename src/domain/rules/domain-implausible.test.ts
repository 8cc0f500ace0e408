import { ruleTester } from '../../../test/support/rule-tester';
import { domainImplausible } from './domain-implausible';

ruleTester(domainImplausible, {
  valid: [
    {
      name: 'CLQG seed 000: 1.1 13/17, 2.2 36,25 %, 5.4a 66,67 %',
      template: 'CLQG',
      data: { '1.1': { tu_so: 13, mau_so: 17 }, '2.2': { ket_qua: 36.25 }, '5.4a': { ket_qua: 66.67, dia_phuong: 10 } },
    },
    {
      name: 'CLQG 4.1 sex ratio 108 within 90–130, 3.1 1,7 lần within 0,5–5',
      template: 'CLQG',
      data: { '4.1': { ket_qua: 108, dia_phuong: 111 }, '3.1': { ket_qua: 1.7 } },
    },
    {
      name: 'CLQG result above 100 % belongs to target/impossible-result',
      template: 'CLQG',
      data: { '5.2b': { ket_qua: 105 } },
    },
    {
      name: 'CLQG negative local target belongs to domain/negative',
      template: 'CLQG',
      data: { '1.1': { dia_phuong: -5 } },
    },
    {
      name: 'KH seed 004: 4.2 "32,5/100.000 trẻ", 4.3 "55/1.000", 6.3 "03tin/quý" (sub-measure, not a %)',
      template: 'KH',
      data: {
        '4.2': { co_so: '32,5/100.000 trẻ', ke_hoach: '31,6/100.000 trẻ' },
        '4.3': { co_so: '55/1.000', ke_hoach: '68/1.000' },
        '6.3': { ke_hoach: '03tin/quý', nam_y: '03tin/quý' },
      },
    },
    { name: 'CLQG 4.4 answered Có', template: 'CLQG', data: { '4.4': { ket_qua: 'Có' } } },
  ],
  invalid: [
    {
      name: 'CLQG 4.1 sex ratio 1.080 (extra zero)',
      template: 'CLQG',
      data: { '4.1': { ket_qua: 1080 } },
      findings: [{ messageId: 'domain/implausible', cell: 'J21', severity: 'warning' }],
    },
    {
      name: 'CLQG negative rate (4.2 = -3) and negative sex ratio: impossible, errors',
      template: 'CLQG',
      data: { '4.2': { ket_qua: -3 }, '4.1': { ket_qua: -108 } },
      findings: [
        { messageId: 'domain/implausible', cell: 'J21', severity: 'error' },
        { messageId: 'domain/implausible', cell: 'J22', severity: 'error' },
      ],
    },
    {
      name: 'CLQG 3.1 ratio 17 lần (unusual: warning); a negative % result, a local % target of 150 (impossible: errors)',
      template: 'CLQG',
      data: { '3.1': { ket_qua: 17 }, '2.1': { ket_qua: -5 }, '1.1': { dia_phuong: 150 } },
      findings: [
        { messageId: 'domain/implausible', cell: 'F10', severity: 'error' },
        { messageId: 'domain/implausible', cell: 'J12', severity: 'error' },
        { messageId: 'domain/implausible', cell: 'J16', severity: 'warning' },
      ],
    },
    {
      name: 'KH 4.1 "1.080 bé trai/100 bé gái" and 4.3 "550/1.000"',
      template: 'KH',
      data: { '4.1': { ke_hoach: '1.080 bé trai/100 bé gái' }, '4.3': { nam_y: '550/1.000' } },
      findings: [
        { messageId: 'domain/implausible', cell: 'E19' },
        { messageId: 'domain/implausible', cell: 'F21' },
      ],
    },
  ],
});
