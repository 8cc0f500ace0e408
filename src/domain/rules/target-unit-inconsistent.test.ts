import { findIndicator, getIndicatorSet } from '../indicators/load';
import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { targetUnitInconsistent, wrongDenominator } from './target-unit-inconsistent';

ruleTester(targetUnitInconsistent, {
  valid: [
    {
      name: 'KH seed 004 table: "106 bé trai/100 bé gái", "108 bé trai/100 bé gái"',
      template: 'KH',
      data: { '4.1': { co_so: '106 bé trai/100 bé gái', ke_hoach: '108 bé trai/100 bé gái' } },
    },
    {
      name: 'KH seed 004: 4.2 "32,5/100.000 trẻ", 4.3 "55/1.000"',
      template: 'KH',
      data: {
        '4.2': { co_so: '32,5/100.000 trẻ', ke_hoach: '31,6/100.000 trẻ' },
        '4.3': { co_so: '55/1.000', ke_hoach: '68/1.000' },
      },
    },
    { name: 'CLQG as inserted, with numbers', template: 'CLQG', data: { '4.1': { ket_qua: 108, dia_phuong: 110 } } },
    { name: 'a fraction in a % indicator is not a unit', template: 'KH', data: { '1.1': { co_so: '13/17' } } },
  ],
  invalid: [
    {
      name: 'seed 004 text: "108 bé trai/110 bé gái" in the KH plan',
      template: 'KH',
      data: { '4.1': { ke_hoach: '108 bé trai/110 bé gái' } },
      findings: [{ messageId: 'target/unit-inconsistent', cell: 'E19', severity: 'error' }],
    },
    {
      name: 'CLQG: local target and unit cell with /110 bé gái',
      template: 'CLQG',
      data: { '4.1': { dia_phuong: '108 bé trai/110 bé gái' } },
      raw: { '4.1.dvt': { t: 's', v: 'bé trai/110 bé gái' } },
      findings: [
        { messageId: 'target/unit-inconsistent', cell: 'C21' },
        { messageId: 'target/unit-inconsistent', cell: 'F21' },
      ],
    },
    {
      name: 'KH 4.3 per 10.000 instead of per 1.000',
      template: 'KH',
      data: { '4.3': { co_so: '55/10.000' } },
      findings: [{ messageId: 'target/unit-inconsistent', cell: 'D21' }],
    },
  ],
});

describe('target/unit-inconsistent', () => {
  const set = getIndicatorSet()!;
  it('finds the wrong denominator only where a unit is written', () => {
    expect(wrongDenominator('108 bé trai/110 bé gái', findIndicator(set, '4.1')!)).toEqual({
      found: '/110 bé gái',
      den: 110,
    });
    expect(wrongDenominator('108 bé trai/100 bé gái', findIndicator(set, '4.1')!)).toBeUndefined();
    expect(wrongDenominator('1050/1037', findIndicator(set, '4.1')!)).toBeUndefined();
    expect(wrongDenominator('40/10.000', findIndicator(set, '4.2')!)).toEqual({ found: '/10.000', den: 10000 });
  });
  it('says what the denominator must be', () => {
    const [d] = runRule(targetUnitInconsistent, {
      name: 'x',
      template: 'KH',
      data: { '4.1': { ke_hoach: '108 bé trai/110 bé gái' } },
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Đơn vị viết "108 bé trai/110 bé gái" không đúng: chỉ tiêu 4.1 tính trên 100 bé gái (bé trai/100 bé gái).',
    );
  });
});
