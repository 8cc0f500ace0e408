/**
 * Issue 9 items 2 and 9 — request sizes measured with Microsoft's real request serializer
 * (excel-web-16.00.debug.js in jsdom, test/doubles/office-serializer.ts): every request the
 * port sends stays ≤ 4,000,000 bytes (Excel on the web refuses 5 MB), no sync fails, and the
 * results are the same as on the fake alone.
 */
import { FakeExcel, type FakeFill } from '../doubles/fake-excel';
import { SerializerBridge } from '../doubles/office-serializer';
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { RANGE_OP_BYTES, rangeOpBytes } from '../../src/adapters/office/request-size';
import { a1 } from '../../src/domain/sheet/address';
import type { HighlightRef } from '../../src/domain/sheet/workbook';
import { FULL, IDS, NONE } from './helpers';
import { FULL_CAPABILITIES } from '../../src/app/service';
import { renderAnnex } from '../../src/domain/templates/fill';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import { benchSettings, officerData } from '../../bench/data';

const LIMIT = 4_000_000;

/** 10,000 cells in a checkerboard (no two targets side by side: the worst case for grouping). */
function checkerboard(sheet: string): HighlightRef[] {
  const refs: HighlightRef[] = [];
  for (let r = 4; refs.length < 10_000; r++)
    for (let c = 0; c < 100 && refs.length < 10_000; c++)
      if ((r + c) % 2 === 0) refs.push({ sheet, cell: a1(r, c), kind: c % 3 ? 'error' : 'warning' });
  return refs;
}

function fills(fake: FakeExcel, refs: HighlightRef[]): (FakeFill | null)[] {
  return refs.map((r) => structuredClone(fake.sheet(r.sheet).fillOf(r.cell)));
}

describe('requests through the real Office.js serializer', () => {
  it.each([
    ['ExcelApi 1.13', FULL],
    ['ExcelApi 1.4', NONE],
  ] as const)('highlight() and clearHighlights() on 10,000 cells stay ≤ 4,000,000 bytes (%s)', async (_l, caps) => {
    const fake = new FakeExcel();
    const s = fake.addSheet('PL-I');
    for (let r = 4; r < 300; r += 7) s.set(a1(r, 3), { fill: r % 2 ? '#FFFFFF' : '#00B050' });
    const bridge = new SerializerBridge(fake);
    const port = new OfficeWorkbookPort(bridge.run, caps, IDS);
    const refs = checkerboard('PL-I');
    const before = fills(fake, refs);

    await port.highlight(refs);
    const h = bridge.portSyncs;
    expect(h.filter((x) => x.error)).toEqual([]);
    // Every request, Excel.run's closing one (releasing the ranges' references) included.
    expect(bridge.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(Math.max(...h.map((x) => x.responseBytes))).toBeLessThanOrEqual(LIMIT);
    expect(fake.sheet('PL-I').fillOf('A5')?.color).toBe('#FFEB9C');
    expect(fake.sheet('PL-I').fillOf('B6')?.color).toBe('#FFC7CE');

    bridge.reset();
    await port.clearHighlights();
    const c = bridge.portSyncs;
    expect(c.filter((x) => x.error)).toEqual([]);
    expect(bridge.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    const after = fills(fake, refs);
    if (caps.pageLayout) expect(after).toEqual(before);
    else expect(after.filter((f) => f && f.color !== '#00B050')).toEqual([]);
  });

  it('the request model is an upper bound of what the serializer sends for range operations', async () => {
    const fake = new FakeExcel({});
    fake.addSheet('PL-I');
    const bridge = new SerializerBridge(fake);
    for (const n of [1, 100, 3000]) {
      bridge.reset();
      let model = 0;
      await bridge.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('PL-I');
        for (let i = 0; i < n; i++) {
          const address = `${a1(i, 2)}:${a1(i, 4)}`;
          ws.getRange(address).format.fill.color = '#FFC7CE';
          model += rangeOpBytes(address, '#FFC7CE');
        }
        await ctx.sync();
      });
      // The batch's fixed part (workbook, worksheets, getItem: ~400 bytes) is outside the model.
      const real = bridge.portSyncs[0]!.requestBytes - 400;
      expect(model).toBeGreaterThanOrEqual(real);
      expect(model).toBeLessThanOrEqual(real * 1.5 + RANGE_OP_BYTES);
    }
  });

  it('insert of a 1,000-row annex and read() of eight 1,000-row annexes: ≤ 4,000,000 bytes, ≤ 3 syncs, same snapshot', async () => {
    const data = officerData(1000);
    const fake = new FakeExcel();
    const bridge = new SerializerBridge(fake);
    const port = new OfficeWorkbookPort(bridge.run, FULL_CAPABILITIES);
    await port.insertSheet(renderAnnex('PL-I', benchSettings, data['PL-I'] ?? {}).plan);
    expect(bridge.failedSyncs).toBe(0);
    expect(bridge.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    for (const id of TEMPLATE_IDS.filter((t) => t !== 'PL-I'))
      await new OfficeWorkbookPort(fake.run, FULL_CAPABILITIES).insertSheet(
        renderAnnex(id, benchSettings, data[id] ?? {}).plan,
      );

    bridge.reset();
    const viaSerializer = await new OfficeWorkbookPort(bridge.run, FULL_CAPABILITIES).read();
    expect(bridge.failedSyncs).toBe(0);
    expect(bridge.portSyncs.length).toBeLessThanOrEqual(3);
    expect(bridge.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(bridge.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    const direct = await new OfficeWorkbookPort(fake.run, FULL_CAPABILITIES).read();
    expect(viaSerializer).toEqual(direct);
    expect(viaSerializer.sheets.filter((s) => s.cells.length >= 1000).length).toBeGreaterThanOrEqual(5);
  });
});
