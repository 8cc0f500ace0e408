import { looseKey, needsNormalization, normalizeText, sameLabel, textKey } from './normalize';

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
