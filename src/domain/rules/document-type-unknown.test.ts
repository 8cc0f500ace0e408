import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { documentTypeUnknown } from './document-type-unknown';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

ruleTester(documentTypeUnknown, {
  valid: [
    { name: 'seed 000 rows', template: 'VB', data: rows(...Object.values(SEED_000)) },
    {
      name: 'every listed type',
      template: 'VB',
      data: rows(
        ...CLEAN,
        doc(9, 'UBND', 'Chương trình', '3/CTr-UBND', '2022-01-01'),
        doc(10, 'UBND', 'Đề án', '2/ĐA-UBND', '2022-01-01'),
      ),
    },
    {
      name: 'case, spacing and missing diacritics are normalised: "kế  hoạch", "KE HOACH", "Cong van"',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'kế  hoạch', '1/KH-UBND', '2022-01-01'),
        doc(2, 'UBND', 'KE HOACH', '2/KH-UBND', '2022-01-01'),
        doc(3, 'UBND', 'Cong van', '3/UBND-VP', '2022-01-01'),
      ),
    },
    {
      name: 'decomposed (NFD) text pasted from a PDF',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Quyết định'.normalize('NFD'), '1/QĐ-UBND', '2022-01-01')),
    },
    {
      name: 'an empty type is a gap for presence/required',
      template: 'VB',
      data: rows(doc(1, 'UBND', '', '1/KH-UBND', '2022-01-01')),
    },
  ],
  invalid: [
    {
      name: '"Văn bản" is not a type',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Văn bản', '1/KH-UBND', '2022-01-01')),
      findings: [{ messageId: 'document/type-unknown', cell: 'D7', severity: 'error' }],
    },
    {
      name: 'an abbreviation typed as the type ("KH") and a typo ("Kế hoặch")',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'KH', '1/KH-UBND', '2022-01-01'),
        doc(2, 'UBND', 'Kế hoạch', '2/KH-UBND', '2022-01-01'),
        doc(3, 'UBND', 'Kế hoặch x', '3/KH-UBND', '2022-01-01'),
      ),
      findings: [
        { messageId: 'document/type-unknown', cell: 'D7' },
        { messageId: 'document/type-unknown', cell: 'D9' },
      ],
    },
  ],
});

describe('document/type-unknown suggestion', () => {
  it('suggests the type an abbreviation stands for', () => {
    const [d] = runRule(documentTypeUnknown, {
      name: 'x',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'QĐ', '1/QĐ-UBND', '2022-01-01')),
    });
    expect(d!.expected).toBe('Quyết định');
    expect(formatMessage(d!.messageId, d!.data)).toMatch(
      /^Loại văn bản "QĐ" không có trong danh mục — có phải "Quyết định"\? \(Kế hoạch, Quyết định, /,
    );
  });
});
