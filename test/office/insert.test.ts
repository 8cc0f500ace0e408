import { FakeExcel, type FakeSheet } from '../doubles/fake-excel';
import { CELLS_PER_SYNC, OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { columnWidthPoints } from '../../src/adapters/office/plan-writer';
import { OFFICE_MSG } from '../../src/domain/messages/office';
import { bigPlan, IDS, NONE, samplePlan, seedAnnex, setup } from './helpers';

/** Everything about a sheet, to prove it was not touched. */
function dump(s: FakeSheet): string {
  return JSON.stringify({
    name: s.name,
    cells: [...s.cells.entries()],
    merges: s.merges,
    widths: [...s.columnWidths.entries()],
    protection: s.protection,
    pageLayout: s.pageLayout,
    freeze: s.freeze,
  });
}

describe('OfficeWorkbookPort.insertSheet', () => {
  function seeded() {
    const env = setup();
    seedAnnex(env.fake, 'PL-I', 5);
    env.fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
    env.fake.addSheet('Mục lục').set('A1', 'Mục lục');
    return env;
  }

  it('(b) writes a realistic plan in at most 2 syncs, next to untouched sheets', async () => {
    const { fake, port } = seeded();
    const before = fake.sheets.map(dump);
    const { result, syncs } = await fake.countSyncs(() => port.insertSheet(samplePlan()));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result).toEqual({ sheetName: 'PL-I (2)' });
    expect(fake.sheetNames()).toEqual(['PL-I', 'Mục lục', 'PL-I (2)']);
    expect(fake.sheets.slice(0, 2).map(dump)).toEqual(before);
    expect(fake.activeSheet?.name).toBe('PL-I (2)');

    const s = fake.sheet('PL-I (2)');
    // Identity marker: first free instance, pointing at A1 of the new sheet.
    expect(fake.nameFormula('PHULUC_PL_I_2')).toBe("='PL-I (2)'!$A$1");
    expect(fake.names.find((n) => n.name === 'PHULUC_PL_I_2')?.comment).toBe(OFFICE_MSG.markerComment);
    expect(fake.nameFormula('PHULUC_PL_I')).toBe("='PL-I'!$A$1");

    // Text, numbers, dates, formulas and their number formats.
    expect(s.get('A1')).toMatchObject({ value: 'Phụ lục I', numberFormat: '@' });
    expect(s.get('A5')).toMatchObject({ value: 'Số TT', numberFormat: '@' });
    expect(s.get('A6')).toMatchObject({ value: '(1)', numberFormat: '@' }); // not the number -1
    expect(s.get('A7')).toMatchObject({ value: 1, numberFormat: 'General' });
    expect(s.get('B7')).toMatchObject({ value: 'Xã 1', numberFormat: '@' });
    expect(s.get('C8')).toMatchObject({ value: 6, numberFormat: '#,##0' });
    expect(s.get('D7')).toMatchObject({ value: '', numberFormat: '#,##0' });
    expect(s.get('E7')).toMatchObject({
      formula: '=IF(AND(ISNUMBER(C7),ISNUMBER(D7),D7>0),ROUND(C7/D7*100,2),"")',
      numberFormat: '0.00',
    });
    expect(s.get('F7')).toMatchObject({ value: 45503, numberFormat: 'dd/mm/yyyy' });
    expect(s.get('C10')).toMatchObject({ formula: '=SUM(C7:C9)', numberFormat: '#,##0' });

    // Strings Excel would parse stay text.
    expect(s.get('B12')).toMatchObject({ value: '8/9', numberFormat: '@' });
    expect(s.get('B12')?.formula).toBeUndefined();
    expect(s.get('C12')).toMatchObject({ value: '-5' });
    expect(s.get('D12')).toMatchObject({ value: '=1+1' });
    expect(s.get('D12')?.formula).toBeUndefined();
    expect(s.get('E12')).toMatchObject({ value: '-' });
    expect(s.get('F12')).toMatchObject({ value: "'quoted" });
    // "-" prefilled in a count input keeps the numeric format (quote prefix, not "@").
    expect(s.get('C7')).toMatchObject({ value: '-', numberFormat: '#,##0', quotePrefix: true });

    // Styles: font, bold/italic/size, alignment, wrap, fill, borders.
    expect(s.get('A1')?.font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(s.get('B7')?.font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(s.get('A6')?.font).toMatchObject({ italic: true, size: 11 });
    expect(s.get('A5')).toMatchObject({
      hAlign: 'Center',
      vAlign: 'Center',
      wrap: true,
      fill: { color: '#DDEBF7', pattern: 'Solid' },
    });
    expect(Object.keys(s.get('B5')!.borders).sort()).toEqual(['EdgeBottom', 'EdgeTop', 'InsideVertical'].sort()); // one-row block A5:G5
    expect(s.get('A5')?.borders.EdgeLeft?.style).toBe('Continuous');
    expect(s.get('E8')?.fill?.color).toBe('#F2F2F2');
    expect(s.get('A3')).toMatchObject({ font: { italic: true }, wrap: true });
    expect(s.get('D3')).toMatchObject({ font: { italic: true }, wrap: true }); // merged area gets its top-left style

    // Merges, widths (characters → points), row heights.
    expect(s.merges).toEqual([
      { r1: 0, c1: 0, r2: 0, c2: 6 },
      { r1: 1, c1: 0, r2: 1, c2: 6 },
      { r1: 2, c1: 0, r2: 2, c2: 6 },
    ]);
    expect(s.columnWidths.get(1)).toBe(columnWidthPoints(28));
    expect(s.columnWidths.get(2)).toBe(columnWidthPoints(12));
    expect(columnWidthPoints(10)).toBeCloseTo(56.25);
    expect(s.rowHeights.get(1)).toBe(33);

    // Locked / unlocked and protection without password.
    expect(s.get('C7')?.locked).toBe(false);
    expect(s.get('B9')?.locked).toBe(false);
    expect(s.get('E7')?.locked).toBe(true);
    expect(s.get('A5')?.locked).toBe(true);
    expect(s.protection).toEqual({
      protected: true,
      options: {
        allowFormatCells: true,
        allowAutoFilter: true,
        allowInsertRows: true,
        allowDeleteRows: true,
        selectionMode: 'Normal',
      },
    });

    // Native validation: warning style, prompt from the plan, one rule per column block.
    expect(s.get('C7')?.validation).toEqual({
      rule: { custom: { formula: '=OR(C7="-",AND(ISNUMBER(C7),C7>=0))' } },
      prompt: {
        showPrompt: true,
        title: OFFICE_MSG.validationPromptTitle,
        message: 'Nhập số nữ DTTS, hoặc "-" nếu không áp dụng.',
      },
      errorAlert: {
        showAlert: true,
        style: 'Warning',
        title: OFFICE_MSG.validationErrorTitle,
        message: 'Số nữ phải là số nguyên ≥ 0 hoặc "-".',
      },
    });
    // Same rule object on the block C7:C9 (written once for its top-left cell).
    expect(s.get('C9')?.validation?.rule).toEqual({ custom: { formula: '=OR(C7="-",AND(ISNUMBER(C7),C7>=0))' } });
    expect(s.get('D8')?.validation?.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(s.get('F7')?.validation?.rule).toEqual({
      date: { formula1: '1990-01-01', formula2: '2100-12-31', operator: 'Between' },
    });
    expect(s.get('G8')?.validation?.rule).toEqual({
      list: { inCellDropDown: true, source: 'Kế hoạch,Công văn,Quyết định' },
    });
    expect(s.get('B7')?.validation?.rule).toEqual({ textLength: { formula1: 200, operator: 'LessThanOrEqualTo' } });
    expect(s.get('E7')?.validation).toBeUndefined();

    // Print setup, freeze panes, link.
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$6',
    });
    expect(s.freeze).toEqual({ rows: 6, cols: 2 });
    expect(s.get('B13')?.hyperlink).toEqual({ documentReference: "'Mục lục'!A1", textToDisplay: 'Về mục lục' });
  });

  it('reads back what it wrote, marker included', async () => {
    const { fake, port } = seeded();
    await port.insertSheet(samplePlan());
    fake.renameSheet('PL-I (2)', 'Bản sửa');
    const snap = await port.read();
    expect(snap.markers.map((m) => [m.name, m.sheetName])).toEqual([
      ['PHULUC_PL_I', 'PL-I'],
      ['PHULUC_PL_I_2', 'Bản sửa'],
    ]);
    const sheet = snap.sheets.find((x) => x.name === 'Bản sửa')!;
    expect(sheet.cells[6]![2]).toEqual({ t: 's', v: '-', nf: '#,##0' });
    expect(sheet.cells[6]![5]).toEqual({ t: 'd', v: '2024-07-30', nf: 'dd/mm/yyyy' });
    expect(sheet.cells[11]![1]).toEqual({ t: 's', v: '8/9', nf: '@' });
    expect(sheet.cells[11]![3]).toEqual({ t: 's', v: '=1+1', nf: '@' });
    expect(sheet.merges).toEqual(['A1:G1', 'A2:G2', 'A3:G3']);
  });

  it('leaves input cells usable: the officer can type into them on the protected sheet', async () => {
    const { fake, port } = seeded();
    await port.insertSheet(samplePlan());
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('PL-I (2)');
      ws.getRange('C7').values = [['12']];
      ws.getRange('D7').values = [['8/9']];
      await ctx.sync();
    });
    const s = fake.sheet('PL-I (2)');
    expect(s.get('C7')).toMatchObject({ value: 12, numberFormat: '#,##0' });
    // A count cell keeps its numeric format, so "8/9" becomes a date — which the validator reports.
    expect(typeof s.get('D7')?.value).toBe('number');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('PL-I (2)').getRange('E7').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('picks a free name case-insensitively and the first free marker instance', async () => {
    const { fake, port } = setup();
    fake.addSheet('pl-i');
    fake.addSheet('PL-I (2)');
    fake.addName('PHULUC_PL_I', 'pl-i', 'A1');
    fake.addName('PHULUC_PL_I_3', 'PL-I (2)', 'A1');
    const { sheetName } = await port.insertSheet(samplePlan());
    expect(sheetName).toBe('PL-I (3)');
    expect(fake.nameFormula('PHULUC_PL_I_2')).toBe("='PL-I (3)'!$A$1");
  });

  it('adds no marker for a plan without template id', async () => {
    const { fake, port } = setup();
    await port.insertSheet(samplePlan('Kết quả kiểm tra', null));
    expect(fake.names).toEqual([]);
  });

  it(`keeps 2 syncs up to ${CELLS_PER_SYNC} cells and chunks bigger plans under 5 MB per request`, async () => {
    const { fake, port } = setup();
    const small = await fake.countSyncs(() => port.insertSheet(bigPlan(1000, 15)));
    expect(small.syncs).toBe(2);
    const big = await fake.countSyncs(() => port.insertSheet(bigPlan(4000, 15)));
    expect(big.syncs).toBe(1 + Math.ceil(4000 / Math.floor(CELLS_PER_SYNC / 15)));
    expect(fake.peakRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const s = fake.sheet('Lớn (2)');
    expect(s.get('O4000')).toMatchObject({ value: 3999 * 15 + 14, locked: false });
    // Validation and lock went out as one rectangle, not one call per cell.
    expect(fake.requestLog.at(-1)!.ops).toBeLessThan(200);
  });

  it('(f) inserts without ExcelApi 1.8 / 1.9 / 1.13', async () => {
    const fake = new FakeExcel({ apiVersion: '1.4' });
    const port = new OfficeWorkbookPort(fake.run, NONE, IDS);
    fake.addSheet('Mục lục');
    const { result, syncs } = await fake.countSyncs(() => port.insertSheet(samplePlan()));
    expect(syncs).toBe(2);
    const s = fake.sheet(result.sheetName);
    expect(s.get('C7')?.validation).toBeUndefined();
    expect(s.pageLayout).toEqual({});
    expect(s.get('B13')).toMatchObject({ value: 'Về mục lục' });
    expect(s.get('B13')?.hyperlink).toBeUndefined();
    expect(s.protection.options).toEqual({
      allowFormatCells: true,
      allowAutoFilter: true,
      allowInsertRows: true,
      allowDeleteRows: true,
    });
    expect(s.get('B12')).toMatchObject({ value: '8/9', numberFormat: '@' });
    expect(fake.nameFormula('PHULUC_PL_I')).toBe("='PL-I'!$A$1");
    const snap = await port.read();
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'PL-I' }]);
  });
});
