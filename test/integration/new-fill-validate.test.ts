/**
 * new → fill → validate through exceljs: workbooks are written to disk, changed the way an
 * officer changes them (in exceljs, saved again), read back and validated.
 */
import { renameSheet } from '../../src/adapters/exceljs/build';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';
import { PL2_ROW } from '../support/fixtures';
import { cellOf, loadExcel, requiredCells, tempDir, validateFile, where, writeAnnexWorkbook } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a blank workbook of every annex', () => {
  it('reports every empty required cell as a gap, and nothing else as an error', async () => {
    const file = tmp.file('blank.xlsx');
    const { settings, annexes } = await writeAnnexWorkbook(file);
    const report = await validateFile(file);
    expect(report.annexes.map((a) => a.templateId)).toEqual([...TEMPLATE_IDS]);
    const expected = annexes
      .flatMap((a) => requiredCells(a.templateId, settings).map((cell) => `${a.sheetName}!${cell}`))
      .sort();
    const gaps = report.findings
      .filter((f) => f.messageId === 'presence/required')
      .map(where)
      .sort();
    expect(expected.length).toBeGreaterThan(50);
    expect(gaps).toEqual(expected);
    expect(report.findings.filter((f) => f.severity === 'error' && f.messageId !== 'presence/required')).toEqual([]);
    expect(report.findings.filter((f) => f.rule.startsWith('structure/'))).toEqual([]);
    expect(report.valid).toBe(false);
  });
});

describe('what officers do to a workbook', () => {
  const data = {
    'PL-II': {
      '1': { ...PL2_ROW },
    },
  };

  it('a complete PL-II validates without errors (the baseline of the cases below)', async () => {
    const file = tmp.file('pl2.xlsx');
    await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const report = await validateFile(file);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('renaming the sheet in Excel (the marker follows the sheet) keeps it recognised, even with the title changed', async () => {
    const file = tmp.file('renamed-marker.xlsx');
    const { annexes } = await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const wb = await loadExcel(file);
    renameSheet(wb, annexes[0]!.sheetName, 'Báo cáo Đề án 1898');
    wb.getWorksheet('Báo cáo Đề án 1898')!.getCell('A1').value = 'Biểu số 2';
    await wb.xlsx.writeFile(file);
    const report = await validateFile(file);
    expect(report.annexes).toEqual([
      expect.objectContaining({ templateId: 'PL-II', sheet: 'Báo cáo Đề án 1898', errors: 0 }),
    ]);
  });

  it('renaming the sheet with exceljs alone (marker left on the old name) is still recognised by its title', async () => {
    const file = tmp.file('renamed-plain.xlsx');
    const { annexes } = await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const wb = await loadExcel(file);
    wb.getWorksheet(annexes[0]!.sheetName)!.name = 'PL2 gửi tỉnh';
    await wb.xlsx.writeFile(file);
    const report = await validateFile(file);
    expect(report.annexes).toEqual([
      expect.objectContaining({ templateId: 'PL-II', sheet: 'PL2 gửi tỉnh', errors: 0 }),
    ]);
  });

  it('notes written beside and below the table are ignored', async () => {
    const file = tmp.file('notes.xlsx');
    const { annexes } = await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const before = await validateFile(file);
    const wb = await loadExcel(file);
    const ws = wb.getWorksheet(annexes[0]!.sheetName)!;
    ws.getCell('L9').value = 'Ghi chú: số liệu do Hội LHPN cung cấp';
    ws.getCell('M10').value = 'đã đối chiếu 15/8';
    ws.getCell('N2').value = 12345;
    ws.getCell(`B${ws.rowCount + 3}`).value = 'Nơi nhận: - Sở LĐ-TB&XH;';
    await wb.xlsx.writeFile(file);
    const after = await validateFile(file);
    const strip = (r: typeof before) => r.findings.map((f) => [f.messageId, where(f)]);
    expect(strip(after)).toEqual(strip(before));
    expect(after.valid).toBe(true);
  });

  it('numbers typed as text are read (and reported as text), never taken for gaps', async () => {
    const file = tmp.file('text-numbers.xlsx');
    const { settings, annexes } = await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const people = cellOf('PL-II', settings, data['PL-II'], '1', 'truyen_thong_nguoi');
    const events = cellOf('PL-II', settings, data['PL-II'], '1', 'truyen_thong_cuoc');
    const wb = await loadExcel(file);
    const ws = wb.getWorksheet(annexes[0]!.sheetName)!;
    ws.getCell(people).value = '1.250';
    ws.getCell(events).value = ' 5 ';
    await wb.xlsx.writeFile(file);
    const report = await validateFile(file);
    const at = (cell: string) => report.findings.filter((f) => f.cell === cell);
    expect(at(people).map((f) => f.messageId)).not.toContain('presence/required');
    expect(at(events).map((f) => f.messageId)).not.toContain('presence/required');
    expect(at(people).some((f) => f.messageId.startsWith('type/'))).toBe(true);
    // The text was read as 1250: 1250 people over 5 events is consistent, no consistency finding.
    expect(report.findings.filter((f) => f.rule.startsWith('consistency/'))).toEqual([]);
  });

  it('cells emptied by the officer are gaps', async () => {
    const file = tmp.file('emptied.xlsx');
    const { settings, annexes } = await writeAnnexWorkbook(file, { templates: ['PL-II'], data });
    const cell = cellOf('PL-II', settings, data['PL-II'], '1', 'mo_hinh');
    const wb = await loadExcel(file);
    wb.getWorksheet(annexes[0]!.sheetName)!.getCell(cell).value = null;
    await wb.xlsx.writeFile(file);
    const report = await validateFile(file);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.messageId, f.cell])).toEqual([
      ['presence/required', cell],
    ]);
  });

  it('a sheet copied inside the workbook is reported as a duplicate annex, not silently merged', async () => {
    const file = tmp.file('two.xlsx');
    await writeAnnexWorkbook(file, { templates: ['PL-II', 'PL-II'], data });
    const report = await validateFile(file);
    expect(report.annexes.map((a) => a.templateId)).toEqual(['PL-II', 'PL-II']);
    expect(report.findings.map((f) => f.messageId)).toContain('structure/duplicate-annex');
  });
});
