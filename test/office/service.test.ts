/** The real service and templates over the Office port and the fake: the add-in's flows end to end. */
import { createAddinService } from '../../src/app/service';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import { FULL, NONE, setup } from './helpers';

describe('AddinService over OfficeWorkbookPort', () => {
  it('inserts every template in 2 syncs, finds them again, validates in 2 syncs', async () => {
    const { fake, port } = setup();
    fake.addSheet('Sheet1');
    const service = createAddinService(port, FULL);
    const settings = defaultSettings({ unitName: 'TP Cao Bằng', reportYear: 2024, units: ['Xã A', 'Xã B'] });
    for (const t of TEMPLATES) {
      const { syncs, result } = await fake.countSyncs(() => service.insert(t.id, settings));
      expect([t.id, syncs]).toEqual([t.id, 2]);
      expect(fake.sheet(result.sheetName).protection.protected).toBe(true);
    }
    const { syncs, result: report } = await fake.countSyncs(() => service.validate());
    expect(syncs).toBe(3);
    const snap = await port.read();
    expect(snap.markers.map((m) => m.templateId).sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
    expect(report.stats.sheets).toBeGreaterThan(0);

    const h = await fake.countSyncs(() => service.highlight(report));
    expect(h.syncs).toBeLessThanOrEqual(3);
    const c = await fake.countSyncs(() => service.clearHighlights());
    expect(c.syncs).toBeLessThanOrEqual(3);
  });

  it('inserts every template on a host without ExcelApi 1.8 / 1.9 / 1.13', async () => {
    const { fake, port } = setup(NONE, '1.4');
    fake.addSheet('Sheet1');
    const service = createAddinService(port, NONE);
    for (const t of TEMPLATES)
      await expect(service.insert(t.id, defaultSettings())).resolves.toHaveProperty('sheetName');
    await expect(service.validate()).resolves.toHaveProperty('stats');
  });
});
