import fc from 'fast-check';
import { looseKey } from '../text/normalize';
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import { cellText, endsTable, isFooterCell } from './bind';

describe('footer captions', () => {
  // The footer test as it was written with regular expressions: the char scan must agree.
  const slow = (v: string) =>
    v.length <= 40 &&
    /NG[UƯ]|TM|K[YÝ]/i.test(v.replace(/^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/, '').slice(0, 4)) &&
    ['nguoi lap bieu', 'tm uy ban nhan dan', 'ky ghi ro ho ten'].some((k) => looseKey(v).startsWith(k));
  const pieces = [
    'N',
    'n',
    'g',
    'G',
    'ư',
    'Ư',
    'u',
    'T',
    'm',
    'M',
    'k',
    'K',
    'ý',
    'Ý',
    'y',
    ' ',
    '\u200B',
    '\u00A0',
    '\t',
    'a',
    '.',
    'Người lập biểu',
    'TM. Ủy ban nhân dân',
    'Ký, ghi rõ họ tên',
    'ATM',
    'Nguyễn Thị Hoa',
    'x',
    // Before a caption's first key letter: what the key drops (punctuation, digits' neighbours,
    // blanks beyond ASCII), letters that fold to n, t or k, and combining marks.
    '(',
    '-',
    '1',
    '%',
    'X',
    'ã',
    'ñ',
    'Ñ',
    'ḱ',
    '\u0303',
    '\u2002',
    '\u3000',
  ];
  it('agrees with the regular-expression test', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const v = parts.join('');
        expect(isFooterCell({ t: 's', v })).toBe(slow(v));
      }),
      { numRuns: 3000 },
    );
    expect(isFooterCell({ t: 's', v: '  Người lập biểu' })).toBe(true);
    expect(isFooterCell({ t: 'n', v: 1 })).toBe(false);
  });
});

describe('the row that ends a table', () => {
  // endsTable walks a row once; it must say what the footer test and the number-row test said.
  const text = (v: string): RawCell => ({ t: 's', v });
  const cells: (RawCell | undefined)[] = [
    undefined,
    { t: 'n', v: 1 },
    { t: 'n', v: 2 },
    text('(1)'),
    text('(2)'),
    text(' (1) '),
    text('(\u200B2)'),
    // Blanks and zero-width characters before the "(" (normalisation drops them), and texts
    // that only look like a number ("x(1)", full-width brackets, a bracket missing).
    text('\u00A0(1)'),
    text('\u200B\uFEFF (2)'),
    text('\u3000(1)\u3000'),
    text('\t(2)'),
    text('x(1)'),
    text('（2）'),
    text('(1'),
    text('2)'),
    text('(3)'),
    text('1'),
    text('Người lập biểu'),
    text('TM. Ủy ban nhân dân'),
    text('Nguyễn Thị Hoa'),
    text('Xã 1'),
    text(''),
  ];
  const oracle = (row: (RawCell | undefined)[], numbers: boolean) => {
    const numberRow = (() => {
      for (let c = 0; c < Math.min(row.length, 4); c++) {
        const a = row[c];
        if (a === undefined || a.t !== 's') continue;
        if (cellText(a) === '(1)' && cellText(row[c + 1]) === '(2)') return true;
      }
      return false;
    })();
    return row.some((c) => isFooterCell(c)) || (numbers && numberRow);
  };
  it('agrees with a footer cell anywhere or a column-number row', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cells), { maxLength: 7 }), fc.boolean(), (row, numbers) => {
        const sheet: SheetSnapshot = { name: 'x', cells: [row], merges: [], visibility: 'visible' } as SheetSnapshot;
        expect(endsTable(sheet, 0, numbers)).toBe(oracle(row, numbers));
      }),
      { numRuns: 3000 },
    );
  });
});
