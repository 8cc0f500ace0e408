/**
 * Excel 2016 MSI and older hosts (ExcelApi 1.1–1.3): the core works without the 1.4 APIs
 * (*OrNullObject getters, names.add). The fake throws ApiNotFound for anything above its level,
 * so every call the port makes here is proved to exist on that level.
 */
import { FakeExcel, FakeOfficeError } from '../doubles/fake-excel';
import {
  apiSupport,
  detectCapabilities,
  HIGHLIGHT_FILL,
  OfficeWorkbookPort,
} from '../../src/adapters/office/office-port';
import { cellsToHighlight, createAddinService } from '../../src/app/service';
import { LIMITATIONS } from '../../src/domain/messages';
import { defaultSettings } from '../../src/domain/settings';
import { a1 } from '../../src/domain/sheet/address';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { renderAnnex } from '../../src/domain/templates/fill';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import { IDS, OLD, samplePlan } from './helpers';

function oldHost(apiVersion = '1.1', supports?: (v: string) => boolean) {
  const fake = new FakeExcel({ apiVersion });
  const port = new OfficeWorkbookPort(fake.run, OLD, IDS, supports);
  return { fake, port };
}

describe('FakeExcel requirement level', () => {
  it('throws ApiNotFound for APIs above ExcelApi 1.1', async () => {
    const fake = new FakeExcel({ apiVersion: '1.1' });
    fake.addSheet('Sheet1');
    const calls: ((ctx: Excel.RequestContext) => unknown)[] = [
      (ctx) => ctx.workbook.worksheets.getItemOrNullObject('Sheet1'),
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true),
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getUsedRange(true),
      (ctx) => ctx.workbook.names.add('X', ctx.workbook.worksheets.getItem('Sheet1').getRange('A1')),
      (ctx) => ctx.workbook.names.load('items/formula'),
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').merge(),
      (ctx) => (ctx.workbook.worksheets.getItem('Sheet1').getRange('A:A').format.columnWidth = 40),
      (ctx) => (ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.protection.locked = false),
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').protection.protect(),
      (ctx) => (ctx.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden'),
      (ctx) => ctx.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1),
    ];
    for (const call of calls) {
      await expect(
        fake.run(async (ctx) => {
          call(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
    // What 1.1 has: the used range (blank sheet → A1), names by value, select, fills.
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRange().load('address,values');
      const names = ctx.workbook.names.load('items/name,items/type,items/value');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').select();
      await ctx.sync();
      expect(used.address).toBe('Sheet1!A1');
      expect(names.items).toEqual([]);
    });
    expect(new FakeOfficeError('ApiNotFound', 'x').code).toBe('ApiNotFound');
  });
});

describe('capability detection', () => {
  const office = (max: number) =>
    ({
      context: { requirements: { isSetSupported: (_set: string, v: string) => Number(v.split('.')[1]) <= max } },
    }) as unknown as typeof Office;

  it('reports namedItems from ExcelApi 1.4', () => {
    expect(detectCapabilities(office(2))).toEqual({
      namedItems: false,
      dataValidation: false,
      pageLayout: false,
      insertFromWorkbook: false,
    });
    expect(detectCapabilities(office(4)).namedItems).toBe(true);
    expect(detectCapabilities(undefined).namedItems).toBe(false);
  });

  it('asks Office for the levels without a capability, or infers them', () => {
    const s12 = apiSupport(OLD, office(2));
    expect([s12('1.1'), s12('1.2'), s12('1.3'), s12('1.7')]).toEqual([true, true, false, false]);
    const none = apiSupport(OLD, undefined);
    expect([none('1.1'), none('1.2')]).toEqual([true, false]);
    const v18 = apiSupport({ ...OLD, namedItems: true, dataValidation: true }, undefined);
    expect([v18('1.2'), v18('1.7'), v18('1.9')]).toEqual([true, true, false]);
  });
});

describe('OfficeWorkbookPort on ExcelApi 1.1', () => {
  it('inserts all 8 annexes, validates them by title, selects, highlights, clears and keeps settings', async () => {
    const { fake, port } = oldHost('1.1');
    fake.addSheet('Sheet1');
    const service = createAddinService(port, OLD);
    expect(service.limitations()).toContain(LIMITATIONS.namedItems);

    // Insert: 2 syncs each, no marker name, no merges / sizes / protection (ExcelApi 1.2).
    const settings = defaultSettings();
    const sheets: string[] = [];
    for (const id of TEMPLATE_IDS) {
      const { plan } = renderAnnex(id, settings);
      const { result, syncs } = await fake.countSyncs(() => port.insertSheet(plan));
      expect([id, syncs]).toEqual([id, 2]);
      sheets.push(result.sheetName);
      const s = fake.sheet(result.sheetName);
      expect(s.merges).toEqual([]);
      expect(s.protection.protected).toBe(false);
      expect(s.columnWidths.size).toBe(0);
      // Content is complete: the title cell and every plan value are there.
      const title = plan.cells.find((c) => c.row === 0 && c.col === 0);
      expect(s.get('A1')?.value).toBe(title?.value);
    }
    expect(fake.names).toEqual([]);
    expect(fake.activeSheet?.name).toBe(sheets.at(-1));

    // Read: 3 syncs, no markers, every annex recognised by its title.
    const r = await fake.countSyncs(() => port.read());
    expect(r.syncs).toBe(3);
    expect(r.result.markers).toEqual([]);
    expect(r.result.sheets.map((s) => s.name)).toEqual(['Sheet1', ...sheets]);

    const fresh = await fake.countSyncs(() => service.validate());
    expect(fresh.syncs).toBe(3);
    expect(fresh.result.annexes.map((a) => a.templateId).sort()).toEqual([...TEMPLATE_IDS].sort());

    // A wrong value in an input cell is found at that cell.
    const { plan } = renderAnnex('PL-I', settings);
    const input = plan.cells.find((c) => c.input && c.numFmt === '#,##0');
    expect(input).toBeDefined();
    const cell = a1(input!.row, input!.col);
    fake.sheet(sheets[0]!).set(cell, -5);
    const report = await service.validate();
    const finding = report.findings.find((f) => f.sheet === sheets[0] && f.cell === cell);
    expect(finding).toBeDefined();
    expect(report.annexes.map((a) => a.templateId).sort()).toEqual([...TEMPLATE_IDS].sort());

    // Go to the finding: 1 sync.
    const g = await fake.countSyncs(() => service.goTo({ sheet: finding!.sheet, cell: finding!.cell }));
    expect(g.syncs).toBe(1);
    expect(fake.selection).toEqual({ sheet: sheets[0], address: cell });

    // Highlight and clear: fills restored (colour only below 1.9).
    fake.sheet(sheets[0]!).set(cell, { value: -5, fill: '#FFFF00' });
    const targets = cellsToHighlight(report);
    expect(targets.length).toBeGreaterThan(0);
    const before = new Map(
      targets.map((t) => [`${t.sheet}!${t.cell}`, fake.sheet(t.sheet).fillOf(t.cell.split(':')[0]!)?.color ?? null]),
    );
    const h = await fake.countSyncs(() => service.highlight(report));
    // The port knows from read() that there is no settings sheet yet: no optimistic retry.
    expect(h.syncs).toBe(3);
    expect(fake.sheet(sheets[0]!).fillOf(cell)?.color).toBe(HIGHLIGHT_FILL);
    // Below 1.2 the settings sheet cannot be hidden; it is still skipped when reading.
    expect(fake.sheet(SETTINGS_SHEET).visibility).toBe('Visible');
    expect((await port.read()).sheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET);
    const h2 = await fake.countSyncs(() => service.highlight(report));
    expect(h2.syncs).toBe(3);

    const c = await fake.countSyncs(() => service.clearHighlights());
    expect(c.syncs).toBe(2);
    for (const t of targets)
      expect([t, fake.sheet(t.sheet).fillOf(t.cell.split(':')[0]!)?.color ?? null]).toEqual([
        t,
        before.get(`${t.sheet}!${t.cell}`),
      ]);
    expect(fake.sheet(sheets[0]!).fillOf(cell)?.color).toBe('#FFFF00');

    // Settings: 2 syncs to write, read back through read().
    const w = await fake.countSyncs(() => service.saveSettings({ unitName: 'Xã Cũ', reportYear: 2024 }));
    expect(w.syncs).toBe(2);
    const l = await fake.countSyncs(() => service.loadSettings());
    expect(l.syncs).toBe(2);
    expect(l.result).toMatchObject({ unitName: 'Xã Cũ', reportYear: 2024 });
  });

  it('still reads markers made on a newer Excel (NamedItem.value is ExcelApi 1.1)', async () => {
    const { fake, port } = oldHost('1.1');
    // The workbook was prepared on a newer Excel, which added the marker name.
    fake.addSheet('Sheet1');
    fake.addSheet('Bảng 1');
    fake.addName('PHULUC_PL_I', 'Bảng 1', 'A1');
    const snap = await port.read();
    expect(snap.markers).toEqual([{ name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'Bảng 1' }]);
  });

  it('knows a sheet an earlier version made (ASCII name, no marker) even after its title was edited', async () => {
    const { fake, port } = oldHost('1.1');
    const plan = { ...renderAnnex('PL-II', defaultSettings()).plan, name: 'PL-II De an 1898' };
    const { sheetName } = await port.insertSheet(plan);
    expect(sheetName).toBe('PL-II De an 1898');
    fake.sheet(sheetName).set('A1', 'Phụ lục 2 (đơn vị tự sửa)');
    const report = await createAddinService(port, OLD).validate();
    expect(report.annexes.map((a) => [a.templateId, a.sheet])).toEqual([['PL-II', 'PL-II De an 1898']]);
  });

  it('reads a blank sheet as empty (getUsedRange gives A1) and a formatted one without phantom cells', async () => {
    const { fake, port } = oldHost('1.1');
    fake.addSheet('Trống');
    fake.addSheet('Tô màu').set('C5', { fill: '#FFFF00' }).set('A1', 'x');
    const snap = await port.read();
    expect(snap.sheets[0]!.cells).toEqual([]);
    expect(snap.sheets[1]!.cells.flat().filter(Boolean)).toEqual([{ t: 's', v: 'x' }]);
  });
});

describe('OfficeWorkbookPort on ExcelApi 1.2 (Excel 2016 MSI)', () => {
  it('adds merges, sizes, protection and a hidden settings sheet, still without marker', async () => {
    const fake = new FakeExcel({ apiVersion: '1.2' });
    const port = new OfficeWorkbookPort(fake.run, OLD, IDS, (v) => fake.supports(v));
    fake.addSheet('Sheet1');
    const { result, syncs } = await fake.countSyncs(() => port.insertSheet(samplePlan()));
    expect(syncs).toBe(2);
    const s = fake.sheet(result.sheetName);
    expect(s.merges.length).toBeGreaterThan(0);
    expect(s.columnWidths.size).toBeGreaterThan(0);
    expect(s.protection.options).toEqual({
      allowFormatCells: true,
      allowAutoFilter: true,
      allowInsertRows: true,
      allowDeleteRows: true,
    });
    expect(s.freeze).toEqual({ rows: 0, cols: 0 }); // ExcelApi 1.7
    expect(fake.names).toEqual([]);
    await port.writeSettings({ unitName: 'A' });
    expect(fake.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
    const r = await fake.countSyncs(() => port.read());
    expect(r.syncs).toBe(3);
    expect(r.result.settings).toEqual({ unitName: 'A' });
  });
});
