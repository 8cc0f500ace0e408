import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { typeUnit } from './type-unit';

ruleTester(typeUnit, {
  valid: [
    {
      name: 'seed: CLQG 3.1 "1,7 lần" (the indicator counts in lần)',
      template: 'CLQG',
      data: { '3.1': { ket_qua: '1,7 lần' } },
    },
    {
      name: 'other values in their indicator\'s unit: "1,4 lần" target, "108 bé trai/100 bé gái", "46/100.000 trẻ sinh sống", "36,4 %"',
      template: 'CLQG',
      data: {
        '3.1': { dia_phuong: '1,4 lần' },
        '4.1': { ket_qua: '108 bé trai/100 bé gái' },
        '4.2': { ket_qua: '46/100.000 trẻ sinh sống' },
        '1.1': { ket_qua: '36,4 %' },
      },
    },
    {
      name: 'plain numbers carry no unit',
      template: 'CLQG',
      data: { '3.1': { ket_qua: 1.7 }, '1.1': { ket_qua: '36,4' } },
    },
    {
      name: 'seed: KH 6.3 "03 tin/quý" is the sub-measure\'s unit (tin, bài/quý); 4.1 "108 bé trai/100 bé gái"',
      template: 'KH',
      data: {
        '6.3': { ke_hoach: '03 tin/quý', nam_y: '04 tin, bài/quý' },
        '4.1': { ke_hoach: '108 bé trai/100 bé gái' },
      },
    },
    {
      name: 'a wrong denominator ("108 bé trai/110 bé gái") is target/unit-inconsistent\'s',
      template: 'CLQG',
      data: { '4.1': { ket_qua: '108 bé trai/110 bé gái' } },
    },
  ],
  invalid: [
    {
      name: 'CLQG "36,4 %" under 3.1 (lần), "1,7 lần" under 1.1 (%)',
      template: 'CLQG',
      data: { '3.1': { ket_qua: '36,4 %' }, '1.1': { ket_qua: '1,7 lần' } },
      findings: [
        { messageId: 'type/unit-mismatch', cell: 'J10', severity: 'error' },
        { messageId: 'type/unit-mismatch', cell: 'J16', severity: 'error' },
      ],
    },
    {
      name: 'CLQG 6.3 "03 tin/quý" where the result is the share of communes (%)',
      template: 'CLQG',
      data: { '6.3': { ket_qua: '03 tin/quý' } },
      findings: [{ messageId: 'type/unit-mismatch', cell: 'J35' }],
    },
    {
      name: 'other units: 4.1 "108 %", 4.2 "0,46 lần", local target of 1.1 "30 người"',
      template: 'CLQG',
      data: { '4.1': { ket_qua: '108 %' }, '4.2': { ket_qua: '0,46 lần' }, '1.1': { dia_phuong: '30 người' } },
      findings: [
        { messageId: 'type/unit-mismatch', cell: 'F10' },
        { messageId: 'type/unit-mismatch', cell: 'J21' },
        { messageId: 'type/unit-mismatch', cell: 'J22' },
      ],
    },
    {
      name: 'KH 3.1 "36,4 %" (the plan of a lần indicator), 1.1 "2 lần"',
      template: 'KH',
      data: { '3.1': { nam_y: '36,4 %' }, '1.1': { nam_y: '2 lần' } },
      findings: [
        { messageId: 'type/unit-mismatch', cell: 'F8' },
        { messageId: 'type/unit-mismatch', cell: 'F14' },
      ],
    },
  ],
});

describe('type/unit message', () => {
  it('names the unit written, the indicator and its unit, and the fix', () => {
    const [d] = runRule(typeUnit, { name: '', template: 'CLQG', data: { '3.1': { ket_qua: '36,4 %' } } });
    const m = formatMessage(d!.messageId, d!.data);
    expect(m).toContain('"36,4 %"');
    expect(m).toContain('chỉ tiêu 3.1');
    expect(m).toContain('"lần"');
    expect(m).toMatch(/Hãy nhập giá trị tính bằng lần/);
  });
});
