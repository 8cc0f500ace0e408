import { ruleTester } from '../../../test/support/rule-tester';
import { targetImpossibleResult } from './target-impossible-result';

ruleTester(targetImpossibleResult, {
  valid: [
    {
      name: 'seed 000: 1.1 13/17 (formula), 5.2a "100%", 5.4a 66,67',
      template: 'CLQG',
      data: { '1.1': { tu_so: 13, mau_so: 17 }, '5.2a': { ket_qua: '100%' }, '5.4a': { ket_qua: 66.67 } },
    },
    {
      name: 'a ratio above 100 is fine where the unit is not % (4.1: 108 bé trai/100 bé gái)',
      template: 'CLQG',
      data: { '4.1': { ket_qua: 108 } },
    },
    {
      name: 'text results that stay within 100 %: "trên 90%", "Năm 2022 là 37% Năm 2023 là 36,25%"',
      template: 'CLQG',
      data: { '5.2a': { ket_qua: 'trên 90%' }, '2.2': { ket_qua: 'Năm 2022 là 37% Năm 2023 là 36,25%' } },
    },
    {
      name: 'a computed result (formula) over 100 is left to the arithmetic rules',
      template: 'CLQG',
      raw: { '5.2b.ket_qua': { t: 'n', v: 105.26, f: '=ROUND(H28/I28*100,2)' } },
    },
    { name: 'the 4.4 yes/no answer', template: 'CLQG', data: { '4.4': { ket_qua: 'Có' } } },
  ],
  invalid: [
    {
      name: 'seed 000 5.2b: "trung học cơ sở đạt trên 100%"',
      template: 'CLQG',
      data: { '5.2b': { ket_qua: 'trên 100%' } },
      findings: [{ messageId: 'target/impossible-result', cell: 'J28', severity: 'error' }],
    },
    {
      name: 'typed 105, "105 %" as text and "hơn 100 %"',
      template: 'CLQG',
      data: { '1.1': { ket_qua: 105 }, '5.1': { ket_qua: '105 %' }, '6.1': { ket_qua: 'đạt hơn 100 %' } },
      findings: [
        { messageId: 'target/impossible-result', cell: 'J10' },
        { messageId: 'target/impossible-result', cell: 'J26' },
        { messageId: 'target/impossible-result', cell: 'J33' },
      ],
    },
    {
      name: '1,2 formatted as % (120 %)',
      template: 'CLQG',
      raw: { '3.3.ket_qua': { t: 'n', v: 1.2, nf: '0%' } },
      findings: [{ messageId: 'target/impossible-result', cell: 'J19' }],
    },
  ],
});
