import { docIssuer, parseDocNumber } from './doc-number';

describe('parseDocNumber', () => {
  it('reads state-style numbers', () => {
    expect(parseDocNumber('91/KH-UBND')).toMatchObject({
      ok: true,
      number: 91,
      parts: ['KH', 'UBND'],
      cleaned: '91/KH-UBND',
      cleanups: [],
    });
    expect(parseDocNumber('595/UBND-LĐTBXH')).toMatchObject({ number: 595, parts: ['UBND', 'LĐTBXH'] });
  });
  it("cleans the seed's prefixes, stray spaces and trailing punctuation", () => {
    expect(parseDocNumber('Số: 119/KH-BTV,')).toMatchObject({
      cleaned: '119/KH-BTV',
      cleanups: ['prefix', 'trailing-punctuation'],
    });
    expect(parseDocNumber('159/KH- UBND')).toMatchObject({ cleaned: '159/KH-UBND', cleanups: ['spaces'] });
    expect(parseDocNumber('Số 01/KH - BTV')).toMatchObject({ cleaned: '01/KH-BTV', number: 1 });
  });
  it('reads party-style numbers (167-KH/TU)', () => {
    expect(parseDocNumber('167-KH/TU')).toMatchObject({ ok: true, number: 167, parts: ['KH', 'TU'], style: 'party' });
  });
  it('rejects what is not a number', () => {
    expect(parseDocNumber('KH-UBND')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseDocNumber('')).toEqual({ ok: false, reason: 'empty' });
  });
  it('finds the issuer: after the type, or first for a Công văn', () => {
    const kh = parseDocNumber('91/KH-UBND');
    const cv = parseDocNumber('595/UBND-VHTT');
    if (!kh.ok || !cv.ok) throw new Error('parse failed');
    expect(docIssuer(kh, 'KH')).toBe('UBND');
    expect(docIssuer(cv, undefined)).toBe('UBND');
  });
});
