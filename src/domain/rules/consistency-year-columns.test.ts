import type { SheetSnapshot } from '../sheet/workbook';
import { ruleTester } from '../../../test/support/rule-tester';
import { consistencyYearColumns, headerYear } from './consistency-year-columns';

/** Writes a header cell (1-based row, column letter). */
const put = (s: SheetSnapshot, row: number, col: string, v: string | number) => {
  (s.cells[row - 1] ??= [])[col.charCodeAt(0) - 65] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
};

ruleTester(consistencyYearColumns, {
  valid: [
    { name: 'PL-III as inserted: Năm 2018 … Năm 2024', template: 'PL-III' },
    {
      name: 'KP seed 000: Năm 2021 … Năm 2024',
      template: 'KP',
      settings: { period: { from: '2021-01-01', to: '2024-07-30' } },
    },
    {
      name: 'KP: headers retyped as plain years and in capitals',
      template: 'KP',
      patch: (s) => (put(s, 7, 'C', 2021), put(s, 7, 'D', 'NĂM 2022')),
    },
    { name: 'a cleared header cell is not a year out of order', template: 'KP', patch: (s) => put(s, 7, 'D', '') },
  ],
  invalid: [
    {
      name: 'PL-III: 2019 and 2020 swapped',
      template: 'PL-III',
      patch: (s) => (put(s, 9, 'D', 'Năm 2020'), put(s, 9, 'E', 'Năm 2019')),
      findings: [{ messageId: 'consistency/year-columns', cell: 'D9', severity: 'error' }],
    },
    {
      name: 'KP: a year missing (2021, 2023, 2024, 2025)',
      template: 'KP',
      patch: (s) => (put(s, 7, 'D', 'Năm 2023'), put(s, 7, 'E', 'Năm 2024'), put(s, 7, 'F', 'Năm 2025')),
      findings: [{ messageId: 'consistency/year-columns', cell: 'D7' }],
    },
    {
      name: 'KP: the same year twice',
      template: 'KP',
      patch: (s) => put(s, 7, 'F', 'Năm 2023'),
      findings: [{ messageId: 'consistency/year-columns', cell: 'F7' }],
    },
  ],
});

describe('headerYear', () => {
  it('reads year labels', () => {
    expect(headerYear({ t: 's', v: 'Năm 2018' })).toBe(2018);
    expect(headerYear({ t: 's', v: ' năm  2019 ' })).toBe(2019);
    expect(headerYear({ t: 'n', v: 2020 })).toBe(2020);
    expect(headerYear({ t: 's', v: 'Nhu cầu kinh phí năm 2025' })).toBeUndefined();
    expect(headerYear(undefined)).toBeUndefined();
  });
});
