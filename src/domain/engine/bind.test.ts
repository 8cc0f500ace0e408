import fc from 'fast-check';
import { looseKey } from '../text/normalize';
import { isFooterCell } from './bind';

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
