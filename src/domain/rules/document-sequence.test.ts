import { ruleTester } from '../../../test/support/rule-tester';
import { documentSequence } from './document-sequence';
import { CLEAN, doc, rows } from './lib/vb-fixtures';

const d = (tt: number | string | null) => doc(tt, 'UBND', 'Kế hoạch', '1/KH-UBND', '2022-01-01');

ruleTester(documentSequence, {
  valid: [
    { name: '1 … 8', template: 'VB', data: rows(...CLEAN) },
    { name: '"1.", "2." written as text', template: 'VB', data: rows(d('1.'), d('2.'), d(3)) },
    { name: 'no TT at all', template: 'VB', data: rows(d(null), d(null)) },
    { name: 'empty VB', template: 'VB' },
  ],
  invalid: [
    {
      name: '1, 2, 4',
      template: 'VB',
      data: rows(d(1), d(2), d(4)),
      findings: [{ messageId: 'document/sequence', cell: 'A9', severity: 'warning' }],
    },
    {
      name: '1, 3, 2: only the first break',
      template: 'VB',
      data: rows(d(1), d(3), d(2)),
      findings: [{ messageId: 'document/sequence', cell: 'A8' }],
    },
    {
      name: 'an empty TT in the middle',
      template: 'VB',
      data: rows(d(1), d(null), d(3)),
      findings: [{ messageId: 'document/sequence', cell: 'A8' }],
    },
    {
      name: 'starting at 9 (a row copied from a longer list)',
      template: 'VB',
      data: rows(d(9), d(10)),
      findings: [{ messageId: 'document/sequence', cell: 'A7' }],
    },
  ],
});
