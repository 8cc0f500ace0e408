import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { documentNumberCleanup } from './document-number-cleanup';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

ruleTester(documentNumberCleanup, {
  valid: [
    { name: 'clean numbers of every kind', template: 'VB', data: rows(...CLEAN) },
    {
      name: 'seed 000 Công văn rows',
      template: 'VB',
      data: rows(SEED_000.r30, SEED_000.r33, SEED_000.r47, SEED_000.r48),
    },
    {
      name: 'an unreadable number is for document/number-format',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Công văn', 'Số: 595', '2022-01-01')),
    },
  ],
  invalid: [
    {
      name: 'seed 000: "159/KH- UBND", "Số: 119/KH-BTV,", "Số:03/HD-BTV"',
      template: 'VB',
      data: rows(SEED_000.r13, SEED_000.r21, SEED_000.r25),
      findings: [
        { messageId: 'document/number-cleanup', cell: 'E7', severity: 'warning' },
        { messageId: 'document/number-cleanup', cell: 'E8', severity: 'warning' },
        { messageId: 'document/number-cleanup', cell: 'E9', severity: 'warning' },
      ],
    },
    {
      name: 'an en dash and a trailing dot: "91/KH – UBND."',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Kế hoạch', '91/KH – UBND.', '2022-01-01')),
      findings: [{ messageId: 'document/number-cleanup', cell: 'E7' }],
    },
  ],
});

describe('document/number-cleanup wording', () => {
  it('gives the cleaned value as expected and says what was extra', () => {
    const [a, b] = runRule(documentNumberCleanup, {
      name: 'x',
      template: 'VB',
      data: rows(SEED_000.r21, SEED_000.r13),
    });
    expect(a!.expected).toBe('119/KH-BTV');
    expect(formatMessage(a!.messageId, a!.data)).toBe(
      'Số ký hiệu "Số: 119/KH-BTV," có chữ "Số:" ở đầu, dấu câu thừa ở cuối: nên ghi "119/KH-BTV".',
    );
    expect(b!.expected).toBe('159/KH-UBND');
    expect(formatMessage(b!.messageId, b!.data)).toBe(
      'Số ký hiệu "159/KH- UBND" có dấu cách thừa: nên ghi "159/KH-UBND".',
    );
  });
});
