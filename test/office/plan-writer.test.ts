import {
  absolutize,
  cellContent,
  columnWidthPoints,
  officeRule,
  relativize,
  toRects,
  validationKey,
} from '../../src/adapters/office/plan-writer';

describe('plan-writer helpers', () => {
  it('covers cells with few rectangles', () => {
    const pts: [number, number][] = [];
    for (let r = 5; r < 105; r++) for (let c = 2; c < 5; c++) pts.push([r, c]);
    pts.push([0, 0], [0, 1], [2, 7]);
    const rects = toRects(pts);
    expect(rects).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 1 },
      { r1: 2, c1: 7, r2: 2, c2: 7 },
      { r1: 5, c1: 2, r2: 104, c2: 4 },
    ]);
    const covered = rects.reduce((n, r) => n + (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1), 0);
    expect(covered).toBe(pts.length);
  });

  it('shares a relative custom rule between cells of a column', () => {
    const f = (r: number) => `=OR(C${r + 1}="-",AND(ISNUMBER(C${r + 1}),C${r + 1}>=0,$A$1<>"C7"))`;
    const spec = (r: number) => ({ type: 'custom' as const, formula: f(r), prompt: 'p', error: 'e' });
    expect(validationKey(spec(6), 6, 2)).toBe(validationKey(spec(40), 40, 2));
    expect(validationKey(spec(6), 6, 2)).not.toBe(validationKey(spec(6), 7, 2));
    const t = relativize(f(6), 6, 2);
    expect(absolutize(t, 9, 2)).toBe('=OR(C10="-",AND(ISNUMBER(C10),C10>=0,$A$1<>"C7"))');
    expect(officeRule(spec(6), 6, 2)).toEqual({ custom: { formula: f(6) } });
    expect(relativize('=LOG10(A1)+SUM(Sheet1!B2:C3)', 0, 0)).toBe('=LOG10({c0r0})+SUM(Sheet1!{c1r1}:{c2r2})');
  });

  it('writes every plan string as text', () => {
    expect(cellContent({ row: 0, col: 0, value: '8/9' })).toEqual({ numberFormat: '@', input: '8/9' });
    expect(cellContent({ row: 0, col: 0, value: '-', numFmt: '#,##0' })).toEqual({
      numberFormat: '#,##0',
      input: "'-",
    });
    expect(cellContent({ row: 0, col: 0, value: "'x" })).toEqual({ numberFormat: '@', input: "''x" });
    expect(cellContent({ row: 0, col: 0, formula: '=A1', numFmt: '@' })).toEqual({
      numberFormat: 'General',
      input: '=A1',
    });
    expect(cellContent({ row: 0, col: 0, date: '2024-07-30' })).toEqual({ numberFormat: 'dd/mm/yyyy', input: 45503 });
    expect(cellContent({ row: 0, col: 0, value: 5 })).toEqual({ numberFormat: 'General', input: 5 });
    expect(cellContent({ row: 0, col: 0, numFmt: '@', input: true })).toEqual({ numberFormat: '@', input: '' });
  });

  it('converts Excel character widths to points', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(0)).toBe(0);
  });

  it('skips list rules Excel cannot hold inline', () => {
    expect(officeRule({ type: 'list', values: ['a,b', 'c'], prompt: '', error: '' }, 0, 0)).toBeUndefined();
    expect(
      officeRule(
        { type: 'list', values: Array.from({ length: 60 }, (_, i) => `Giá trị ${i}`), prompt: '', error: '' },
        0,
        0,
      ),
    ).toBeUndefined();
    expect(officeRule({ type: 'decimal', min: 0, max: 100, prompt: '', error: '' }, 0, 0)).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: 'Between' },
    });
  });
});
