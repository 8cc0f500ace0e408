import { evaluateFormula, evaluateSheet, type FValue } from './formula';

const grid =
  (cells: Record<string, FValue>) =>
  (row: number, col: number): FValue => {
    const key = `${String.fromCharCode(65 + col)}${row + 1}`;
    return key in cells ? cells[key]! : null;
  };

describe('evaluateFormula', () => {
  const ratio = '=IF(AND(ISNUMBER(C9),ISNUMBER(D9),D9>0),ROUND(C9/D9*100,2),"")';

  it('computes the template ratio, rounding half away from zero', () => {
    expect(evaluateFormula(ratio, grid({ C9: 11, D9: 29 }))).toBe(37.93);
    expect(evaluateFormula(ratio, grid({ C9: 8, D9: 9 }))).toBe(88.89);
    expect(evaluateFormula(ratio, grid({ C9: 12, D9: 18 }))).toBe(66.67);
  });

  it('gives "" when a side is missing, text or zero (never treats blank as 0)', () => {
    expect(evaluateFormula(ratio, grid({ C9: 11 }))).toBe('');
    expect(evaluateFormula(ratio, grid({ C9: '-', D9: '-' }))).toBe('');
    expect(evaluateFormula(ratio, grid({ C9: 3, D9: 0 }))).toBe('');
  });

  it('sums numbers only, as Excel does', () => {
    expect(evaluateFormula('=SUM(C9:C11)', grid({ C9: 5, C10: '-', C11: 1250 }))).toBe(1255);
    expect(evaluateFormula('=SUM(C9:C11)', grid({}))).toBe(0);
  });

  it('evaluates the status formula with strings and comparisons', () => {
    const f =
      '=IF(AND(ISNUMBER(J9),ISNUMBER(IF(ISNUMBER(F9),F9,E9))),IF(J9>=IF(ISNUMBER(F9),F9,E9),"Đạt","Chưa đạt"),"Chưa có số liệu")';
    expect(evaluateFormula(f, grid({ J9: 76.47, E9: 60 }))).toBe('Đạt');
    expect(evaluateFormula(f, grid({ J9: 20, E9: 27, F9: 20 }))).toBe('Đạt');
    expect(evaluateFormula(f, grid({ J9: 20, E9: 27 }))).toBe('Chưa đạt');
    expect(evaluateFormula(f, grid({ E9: 27 }))).toBe('Chưa có số liệu');
  });

  it('reports #DIV/0! and declines what it does not know', () => {
    expect(evaluateFormula('=C9/D9', grid({ C9: 1, D9: 0 }))).toEqual({ error: '#DIV/0!' });
    expect(evaluateFormula('=VLOOKUP(A1,B1:C9,2,FALSE)', grid({}))).toBeUndefined();
    expect(evaluateFormula("='Other sheet'!A1", grid({}))).toBeUndefined();
    expect(evaluateFormula('=(1+', grid({}))).toBeUndefined();
  });

  it('compares text case-insensitively and handles &, %, unary minus', () => {
    expect(evaluateFormula('=OR(C9="-",C9="x")', grid({ C9: 'X' }))).toBe(true);
    expect(evaluateFormula('="a"&1', grid({}))).toBe('a1');
    expect(evaluateFormula('=-5%+1', grid({}))).toBeCloseTo(0.95);
  });
});

describe('evaluateSheet', () => {
  it('follows formulas that use other formulas and leaves cycles without result', () => {
    const formulas = new Map<number, string>([
      [0 * 16384 + 2, '=SUM(A1:B1)'],
      [0 * 16384 + 3, '=C1*2'],
      [1 * 16384 + 0, '=A2+1'],
    ]);
    const literals = new Map<number, FValue>([
      [0, 1],
      [1, 2],
    ]);
    const out = evaluateSheet(formulas, literals);
    expect(out.get(2)).toBe(3);
    expect(out.get(3)).toBe(6);
    expect(out.has(16384)).toBe(false);
  });
});
