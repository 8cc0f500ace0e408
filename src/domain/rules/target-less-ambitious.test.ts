import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { targetLessAmbitious } from './target-less-ambitious';

ruleTester(targetLessAmbitious, {
  valid: [
    {
      name: 'CLQG local targets equal to or beyond the national ones (1.1 60 %, 2.2 25 % on a "below" indicator, 4.1 108)',
      template: 'CLQG',
      data: { '1.1': { dia_phuong: 60 }, '2.2': { dia_phuong: 25 }, '4.1': { dia_phuong: 108 } },
    },
    { name: 'CLQG without local targets', template: 'CLQG', data: { '5.4a': { tu_so: 12, mau_so: 18 } } },
    {
      name: 'KH seed 004: 4.1 "108 bé trai/100 bé gái", 5.2a 99,97, 6.1 60, 6.3 "03tin/quý" (a sub-measure, not the %)',
      template: 'KH',
      data: {
        '4.1': { ke_hoach: '108 bé trai/100 bé gái' },
        '5.2a': { ke_hoach: '99,97' },
        '6.1': { ke_hoach: 60 },
        '6.3': { ke_hoach: '03tin/quý' },
      },
    },
    {
      name: 'KH year targets are not compared with the period-end national target',
      template: 'KH',
      data: { '2.3': { ke_hoach: 27, nam_y: 18.5 } },
    },
  ],
  invalid: [
    {
      name: 'seed 000: female masters 10 % vs ≥ 50 %, female doctors 5 % vs 30 %',
      template: 'CLQG',
      data: { '5.4a': { dia_phuong: 10, tu_so: 12, mau_so: 18 }, '5.4b': { dia_phuong: 5 } },
      findings: [
        { messageId: 'target/less-ambitious', cell: 'F30', severity: 'warning' },
        { messageId: 'target/less-ambitious', cell: 'F31', severity: 'warning' },
      ],
    },
    {
      name: 'CLQG local target from the settings (pre-filled in the sheet)',
      template: 'CLQG',
      settings: { localTargets: [{ indicatorId: '5.4a', value: 10 }] },
      findings: [{ messageId: 'target/less-ambitious', cell: 'F30' }],
    },
    {
      name: 'KH period targets: 2.2 35 % on a "below 30 %" indicator, 2.3 20 % vs 27 %, 5.2a 90 % vs "above 90 %"',
      template: 'KH',
      data: { '2.2': { ke_hoach: 35 }, '2.3': { ke_hoach: '20%' }, '5.2a': { ke_hoach: 90 } },
      findings: [
        { messageId: 'target/less-ambitious', cell: 'E11' },
        { messageId: 'target/less-ambitious', cell: 'E12' },
        { messageId: 'target/less-ambitious', cell: 'E25' },
      ],
    },
  ],
});

describe('target/less-ambitious wording', () => {
  it('says "thấp hơn" for a higher-is-better indicator and "cao hơn" for a lower-is-better one', () => {
    const [a] = runRule(targetLessAmbitious, { name: 'x', template: 'CLQG', data: { '5.4a': { dia_phuong: 10 } } });
    expect(formatMessage(a!.messageId, a!.data)).toBe(
      'Chỉ tiêu địa phương 10 % thấp hơn chỉ tiêu quốc gia từ 50 % trở lên (năm 2025) của chỉ tiêu 5.4a. Nếu đây là quyết định của địa phương, hãy ghi giải trình.',
    );
    expect(a!.indicatorId).toBe('5.4a');
    const [b] = runRule(targetLessAmbitious, { name: 'x', template: 'KH', data: { '2.2': { ke_hoach: 35 } } });
    expect(formatMessage(b!.messageId, b!.data)).toContain('35 % cao hơn chỉ tiêu quốc gia dưới 30 %');
  });
});
