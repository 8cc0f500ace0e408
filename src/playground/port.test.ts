import { createAddinService } from '../app/service';
import { defaultSettings } from '../domain/settings';
import { renderAnnex } from '../domain/templates/fill';
import { MEMORY_HIGHLIGHT, PlaygroundPort } from './port';
import { readXlsx, writeXlsx } from './xlsx';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });

async function withPlI() {
  const port = new PlaygroundPort();
  const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
  return { port, sheetName };
}

describe('PlaygroundPort', () => {
  it('tells listeners about every change, and brings an inserted sheet to the front at A1', async () => {
    const port = new PlaygroundPort();
    const seen: number[] = [];
    const stop = port.subscribe(() => seen.push(port.version));
    const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
    expect(port.activeSheet).toBe(sheetName);
    expect(port.selection).toEqual({ sheet: sheetName, cell: 'A1' });
    port.setCell(sheetName, 'F10', { t: 'n', v: 11 });
    await port.select({ sheet: sheetName.toLowerCase(), cell: 'i10' });
    expect(port.selection).toEqual({ sheet: sheetName, cell: 'I10' });
    stop();
    port.setCell(sheetName, 'G10', { t: 'n', v: 29 });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('watchChanges hears an edit after the formulas are recalculated (a read then sees the new results)', async () => {
    const { port, sheetName } = await withPlI();
    const seen: { range: string; h10: unknown }[] = [];
    const stop = await port.watchChanges((changes) => {
      for (const c of changes) seen.push({ range: c.range, h10: port.getCell(sheetName, 'H10')?.v });
    });
    port.setCell(sheetName, 'F10', { t: 'n', v: 11 });
    port.setCell(sheetName, 'G10', { t: 'n', v: 29 });
    expect(seen).toEqual([
      { range: 'F10', h10: '' },
      { range: 'G10', h10: 37.93 },
    ]);
    await port.insertSheet(renderAnnex('PL-II', settings).plan);
    await port.highlight([{ sheet: sheetName, cell: 'F10' }]);
    expect(seen).toHaveLength(2);
    await stop();
    port.setCell(sheetName, 'F10', { t: 'n', v: 12 });
    expect(seen).toHaveLength(2);
  });

  it('recalculates the template formulas after typing, as Excel does', async () => {
    const { port, sheetName } = await withPlI();
    expect(port.getCell(sheetName, 'H10')).toMatchObject({ t: 's', v: '' });
    port.setCell(sheetName, 'F10', { t: 'n', v: 11 });
    port.setCell(sheetName, 'G10', { t: 'n', v: 29 });
    expect(port.getCell(sheetName, 'H10')).toMatchObject({ t: 'n', v: 37.93, nf: '0.00' });
    expect(port.getCell(sheetName, 'G11')).toMatchObject({ t: 'n', v: 29, f: '=SUM(G10:G10)' });
    port.setCell(sheetName, 'G10', { t: 's', v: '29 người' });
    expect(port.getCell(sheetName, 'H10')).toMatchObject({ t: 's', v: '' });
  });

  it('highlights and restores fills exactly, also when seeded from a file', async () => {
    const { port, sheetName } = await withPlI();
    const before = new Map(port.fills);
    await port.highlight([
      { sheet: sheetName, cell: 'H10' },
      { sheet: sheetName, cell: 'I10' },
    ]);
    await port.highlight([{ sheet: sheetName, cell: 'H10' }]);
    expect(port.fills.get(`${sheetName}!H10`)).toBe(MEMORY_HIGHLIGHT);
    expect(port.highlightOriginals()).toEqual(
      new Map([
        [`${sheetName}!H10`, '#F2F2F2'],
        [`${sheetName}!I10`, null],
      ]),
    );
    await port.clearHighlights();
    expect(port.fills).toEqual(before);
    expect(port.highlighted()).toEqual([]);
  });

  it('load replaces the whole workbook', async () => {
    const { port } = await withPlI();
    port.load({ snapshot: { sheets: [{ name: 'Sheet1', cells: [] }], markers: [] } });
    expect(port.snapshot.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(port.plans).toEqual([]);
    expect(port.fills.size).toBe(0);
    expect(port.activeSheet).toBe('Sheet1');
  });
});

describe('.xlsx round trip (exceljs)', () => {
  it('writes typed values, highlights, markers and settings, and reads them back the same', async () => {
    const { port, sheetName } = await withPlI();
    await port.writeSettings(settings);
    port.setCell(sheetName, 'H10', { t: 's', v: '27,59,03%', nf: '0.00' });
    port.setCell(sheetName, 'F10', { t: 'n', v: 11, nf: '#,##0' });
    const service = createAddinService(port);
    const report = await service.validate();
    await service.highlight(report);
    await service.exportReport(report);

    const bytes = await writeXlsx(port);
    const book = await readXlsx(bytes, 'x.xlsx');
    const again = new PlaygroundPort();
    again.load(book);
    expect(again.snapshot.sheets.map((s) => s.name)).toEqual([sheetName, 'Kết quả kiểm tra']);
    expect(again.getCell(sheetName, 'H10')).toMatchObject({ t: 's', v: '27,59,03%' });
    expect(again.getCell(sheetName, 'F10')).toMatchObject({ t: 'n', v: 11 });
    expect(again.snapshot.markers.map((m) => m.name)).toEqual(['PHULUC_PL_I']);
    expect(again.snapshot.settings).toMatchObject({ unitName: 'TP. Cao Bằng' });
    expect(again.fills.get(`${sheetName}!H10`)).toBe(MEMORY_HIGHLIGHT);
    expect(again.fills.get(`${sheetName}!A6`)).toBe('#DDEBF7');
    // The same findings from the file as from the memory workbook.
    const reread = await createAddinService(again).validate();
    expect(reread.findings.map((f) => `${f.sheet}!${f.cell} ${f.messageId}`)).toEqual(
      report.findings.map((f) => `${f.sheet}!${f.cell} ${f.messageId}`),
    );
    // The file remembers the original fills: clearing restores them.
    await again.clearHighlights();
    expect(again.fills.get(`${sheetName}!H10`)).toBe('#F2F2F2');

    // Writing again from the opened file keeps what was restored.
    const bytes2 = await writeXlsx(again, bytes);
    const book2 = await readXlsx(bytes2);
    expect(book2.fills?.get(`${sheetName}!H10`)).toBe('#F2F2F2');
    expect(book2.fills?.has(`${sheetName}!I10`)).toBe(false);
    expect(book2.highlighted?.size).toBe(0);
  });

  it('carries the validation stamp and the explanations through the download and back', async () => {
    const { port, sheetName } = await withPlI();
    await port.writeSettings(settings);
    port.setCell(sheetName, 'F10', { t: 'n', v: 8 });
    port.setCell(sheetName, 'G10', { t: 'n', v: 9 });
    port.setCell(sheetName, 'H10', { t: 'n', v: 88.88 }); // 8/9 truncated: a warning
    const service = createAddinService(port, undefined, 'playground');
    const { report } = await service.validateAndStamp();
    const w = report.findings.find((f) => f.severity === 'warning' && f.cell);
    expect(w).toBeDefined();
    await service.explain(w!, 'Giải trình thử');
    const book = await readXlsx(await writeXlsx(port), 'x.xlsx');
    const again = new PlaygroundPort();
    again.load(book);
    const reread = await createAddinService(again).validate();
    expect(reread.stamp).toMatchObject({ status: 'unchanged' });
    expect(reread.stats.explained).toBe(1);
    again.setCell(sheetName, 'G10', { t: 'n', v: 10 });
    const edited = await createAddinService(again).validate();
    expect(edited.stamp!.status).toBe('modified');
    expect(edited.stats.explained).toBe(0);
  });

  it('refuses what is not an .xlsx, with the reader’s reasons', async () => {
    await expect(readXlsx(new ArrayBuffer(0))).rejects.toMatchObject({ reason: 'empty' });
    await expect(readXlsx(new TextEncoder().encode('hello').buffer as ArrayBuffer)).rejects.toMatchObject({
      reason: 'not-xlsx',
    });
  });
});
