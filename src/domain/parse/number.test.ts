import { decimalsOf, formatPercent, formatVnNumber, parseFractionText, parseNumberText, roundTo } from './number';

describe('parseNumberText (Vietnamese conventions)', () => {
  it.each([
    ['1250', 1250, 0, 'plain'],
    ['30.000.000', 30000000, 0, 'vi'],
    ['27,59', 27.59, 2, 'vi'],
    ['1.250,5', 1250.5, 1, 'vi'],
    ['1,250.5', 1250.5, 1, 'en'],
    ['36.4', 36.4, 1, 'en'],
    ['1 250', 1250, 0, 'vi'],
    ['1,250,000', 1250000, 0, 'en'],
  ])('%s → %d', (text, value, decimals, style) => {
    expect(parseNumberText(text)).toMatchObject({ ok: true, value, decimals, style });
  });

  it('keeps both readings of ambiguous text', () => {
    expect(parseNumberText('1.250')).toEqual({
      ok: true,
      value: 1250,
      decimals: 0,
      percent: false,
      style: 'vi',
      alternative: 1.25,
    });
    expect(parseNumberText('1,250')).toMatchObject({ value: 1.25, alternative: 1250 });
  });

  it('reads percent signs and money units', () => {
    expect(parseNumberText('36,4 %')).toMatchObject({ ok: true, value: 36.4, percent: true });
    expect(parseNumberText('36.4%')).toMatchObject({ ok: true, value: 36.4, percent: true });
    expect(parseNumberText('30.000.000 đ')).toMatchObject({ ok: true, value: 30000000, unit: 'dong' });
    expect(parseNumberText('123 triệu đồng')).toMatchObject({ ok: true, value: 123, unit: 'trieu-dong' });
    expect(parseNumberText('-5')).toMatchObject({ ok: true, value: -5 });
  });

  it.each(['27,59,03%', '12,,5', '1.2.3,4,5', '12abc', ',5', '5,', '%'])('rejects malformed %s', (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('tells words from malformed numbers', () => {
    expect(parseNumberText('không có')).toEqual({ ok: false, reason: 'not-number' });
    expect(parseNumberText('   ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('fractions, formatting, rounding', () => {
  it('reads "11/29" and "52/ 118"', () => {
    expect(parseFractionText('11/29')).toEqual({ num: 11, den: 29 });
    expect(parseFractionText('52/ 118')).toEqual({ num: 52, den: 118 });
    expect(parseFractionText('8/9/2024')).toBeUndefined();
  });
  it('formats the Vietnamese way', () => {
    expect(formatVnNumber(1250.5)).toBe('1.250,5');
    expect(formatVnNumber(30000000)).toBe('30.000.000');
    expect(formatVnNumber(-0.5, 2)).toBe('-0,50');
    expect(formatPercent((8 / 9) * 100)).toBe('88,89 %');
  });
  it('writes whole numbers near zero as the grouping would (the short way for |n| < 1.000)', () => {
    const grouped = (v: number) => {
      const [int, frac] = Math.abs(v)
        .toFixed(Math.min(decimalsOf(v), 4))
        .split('.');
      const digits = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      return (v < 0 && Number(Math.abs(v).toFixed(0)) !== 0 ? '-' : '') + digits + (frac ? ',' + frac : '');
    };
    for (let v = -1200; v <= 1200; v++) expect(formatVnNumber(v)).toBe(grouped(v));
    expect(formatVnNumber(-0)).toBe('0');
    expect(formatVnNumber(999)).toBe('999');
    expect(formatVnNumber(1000)).toBe('1.000');
    expect(formatVnNumber(-1000)).toBe('-1.000');
  });
  it('rounds half away from zero (88,885 → 88,89)', () => {
    expect(roundTo(88.885, 2)).toBe(88.89);
    // Too large to scale by 100: already whole, kept as it is (never Infinity).
    expect(roundTo(1e307, 2)).toBe(1e307);
    expect(roundTo(-1e307, 2)).toBe(-1e307);
    expect(roundTo((8 / 9) * 100, 2)).toBe(88.89);
    expect(decimalsOf(92.3)).toBe(1);
  });
});
