/**
 * Issue 9 item 4 — merged areas: Excel refuses getMergedAreasOrNullObject on a range holding
 * more than 512 merged areas (the fake models it). read() asks only for annexes, in bands too
 * small to meet the limit, and degrades with a finding when Excel refuses anyway.
 */
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { createAddinService } from '../../src/app/service';
import { FakeExcel, MAX_MERGED_AREAS } from '../doubles/fake-excel';
import { FULL, IDS, samplePlan } from './helpers';

async function annexWith(fake: FakeExcel, merges: number): Promise<string> {
  const port = new OfficeWorkbookPort(fake.run, FULL, IDS);
  const { sheetName } = await port.insertSheet(samplePlan('PL-I', 'PL-I', 3));
  const s = fake.sheet(sheetName);
  s.protection = { protected: false };
  for (let i = 0; i < merges; i++) {
    const r = 20 + i;
    s.set(`J${r}`, 'ghi chú').merge(`J${r}:K${r}`);
  }
  return sheetName;
}

describe('merged areas (issue 9 item 4)', () => {
  it('the fake refuses a range with more than 512 merged areas, as Excel', async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet('A');
    for (let i = 0; i <= MAX_MERGED_AREAS; i++) s.merge(`A${i + 1}:B${i + 1}`);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1:B600').getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('a sheet full of merges that is not an annex does not make validation fail; an annex with 600 is read whole', async () => {
    const fake = new FakeExcel();
    const other = fake.addSheet('Danh sách');
    for (let i = 0; i < 700; i++) other.set(`A${i + 5}`, `Xã ${i}`).merge(`A${i + 5}:C${i + 5}`);
    const annex = await annexWith(fake, 600);
    const port = new OfficeWorkbookPort(fake.run, FULL, IDS);
    const failed = fake.failedSyncs;
    const snap = await port.read();
    expect(fake.failedSyncs).toBe(failed);
    const a = snap.sheets.find((x) => x.name === annex)!;
    expect(a.merges!.filter((m) => m.startsWith('J')).length).toBe(600);
    expect(a.mergesUnread).toBeUndefined();
    expect(snap.sheets.find((x) => x.name === 'Danh sách')!.merges).toBeUndefined();
  });

  it('merged areas Excel refuses: the cells are still read, and a finding says the merge check was not done', async () => {
    const fake = new FakeExcel();
    const annex = await annexWith(fake, 3);
    fake.refuseMergedAreas = true;
    const port = new OfficeWorkbookPort(fake.run, FULL, IDS);
    const service = createAddinService(port, FULL);
    const report = await service.validate();
    const snap = await port.read();
    expect(snap.sheets.find((x) => x.name === annex)!.mergesUnread).toBe(true);
    expect(snap.sheets.find((x) => x.name === annex)!.cells.length).toBeGreaterThan(8);
    const f = report.findings.filter((x) => x.messageId === 'structure/merges-unread');
    expect(f.map((x) => [x.sheet, x.severity])).toEqual([[annex, 'info']]);
    expect(f[0]!.message).toMatch(/vùng ô gộp/);
  });
});
