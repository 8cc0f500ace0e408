import fc from 'fast-check';
import { isBlankText, isClean, looseKey, needsNormalization, normalizeText, sameLabel, textKey } from './normalize';

describe('Vietnamese text normalisation', () => {
  it('treats NFD, zero-width and non-breaking spaces as the same label', () => {
    const nfd = 'Tổng'.normalize('NFD');
    expect(nfd).not.toBe('Tổng');
    expect(sameLabel(nfd, 'Tổng')).toBe(true);
    expect(normalizeText('Tổng\u200B\u00A0 cộng ')).toBe('Tổng cộng');
    expect(needsNormalization(nfd)).toBe(true);
    expect(needsNormalization(' Tổng ')).toBe(false);
  });
  it('compares case-insensitively, and loosely without diacritics', () => {
    expect(textKey('TỔNG KINH PHÍ')).toBe('tổng kinh phí');
    expect(looseKey('Đại biểu HĐND cấp xã')).toBe('dai bieu hdnd cap xa');
  });
});

describe('the clean-text fast path', () => {
  // The slow path, as normalizeText was before the fast path: the fast path must never differ from it.
  const slow = (s: string) =>
    s
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .normalize('NFC')
      .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
      .trim();
  const pieces = [
    'a',
    'Z',
    ' ',
    '  ',
    '\u00A0',
    '\u200B',
    '\u00AD',
    'ư',
    'Đ',
    'ệ',
    '\u0301',
    'e\u0302',
    '\t',
    '%',
    '1,5',
    '\u212B',
    'Å',
    '\u1EA0',
    // isBlankText's first-character test: the edges of its ranges.
    '\u1680',
    '\u2000',
    '\u3000',
    '\uFEFF',
    '\u00AE',
    '~',
    'X',
  ];

  it('agrees with the full normalisation on text made of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(normalizeText(s)).toBe(slow(s));
        expect(isBlankText(s)).toBe(slow(s) === '');
      }),
      { numRuns: 2000 },
    );
  });
  it('agrees with the full normalisation on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        expect(normalizeText(s)).toBe(slow(s));
        expect(isBlankText(s)).toBe(slow(s) === '');
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps loose keys of ASCII text as before', () => {
    expect(looseKey('  TONG (cong)  ')).toBe('tong cong');
    expect(isClean('Xã 12')).toBe(true);
    expect(isClean('Xã  12')).toBe(false);
  });
});

describe('loose keys of clean Vietnamese text', () => {
  const slowLoose = (s: string) =>
    textKey(s)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim();
  const pieces = [
    'Xã',
    ' ',
    'Đ',
    'đ',
    'ư',
    'Ệ',
    'ổ',
    'æ',
    'ß',
    'İ',
    '1',
    '%',
    '.',
    '-',
    'Tổng cộng',
    'HĐND',
    '\u0301',
    'e\u0302',
    'ǆ',
    'Ø',
    '\u1EF9',
    '(',
    'a',
  ];
  it('are those of the full fold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(looseKey(s)).toBe(slowLoose(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        expect(looseKey(s)).toBe(slowLoose(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('looseKey kept by text', () => {
  it('gives the same key the first time, again, and after it has been emptied (past 4096 texts)', () => {
    const texts = ['Người lập biểu', 'TM. Ủy ban nhân dân', 'Xã Đức Xuân', 'Tổng cộng', 'e\u0302'];
    const first = texts.map(looseKey);
    expect(first).toEqual(['nguoi lap bieu', 'tm uy ban nhan dan', 'xa duc xuan', 'tong cong', 'e']);
    expect(texts.map(looseKey)).toEqual(first);
    for (let i = 0; i < 5000; i++) looseKey(`Xã số ${i}`);
    expect(texts.map(looseKey)).toEqual(first);
    expect(looseKey('Xã số 4999')).toBe('xa so 4999');
  });
});
