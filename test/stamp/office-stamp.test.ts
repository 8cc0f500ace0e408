/**
 * The stamp and the explanations on the Office path (the real service over the Office adapter
 * and the fake Excel): "Kiểm tra" stamps in 2 + 2 syncs, read() carries the record back with no
 * extra sync, an edit in the sheet turns the verdict to "modified", an explanation is stored
 * with its rule and cell and dropped when its row changes, and a write Excel refuses leaves the
 * check standing with a Vietnamese sentence.
 */
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { createAddinService } from '../../src/app/service';
import type { Finding } from '../../src/domain/report/schema';
import { defaultSettings } from '../../src/domain/settings';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { cellOf } from '../integration/helpers';
import { FULL, setup } from '../office/helpers';

const settings = defaultSettings({ reportYear: 2024, unitName: 'Huyện X', units: ['Xã A'], levels: ['huyen', 'xa'] });
const ROW = {
  hdnd_huyen_nu: 8,
  hdnd_huyen_tong: 9,
  hdnd_xa_nu: 3,
  hdnd_xa_tong: 10,
  ld_huyen_nu: 2,
  ld_huyen_tong: 5,
  ld_xa_nu: 4,
  ld_xa_tong: 9,
};
const at = (col: string) => cellOf('PL-I', settings, { '1': ROW } as never, '1', col);

async function annexWorkbook() {
  const { fake, port } = setup(FULL);
  fake.addSheet('Sheet1');
  const service = createAddinService(port, FULL);
  await service.saveSettings(settings);
  const { sheetName } = await service.insert('PL-I', settings);
  const sheet = fake.sheet(sheetName);
  for (const [k, v] of Object.entries(ROW)) sheet.set(at(k), v);
  // 8/9 typed as 88,88 over the formula: a truncation warning the officer may explain.
  sheet.set(at('hdnd_huyen_tl'), 88.88);
  return { fake, port, service, sheetName, sheet };
}

describe('validation stamp over Office.js', () => {
  it('"Kiểm tra" stamps in 4 syncs (read 3, write 1); validation alone still reads in 3 and writes nothing', async () => {
    const { fake, service } = await annexWorkbook();
    const plain = await fake.countSyncs(() => service.validate());
    expect(plain.syncs).toBe(3);
    expect(plain.result.stamp).toEqual({ status: 'none' });
    expect(fake.findSheet(SETTINGS_SHEET)!.get('C1')?.value ?? '').toBe('');

    const { syncs, result } = await fake.countSyncs(() => service.validateAndStamp());
    expect(syncs).toBe(4);
    expect(result.stampError).toBeUndefined();
    expect(result.report.stamp).toMatchObject({ status: 'unchanged', errors: result.report.stats.errors });
    expect(String(fake.sheet(SETTINGS_SHEET).get('C1')?.value)).toMatch(/^\{"v":1,"checkedAt"/);
    expect(JSON.parse(String(fake.sheet(SETTINGS_SHEET).get('C1')?.value)).by).toBe('taskpane');

    const again = await fake.countSyncs(() => service.validate());
    expect(again.syncs).toBe(3);
    expect(again.result.stamp).toMatchObject({ status: 'unchanged', checkedAt: result.report.stamp!.checkedAt });
  });

  it('an edit after the check → modified; formatting (highlights) → still unchanged', async () => {
    const { service, sheet } = await annexWorkbook();
    const { report } = await service.validateAndStamp();
    await service.highlight(report);
    expect((await service.validate()).stamp!.status).toBe('unchanged');
    await service.clearHighlights();
    sheet.set(at('hdnd_xa_nu'), 4);
    expect((await service.validate()).stamp!.status).toBe('modified');
  });

  it('explains a warning: stored with rule and cell, counted, shown; a changed row drops it', async () => {
    const { fake, service, sheet } = await annexWorkbook();
    const { report } = await service.validateAndStamp();
    const w = report.findings.find((f) => f.severity === 'warning' && f.cell === at('hdnd_huyen_tl')) as Finding;
    expect(w).toBeDefined();
    const explained = await service.explain(w, 'Xã báo cáo làm tròn xuống.');
    expect(explained.report.stats.explained).toBe(1);
    expect(explained.report.stamp).toMatchObject({ status: 'unchanged', explained: 1 });
    const stored = JSON.parse(String(fake.sheet(SETTINGS_SHEET).get('D1')?.value)) as { items: Finding[] };
    expect(stored.items).toEqual([
      expect.objectContaining({ rule: w.rule, sheet: w.sheet, cell: w.cell, text: 'Xã báo cáo làm tròn xuống.' }),
    ]);

    const reread = await service.validate();
    expect(reread.findings.find((f) => f.rule === w.rule && f.cell === w.cell)?.explanation).toBe(
      'Xã báo cáo làm tròn xuống.',
    );
    expect(reread.stats.explained).toBe(1);

    sheet.set(at('ld_xa_nu'), 5); // same row, another value
    const changed = await service.validate();
    expect(changed.stats.explained).toBe(0);
    expect(changed.findings.every((f) => !f.explanation)).toBe(true);

    // Removing an explanation (empty text) restores the unexplained state exactly.
    sheet.set(at('ld_xa_nu'), 4);
    expect((await service.validate()).stats.explained).toBe(1);
    const removed = await service.explain(w, '');
    expect(removed.report.stats.explained).toBe(0);
    expect(JSON.parse(String(fake.sheet(SETTINGS_SHEET).get('D1')?.value))).toEqual({ v: 1, items: [] });
  });

  it('writes in 2 syncs when the sheet list is not known, and recovers when the settings sheet went away', async () => {
    const { fake, port, service } = await annexWorkbook();
    await service.validateAndStamp();
    const fresh = new OfficeWorkbookPort(fake.run, FULL);
    const w = await fake.countSyncs(() => fresh.writeCheckRecord({ stamp: { x: 1 } }));
    expect(w.syncs).toBe(2);
    expect(fake.sheet(SETTINGS_SHEET).get('C1')?.value).toBe('{"x":1}');
    // The settings sheet deleted behind the port's back: the stale list fails, the retry makes it.
    fake.sheets = fake.sheets.filter((s) => s.name !== SETTINGS_SHEET);
    await port.writeCheckRecord({ stamp: { x: 2 } });
    expect(fake.sheet(SETTINGS_SHEET).get('C1')?.value).toBe('{"x":2}');
  });

  it('errors cannot be explained', async () => {
    const { service, sheet } = await annexWorkbook();
    sheet.set(at('hdnd_xa_nu'), 30);
    const { report } = await service.validateAndStamp();
    const e = report.findings.find((f) => f.severity === 'error')!;
    await expect(service.explain(e, 'x')).rejects.toThrow('Chỉ giải trình được cảnh báo');
  });

  it('a stamp Excel refuses to write (protected settings sheet) leaves the report and says why', async () => {
    const { fake, service } = await annexWorkbook();
    fake.sheet(SETTINGS_SHEET).protection = { protected: true };
    const { report, stampError } = await service.validateAndStamp();
    expect(report.stats.sheets).toBe(1);
    expect(report.stamp).toEqual({ status: 'none' });
    expect(stampError).toMatch(/^Không ghi được dấu kiểm tra vào tệp/);
  });
});
