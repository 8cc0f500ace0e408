import { FakeExcel, type FakeExcel as FakeExcelType } from '../doubles/fake-excel';
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_STORE_RANGE,
  OfficeWorkbookPort,
  parseStore,
} from '../../src/adapters/office/office-port';
import { OFFICE_MSG } from '../../src/domain/messages/office';
import { HIGHLIGHT_FILLS, SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { FULL, IDS, samplePlan, setup } from './helpers';

const CELLS = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'];

/** No Fill, white, yellow, a patterned fill, a tinted theme colour, No Fill again. */
function seedFills(fake: FakeExcelType) {
  const s = fake.addSheet('PL-II');
  s.setRows('A1', [[1, 2, 3, 4, 5, 6]]);
  s.set('B1', { fill: '#FFFFFF' }).set('C1', { fill: '#FFFF00' });
  s.get('D1')!.fill = { color: '#00B050', pattern: 'Gray50', tintAndShade: 0, patternColor: '#FF0000' };
  s.get('E1')!.fill = { color: '#9BC2E6', pattern: 'Solid', tintAndShade: 0.4, patternColor: null };
  return s;
}

function fills(fake: FakeExcelType, sheet = 'PL-II') {
  return CELLS.map((c) => fake.sheet(sheet).fillOf(c));
}

/** What getCellProperties reports for a cell (how the port tells No Fill from white). */
async function cellProps(fake: FakeExcelType, address: string) {
  return fake.run(async (ctx) => {
    const p = ctx.workbook.worksheets
      .getItem('PL-II')
      .getRange(address)
      .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
    await ctx.sync();
    return p.value[0]![0]!.format!.fill;
  });
}

describe('highlight / clearHighlights', () => {
  it('colours errors light red and warnings yellow; highlighting again recolours and still restores exactly', async () => {
    const { fake, port } = setup();
    seedFills(fake);
    const original = structuredClone(fills(fake));
    await port.read();
    await port.highlight([
      { sheet: 'PL-II', cell: 'A1', kind: 'error' },
      { sheet: 'PL-II', cell: 'B1:C1', kind: 'warning' },
    ]);
    expect(fills(fake).map((f) => f?.color)).toEqual([
      HIGHLIGHT_FILLS.error,
      HIGHLIGHT_FILLS.warning,
      HIGHLIGHT_FILLS.warning,
      '#00B050',
      '#9BC2E6',
      undefined,
    ]);
    // The warning in B1 became an error after an edit: recoloured, its white original kept.
    await port.highlight([{ sheet: 'PL-II', cell: 'B1', kind: 'error' }]);
    expect(fake.sheet('PL-II').fillOf('B1')?.color).toBe(HIGHLIGHT_FILLS.error);
    await port.clearHighlights();
    expect(fills(fake)).toEqual(original);
  });

  it('(d) restores every original fill exactly, each call in at most 3 syncs (the store of originals in its own sync before any fill; clear checks protection)', async () => {
    const { fake, port } = setup();
    const s = seedFills(fake);
    const original = structuredClone(fills(fake));
    await port.read();

    const h = await fake.countSyncs(() => port.highlight(CELLS.map((cell) => ({ sheet: 'PL-II', cell }))));
    expect(h.syncs).toBeLessThanOrEqual(3);
    for (const f of fills(fake))
      expect(f).toEqual({ color: HIGHLIGHT_FILL, pattern: 'Solid', tintAndShade: 0, patternColor: null });
    expect(fake.sheet(SETTINGS_SHEET).visibility).toBe('VeryHidden');
    expect(s.get('G1')).toBeUndefined();

    const c = await fake.countSyncs(() => port.clearHighlights());
    expect(c.syncs).toBeLessThanOrEqual(3);
    expect(fills(fake)).toEqual(original);
    expect(await cellProps(fake, 'A1')).toEqual({ color: '#FFFFFF', pattern: 'None', tintAndShade: null });
    expect(await cellProps(fake, 'B1')).toEqual({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 });
    expect(await cellProps(fake, 'C1')).toEqual({ color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 });
    // The store is emptied.
    expect(fake.sheet(SETTINGS_SHEET).get('B1')?.value).toBe('');
  });

  it('highlighting twice keeps the first originals (never stores the red)', async () => {
    const { fake, port } = setup();
    seedFills(fake);
    const original = structuredClone(fills(fake));
    await port.highlight([
      { sheet: 'PL-II', cell: 'A1' },
      { sheet: 'PL-II', cell: 'C1' },
    ]);
    await port.highlight([{ sheet: 'PL-II', cell: 'A1:F1' }]);
    await port.highlight([{ sheet: 'PL-II', cell: 'C1' }]);
    await port.clearHighlights();
    expect(fills(fake)).toEqual(original);
  });

  it('clears after reopening (a new port instance reads the originals from the workbook)', async () => {
    const { fake, port } = setup();
    seedFills(fake);
    const original = structuredClone(fills(fake));
    await port.highlight(CELLS.map((cell) => ({ sheet: 'PL-II', cell })));
    const reopened = new OfficeWorkbookPort(fake.run, FULL, IDS);
    const c = await fake.countSyncs(() => reopened.clearHighlights());
    expect(c.syncs).toBe(3);
    expect(fills(fake)).toEqual(original);
    const store = fake.sheet(SETTINGS_SHEET);
    expect(parseStore([[store.get('B1')?.value]])).toEqual({ v: 1, fills: [], cells: {} });
  });

  it('cold start: the sheet list first (4 syncs when the settings sheet exists), 5 at most the very first time', async () => {
    const { fake } = setup();
    seedFills(fake);
    const first = new OfficeWorkbookPort(fake.run, FULL, IDS);
    const h1 = await fake.countSyncs(() => first.highlight([{ sheet: 'PL-II', cell: 'A1' }]));
    expect(h1.syncs).toBeLessThanOrEqual(5);
    const second = new OfficeWorkbookPort(fake.run, FULL, IDS);
    const h2 = await fake.countSyncs(() => second.highlight([{ sheet: 'PL-II', cell: 'C1' }]));
    expect(h2.syncs).toBe(4);
    const empty = new OfficeWorkbookPort(new FakeExcel().run, FULL, IDS);
    await expect(empty.clearHighlights()).resolves.toBeUndefined();
  });

  it('works on a protected annex sheet (formatting is allowed) and skips unknown sheets', async () => {
    const { fake, port } = setup();
    await port.insertSheet(samplePlan());
    const before = structuredClone(fake.sheet('PL-I').fillOf('E7'));
    await port.highlight([
      { sheet: 'PL-I', cell: 'E7' },
      { sheet: 'PL-I', cell: 'C7' },
      { sheet: 'Không có', cell: 'A1' },
      { sheet: 'PL-I', cell: '' },
    ]);
    expect(fake.sheet('PL-I').fillOf('E7')?.color).toBe(HIGHLIGHT_FILL);
    await port.clearHighlights();
    expect(fake.sheet('PL-I').fillOf('E7')).toEqual(before);
    expect(fake.sheet('PL-I').fillOf('C7')).toBeNull();
  });

  it('recovers when a highlighted sheet was renamed or its cache is stale', async () => {
    const { fake, port } = setup();
    seedFills(fake);
    fake.addSheet('Khác').set('A1', 1);
    await port.read();
    await port.highlight([
      { sheet: 'Khác', cell: 'A1' },
      { sheet: 'PL-II', cell: 'C1' },
    ]);
    fake.renameSheet('Khác', 'Đổi tên');
    await port.clearHighlights();
    expect(fake.sheet('PL-II').fillOf('C1')?.color).toBe('#FFFF00');
    // Cells of the renamed sheet cannot be found by name any more: left as they are.
    expect(fake.sheet('Đổi tên').fillOf('A1')?.color).toBe(HIGHLIGHT_FILL);
    // A stale cache (sheet deleted behind the port's back) costs a retry, not an error.
    await port.read();
    fake.sheets = fake.sheets.filter((x) => x.name !== 'Đổi tên');
    await expect(
      port.highlight([
        { sheet: 'Đổi tên', cell: 'A1' },
        { sheet: 'PL-II', cell: 'A1' },
      ]),
    ).resolves.toBeUndefined();
    expect(fake.sheet('PL-II').fillOf('A1')?.color).toBe(HIGHLIGHT_FILL);
  });

  it('without ExcelApi 1.9: colours come back, No Fill stays No Fill, white becomes No Fill', async () => {
    const fake = new FakeExcel({ apiVersion: '1.8' });
    const port = new OfficeWorkbookPort(
      fake.run,
      { namedItems: true, dataValidation: true, pageLayout: false, insertFromWorkbook: false },
      IDS,
    );
    seedFills(fake);
    await port.read();
    const h = await fake.countSyncs(() => port.highlight(CELLS.map((cell) => ({ sheet: 'PL-II', cell }))));
    expect(h.syncs).toBeLessThanOrEqual(3);
    const c = await fake.countSyncs(() => port.clearHighlights());
    expect(c.syncs).toBeLessThanOrEqual(3);
    const [a, b, cc, , , f] = fills(fake);
    expect(a).toBeNull();
    expect(b).toBeNull(); // documented limitation
    expect(cc).toEqual({ color: '#FFFF00', pattern: 'Solid', tintAndShade: 0, patternColor: null });
    expect(f).toBeNull();
  });

  it('stores originals as JSON in the settings sheet column B', async () => {
    const { fake, port } = setup();
    seedFills(fake);
    await port.highlight([
      { sheet: 'PL-II', cell: 'A1' },
      { sheet: 'PL-II', cell: 'C1' },
    ]);
    const settings = fake.sheet(SETTINGS_SHEET);
    expect(HIGHLIGHT_STORE_RANGE).toBe('B1:B20');
    expect(settings.get('B1')?.numberFormat).toBe('@');
    expect(JSON.parse(String(settings.get('B1')?.value))).toEqual({
      v: 1,
      fills: [null, { c: '#FFFF00', p: 'Solid', t: 0 }],
      cells: { 'PL-II': { A1: 0, C1: 1 } },
    });
  });
});

describe('select', () => {
  it('(e) activates the sheet and selects the cell in one sync', async () => {
    const { fake, port } = setup();
    fake.addSheet('Mục lục');
    fake.addSheet('PL-III').set('D12', 5);
    const { syncs } = await fake.countSyncs(() => port.select({ sheet: 'PL-III', cell: 'D12' }));
    expect(syncs).toBe(1);
    expect(fake.activeSheet?.name).toBe('PL-III');
    expect(fake.selection).toEqual({ sheet: 'PL-III', address: 'D12' });
    await port.select({ sheet: 'Mục lục', cell: '' });
    expect(fake.selection).toEqual({ sheet: 'Mục lục', address: 'A1' });
  });

  it('explains a missing or hidden sheet in Vietnamese', async () => {
    const { fake, port } = setup();
    fake.addSheet('PL-I');
    fake.addSheet('Ẩn', 'Hidden');
    await expect(port.select({ sheet: 'Không có', cell: 'A1' })).rejects.toThrow(OFFICE_MSG.sheetNotFound('Không có'));
    await expect(port.select({ sheet: 'Ẩn', cell: 'A1' })).rejects.toThrow(OFFICE_MSG.sheetHidden('Ẩn'));
  });
});

describe('writeSettings', () => {
  it('creates the veryHidden settings sheet once and writes the JSON as text', async () => {
    const { fake, port } = setup();
    fake.addSheet('PL-I');
    await port.writeSettings({ unitName: 'UBND TP Cao Bằng', note: '=SUM(1)' });
    await port.writeSettings({ unitName: 'UBND TP Bắc Kạn', reportNumber: '12/BC-UBND' });
    const s = fake.sheet(SETTINGS_SHEET);
    expect(s.visibility).toBe('VeryHidden');
    expect(s.get('A1')).toMatchObject({
      numberFormat: '@',
      value: '{"unitName":"UBND TP Bắc Kạn","reportNumber":"12/BC-UBND"}',
    });
    expect(fake.sheetNames()).toEqual(['PL-I', SETTINGS_SHEET]);
    expect((await port.read()).settings).toEqual({ unitName: 'UBND TP Bắc Kạn', reportNumber: '12/BC-UBND' });
  });

  it('refuses settings that do not fit in a cell', async () => {
    const { port } = setup();
    await expect(port.writeSettings({ text: 'x'.repeat(40000) })).rejects.toThrow(/Cài đặt báo cáo quá dài/);
  });
});
