import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { targetSubMeasureLower } from './target-sub-measure-lower';

ruleTester(targetSubMeasureLower, {
  valid: [
    {
      name: 'KH 6.3 "04 tin, bài/quý" (the national minimum)',
      template: 'KH',
      data: { '6.3': { ke_hoach: '04 tin, bài/quý', nam_y: '05 tin/quý' } },
    },
    {
      name: "KH 6.3 as the indicator's own % (100)",
      template: 'KH',
      data: { '6.3': { ke_hoach: 100, nam_y: '100%' } },
    },
    {
      name: 'the baseline is a fact, not a target',
      template: 'KH',
      data: { '6.3': { co_so: '02 tin/quý', ke_hoach: '04 tin/quý' } },
    },
    { name: 'indicators without a sub-measure', template: 'KH', data: { '6.2': { ke_hoach: '03 tin/quý' } } },
  ],
  invalid: [
    {
      name: 'seed 004 6.3: "03tin/quý" in the period and the year columns',
      template: 'KH',
      data: { '6.3': { ke_hoach: '03tin/quý', nam_y: '03tin/quý' } },
      findings: [
        { messageId: 'target/sub-measure-lower', cell: 'E33', severity: 'warning' },
        { messageId: 'target/sub-measure-lower', cell: 'F33', severity: 'warning' },
      ],
    },
    {
      name: 'KH 6.3 "2 tin, bài/quý" for the year',
      template: 'KH',
      data: { '6.3': { ke_hoach: 100, nam_y: '2 tin, bài/quý' } },
      findings: [{ messageId: 'target/sub-measure-lower', cell: 'F33' }],
    },
  ],
});

describe('target/sub-measure-lower wording', () => {
  it('names the sub-measure and both counts', () => {
    const [d] = runRule(targetSubMeasureLower, {
      name: 'x',
      template: 'KH',
      data: { '6.3': { ke_hoach: '03tin/quý' } },
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Số tin, bài về bình đẳng giới mỗi quý trên hệ thống thông tin cơ sở: 3 tin, bài/quý thấp hơn mức quốc gia 4 tin, bài/quý (chỉ tiêu 6.3). Nếu đây là quyết định của địa phương, hãy ghi giải trình.',
    );
  });
});
