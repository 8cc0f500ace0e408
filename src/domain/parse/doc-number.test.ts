import fc from 'fast-check';
import { normalizeText } from '../text/normalize';
import { docIssuer, parseDocNumber, type DocCleanup, type DocNumberParse } from './doc-number';

/** parseDocNumber as it was written with regular expressions (until 2026-12-03): the scan must read every text alike. */
function byPatterns(input: string): DocNumberParse {
  const cleanups: DocCleanup[] = [];
  let s = normalizeText(input);
  if (s === '') return { ok: false, reason: 'empty' };
  if (/^(số|so)\s*[:.]?\s*/i.test(s)) {
    s = s.replace(/^(số|so)\s*[:.]?\s*/i, '');
    cleanups.push('prefix');
  }
  if (/[\s,.;:]+$/.test(s)) {
    s = s.replace(/[\s,.;:]+$/, '');
    cleanups.push('trailing-punctuation');
  }
  const compact = s.replace(/\s*([/\-–])\s*/g, (_, c: string) => (c === '–' ? '-' : c)).replace(/\s+,/g, ',');
  if (compact !== s) {
    cleanups.push('spaces');
    s = compact;
  }
  let m = /^(\d{1,6})\/([^\s/]+(?:\/[^\s/]+)*)$/.exec(s);
  if (m) {
    const parts = m[2]!.split(/[-/]/).filter(Boolean);
    if (parts.length === 0) return { ok: false, reason: 'malformed' };
    return { ok: true, number: Number(m[1]), symbol: m[2]!, parts, cleaned: s, cleanups, style: 'state' };
  }
  m = /^(\d{1,6})-([^\s/]+)\/(\S+)$/.exec(s);
  if (m) {
    const parts = [m[2]!, ...m[3]!.split(/[-/]/)];
    return { ok: true, number: Number(m[1]), symbol: `${m[2]}/${m[3]}`, parts, cleaned: s, cleanups, style: 'party' };
  }
  return { ok: false, reason: 'malformed' };
}

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

describe('docIssuer without ICU', () => {
  // The form it replaced: every part upper-cased with the Vietnamese locale, the rest joined by "-".
  const icu = (doc: { parts: string[] }, abbr: string | undefined): string => {
    const parts = doc.parts.map((p) => p.toLocaleUpperCase('vi'));
    if (abbr && parts[0] === abbr.toLocaleUpperCase('vi')) return parts.slice(1).join('-') || parts[0]!;
    return parts[0]!;
  };
  it.each([
    ['91/kh-ubnd', 'KH'],
    ['12/qđ-ubnd-lđtbxh', 'QĐ'],
    ['595/ubnd-vhtt', undefined],
    ['167-kh/tu', 'KH'],
    ['3/kh', 'KH'],
    ['7/ttr-ủyban', 'TTr'],
    ['8/đa-ưbnd', 'ĐA'],
    ['167-KH/TU/', 'KH'],
  ])('%s (type %s) gives the issuer the locale form gave', (text, abbr) => {
    const doc = parseDocNumber(text);
    if (!doc.ok) throw new Error(`parse failed: ${text}`);
    expect(docIssuer(doc, abbr)).toBe(icu(doc, abbr));
  });
  it('upper-cases every Vietnamese letter as the vi locale does', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
    expect(letters.toUpperCase()).toBe(letters.toLocaleUpperCase('vi'));
  });
  it('a clean number shares the empty list of cleanups; a cleaned one has its own', () => {
    const a = parseDocNumber('91/KH-UBND');
    const b = parseDocNumber('Số: 91/KH-UBND.');
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(a.cleanups).toEqual([]);
    expect(Object.isFrozen(a.cleanups)).toBe(true);
    expect(b.cleanups).toEqual(['prefix', 'trailing-punctuation']);
  });
  it('reads every text as the regular expressions it replaced did', () => {
    // Texts of the characters that decide the forms: digits, separators, spaces (JavaScript's \s), letters, punctuation.
    const pieces = [
      '0',
      '7',
      '123456',
      '1234567',
      '/',
      '-',
      '–',
      '//',
      ' ',
      '\u00a0',
      '\u3000',
      '\u2009',
      'KH',
      'Đ',
      'UBND',
      'Số:',
      '.',
      ',',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 9 }), (xs) => {
        const s = xs.join('');
        expect(parseDocNumber(s)).toEqual(byPatterns(s));
      }),
      { numRuns: 5000 },
    );
  });
});
