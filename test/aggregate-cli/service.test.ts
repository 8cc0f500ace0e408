/**
 * The task pane's aggregation path without a browser: createAddinService over the in-memory
 * port, unit files given as ArrayBuffers (what a browser File yields), exceljs loaded lazily.
 */
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import { readUnitData, inferReceiverSettings } from '../../src/app/aggregate';
import { createAddinService } from '../../src/app/service';
import type { AggregateFilesProgress } from '../../src/app/types';
import { STATUS_SHEET } from '../../src/domain/aggregate';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import { renderAnnex } from '../../src/domain/templates/fill';
import type { WorkbookData } from '../../src/domain/templates/fill';

const row = (nu: number, tong: number) => ({
  hdnd_tinh_nu: '-',
  hdnd_tinh_tong: '-',
  hdnd_huyen_nu: nu,
  hdnd_huyen_tong: tong,
  hdnd_xa_nu: 1,
  hdnd_xa_tong: 2,
  ld_tinh_nu: '-',
  ld_tinh_tong: '-',
  ld_huyen_nu: 3,
  ld_huyen_tong: 4,
  ld_xa_nu: 5,
  ld_xa_tong: 9,
});

async function unitBytes(
  unitName: string,
  nu: number,
  tong: number,
  extra: ReportSettingsInput = {},
): Promise<ArrayBuffer> {
  const settings = defaultSettings({
    unitName,
    units: [unitName],
    reportYear: 2024,
    reportDate: '2024-12-01',
    ...extra,
  });
  const data: WorkbookData = { 'PL-I': { '1': row(nu, tong) } };
  const { workbook } = await buildAnnexWorkbook(['PL-I'], settings, data);
  const buf = new Uint8Array(await workbook.xlsx.writeBuffer());
  // A plain ArrayBuffer, not a Node Buffer: what File.arrayBuffer() gives in the task pane.
  return buf.slice().buffer;
}

const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('AddinService.aggregateFiles', () => {
  it('reads ArrayBuffers, reports progress per file, inserts the merged annex and the status sheet', async () => {
    const port = new MemoryWorkbookPort();
    const service = createAddinService(port);
    const files = [
      { name: 'XaA.xlsx', data: await unitBytes('Xã A', 11, 29) },
      { name: 'XaB.xlsx', data: await unitBytes('Xã B', 30, 20) }, // error
      { name: 'XaA-lan2.xlsx', data: await unitBytes('Xã A', 11, 29) }, // duplicate
      { name: 'XaC.xlsx', data: await unitBytes('Xã C', 2, 5) },
      { name: 'hong.xlsx', data: text('không phải Excel') },
    ];
    const progress: AggregateFilesProgress[] = [];
    const res = await service.aggregateFiles(files, { includeInvalid: false }, (p) => progress.push(p));
    expect(progress).toEqual(files.map((f, i) => ({ index: i + 1, total: 5, fileName: f.name })));
    expect(res).toEqual({
      sheets: ['Tổng hợp PL-I Nữ DTTS lãnh đạo', STATUS_SHEET.name],
      included: 2,
      excluded: 2,
      duplicates: 1,
    });

    const snap = await port.read();
    expect(snap.sheets.map((s) => s.name)).toEqual(res.sheets);
    expect(snap.markers.map((m) => m.templateId)).toEqual(['PL-I']);
    // No settings in the workbook: the year and levels come from the files, and are stored.
    expect(snap.settings).toMatchObject({ reportYear: 2024, units: ['Xã A', 'Xã C'] });
    const report = validateSnapshot(snap);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const status = snap.sheets[1]!;
    const cells = status.cells.flatMap((r) => (r ?? []).map((c) => (c ? String(c.v) : '')));
    expect(cells).toContain('hong.xlsx');
    expect(cells.some((c) => c.startsWith('Không đọc được tệp: không phải tệp Excel .xlsx'))).toBe(true);
  });

  it("never overwrites the officer's sheets and keeps the settings the officer saved", async () => {
    const own = defaultSettings({ unitName: 'Huyện Hòa An', reportYear: 2024, units: ['Xã Cũ'] });
    const port = new MemoryWorkbookPort();
    await port.writeSettings(own);
    const mine = await port.insertSheet(renderAnnex('PL-I', own, { '1': row(1, 2) }).plan);
    expect(mine.sheetName).toBe('PL-I Nữ DTTS lãnh đạo');
    const before = JSON.stringify((await port.read()).sheets[0]);

    const service = createAddinService(port);
    const files = [{ name: 'XaA.xlsx', data: await unitBytes('Xã A', 11, 29) }];
    const first = await service.aggregateFiles(files, { includeInvalid: false });
    const second = await service.aggregateFiles(files, { includeInvalid: false });
    // The merged annex says "Tổng hợp" in its name; a second run gets "(2)" names (cut to Excel's 31 characters), never overwrites.
    expect(first.sheets).toEqual(['Tổng hợp PL-I Nữ DTTS lãnh đạo', STATUS_SHEET.name]);
    expect(second.sheets).toEqual(['Tổng hợp PL-I Nữ DTTS lãnh (2)', `${STATUS_SHEET.name} (2)`]);
    const snap = await port.read();
    expect(JSON.stringify(snap.sheets[0])).toBe(before);
    expect(snap.settings).toEqual(own);
  });

  it('readUnitData never throws; inferReceiverSettings takes the most common year', async () => {
    expect(await readUnitData('rong.xlsx', new ArrayBuffer(0))).toEqual({
      fileName: 'rong.xlsx',
      unreadable: 'tệp rỗng (0 byte)',
    });
    const a = await readUnitData('a.xlsx', await unitBytes('Xã A', 1, 2, { reportYear: 2023 }));
    const b = await readUnitData('b.xlsx', await unitBytes('Xã B', 1, 2, { reportYear: 2024 }));
    const c = await readUnitData('c.xlsx', await unitBytes('Xã C', 1, 2, { reportYear: 2024, levels: ['tinh', 'xa'] }));
    const d = await readUnitData('d.xlsx', await unitBytes('Xã D', 1, 2, { reportYear: 2024 }));
    const s = inferReceiverSettings([a.snapshot, b.snapshot, c.snapshot, d.snapshot, undefined]);
    expect([s.reportYear, s.levels, s.unitName]).toEqual([2024, ['tinh', 'huyen', 'xa'], '']);
    expect(inferReceiverSettings([]).reportYear).toBe(defaultSettings().reportYear);
  });
});
