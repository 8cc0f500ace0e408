import { ruleTester } from '../../../test/support/rule-tester';
import { documentOutsidePeriod } from './document-outside-period';
import { doc, rows, SEED_000 } from './lib/vb-fixtures';

const period = { from: '2021-01-01', to: '2024-07-30' };

ruleTester(documentOutsidePeriod, {
  valid: [
    {
      name: 'seed 000 rows inside 01/01/2021–30/07/2024',
      template: 'VB',
      settings: { period },
      data: rows(...Object.values(SEED_000)),
    },
    {
      name: 'the first and the last day of the period',
      template: 'VB',
      settings: { period },
      data: rows(
        doc(1, 'UBND', 'Kế hoạch', '1/KH-UBND', '2021-01-01'),
        doc(2, 'UBND', 'Báo cáo', '2/BC-UBND', '2024-07-30'),
      ),
    },
    {
      name: 'no report period in the settings',
      template: 'VB',
      data: rows(doc(1, 'UBND', 'Kế hoạch', '1/KH-UBND', '2019-05-01')),
    },
    {
      name: 'a date written as text inside the period',
      template: 'VB',
      settings: { period },
      data: rows({ ...doc(1, 'UBND', 'Kế hoạch', '1/KH-UBND', '2021-01-01'), ngay: '26/7/2021' }),
    },
  ],
  invalid: [
    {
      name: 'one day after the period',
      template: 'VB',
      settings: { period },
      data: rows(doc(1, 'UBND', 'Báo cáo', '2/BC-UBND', '2024-07-31')),
      findings: [{ messageId: 'document/outside-period', cell: 'F7', severity: 'warning' }],
    },
    {
      name: 'before the period (as text) and after it',
      template: 'VB',
      settings: { period },
      data: rows(
        { ...doc(1, 'UBND', 'Kế hoạch', '1/KH-UBND', '2021-01-01'), ngay: '15/12/2020' },
        SEED_000.r30,
        doc(3, 'UBND', 'Kế hoạch', '3/KH-UBND', '2024-08-13'),
      ),
      findings: [
        { messageId: 'document/outside-period', cell: 'F7' },
        { messageId: 'document/outside-period', cell: 'F9' },
      ],
    },
  ],
});
