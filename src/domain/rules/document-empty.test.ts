import { ruleTester } from '../../../test/support/rule-tester';
import { documentEmpty } from './document-empty';
import { doc, rows } from './lib/vb-fixtures';

ruleTester(documentEmpty, {
  valid: [
    {
      name: 'one document',
      template: 'VB',
      data: rows(doc(1, 'UBND thành phố', 'Kế hoạch', '91/KH-UBND', '2022-01-01')),
    },
    {
      name: 'a row with only a note is still a row (presence reports its gaps)',
      template: 'VB',
      data: { '1': { ghi_chu: 'Đang cập nhật' } },
    },
  ],
  invalid: [
    {
      name: 'VB as inserted: no document',
      template: 'VB',
      findings: [{ messageId: 'document/empty', cell: '', severity: 'warning' }],
    },
    {
      name: 'VB with 20 empty rows',
      template: 'VB',
      data: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), {}])),
      findings: [{ messageId: 'document/empty', cell: '' }],
    },
  ],
});
