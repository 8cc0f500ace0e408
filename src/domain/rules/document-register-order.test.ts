import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { documentRegisterOrder, risingRun } from './document-register-order';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

const UB = 'UBND thành phố';

ruleTester(documentRegisterOrder, {
  valid: [
    { name: 'seed 000 rows 13, 21, 25, 30, 33, 47, 48', template: 'VB', data: rows(...Object.values(SEED_000)) },
    { name: 'clean list of every kind', template: 'VB', data: rows(...CLEAN) },
    {
      name: 'numbering restarts each year: 250/KH-UBND in December 2022, 3/KH-UBND in January 2023',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '250/KH-UBND', '2022-12-20'),
        doc(2, UB, 'Kế hoạch', '3/KH-UBND', '2023-01-09'),
      ),
    },
    {
      name: 'Party and State numbering are separate registers: 167-KH/TU (March) and 49/KH-TU (May)',
      template: 'VB',
      data: rows(doc(1, '', 'Kế hoạch', '167-KH/TU', '2022-03-01'), doc(2, '', 'Kế hoạch', '49/KH-TU', '2022-05-01')),
    },
    {
      name: 'Thành ủy "167-KH/TU" and UBND "49/KH-UBND" the same spring',
      template: 'VB',
      data: rows(
        doc(1, 'Thành ủy', 'Kế hoạch', '167-KH/TU', '2022-03-01'),
        doc(2, UB, 'Kế hoạch', '49/KH-UBND', '2022-04-01'),
      ),
    },
    {
      name: 'each document type has its own register: Kế hoạch 100 in March, Quyết định 20 in April',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '100/KH-UBND', '2022-03-02'),
        doc(2, UB, 'Quyết định', '20/QĐ-UBND', '2022-04-05'),
      ),
    },
    {
      name: 'other issuers: UBND xã A 30/KH-UBND (February), UBND xã B 10/KH-UBND (March)',
      template: 'VB',
      data: rows(
        doc(1, 'UBND xã Dương Quang', 'Kế hoạch', '30/KH-UBND', '2022-02-10'),
        doc(2, 'UBND xã Nông Thượng', 'Kế hoạch', '10/KH-UBND', '2022-03-10'),
      ),
    },
    {
      name: 'the list need not be in date order, nor same-day numbers: 60 (April) above 50 (March); 12 and 11 on one day',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '60/KH-UBND', '2022-04-01'),
        doc(2, UB, 'Kế hoạch', '50/KH-UBND', '2022-03-01'),
        doc(3, UB, 'Kế hoạch', '12/KH-UBND', '2022-01-05'),
        doc(4, UB, 'Kế hoạch', '11/KH-UBND', '2022-01-05'),
      ),
    },
    {
      name: 'the same document listed twice (same number, same date) is a duplicate row, not a register conflict',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '159/KH-UBND', '2021-07-26'),
        doc(2, UB, 'Kế hoạch', '160/KH-UBND', '2021-08-02'),
        doc(3, UB, 'Kế hoạch', '159/KH- UBND', '2021-07-26'),
      ),
    },
    {
      name: 'a number used twice on different dates is document/duplicate-number’s (seed 000: 595 twice in 2022)',
      template: 'VB',
      data: rows(SEED_000.r30, SEED_000.r33),
    },
  ],
  invalid: [
    {
      name: 'numbers and dates disagree throughout (dates typed month-first?): one finding for the register, not one per row',
      template: 'VB',
      data: rows(
        ...Array.from({ length: 14 }, (_, i) =>
          doc(
            i + 1,
            UB,
            'Kế hoạch',
            `${10 + i}/KH-UBND`,
            `2023-${String(12 - (i % 12)).padStart(2, '0')}-0${1 + (i % 7)}`,
          ),
        ),
      ),
      findings: [{ messageId: 'document/register-disorder', cell: 'E7', severity: 'warning' }],
    },
    {
      name: 'seed 000: Hội LHPN thành phố 106/KH-BTV (3/6/2021), then "Số 01/KH - BTV" (30/9/2021) — the Ban Thường vụ signs for the Hội: one register',
      template: 'VB',
      data: rows(
        doc(1, 'Hội LHPN thành phố', 'Kế hoạch', '104/ KH - BTV', '2021-04-29'),
        doc(2, 'Hội LHPN thành phố', 'Kế hoạch', '106/ KH - BTV', '2021-06-03'),
        doc(3, 'Ban Thường vụ Hội LHPN thành phố', 'Kế hoạch', '107/KH- BTV', '2021-06-03'),
        doc(4, 'Hội LHPN thành phố', 'Kế hoạch', 'Số 01/KH - BTV', '2021-09-30'),
      ),
      findings: [{ messageId: 'document/register-order', cell: 'E10', severity: 'warning' }],
    },
    {
      name: 'a later date with a lower number: 120/KH-UBND on 10/5/2022, then 98/KH-UBND on 1/7/2022',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '120/KH-UBND', '2022-05-10'),
        doc(2, UB, 'Kế hoạch', '98/KH-UBND', '2022-07-01'),
      ),
      findings: [{ messageId: 'document/register-order', cell: 'E8', severity: 'warning' }],
    },
    {
      name: 'one mistyped number is one warning: 10 (January), 1000 (February), 20 (March), 30 (April)',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '10/KH-UBND', '2022-01-10'),
        doc(2, UB, 'Kế hoạch', '1000/KH-UBND', '2022-02-10'),
        doc(3, UB, 'Kế hoạch', '20/KH-UBND', '2022-03-10'),
        doc(4, UB, 'Kế hoạch', '30/KH-UBND', '2022-04-10'),
      ),
      findings: [{ messageId: 'document/register-order', cell: 'E8' }],
    },
    {
      name: 'Party register of the Thành ủy: 167-KH/TU on 1/6/2022, 150-KH/TU on 1/8/2022',
      template: 'VB',
      data: rows(
        doc(1, 'Thành ủy', 'Kế hoạch', '167-KH/TU', '2022-06-01'),
        doc(2, 'Thành ủy', 'Kế hoạch', '150-KH/TU', '2022-08-01'),
      ),
      findings: [{ messageId: 'document/register-order', cell: 'E8' }],
    },
    {
      name: 'Công văn register (no type abbreviation): 595/UBND-LĐTBXH on 13/4/2022, 580/UBND-VHTT on 20/5/2022',
      template: 'VB',
      data: rows(SEED_000.r30, doc(2, UB, 'Công văn', '580/UBND-VHTT', '2022-05-20')),
      findings: [{ messageId: 'document/register-order', cell: 'E8' }],
    },
    {
      name: 'type read from the number when "Loại" is empty: 40/QĐ-UBND (March) after 45/QĐ-UBND (February)',
      template: 'VB',
      data: rows(doc(1, UB, '', '45/QĐ-UBND', '2023-02-01'), doc(2, UB, '', '40/QĐ-UBND', '2023-03-01')),
      findings: [{ messageId: 'document/register-order', cell: 'E8' }],
    },
  ],
});

describe('document/register-order wording', () => {
  it('the register summary counts the rows and names the first ones', () => {
    const [d] = runRule(documentRegisterOrder, {
      name: 'x',
      template: 'VB',
      data: rows(
        ...Array.from({ length: 13 }, (_, i) =>
          doc(i + 1, UB, 'Công văn', `${100 - i}/UBND-VP`, `2023-0${1 + (i % 9)}-15`),
        ),
      ),
    });
    expect(formatMessage(d!.messageId, d!.data)).toMatch(
      /^Trong sổ Công văn năm 2023 của UBND thành phố, 1[0-9]\/13 văn bản có số không tăng theo ngày ban hành \(các dòng 8, 9, /,
    );
  });
  it('names both rows, their numbers and dates, and the register', () => {
    const [d] = runRule(documentRegisterOrder, {
      name: 'x',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '120/KH-UBND', '2022-05-10'),
        doc(2, UB, 'Kế hoạch', '98/KH-UBND', '2022-07-01'),
      ),
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Số 98 (ngày 01/07/2022) nhỏ hơn số 120 cấp trước đó (ngày 10/05/2022, dòng 7) trong sổ Kế hoạch năm 2022 của UBND thành phố: số văn bản tăng dần theo ngày ban hành. Kiểm tra lại số hoặc ngày của một trong hai dòng.',
    );
  });
  it('says "lớn hơn … cấp sau đó" for the mistyped high number', () => {
    const [d] = runRule(documentRegisterOrder, {
      name: 'x',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '10/KH-UBND', '2022-01-10'),
        doc(2, UB, 'Kế hoạch', '1000/KH-UBND', '2022-02-10'),
        doc(3, UB, 'Kế hoạch', '20/KH-UBND', '2022-03-10'),
        doc(4, UB, 'Kế hoạch', '30/KH-UBND', '2022-04-10'),
      ),
    });
    expect(formatMessage(d!.messageId, d!.data)).toContain(
      'Số 1000 (ngày 10/02/2022) lớn hơn số 20 cấp sau đó (ngày 10/03/2022, dòng 9)',
    );
  });
});

describe('risingRun', () => {
  const entries = (numbers: number[]) =>
    numbers.map((number) => ({ number }) as Parameters<typeof risingRun>[0][number]);
  it('keeps a longest rising run, the earliest rows when there is a choice', () => {
    expect([...risingRun(entries([10, 1000, 20, 30]))]).toEqual([0, 2, 3]);
    expect([...risingRun(entries([5, 3]))]).toEqual([0]);
    expect([...risingRun(entries([1, 2, 3]))]).toEqual([0, 1, 2]);
    expect([...risingRun(entries([]))]).toEqual([]);
  });
  it('is not quadratic: 200.000 rows, no call-stack limit, in seconds at most', () => {
    const n = 200_000;
    const t = Date.now();
    const keep = risingRun(entries(Array.from({ length: n }, (_, i) => (i * 7919) % n)));
    expect(keep.size).toBeGreaterThan(100);
    // Generous for a shared machine; the quadratic search needed minutes.
    expect(Date.now() - t).toBeLessThan(20_000);
  });
});
