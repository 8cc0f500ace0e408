import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { structureDuplicateAnnex } from './structure-duplicate-annex';

ruleTester(structureDuplicateAnnex, {
  valid: [
    { name: 'one annex', template: 'PL-II' },
    {
      name: 'different templates (PL-III and KP are both budgets, but not the same annex)',
      template: 'PL-III',
      others: [{ template: 'KP' }, { template: 'VB' }],
    },
  ],
  invalid: [
    {
      name: 'PL-II twice',
      template: 'PL-II',
      others: [{ template: 'PL-II', name: 'PL-II (2)' }],
      findings: [{ messageId: 'structure/duplicate-annex', cell: '', severity: 'warning' }],
    },
    {
      name: 'VB three times and CLQG twice: one finding per template',
      template: 'VB',
      others: [
        { template: 'CLQG' },
        { template: 'VB', name: 'VB (2)' },
        { template: 'CLQG', name: 'CLQG cu' },
        { template: 'VB', name: 'VB (3)' },
      ],
      findings: [
        { messageId: 'structure/duplicate-annex', cell: '' },
        { messageId: 'structure/duplicate-annex', cell: '' },
      ],
    },
  ],
});

describe('structure/duplicate-annex details', () => {
  it('names every sheet and places the finding on the second copy', () => {
    const [d] = runRule(structureDuplicateAnnex, {
      name: 'x',
      template: 'PL-II',
      others: [{ template: 'PL-II', name: 'PL-II (2)' }],
    });
    expect(d!.data).toMatchObject({
      sheet: 'PL-II (2)',
      template: 'PL-II',
      count: 2,
      sheets: '"PL-II Đề án 1898", "PL-II (2)"',
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Phụ lục II xuất hiện 2 lần (các trang tính: "PL-II Đề án 1898", "PL-II (2)"). Chỉ giữ và gửi một bản.',
    );
  });
});
