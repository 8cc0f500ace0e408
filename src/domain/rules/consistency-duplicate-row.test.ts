import fc from 'fast-check';
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester, runRule, type InvalidCase } from '../../../test/support/rule-tester';
import { consistencyDuplicateRow, isPlainName } from './consistency-duplicate-row';

const { dia_phuong: _dia_phuong, ...seed } = PL2_ROW;

/** Inserts a copy of a sheet row (1-based) right below it, with some cells (0-based column) replaced. */
const duplicateRow =
  (row: number, changes: Record<number, RawCell | undefined> = {}) =>
  (s: SheetSnapshot) => {
    const copy = [...(s.cells[row - 1] ?? [])];
    for (const [c, v] of Object.entries(changes)) copy[Number(c)] = v;
    s.cells.splice(row, 0, copy);
  };

/** Two localities each written again, interleaved (rows 9–13): each repeat names the first row of its name. */
const interleaved: InvalidCase = {
  name: 'PL-II two localities each written again, interleaved, one of them a third time',
  template: 'PL-II',
  data: {
    '1': { dia_phuong: 'Xã A', ...seed },
    '2': { dia_phuong: 'Xã B', ...seed },
    '3': { dia_phuong: 'Xã A', ...seed, mo_hinh: 1 },
    '4': { dia_phuong: 'xã b', ...seed, san_pham: 2 },
    '5': { dia_phuong: 'Xã A', ...seed, tu_van_cuoc: 3 },
  },
  findings: [
    { messageId: 'consistency/duplicate-row', cell: 'B11', severity: 'warning' },
    { messageId: 'consistency/duplicate-row', cell: 'B12', severity: 'warning' },
    { messageId: 'consistency/duplicate-row', cell: 'B13', severity: 'warning' },
  ],
};

ruleTester(consistencyDuplicateRow, {
  valid: [
    {
      name: 'PL-II two different localities',
      template: 'PL-II',
      data: { '1': { dia_phuong: 'Xã A', ...seed }, '2': { dia_phuong: 'Xã B', ...seed, truyen_thong_cuoc: 2 } },
    },
    {
      name: 'PL-II the same locality twice with the same numbers (a copy, not a conflict)',
      template: 'PL-II',
      data: { '1': { dia_phuong: 'TP. Cao Bằng', ...seed }, '2': { dia_phuong: 'TP. Cao Bằng', ...seed } },
    },
    {
      name: 'PL-II the second copy only partly filled, agreeing where filled',
      template: 'PL-II',
      data: {
        '1': { dia_phuong: 'TP. Cao Bằng', ...seed },
        '2': { dia_phuong: 'TP. Cao Bằng', truyen_thong_cuoc: 5, truyen_thong_nguoi: 1250 },
      },
    },
    {
      name: 'CLQG 5.4a written twice with the same result',
      template: 'CLQG',
      data: { '5.4a': { tu_so: 12, mau_so: 18, ket_qua: 66.67 } },
      patch: duplicateRow(30),
    },
    {
      name: 'PL-III: the same unit in the two tables is normal',
      template: 'PL-III',
      data: {
        'kp_1898.1': { ten_don_vi: 'TP Cao Bằng', nam_2024: 0 },
        'kp_ctmtqg.1': { ten_don_vi: 'TP Cao Bằng', ctmtqg_nam: 123 },
      },
    },
  ],
  invalid: [
    interleaved,
    {
      name: 'PL-II "TP. Cao Bằng" and "TP Cao Bằng" with different numbers',
      template: 'PL-II',
      data: {
        '1': { dia_phuong: 'TP. Cao Bằng', ...seed },
        '2': { dia_phuong: 'TP Cao Bằng', ...seed, truyen_thong_nguoi: 1520 },
      },
      findings: [{ messageId: 'consistency/duplicate-row', cell: 'B10', severity: 'warning' }],
    },
    {
      name: 'PL-III CTMTQG table: the same unit three times, two of them different',
      template: 'PL-III',
      data: {
        'kp_ctmtqg.1': {
          ten_don_vi: 'TP Cao Bằng',
          ctmtqg_nam: 123,
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 0,
        },
        'kp_ctmtqg.2': { ten_don_vi: 'Huyện Hòa An', ctmtqg_nam: 80, khac_nam: 0, ctmtqg_nhu_cau: 90, khac_nhu_cau: 0 },
        'kp_ctmtqg.3': {
          ten_don_vi: 'tp cao bằng',
          ctmtqg_nam: 132,
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 0,
        },
        'kp_ctmtqg.4': {
          ten_don_vi: 'TP Cao Bằng',
          ctmtqg_nam: 123,
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 10,
        },
      },
      findings: [
        { messageId: 'consistency/duplicate-row', cell: 'B25' },
        { messageId: 'consistency/duplicate-row', cell: 'B26' },
      ],
    },
    {
      name: 'CLQG 5.4a twice: 66,67 and 66,66 (seed 000 writes both)',
      template: 'CLQG',
      data: { '5.4a': { ket_qua: 66.67 } },
      patch: duplicateRow(30, { 9: { t: 'n', v: 66.66 } }),
      findings: [{ messageId: 'consistency/duplicate-row', cell: 'A31' }],
    },
  ],
});

describe('consistency/duplicate-row: the first row of each name', () => {
  it('a repeat names the first row with its name, not the row just before it', () => {
    expect(runRule(consistencyDuplicateRow, interleaved).map((d) => [d.row! + 1, d.data?.firstRow])).toEqual([
      [11, 9],
      [12, 10],
      [13, 9],
    ]);
  });
});

describe('consistency/duplicate-row: names whose keys share a hash', () => {
  // "xã 122789" and "xã 339192" have the same 31-bit FNV-1a hash, so they land in the same slot
  // of the rule's table of rows: names of one hash must still be told apart.
  const rows = (names: string[]) => ({
    name: 'PL-II names',
    template: 'PL-II' as const,
    data: Object.fromEntries(names.map((n, i) => [String(i + 1), { dia_phuong: n, ...seed, tu_van_cuoc: i }])),
    findings: [],
  });
  const found = (names: string[]) =>
    runRule(consistencyDuplicateRow, rows(names)).map((d) => [d.row! + 1, d.data?.firstRow]);
  const reference = (names: string[]) => {
    const key = (n: string) =>
      n
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const out: [number, number][] = [];
    names.forEach((n, i) => {
      const j = names.findIndex((m) => key(m) === key(n));
      if (j < i) out.push([9 + i, 9 + j]);
    });
    return out;
  };

  it('tells two names of one hash apart, and names the first row of each', () => {
    expect(found(['Xã 122789', 'Xã 339192'])).toEqual([]);
    expect(found(['Xã 122789', 'Xã 339192', 'Xã 339192', 'xã 122789'])).toEqual([
      [11, 10],
      [12, 9],
    ]);
  });

  it('finds what comparing every name with every earlier one finds', () => {
    const names = ['Xã A', 'xã a', 'Xã B', 'Xã 122789', 'Xã 339192', 'TP. Cao Bằng', 'TP Cao Bằng'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 9 }), (list) => {
        expect(found(list)).toEqual(reference(list));
      }),
      { numRuns: 150 },
    );
  });
});

describe('plain names', () => {
  // The char-code scan must agree with the regular expression it stands in for.
  const PLAIN_NAME = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
  const pieces = [
    'a',
    'Z',
    '7',
    ' ',
    '  ',
    'ă',
    'Đ',
    'ễ',
    'ỹ',
    '×',
    '÷',
    '\u0301',
    '.',
    '-',
    'Ω',
    '中',
    '²',
    'xã',
    'TP',
  ];
  it('agrees with the regular expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const k = parts.join('');
        expect(isPlainName(k)).toBe(PLAIN_NAME.test(k));
      }),
      { numRuns: 3000 },
    );
  });
});
