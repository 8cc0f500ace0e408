/** Office adapter figures on the fake Excel: syncs for a full validation and for one insert. */
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { createAddinService, FULL_CAPABILITIES } from '../../src/app/service';
import { renderAnnex } from '../../src/domain/templates/fill';
import { TEMPLATE_IDS } from '../../src/domain/templates/info';
import { FakeExcel } from '../../test/doubles/fake-excel';
import { benchSettings, officerData } from '../data';
import { verdict, type BenchSection } from './types';

async function syncsAt(n: number): Promise<{ rows: number; syncs: number; cells: number }> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL_CAPABILITIES);
  const data = officerData(n);
  for (const id of TEMPLATE_IDS) await port.insertSheet(renderAnnex(id, benchSettings, data[id] ?? {}).plan);
  await port.writeSettings(benchSettings);
  const service = createAddinService(port, FULL_CAPABILITIES);
  const { result, syncs } = await fake.countSyncs(() => service.validate());
  return { rows: n, syncs, cells: result.stats.cells };
}

async function insertSyncs(): Promise<number> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL_CAPABILITIES);
  const service = createAddinService(port, FULL_CAPABILITIES);
  const { syncs } = await fake.countSyncs(() => service.insert('PL-I', benchSettings));
  return syncs;
}

export const officeSection: BenchSection = {
  name: 'office',
  async run() {
    const syncs = [];
    for (const n of [10, 100, 1000]) syncs.push(await syncsAt(n));
    const insert = await insertSyncs();
    const max = Math.max(...syncs.map((s) => s.syncs));
    return {
      results: { syncs: { perRows: syncs, max, target: 2 }, insertSyncs: { syncs: insert, target: 2 } },
      rows: [
        [
          'syncs (full validation, fake Excel)',
          syncs.map((s) => `${s.rows} rows: ${s.syncs}`).join('; '),
          '≤ 2',
          verdict(max, 2),
        ],
        ['insertSyncs', `${insert}`, '≤ 2', verdict(insert, 2)],
      ],
    };
  },
};
