/**
 * Issue 9 item 9 — the fake Excel's request and response size model against Microsoft's real
 * serializer (test/doubles/office-serializer.ts): on the port's real workloads the fake's
 * estimate (UTF-8 bytes; object paths and actions per call) stays within 35 % of the bytes
 * Office.js actually sends and of the JSON Excel's answer takes.
 */
import { FakeExcel } from '../doubles/fake-excel';
import { SerializerBridge } from '../doubles/office-serializer';
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { FULL_CAPABILITIES } from '../../src/app/service';
import { renderAnnex } from '../../src/domain/templates/fill';
import { a1 } from '../../src/domain/sheet/address';
import { benchSettings, officerData } from '../../bench/data';

const TOLERANCE = 0.35;

function ratio(fake: number, real: number): number {
  return fake / real;
}

describe('fake Excel size model, calibrated against the real serializer', () => {
  it('requests and responses of insert, read, highlight and clear', async () => {
    const fake = new FakeExcel();
    const bridge = new SerializerBridge(fake);
    const port = new OfficeWorkbookPort(bridge.run, FULL_CAPABILITIES);
    const data = officerData(300);
    const rows: [string, number, number, number, number][] = [];
    const measure = async (what: string, fn: () => Promise<unknown>) => {
      bridge.reset();
      await fn();
      const s = bridge.portSyncs;
      const real = s.reduce((n, x) => n + x.requestBytes, 0);
      const est = s.reduce((n, x) => n + x.fakeRequestBytes, 0);
      const realResp = s.reduce((n, x) => n + x.responseBytes, 0);
      const estResp = s.reduce((n, x) => n + x.fakeResponseBytes, 0);
      rows.push([what, real, est, realResp, estResp]);
    };
    await measure('insert', () => port.insertSheet(renderAnnex('PL-I', benchSettings, data['PL-I'] ?? {}).plan));
    await measure('insert VB', () => port.insertSheet(renderAnnex('VB', benchSettings, data['VB'] ?? {}).plan));
    await measure('read', () => port.read());
    const refs: { sheet: string; cell: string }[] = [];
    // Scattered, as findings are: every other row, alternating columns.
    for (let r = 10; r < 300; r += 2) for (const c of [2, 3, 5]) refs.push({ sheet: 'PL-I', cell: a1(r + (c % 2), c) });
    await measure('highlight', () => port.highlight(refs));
    await measure('clear', () => port.clearHighlights());
    if (process.env.SHOW_CAL) console.log(rows);
    for (const [what, real, est, realResp, estResp] of rows) {
      expect([
        what,
        'request',
        Math.abs(ratio(est, real) - 1) <= TOLERANCE,
        Math.round(ratio(est, real) * 100),
      ]).toEqual([what, 'request', true, expect.any(Number)]);
      if (realResp > 20_000)
        expect([
          what,
          'response',
          Math.abs(ratio(estResp, realResp) - 1) <= TOLERANCE,
          Math.round(ratio(estResp, realResp) * 100),
        ]).toEqual([what, 'response', true, expect.any(Number)]);
    }
  });
});
