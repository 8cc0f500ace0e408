import ExcelJS from 'exceljs';
import { defaultSettings } from '../../domain/settings';
import { SETTINGS_SHEET } from '../../domain/sheet/workbook';
import { renderAnnex } from '../../domain/templates/fill';
import { ExceljsWorkbookPort, HIGHLIGHT_FILL } from './port';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });

describe('ExceljsWorkbookPort', () => {
  it('inserts annexes without overwriting and reads them back with markers', async () => {
    const port = new ExceljsWorkbookPort();
    port.workbook.addWorksheet('PL-II Đề án 1898');
    const { sheetName } = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    expect(sheetName).toBe('PL-II Đề án 1898 (2)');
    const snap = await port.read();
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_II', templateId: 'PL-II', sheetName }]);
    expect(snap.sheets.map((s) => s.name)).toEqual(['PL-II Đề án 1898', sheetName]);
  });

  it('stores settings in the veryHidden settings sheet, kept after the annexes', async () => {
    const port = new ExceljsWorkbookPort();
    await port.writeSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
    await port.insertSheet(renderAnnex('VB', settings).plan);
    const again = await ExceljsWorkbookPort.fromFile(await port.toBuffer());
    const snap = await again.read();
    expect(snap.settings).toEqual({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['VB Văn bản chỉ đạo', 'visible'],
      [SETTINGS_SHEET, 'veryHidden'],
    ]);
  });

  it('restores original fills exactly after highlighting, including cells with no fill — also after save and reopen', async () => {
    const port = new ExceljsWorkbookPort();
    const { sheetName } = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    const ws = port.workbook.getWorksheet(sheetName)!;
    // J9: an input cell with no fill; A6: a header cell with a blue fill; Z40: a cell that did not exist.
    const before = {
      J9: JSON.stringify(ws.getCell('J9').style),
      A6: JSON.stringify(ws.getCell('A6').style),
      Z40: JSON.stringify(ws.getCell('Z40').style),
    };
    expect(ws.getCell('J9').fill).toBeUndefined();
    expect(ws.getCell('A6').fill).toBeDefined();
    const sibling = JSON.stringify(ws.getCell('B6').style);

    await port.highlight([
      { sheet: sheetName, cell: 'J9' },
      { sheet: sheetName, cell: 'A6' },
      { sheet: sheetName, cell: 'Z40' },
      { sheet: 'Không có', cell: 'A1' },
    ]);
    await port.highlight([{ sheet: sheetName, cell: 'J9' }]); // twice: the original is kept
    expect(ws.getCell('J9').fill).toEqual(HIGHLIGHT_FILL);
    expect(ws.getCell('A6').fill).toEqual(HIGHLIGHT_FILL);
    // Highlighting one cell never recolours another that shared its style.
    expect(JSON.stringify(ws.getCell('B6').style)).toBe(sibling);

    const reopened = await ExceljsWorkbookPort.fromFile(await port.toBuffer());
    await reopened.clearHighlights();
    const ws2 = reopened.workbook.getWorksheet(sheetName)!;
    expect(ws2.getCell('J9').fill).toBeUndefined();
    expect(ws2.getCell('A6').fill).toEqual(JSON.parse(before.A6).fill);
    expect(ws2.getCell('Z40').fill).toBeUndefined();
    expect(reopened.workbook.getWorksheet(SETTINGS_SHEET)!.getCell('B1').value).toBeNull();

    // Same workbook without reopening.
    await port.clearHighlights();
    expect(JSON.stringify(ws.getCell('J9').style)).toBe(before.J9);
    expect(JSON.stringify(ws.getCell('A6').style)).toBe(before.A6);
    expect(JSON.stringify(ws.getCell('Z40').style)).toBe(before.Z40);
  });

  it('selects a cell: remembers it and makes it the active cell of the active sheet', async () => {
    const port = new ExceljsWorkbookPort();
    await port.insertSheet(renderAnnex('PL-I', settings).plan);
    const { sheetName } = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    await port.select({ sheet: sheetName, cell: 'D9' });
    expect(port.selection).toEqual({ sheet: sheetName, cell: 'D9' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(sheetName)!.views[0]).toMatchObject({ activeCell: 'D9' });
  });
});
