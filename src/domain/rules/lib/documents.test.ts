import { carriesAbbreviation, documentType, knownAbbreviation, typeForAbbreviation } from './documents';

describe('document helpers', () => {
  it('normalises document types', () => {
    expect(documentType('Kế hoạch')).toBe('Kế hoạch');
    expect(documentType('  KẾ  HOẠCH ')).toBe('Kế hoạch');
    expect(documentType('cong van')).toBe('Công văn');
    expect(documentType('Quyết định'.normalize('NFD'))).toBe('Quyết định');
    expect(documentType('Văn bản')).toBeUndefined();
    expect(documentType('')).toBeUndefined();
  });
  it('maps abbreviations', () => {
    expect(typeForAbbreviation('KH')).toBe('Kế hoạch');
    expect(typeForAbbreviation('qđ')).toBe('Quyết định');
    expect(knownAbbreviation('TTr')).toBe('TTr');
    expect(knownAbbreviation('UBND')).toBeUndefined();
  });
  it('accepts joint-document suffixes but not other words', () => {
    expect(carriesAbbreviation('KH', 'KH')).toBe(true);
    expect(carriesAbbreviation('KHPH', 'KH')).toBe(true);
    expect(carriesAbbreviation('NQLT', 'NQ')).toBe(true);
    expect(carriesAbbreviation('QD', 'QĐ')).toBe(true);
    expect(carriesAbbreviation('HĐND', 'HD')).toBe(false);
    expect(carriesAbbreviation('KHCN', 'KH')).toBe(false);
  });
});
