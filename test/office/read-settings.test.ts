import { createAddinService } from '../../src/app/service';
import { FULL, seedAnnex, setup } from './helpers';

describe('readSettings: the task pane opens without reading any sheet', () => {
  it('reads only the settings cell, in 2 syncs, however big the annexes are', async () => {
    const { fake, port } = setup(FULL);
    seedAnnex(fake, 'PL-I', 1000);
    await port.writeSettings({ unitName: 'TP. Cao Bằng', reportYear: 2024 });
    const { result, syncs } = await fake.countSyncs(() => port.readSettings());
    expect(result).toEqual({ unitName: 'TP. Cao Bằng', reportYear: 2024 });
    expect(syncs).toBe(2);
    const service = createAddinService(port, FULL);
    const loaded = await fake.countSyncs(() => service.loadSettings());
    expect(loaded.syncs).toBe(2);
    expect(loaded.result).toMatchObject({ unitName: 'TP. Cao Bằng', reportYear: 2024 });
  });

  it('answers undefined in one sync when the workbook has no settings yet', async () => {
    const { fake, port } = setup(FULL);
    seedAnnex(fake, 'PL-I', 10);
    const { result, syncs } = await fake.countSyncs(() => port.readSettings());
    expect(result).toBeUndefined();
    expect(syncs).toBe(1);
  });
});
