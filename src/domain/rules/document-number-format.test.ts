import { ruleTester } from '../../../test/support/rule-tester';
import { documentNumberFormat } from './document-number-format';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

ruleTester(documentNumberFormat, {
  valid: [
    {
      name: 'seed 000 rows (prefixes and stray spaces are cleanups, not format errors)',
      template: 'VB',
      data: rows(...Object.values(SEED_000)),
    },
    {
      name: 'state and party styles',
      template: 'VB',
      data: rows(...CLEAN, doc(9, 'Thành ủy', 'Kế hoạch', '167-KH/TU', '2022-05-05')),
    },
    {
      name: 'an empty number is a gap for presence/required',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Kế hoạch', '', '2022-01-01')),
    },
  ],
  invalid: [
    {
      name: 'number only, typed as a number',
      template: 'VB',
      data: rows(doc(1, 'UBND thành phố', 'Công văn', '', '2022-04-13')),
      raw: { '1.so_ky_hieu': { t: 'n', v: 595 } },
      findings: [{ messageId: 'document/number-format', cell: 'E7', severity: 'error' }],
    },
    {
      name: 'no register number; Excel turned "12/3" into a date; words instead of a number',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'Công văn', 'UBND-LĐTBXH', '2022-01-01'),
        doc(2, 'UBND', 'Kế hoạch', '', '2022-03-12'),
        doc(3, 'UBND', 'Kế hoạch', 'Kế hoạch số 12 của UBND', '2022-03-12'),
      ),
      raw: { '2.so_ky_hieu': { t: 'd', v: '2022-03-12' } },
      findings: [
        { messageId: 'document/number-format', cell: 'E7' },
        { messageId: 'document/number-format', cell: 'E8' },
        { messageId: 'document/number-format', cell: 'E9' },
      ],
    },
  ],
});
