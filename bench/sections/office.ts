/**
 * Office adapter figures (issue 9).
 * - syncs / insertSyncs: round trips on the fake Excel.
 * - officeRequestBytes: the largest request body Microsoft's own serializer (excel-web-16.00
 *   .debug.js in jsdom, test/doubles/office-serializer.ts) builds for highlight() and
 *   clearHighlights() on 10,000 cells (a checkerboard: no two targets adjacent, the worst case
 *   for grouping), insertSheet() of a 1,000-row PL-I and read() of eight 1,000-row annexes
 *   (Excel.run's closing request included). Target: each ≤ 4,000,000 bytes.
 * - officeReadPayload: a full validation on the calibrated fake Excel, every annex at 1,000 and
 *   10,000 rows: response bytes per 1,000 rows per annex (the larger of the two), syncs, failed
 *   syncs.
 */
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { createAddinService, FULL_CAPABILITIES } from '../../src/app/service';
import { a1 } from '../../src/domain/sheet/address';
import type { HighlightRef } from '../../src/domain/sheet/workbook';
import { renderAnnex } from '../../src/domain/templates/fill';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import { FakeExcel } from '../../test/doubles/fake-excel';
import { SerializerBridge } from '../../test/doubles/office-serializer';
import { benchSettings, officerData } from '../data';
import { verdict, type BenchSection } from './types';

const LIMIT = 4_000_000;

async function workbook(n: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL_CAPABILITIES);
  const data = officerData(n);
  for (const id of TEMPLATE_IDS) await port.insertSheet(renderAnnex(id, benchSettings, data[id] ?? {}).plan);
  await port.writeSettings(benchSettings);
  return fake;
}

async function validation(n: number) {
  const fake = await workbook(n);
  const service = createAddinService(new OfficeWorkbookPort(fake.run as never, FULL_CAPABILITIES), FULL_CAPABILITIES);
  const bytes0 = fake.responseBytesTotal;
  const failed0 = fake.failedSyncs;
  const { result, syncs } = await fake.countSyncs(() => service.validate());
  const response = fake.responseBytesTotal - bytes0;
  return {
    rows: n,
    syncs,
    failedSyncs: fake.failedSyncs - failed0,
    responseBytes: response,
    peakResponseBytes: fake.peakResponseBytes,
    bytesPer1000Rows: Math.round(response / TEMPLATE_IDS.length / (n / 1000)),
    cells: result.stats.cells,
  };
}

async function insertSyncs(): Promise<number> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL_CAPABILITIES);
  const service = createAddinService(port, FULL_CAPABILITIES);
  const { syncs } = await fake.countSyncs(() => service.insert('PL-I', benchSettings));
  return syncs;
}

function checkerboard(sheet: string): HighlightRef[] {
  const refs: HighlightRef[] = [];
  for (let r = 4; refs.length < 10_000; r++)
    for (let c = 0; c < 100 && refs.length < 10_000; c++)
      if ((r + c) % 2 === 0) refs.push({ sheet, cell: a1(r, c), kind: c % 3 ? 'error' : 'warning' });
  return refs;
}

async function requestBytes() {
  const out: Record<string, { maxRequest: number; requests: number; syncs: number; failed: number }> = {};
  const record = (key: string, bridge: SerializerBridge) => {
    out[key] = {
      maxRequest: bridge.maxRequestBytes,
      requests: bridge.syncs.length,
      syncs: bridge.portSyncs.length,
      failed: bridge.failedSyncs,
    };
    bridge.reset();
  };
  const fake = new FakeExcel();
  fake.addSheet('PL-I');
  const bridge = new SerializerBridge(fake);
  const port = new OfficeWorkbookPort(bridge.run, FULL_CAPABILITIES);
  await port.highlight(checkerboard('PL-I'));
  record('highlight10k', bridge);
  await port.clearHighlights();
  record('clear10k', bridge);

  const data = officerData(1000);
  const wb = new FakeExcel();
  const wbBridge = new SerializerBridge(wb);
  await new OfficeWorkbookPort(wbBridge.run, FULL_CAPABILITIES).insertSheet(
    renderAnnex('PL-I', benchSettings, data['PL-I'] ?? {}).plan,
  );
  record('insert1000', wbBridge);
  for (const id of TEMPLATE_IDS.filter((t) => t !== 'PL-I'))
    await new OfficeWorkbookPort(wb.run as never, FULL_CAPABILITIES).insertSheet(
      renderAnnex(id, benchSettings, data[id] ?? {}).plan,
    );
  await new OfficeWorkbookPort(wbBridge.run, FULL_CAPABILITIES).read();
  record('read1000', wbBridge);
  return out;
}

export const officeSection: BenchSection = {
  name: 'office',
  async run() {
    const syncs = [];
    for (const n of [10, 100, 1000]) {
      const v = await validation(n);
      syncs.push({ rows: v.rows, syncs: v.syncs, cells: v.cells });
    }
    const insert = await insertSyncs();
    const max = Math.max(...syncs.map((s) => s.syncs));

    const req = await requestBytes();
    const officeRequestBytes = {
      highlight10k: req.highlight10k!.maxRequest,
      clear10k: req.clear10k!.maxRequest,
      insert1000: req.insert1000!.maxRequest,
      read1000: req.read1000!.maxRequest,
      detail: req,
      target: LIMIT,
    };
    const v1 = await validation(1000);
    const v10 = await validation(10_000);
    const officeReadPayload = {
      bytesPer1000Rows: Math.max(v1.bytesPer1000Rows, v10.bytesPer1000Rows),
      syncs1000: v1.syncs,
      syncs10000: v10.syncs,
      failedSyncs: v1.failedSyncs + v10.failedSyncs,
      detail: { rows1000: v1, rows10000: v10 },
      target: { bytesPer1000Rows: 1_000_000, syncs1000: 3, syncs10000: 6, failedSyncs: 0 },
    };
    const reqMax = Math.max(
      officeRequestBytes.highlight10k,
      officeRequestBytes.clear10k,
      officeRequestBytes.insert1000,
      officeRequestBytes.read1000,
    );
    const failedReq = Object.values(req).reduce((n, r) => n + r.failed, 0);
    return {
      results: {
        syncs: { perRows: syncs, max, target: 3 },
        insertSyncs: { syncs: insert, target: 2 },
        officeRequestBytes,
        officeReadPayload,
      },
      rows: [
        [
          'syncs (full validation, fake Excel)',
          syncs.map((s) => `${s.rows} rows: ${s.syncs}`).join('; '),
          '≤ 3',
          verdict(max, 3),
        ],
        ['insertSyncs', `${insert}`, '≤ 2', verdict(insert, 2)],
        [
          'officeRequestBytes (real serializer)',
          `highlight10k ${officeRequestBytes.highlight10k}, clear10k ${officeRequestBytes.clear10k}, insert1000 ${officeRequestBytes.insert1000}, read1000 ${officeRequestBytes.read1000}; failed ${failedReq}`,
          '≤ 4000000',
          failedReq ? 'CHƯA ĐẠT' : verdict(reqMax, LIMIT),
        ],
        [
          'officeReadPayload bytesPer1000Rows',
          `${officeReadPayload.bytesPer1000Rows} (1000 rows: ${v1.bytesPer1000Rows}; 10000: ${v10.bytesPer1000Rows})`,
          '≤ 1000000',
          verdict(officeReadPayload.bytesPer1000Rows, 1_000_000),
        ],
        [
          'officeReadPayload syncs',
          `1000 rows: ${v1.syncs}; 10000 rows: ${v10.syncs}; failed ${officeReadPayload.failedSyncs}; peak response ${v10.peakResponseBytes}`,
          '≤ 3 / ≤ 6',
          officeReadPayload.failedSyncs ? 'CHƯA ĐẠT' : v1.syncs <= 3 && v10.syncs <= 6 ? 'đạt' : 'CHƯA ĐẠT',
        ],
      ],
    };
  },
};
