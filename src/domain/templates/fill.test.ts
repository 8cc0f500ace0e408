import { defaultSettings } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { a1 } from '../sheet/address';
import { checkAnnexData, renderAnnex } from './fill';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });

describe('renderAnnex', () => {
  it('writes numbers as numbers, strings as text exactly, dates and formulas', () => {
    const r = renderAnnex('VB', settings, {
      '1': { tt: 1, noi_dung: 'Kế hoạch', so_ky_hieu: '159/KH- UBND', ngay: { date: '2021-07-26' } },
    });
    const t = r.tables[0]!;
    const cell = (col: string) => r.plan.cells.find((c) => c.row === t.rows['1'] && c.col === t.cols[col]);
    expect(cell('tt')).toMatchObject({ value: 1 });
    expect(cell('so_ky_hieu')).toMatchObject({ value: '159/KH- UBND', numFmt: '@' });
    expect(cell('ngay')).toMatchObject({ date: '2021-07-26' });
  });

  it('adds the data rows the data asks for (repeatable tables), in number order', () => {
    const r = renderAnnex('VB', settings, { '12': { tt: 12 }, '3': { tt: 3 } });
    const rows = r.tables[0]!.rows;
    // Ten default rows, then "12": keys name rows, they are not positions.
    expect(Object.keys(rows)).toHaveLength(11);
    expect(rows['12']).toBe(rows['10']! + 1);
  });

  it('a value given for a computed cell replaces the formula (typed over, as officers do)', () => {
    const r = renderAnnex('PL-I', settings, { '1': { hdnd_huyen_nu: 11, hdnd_huyen_tong: 29, hdnd_huyen_tl: 38 } });
    const t = r.tables[0]!;
    const snap = planToSnapshot(r.plan);
    expect(snap.cells[t.rows['1']!]![t.cols.hdnd_huyen_tl!]).toEqual({ t: 'n', v: 38, nf: '0.00' });
    expect(snap.cells[t.rows['1']!]![t.cols.hdnd_xa_tl!]).toMatchObject({ t: 'f' });
    const multi = renderAnnex('PL-III', settings, { 'kp_ctmtqg.tong': { ctmtqg_nam: '123' } });
    const t2 = multi.tables[1]!;
    expect(multi.plan.cells.find((c) => c.row === t2.rows.tong && c.col === t2.cols.ctmtqg_nam)).toMatchObject({
      value: '123',
      numFmt: '@',
    });
    expect(a1(t2.rows.tong!, t2.cols.ctmtqg_nam!)).toMatch(/^C\d+$/);
  });
});

describe('checkAnnexData', () => {
  it('accepts the keys of every table, new numbered rows, and computed cells', () => {
    expect(
      checkAnnexData('PL-III', settings, {
        'kp_1898.1': { nam_2018: 0 },
        'kp_ctmtqg.2': { ctmtqg_nam: 1 },
        '3': { nhu_cau: 1 },
      }),
    ).toEqual([]);
    expect(checkAnnexData('CLQG', settings, { '5.4a': { tu_so: 12, mau_so: 18, ket_qua: '66,66' } })).toEqual([]);
    expect(checkAnnexData('pl-i', settings, { '1': { hdnd_huyen_tl: 38 }, tong: { hdnd_huyen_nu: '-' } })).toEqual([]);
  });

  it('names every key that does not exist', () => {
    expect(checkAnnexData('PL-IX', settings, {})).toEqual([{ kind: 'template', templateId: 'PL-IX' }]);
    expect(checkAnnexData('CLQG', settings, { '9.9': { ket_qua: 1 } })).toMatchObject([{ kind: 'row', row: '9.9' }]);
    expect(checkAnnexData('VB', settings, { abc: { tt: 1 } })).toMatchObject([{ kind: 'row', row: 'abc' }]);
    expect(checkAnnexData('CLQG', settings, { g_1: { ket_qua: 1 } })).toMatchObject([{ kind: 'row', row: 'g_1' }]);
    expect(checkAnnexData('PL-II', settings, { '1': { so_lop: 1 } })).toMatchObject([
      { kind: 'column', column: 'so_lop' },
    ]);
    expect(checkAnnexData('CLQG', settings, { '1.1': { qg_1: 50 } })).toMatchObject([
      { kind: 'not-input', column: 'qg_1' },
    ]);
    expect(checkAnnexData('PL-III', settings, { 'kp_x.1': { nam_2018: 0 } })).toMatchObject([
      { kind: 'table', table: 'kp_x' },
    ]);
    expect(checkAnnexData('PL-II', settings, { '1': { mo_hinh: [1] } })).toMatchObject([
      { kind: 'value', column: 'mo_hinh' },
    ]);
    expect(checkAnnexData('VB', settings, { '1': { ngay: { date: '26/7/2021' } } })).toMatchObject([
      { kind: 'value', column: 'ngay' },
    ]);
    expect(checkAnnexData('VB', settings, [])).toMatchObject([{ kind: 'not-object' }]);
    expect(checkAnnexData('VB', settings, { '1': 5 })).toMatchObject([{ kind: 'not-object', row: '1' }]);
  });
});
