import { formatMessage } from '../messages';
import { runRule, ruleTester, type RuleCase } from '../../../test/support/rule-tester';
import { typeDate } from './type-date';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

/** One VB document whose date cell (F7) holds `ngay`, as the officer typed it. */
const dated = (ngay: string | number | null) =>
  rows({ ...doc(1, 'UBND thành phố', 'Kế hoạch', '91/KH-UBND', '2021-05-10'), ngay });

ruleTester(typeDate, {
  valid: [
    { name: 'seed 000 rows: real Excel dates', template: 'VB', data: rows(...Object.values(SEED_000)) },
    { name: 'clean documents of every kind', template: 'VB', data: rows(...CLEAN) },
    {
      name: 'a real date cell put in place',
      template: 'VB',
      data: dated(null),
      raw: { '1.ngay': { t: 'd', v: '2024-08-15' } },
    },
    {
      name: 'a date Excel holds as its serial number (45519 = 15/08/2024, no date format)',
      template: 'VB',
      data: dated(null),
      raw: { '1.ngay': { t: 'n', v: 45519 } },
    },
    { name: 'an empty date (presence reports it)', template: 'VB', data: dated(null) },
    { name: 'a blank text date is empty', template: 'VB', data: dated('   ') },
    { name: '"-": not applicable', template: 'VB', data: dated('-') },
    {
      name: 'dates typed as text outside date columns are not read here (ghi_chu is text)',
      template: 'VB',
      data: rows({ ...doc(1, 'UBND', 'Kế hoạch', '1/KH-UBND', '2021-01-01'), ghi_chu: '15/8/2024' }),
    },
    { name: 'an annex without date columns', template: 'PL-II', data: { '1': { dia_phuong: 'TP Cao Bằng' } } },
  ],
  invalid: [
    {
      name: 'a date typed "15/8/2024" is read: info, not an error',
      template: 'VB',
      data: dated('15/8/2024'),
      findings: [{ messageId: 'type/date-as-text', cell: 'F7', severity: 'info' }],
    },
    {
      name: 'other text dates: "26-07-2021", "2022-02-28", "13.4.2022", "ngày 13/6/2022"',
      template: 'VB',
      data: rows(
        { ...SEED_000.r13, ngay: '26-07-2021' },
        { ...SEED_000.r21, ngay: '2022-02-28' },
        { ...SEED_000.r30, ngay: '13.4.2022' },
        { ...SEED_000.r33, ngay: 'ngày 13/6/2022' },
        SEED_000.r47,
      ),
      findings: [
        { messageId: 'type/date-as-text', cell: 'F7', severity: 'info' },
        { messageId: 'type/date-as-text', cell: 'F8', severity: 'info' },
        { messageId: 'type/date-as-text', cell: 'F9', severity: 'info' },
        { messageId: 'type/date-as-text', cell: 'F10', severity: 'info' },
      ],
    },
    {
      name: '"31/2/2024" does not exist',
      template: 'VB',
      data: dated('31/2/2024'),
      findings: [{ messageId: 'type/invalid-date', cell: 'F7', severity: 'error' }],
    },
    {
      name: 'other impossible dates: "29/2/2023", "13/13/2024", "2024-04-31"',
      template: 'VB',
      data: rows(
        { ...CLEAN[0]!, ngay: '29/2/2023' },
        { ...CLEAN[1]!, ngay: '13/13/2024' },
        { ...CLEAN[2]!, ngay: '2024-04-31' },
      ),
      findings: [
        { messageId: 'type/invalid-date', cell: 'F7', severity: 'error' },
        { messageId: 'type/invalid-date', cell: 'F8', severity: 'error' },
        { messageId: 'type/invalid-date', cell: 'F9', severity: 'error' },
      ],
    },
    {
      name: '"abc" is not a date',
      template: 'VB',
      data: dated('abc'),
      findings: [{ messageId: 'type/invalid-date', cell: 'F7', severity: 'error' }],
    },
    {
      name: 'malformed: a two-digit year "15/8/24", no year "15/8", words "tháng 8/2024"',
      template: 'VB',
      data: rows(
        { ...CLEAN[0]!, ngay: '15/8/24' },
        { ...CLEAN[1]!, ngay: '15/8' },
        { ...CLEAN[2]!, ngay: 'tháng 8/2024' },
      ),
      findings: [
        { messageId: 'type/invalid-date', cell: 'F7' },
        { messageId: 'type/invalid-date', cell: 'F8' },
        { messageId: 'type/invalid-date', cell: 'F9' },
      ],
    },
    {
      name: 'a number such as 45 in a date column is no date (not an Excel date serial)',
      template: 'VB',
      data: dated(null),
      raw: { '1.ngay': { t: 'n', v: 45 } },
      findings: [{ messageId: 'type/invalid-date', cell: 'F7', severity: 'error' }],
    },
    {
      name: 'the good and the bad in one register: only the text dates are reported',
      template: 'VB',
      data: rows(SEED_000.r13, { ...SEED_000.r21, ngay: '28/2/2022' }, SEED_000.r25, {
        ...SEED_000.r30,
        ngay: '31/4/2022',
      }),
      findings: [
        { messageId: 'type/date-as-text', cell: 'F8', severity: 'info' },
        { messageId: 'type/invalid-date', cell: 'F10', severity: 'error' },
      ],
    },
  ],
});

/** The one finding of a case: its data and the sentence the officer reads. */
function only(c: Omit<RuleCase, 'name'>) {
  const got = runRule(typeDate, { name: '', ...c });
  expect(got).toHaveLength(1);
  const d = got[0]!;
  return { data: d.data, value: d.value, expected: d.expected, message: formatMessage(d.messageId, d.data) };
}

describe('type/date says what was read and why a date is wrong', () => {
  it('a text date: the day read, in dd/mm/yyyy', () => {
    const f = only({ template: 'VB', data: dated('15/8/2024') });
    expect(f.data).toEqual({ found: '15/8/2024', suggestion: '15/08/2024' });
    expect(f.expected).toBe('15/08/2024');
    expect(f.message).toBe('Ngày được gõ dạng chữ "15/8/2024" (đọc là 15/08/2024). Nên nhập dạng ngày của Excel.');
  });

  it('an impossible date says the day does not exist; a malformed one does not', () => {
    const impossible = only({ template: 'VB', data: dated('31/2/2024') });
    expect(impossible.data).toEqual({ found: '31/2/2024', reason: 'impossible' });
    expect(impossible.message).toBe(
      '"31/2/2024" không phải ngày hợp lệ (ngày không tồn tại). Ghi theo dạng ngày/tháng/năm, ví dụ 26/07/2021.',
    );
    const malformed = only({ template: 'VB', data: dated('abc') });
    expect(malformed.data).toEqual({ found: 'abc', reason: 'malformed' });
    expect(malformed.message).toBe('"abc" không phải ngày hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 26/07/2021.');
    const number = only({ template: 'VB', data: dated(null), raw: { '1.ngay': { t: 'n', v: 45 } } });
    expect(number.data).toEqual({ found: '45', reason: 'malformed' });
    expect(number.value).toBe('45');
  });
});
