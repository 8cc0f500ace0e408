import ExcelJS from 'exceljs';
import { SETTINGS_SHEET } from '../../domain/sheet/workbook';
import { isDateFormat, sniffWorkbook, WorkbookReadError } from './read';
import { readWorkbookFile } from './read-file';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return readWorkbookFile(buf);
}

describe('readWorkbookFile', () => {
  it('converts every kind of cell to a RawCell', async () => {
    const snap = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Số liệu');
      ws.getCell('A1').value = 42;
      ws.getCell('A2').value = 'chữ';
      ws.getCell('A3').value = { richText: [{ text: 'Phụ ' }, { text: 'lục', font: { bold: true } }] };
      ws.getCell('A4').value = true;
      ws.getCell('A5').value = new Date(Date.UTC(2021, 6, 26));
      ws.getCell('A6').value = 44403; // a serial with a date format
      ws.getCell('A6').numFmt = 'dd/mm/yyyy';
      ws.getCell('A7').value = { formula: 'A1*2', result: 84 } as ExcelJS.CellFormulaValue;
      ws.getCell('A8').value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('A9').value = { formula: 'A1&"x"' } as ExcelJS.CellFormulaValue;
      ws.getCell('A10').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A11').value = { text: 'Xem PL-I', hyperlink: "#'PL-I'!A1" };
      ws.getCell('A12').value = { formula: 'IF(A1>0,"Đạt","Chưa đạt")', result: 'Đạt' } as ExcelJS.CellFormulaValue;
      ws.getCell('A13').value = '36,4%';
      ws.getCell('A13').numFmt = '@';
      ws.getCell('A14').value = 0.364;
      ws.getCell('A14').numFmt = '0.0%';
    });
    const c = snap.sheets[0]!.cells.map((r) => r[0]);
    expect(c[0]).toEqual({ t: 'n', v: 42 });
    expect(c[1]).toEqual({ t: 's', v: 'chữ' });
    expect(c[2]).toEqual({ t: 's', v: 'Phụ lục' });
    expect(c[3]).toEqual({ t: 'b', v: true });
    expect(c[4]).toMatchObject({ t: 'd', v: '2021-07-26' });
    expect(c[5]).toMatchObject({ t: 'd', v: '2021-07-26', nf: 'dd/mm/yyyy' });
    expect(c[6]).toEqual({ t: 'n', v: 84, f: '=A1*2' });
    expect(c[7]).toEqual({ t: 'e', v: '#DIV/0!', f: '=1/0' });
    expect(c[8]).toEqual({ t: 'f', v: null, f: '=A1&"x"' });
    expect(c[9]).toEqual({ t: 'e', v: '#N/A' });
    expect(c[10]).toEqual({ t: 's', v: 'Xem PL-I' });
    expect(c[11]).toEqual({ t: 's', v: 'Đạt', f: '=IF(A1>0,"Đạt","Chưa đạt")' });
    expect(c[12]).toEqual({ t: 's', v: '36,4%', nf: '@' });
    expect(c[13]).toEqual({ t: 'n', v: 0.364, nf: '0.0%' });
  });

  it('keeps hidden sheets with their visibility, merges, and skips merged-away cells', async () => {
    const snap = await roundTrip((wb) => {
      const a = wb.addWorksheet('A');
      a.getCell('A1').value = 'Tiêu đề';
      a.mergeCells('A1:C2');
      wb.addWorksheet('B', { state: 'hidden' }).getCell('B2').value = 1;
      wb.addWorksheet('C', { state: 'veryHidden' });
    });
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['A', 'visible'],
      ['B', 'hidden'],
      ['C', 'veryHidden'],
    ]);
    expect(snap.sheets[0]!.merges).toEqual(['A1:C2']);
    expect(snap.sheets[0]!.cells[0]).toEqual([{ t: 's', v: 'Tiêu đề' }]);
    expect(snap.sheets[0]!.cells[1]).toBeUndefined();
    expect(snap.sheets[1]!.cells[1]![1]).toEqual({ t: 'n', v: 1 });
  });

  it('reads annex markers (defined names) and ignores other names', async () => {
    const snap = await roundTrip((wb) => {
      wb.addWorksheet('Đổi tên (2)').getCell('A1').value = 'x';
      wb.definedNames.add("'Đổi tên (2)'!$A$1", 'PHULUC_PL_II_2');
      wb.definedNames.add("'Đổi tên (2)'!$B$2", 'Vung_in');
    });
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_II_2', templateId: 'PL-II', sheetName: 'Đổi tên (2)' }]);
  });

  it('reads settings JSON from the settings sheet and reports text that is not JSON', async () => {
    const ok = await roundTrip((wb) => {
      wb.addWorksheet('PL');
      wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' }).getCell('A1').value = '{"reportYear":2024}';
    });
    expect(ok.settings).toEqual({ reportYear: 2024 });
    expect(ok.settingsError).toBeUndefined();
    const bad = await roundTrip((wb) => {
      wb.addWorksheet('PL');
      wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' }).getCell('A1').value = '{reportYear: 2024';
    });
    expect(bad.settings).toBeUndefined();
    expect(bad.settingsError).toBeTruthy();
  });

  it('says why a file is not a workbook', async () => {
    const reason = async (input: string | Buffer) => {
      try {
        await readWorkbookFile(input);
        return 'ok';
      } catch (e) {
        return (e as WorkbookReadError).reason;
      }
    };
    expect(await reason('/nonexistent/file.xlsx')).toBe('missing');
    expect(await reason(__dirname)).toBe('directory');
    expect(await reason(Buffer.from('# README\n'))).toBe('not-xlsx');
    expect(await reason(Buffer.alloc(0))).toBe('empty');
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    expect(await reason(Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')]))).toBe('encrypted');
    expect(await reason(Buffer.concat([cfb, Buffer.from('Workbook', 'utf16le')]))).toBe('xls');
    expect(await reason(cfb)).toBe('cfb');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await reason(good.subarray(0, Math.floor(good.length / 2)))).toBe('corrupt');
    expect(sniffWorkbook(good)).toBeUndefined();
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d-mmm-yy', true],
    ['[$-vi-VN]dd/mm/yyyy', true],
    ['General', false],
    ['#,##0', false],
    ['0.00', false],
    ['0.0%', false],
    ['@', false],
    ['h:mm', false],
    ['"Ngày" 0', false],
  ])('%s → %s', (nf, expected) => expect(isDateFormat(nf)).toBe(expected));
});
