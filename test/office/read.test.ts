import { FakeExcel } from '../doubles/fake-excel';
import {
  isDateFormat,
  mergesFromAddress,
  OfficeWorkbookPort,
  sheetOfReference,
  toRawCell,
} from '../../src/adapters/office/office-port';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { FULL, IDS, NONE, seedAnnex, setup } from './helpers';

const NAMES = ['PL-I', 'PL-CB', 'PL II', "Kinh phí 'KP'", 'CLQG', 'KH', 'VB', 'Tổng hợp'];

function seedWorkbook(fake: FakeExcel, rows: number): void {
  NAMES.forEach((n) => seedAnnex(fake, n, rows));
  fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
  fake.addName('PHULUC_PL_CB', 'PL-CB', 'A1');
  fake.addName('PHULUC_PL_II', 'PL II', 'A1');
  fake.addName('PHULUC_KP', "Kinh phí 'KP'", 'A1');
  fake.addName('PHULUC_PL_I_2', 'Tổng hợp', 'A1');
  fake.addName('Other_Name', 'CLQG', 'A1:B2');
}

describe('OfficeWorkbookPort.read', () => {
  it.each([10, 1000])(
    'reads 8 annex sheets of %i rows in at most 3 syncs (sheet list; used-range addresses; cells sized from them)',
    async (rows) => {
      const { fake, port } = setup();
      seedWorkbook(fake, rows);
      const { result: snap, syncs } = await fake.countSyncs(() => port.read());
      expect(syncs).toBeLessThanOrEqual(3);
      expect(snap.sheets.map((s) => s.name)).toEqual(NAMES);
      for (const s of snap.sheets) expect(s.cells.length).toBe(5 + rows);
      expect(fake.peakResponseBytes).toBeLessThan(5 * 1024 * 1024);
    },
  );

  it('converts values, types, dates, errors, formulas and merges', async () => {
    const { fake, port } = setup();
    const s = seedAnnex(fake, 'PL-I', 3);
    s.set('G5', '11/29')
      .set('H5', true)
      .set('I5', { value: 45503, numberFormat: 'd-mmm' })
      .set('J5', { value: 0.5, numberFormat: 'h:mm' });
    s.set('K5', { value: '=1+1', numberFormat: '@' });
    const snap = await port.read();
    const sheet = snap.sheets[0]!;
    expect(sheet.visibility).toBe('visible');
    expect(sheet.cells[0]![0]).toEqual({ t: 's', v: 'PHỤ LỤC I' });
    expect(sheet.cells[4]![0]).toEqual({ t: 'n', v: 1 });
    expect(sheet.cells[4]![2]).toEqual({ t: 'n', v: 11, nf: '#,##0' });
    expect(sheet.cells[4]![4]).toEqual({ t: 'n', v: 37.93, f: '=ROUND(C5/D5*100,2)', nf: '0.00' });
    expect(sheet.cells[4]![5]).toEqual({ t: 'd', v: '2024-07-30', nf: 'dd/mm/yyyy' });
    expect(sheet.cells[4]![6]).toEqual({ t: 's', v: '11/29' });
    expect(sheet.cells[4]![7]).toEqual({ t: 'b', v: true });
    expect(sheet.cells[4]![8]).toEqual({ t: 'd', v: '2024-07-30', nf: 'd-mmm' });
    expect(sheet.cells[4]![9]).toEqual({ t: 'n', v: 0.5, nf: 'h:mm' });
    // Text that looks like a formula is text (values === formulas), not a formula.
    expect(sheet.cells[4]![10]).toEqual({ t: 's', v: '=1+1', nf: '@' });
    expect(sheet.cells[7]![2]).toEqual({ t: 'n', v: 33, f: '=SUM(C5:C7)' });
    expect(sheet.cells[7]![4]).toEqual({ t: 'e', v: '#DIV/0!', f: '=C8/0' });
    expect(sheet.cells[7]![0]).toBeUndefined();
    expect(sheet.merges).toEqual(['A1:F1', 'A2:F2']);
  });

  it('offsets a used range that does not start at A1', async () => {
    const { fake, port } = setup();
    fake.addSheet('Lệch').set('C4', 7).set('E6', 'x');
    const sheet = (await port.read()).sheets[0]!;
    expect(sheet.cells.length).toBe(6);
    expect(sheet.cells[0]).toEqual([]);
    expect(sheet.cells[3]![2]).toEqual({ t: 'n', v: 7 });
    expect(sheet.cells[5]![4]).toEqual({ t: 's', v: 'x' });
    expect(sheet.cells[3]![4]).toBeUndefined();
  });

  it('reads markers (quoted sheet names, instances) and ignores foreign names', async () => {
    const { fake, port } = setup();
    seedWorkbook(fake, 2);
    const snap = await port.read();
    expect(snap.markers).toEqual([
      { name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'PL-I' },
      { name: 'PHULUC_PL_CB', templateId: 'PL-CB', sheetName: 'PL-CB' },
      { name: 'PHULUC_PL_II', templateId: 'PL-II', sheetName: 'PL II' },
      { name: 'PHULUC_KP', templateId: 'KP', sheetName: "Kinh phí 'KP'" },
      { name: 'PHULUC_PL_I_2', templateId: 'PL-I', sheetName: 'Tổng hợp' },
    ]);
  });

  it('(c) finds a renamed sheet through its marker', async () => {
    const { fake, port } = setup();
    seedAnnex(fake, 'PL-I', 3);
    fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
    fake.renameSheet('PL-I', 'Nữ DTTS (sửa)');
    const snap = await port.read();
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'Nữ DTTS (sửa)' }]);
    expect(snap.sheets[0]!.name).toBe('Nữ DTTS (sửa)');
  });

  it('drops markers of deleted sheets (=#REF!)', async () => {
    const { fake, port } = setup();
    seedAnnex(fake, 'PL-I', 1);
    seedAnnex(fake, 'VB', 1);
    fake.addName('PHULUC_VB', 'VB', 'A1');
    fake.names[0]!.sheet = null;
    expect(fake.nameFormula('PHULUC_VB')).toBe('=#REF!$A$1'); // as Excel returns it
    expect((await port.read()).markers).toEqual([]);
    // Below ExcelApi 1.7 (NamedItem.value): "#REF!" too.
    const old = new OfficeWorkbookPort(fake.run, NONE, IDS);
    expect((await old.read()).markers).toEqual([]);
  });

  it('reads the settings JSON from the veryHidden sheet and leaves that sheet out', async () => {
    const { fake, port } = setup();
    seedAnnex(fake, 'PL-I', 1);
    fake
      .addSheet(SETTINGS_SHEET, 'VeryHidden')
      .set('A1', { value: '{"unitName":"TP Cao Bằng","reportYear":2024}', numberFormat: '@' });
    fake.addSheet('Ẩn', 'Hidden').set('A1', 1);
    const { result: snap, syncs } = await fake.countSyncs(() => port.read());
    expect(syncs).toBe(3);
    expect(snap.settings).toEqual({ unitName: 'TP Cao Bằng', reportYear: 2024 });
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['PL-I', 'visible'],
      ['Ẩn', 'hidden'],
    ]);
  });

  it('handles empty sheets and a workbook without settings', async () => {
    const { fake, port } = setup();
    fake.addSheet('Trống');
    const snap = await port.read();
    expect(snap.sheets).toEqual([{ name: 'Trống', visibility: 'visible', cells: [] }]);
    expect(snap.settings).toBeUndefined();
  });

  it('works without ExcelApi 1.7–1.13 (NamedItem.value, no merged areas)', async () => {
    const fake = new FakeExcel({ apiVersion: '1.4' });
    const port = new OfficeWorkbookPort(fake.run, NONE, IDS);
    seedAnnex(fake, 'PL I', 2);
    fake.addName('PHULUC_PL_I', 'PL I', 'A1');
    const { result: snap, syncs } = await fake.countSyncs(() => port.read());
    expect(syncs).toBeLessThanOrEqual(3);
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'PL I' }]);
    expect(snap.sheets[0]!.merges).toBeUndefined();
    expect(snap.sheets[0]!.cells[4]![4]).toMatchObject({ t: 'n', f: '=ROUND(C5/D5*100,2)' });
  });

  it('falls back to chunked reads when one batch exceeds the response limit', async () => {
    const fake = new FakeExcel({ maxResponseBytes: 400_000 });
    const port = new OfficeWorkbookPort(fake.run, FULL, IDS);
    NAMES.slice(0, 4).forEach((n) => seedAnnex(fake, n, 1000));
    const reference = await new OfficeWorkbookPort(new FakeExcelClone(fake).run, FULL, IDS).read();
    const { result: snap, syncs } = await fake.countSyncs(() => port.read());
    expect(syncs).toBeGreaterThan(2);
    expect(fake.peakResponseBytes).toBeLessThanOrEqual(400_000);
    expect(snap.sheets).toEqual(reference.sheets);
  });
});

/** The same workbook model with the default (5 MB) limits. */
class FakeExcelClone extends FakeExcel {
  constructor(source: FakeExcel) {
    super();
    this.sheets = source.sheets;
    this.names = source.names;
  }
}

describe('read helpers', () => {
  it('recognises date formats', () => {
    for (const nf of [
      'd/m/yyyy',
      'dd/mm/yyyy',
      'm/d/yyyy',
      'yyyy-mm-dd',
      'd-mmm',
      'mmm-yy',
      '[$-42A]dd/mm/yyyy',
      'dd/mm/yyyy h:mm',
      'mmmm',
    ])
      expect([nf, isDateFormat(nf)]).toEqual([nf, true]);
    for (const nf of [
      'General',
      '@',
      '0.00',
      '#,##0',
      'h:mm',
      'mm:ss',
      '[h]:mm',
      '0%',
      '#,##0 "đ"',
      '0.00E+00',
      '#,##0 "ngày"',
    ])
      expect([nf, isDateFormat(nf)]).toEqual([nf, false]);
  });

  it('converts single cells', () => {
    expect(toRawCell('', '', 'General', 'Empty')).toBeUndefined();
    expect(toRawCell('', '=IF(A1>0,"","x")', 'General', 'Empty')).toEqual({ t: 's', v: '', f: '=IF(A1>0,"","x")' });
    expect(toRawCell(45503, 45503, 'dd/mm/yyyy', 'Double')).toEqual({ t: 'd', v: '2024-07-30', nf: 'dd/mm/yyyy' });
    expect(toRawCell('#N/A', '=VLOOKUP(1,A:B,2,0)', 'General', 'Error')).toEqual({
      t: 'e',
      v: '#N/A',
      f: '=VLOOKUP(1,A:B,2,0)',
    });
    expect(toRawCell(3, 3, 'General', 'Integer')).toEqual({ t: 'n', v: 3 });
  });

  it('parses marker references and merged addresses', () => {
    expect(sheetOfReference("='PL-I (2)'!$A$1")).toBe('PL-I (2)');
    expect(sheetOfReference('=VB!$A$1')).toBe('VB');
    expect(sheetOfReference("'It''s'!$A$1")).toBe("It's");
    expect(sheetOfReference('=#REF!')).toBeUndefined();
    // As Excel writes a name whose sheet was deleted (the cell part kept).
    expect(sheetOfReference('=#REF!$A$1')).toBeUndefined();
    expect(sheetOfReference('#REF!$A$1')).toBeUndefined();
    expect(sheetOfReference(undefined)).toBeUndefined();
    expect(mergesFromAddress("'A, B'!A1:C1, 'A, B'!$A$2:$B$3")).toEqual(['A1:C1', 'A2:B3']);
  });
});

describe('OfficeWorkbookPort.read — date systems (issue 9 item 8)', () => {
  it('detects the 1904 date system and reads its serials as the dates Excel shows', async () => {
    const fake = new FakeExcel({ date1904: true });
    const port = new OfficeWorkbookPort(fake.run, FULL, IDS);
    fake.addSheet('A').set('A1', { date: '2024-07-30' }).set('A2', { value: 0, numberFormat: 'dd/mm/yyyy' });
    const snap = await port.read();
    expect(snap.date1904).toBe(true);
    expect(snap.sheets[0]!.cells[0]![0]).toMatchObject({ t: 'd', v: '2024-07-30' });
    expect(snap.sheets[0]!.cells[1]![0]).toMatchObject({ t: 'd', v: '1904-01-01' });
  });

  it('reads serials up to 60 in the 1900 system as Excel shows them', async () => {
    const { fake, port } = setup();
    fake
      .addSheet('A')
      .setRows('A1', [[{ value: 1, numberFormat: 'dd/mm/yyyy' }], [{ value: 59, numberFormat: 'dd/mm/yyyy' }]])
      .set('A3', { value: 61, numberFormat: 'dd/mm/yyyy' });
    const snap = await port.read();
    expect(snap.date1904).toBeUndefined();
    expect(snap.sheets[0]!.cells.map((r) => r[0]?.v)).toEqual(['1900-01-01', '1900-02-28', '1900-03-01']);
  });

  it('assumes the 1900 system below ExcelApi 1.2 (no Workbook.functions)', async () => {
    const fake = new FakeExcel({ apiVersion: '1.1', date1904: true });
    const port = new OfficeWorkbookPort(
      fake.run,
      { namedItems: false, dataValidation: false, pageLayout: false, insertFromWorkbook: false },
      IDS,
    );
    fake.addSheet('A').set('A1', { value: 45000, numberFormat: 'dd/mm/yyyy' });
    const snap = await port.read();
    expect(snap.date1904).toBeUndefined();
    expect(snap.sheets[0]!.cells[0]![0]).toMatchObject({ t: 'd', v: '2023-03-15' });
  });
});
