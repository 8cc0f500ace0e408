import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { documentDuplicateNumber } from './document-duplicate-number';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

ruleTester(documentDuplicateNumber, {
  valid: [
    {
      name: 'seed 000 rows 47–48: 638/UBND-LĐTBXH in 2023 and in 2024 (numbering restarts each year)',
      template: 'VB',
      data: rows(SEED_000.r47, SEED_000.r48),
    },
    { name: 'clean list', template: 'VB', data: rows(...CLEAN) },
    {
      name: 'the same number from two issuers',
      template: 'VB',
      data: rows(
        doc(1, 'UBND thành phố', 'Kế hoạch', '20/KH-UBND', '2022-01-05'),
        doc(2, 'Hội LHPN thành phố', 'Kế hoạch', '20/KH-BTV', '2022-01-06'),
        doc(3, 'UBND xã Dương Quang', 'Kế hoạch', '20/KH-UBND', '2022-02-01'),
      ),
    },
    {
      name: 'no date: the year is unknown',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Công văn', '595/UBND-LĐTBXH', '2022-04-13'), {
        ...doc(2, 'UBND', 'Công văn', '595/UBND-VHTT', '2022-06-13'),
        ngay: null,
      }),
    },
  ],
  invalid: [
    {
      name: 'the same document listed twice (seed 000 row 13 copied with its stray space): a duplicate row, a warning',
      template: 'VB',
      data: rows(SEED_000.r13, doc(2, 'UBND thành phố', 'Kế hoạch', '159/KH-UBND', '2021-07-26')),
      findings: [{ messageId: 'document/listed-twice', cell: 'E8', severity: 'warning' }],
    },
    {
      name: 'Party and State numbering apart: 49-KH/TU and 49/KH-TU are no reuse; 49-KH/TU twice in 2022 is',
      template: 'VB',
      data: rows(
        doc(1, '', 'Kế hoạch', '49-KH/TU', '2022-03-01'),
        doc(2, '', 'Kế hoạch', '49/KH-TU', '2022-05-01'),
        doc(3, '', 'Kế hoạch', '49-KH/TU', '2022-09-01'),
      ),
      findings: [{ messageId: 'document/duplicate-number', cell: 'E9', severity: 'error' }],
    },
    {
      name: 'seed 000 rows 30 and 33: 595/UBND-LĐTBXH (13/4/2022) and 595/UBND-VHTT (13/6/2022), both UBND thành phố',
      template: 'VB',
      data: rows(SEED_000.r13, SEED_000.r30, SEED_000.r47, SEED_000.r33),
      findings: [{ messageId: 'document/duplicate-number', cell: 'E10', severity: 'error' }],
    },
    {
      name: 'seed 000 rows 21 and 26: "Số: 119/KH-BTV," twice in 2022; a Kế hoạch and a Công văn sharing UBND\'s 20',
      template: 'VB',
      data: rows(
        SEED_000.r21,
        doc(2, 'Hội LHPN thành phố', 'Kế hoạch', 'Số: 119/KH-BTV,', '2022-03-21'),
        doc(3, 'UBND thành phố', 'Kế hoạch', '20/KH-UBND', '2022-01-05'),
        doc(4, 'UBND thành phố', 'Công văn', '20/UBND-VP', '2022-08-01'),
      ),
      findings: [
        { messageId: 'document/duplicate-number', cell: 'E8' },
        { messageId: 'document/duplicate-number', cell: 'E10' },
      ],
    },
  ],
});

describe('document/duplicate-number wording', () => {
  it('a duplicate row says so and asks to delete one', () => {
    const [d] = runRule(documentDuplicateNumber, {
      name: 'x',
      template: 'VB',
      data: rows(SEED_000.r13, SEED_000.r13),
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Văn bản số 159 ngày 26/07/2021 của UBND thành phố đã có ở dòng 7: cùng một văn bản được liệt kê hai lần. Hãy xóa một dòng.',
    );
  });
  it('names the first use', () => {
    const [d] = runRule(documentDuplicateNumber, { name: 'x', template: 'VB', data: rows(SEED_000.r30, SEED_000.r33) });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Số 595 của UBND thành phố đã dùng trong năm 2022 ở dòng 7 (13/04/2022): một số chỉ cấp một lần trong năm. Đối chiếu văn bản gốc và sửa số của một trong hai dòng.',
    );
  });
});
