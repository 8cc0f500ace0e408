import { ruleTester } from '../../../test/support/rule-tester';
import { domainPercentRange } from './domain-percent-range';

ruleTester(domainPercentRange, {
  valid: [
    {
      name: 'PL-I seed 002: 11/29 with live formulas',
      template: 'PL-I',
      data: { '1': { hdnd_huyen_nu: 11, hdnd_huyen_tong: 29 } },
    },
    {
      name: 'PL-I: exactly 100 % typed over the formula',
      template: 'PL-I',
      raw: { '1.hdnd_huyen_tl': { t: 'n', v: 100 } },
    },
    {
      name: 'PL-I: a computed 120 % (formula) is left to the arithmetic rules',
      template: 'PL-I',
      raw: { '1.hdnd_huyen_tl': { t: 'n', v: 120, f: '=ROUND(F10/G10*100,2)' } },
    },
    {
      name: 'seed 000 "trung học cơ sở đạt trên 100%" in CLQG is owned by target/impossible-result',
      template: 'CLQG',
      data: { '5.2b': { ket_qua: 'trên 100%' } },
    },
    {
      name: 'KH seed 004: 5.2a 99,97 %, 6.4 "Cấp huyện 100; cấp xã 50"',
      template: 'KH',
      data: { '5.2a': { co_so: 90, ke_hoach: '99,97' }, '6.4': { ke_hoach: 'Cấp huyện 100; cấp xã 50' } },
    },
    {
      name: 'KH 4.1 is not a share: 108 bé trai/100 bé gái',
      template: 'KH',
      data: { '4.1': { co_so: '106 bé trai/100 bé gái', ke_hoach: '108 bé trai/100 bé gái' } },
    },
  ],
  invalid: [
    {
      name: 'PL-I: 105 typed over the % formula',
      template: 'PL-I',
      raw: { '1.hdnd_huyen_tl': { t: 'n', v: 105 } },
      findings: [{ messageId: 'domain/percent-range', cell: 'H10', severity: 'error' }],
    },
    {
      name: 'PL-CB: "120%" as text, and 1,2 formatted as % (120 %)',
      template: 'PL-CB',
      raw: { 'cap_uy_huyen.ty_le': { t: 's', v: '120%' }, 'cap_uy_xa.ty_le': { t: 'n', v: 1.2, nf: '0.00%' } },
      findings: [
        { messageId: 'domain/percent-range', cell: 'E10' },
        { messageId: 'domain/percent-range', cell: 'E11' },
      ],
    },
    {
      name: 'KH: 5.2b plan "trên 100%" (seed 000 wording) and year target 101 %',
      template: 'KH',
      data: { '5.2b': { co_so: 77, ke_hoach: 'trên 100%', nam_y: '101%' } },
      findings: [
        { messageId: 'domain/percent-range', cell: 'E26' },
        { messageId: 'domain/percent-range', cell: 'F26' },
      ],
    },
  ],
});
