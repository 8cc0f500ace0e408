import { asExcelWouldStore, displayText, editText, parseViNumber } from './typing';

describe('asExcelWouldStore', () => {
  it.each([
    ['11', 11],
    ['-3', -3],
    ['92,3', 92.3],
    ['1.250', 1250],
    ['1.250.000,5', 1250000.5],
    ['0', 0],
    [' 12 ', 12],
  ])('"%s" is the number %s (vi-VN)', (typed, n) => {
    expect(asExcelWouldStore(typed)).toEqual({ t: 'n', v: n });
  });

  it.each([
    '27,59,03%',
    '11/29',
    '8/9',
    '38%',
    '15/08/2024',
    '1.25',
    '12.3456',
    'TRUE',
    '-',
    '1,2,3',
    '<img src=x onerror=alert(1)>',
  ])('"%s" is stored as text, exactly as typed', (typed) => {
    expect(asExcelWouldStore(typed)).toEqual({ t: 's', v: typed });
  });

  it('keeps the cell number format; a Text-formatted cell keeps numbers as text', () => {
    expect(asExcelWouldStore('12', '#,##0')).toEqual({ t: 'n', v: 12, nf: '#,##0' });
    expect(asExcelWouldStore('12', '@')).toEqual({ t: 's', v: '12', nf: '@' });
    expect(asExcelWouldStore('=1+1', '@')).toEqual({ t: 's', v: '=1+1', nf: '@' });
  });

  it('"=…" is a formula without a result yet; empty input clears the cell', () => {
    expect(asExcelWouldStore('=SUM(C10:C12)')).toEqual({ t: 'f', v: null, f: '=SUM(C10:C12)' });
    expect(asExcelWouldStore('=')).toEqual({ t: 's', v: '=' });
    expect(asExcelWouldStore('')).toBeUndefined();
  });
});

describe('parseViNumber', () => {
  it('rejects what a vi-VN Excel would not read as a number', () => {
    for (const s of ['1.25', '1,250.5', '12,', ',5', '1 250', '']) expect(parseViNumber(s)).toBeUndefined();
  });
});

describe('display and edit text', () => {
  it('formats numbers the vi-VN way, following the number format', () => {
    expect(displayText({ t: 'n', v: 1250, nf: '#,##0' })).toBe('1.250');
    expect(displayText({ t: 'n', v: 37.931, nf: '0.00' })).toBe('37,93');
    expect(displayText({ t: 'n', v: 0.38, nf: '0%' })).toBe('38%');
    expect(displayText({ t: 'n', v: 1250.5 })).toBe('1250,5');
    expect(displayText({ t: 'd', v: '2024-08-15' })).toBe('15/08/2024');
    expect(displayText({ t: 'f', v: null, f: '=A1' })).toBe('');
    expect(displayText({ t: 's', v: '<b>x</b>' })).toBe('<b>x</b>');
  });

  it('the formula bar shows formulas, and numbers as one would type them back', () => {
    expect(editText({ t: 'n', v: 92.31, f: '=ROUND(O10/P10*100,2)' })).toBe('=ROUND(O10/P10*100,2)');
    expect(editText({ t: 'n', v: 1250000.5, nf: '#,##0' })).toBe('1250000,5');
    expect(asExcelWouldStore(editText({ t: 'n', v: 1250000.5 }))).toEqual({ t: 'n', v: 1250000.5 });
    expect(editText({ t: 'd', v: '2024-08-15' })).toBe('15/08/2024');
    expect(editText(undefined)).toBe('');
  });
});
