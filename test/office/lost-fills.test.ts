/**
 * Issue 9 item 3 — no lost fills: a failure injected before every sync of highlight() (a sheet
 * re-protected without formatting rights, workbook structure protection blocking the settings
 * sheet, a sheet renamed) never leaves a coloured cell whose original fill cannot be restored.
 */
import { FakeExcel, type FakeFill } from '../doubles/fake-excel';
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import { FULL, IDS, OLD } from './helpers';
import type { Capabilities } from '../../src/app/types';
import type { HighlightRef } from '../../src/domain/sheet/workbook';

const CELLS = ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'F9', 'G9'];

function seed(fake: FakeExcel): void {
  for (const name of ['PL-I', 'PL-II']) {
    const s = fake.addSheet(name);
    s.setRows('A1', [['Phụ lục'], ['x', 1, 2, 3]]);
    s.set('C2', { fill: '#FFFFFF' }); // white, not No Fill
    s.set('D2', { fill: '#00B050' });
    s.ensure(2, 2).fill = { color: '#FFFF00', pattern: 'LightDown', tintAndShade: 0, patternColor: '#FF0000' };
    s.ensure(2, 3).fill = { color: '#4472C4', pattern: 'Solid', tintAndShade: 0.4, patternColor: null };
    s.set('G9', { fill: '#C00000' });
  }
}

const snapshot = (fake: FakeExcel): Record<string, (FakeFill | null)[]> =>
  Object.fromEntries(
    fake.sheets
      .filter((s) => !s.name.startsWith('_'))
      .map((s) => [s.id, CELLS.map((c) => structuredClone(s.fillOf(c)))]),
  );

const refs: HighlightRef[] = [
  ...CELLS.map((cell) => ({ sheet: 'PL-I', cell })),
  { sheet: 'PL-II', cell: 'B2:D3', kind: 'warning' as const },
  { sheet: 'PL-II', cell: 'F9' },
];

type Disruption = 'protect' | 'structure' | 'rename';

function disrupt(fake: FakeExcel, how: Disruption): void {
  if (how === 'protect') fake.sheet('PL-I').protection = { protected: true, options: {} };
  if (how === 'structure') fake.structureProtected = true;
  if (how === 'rename') fake.renameSheet('PL-I', 'PL-I (sửa)');
}

async function cleanSyncs(caps: Capabilities, api: string): Promise<number> {
  const fake = new FakeExcel({ apiVersion: api });
  seed(fake);
  const port = new OfficeWorkbookPort(fake.run, caps, IDS);
  return (await fake.countSyncs(() => port.highlight(refs))).syncs;
}

describe.each([
  ['ExcelApi 1.13', FULL, '1.13'],
  ['ExcelApi 1.1', OLD, '1.1'],
] as const)('highlight with a failure before each sync (%s)', (_label, caps, api) => {
  it.each(['protect', 'structure', 'rename'] as Disruption[])(
    '%s: clearHighlights restores every fill',
    async (how) => {
      const total = await cleanSyncs(caps, api);
      expect(total).toBeGreaterThanOrEqual(3);
      for (const hit of [...Array(total).keys()]) {
        for (const secondRun of [false, true]) {
          const fake = new FakeExcel({ apiVersion: api });
          seed(fake);
          const port = new OfficeWorkbookPort(fake.run, caps, IDS);
          if (secondRun) await port.highlight([{ sheet: 'PL-II', cell: 'G9' }]); // settings sheet exists
          const before = snapshot(fake);
          const base = fake.syncCount;
          fake.onSync = (i) => {
            if (i === base + hit) disrupt(fake, how);
          };
          await port.highlight(refs).catch(() => undefined);
          fake.onSync = undefined;
          // The officer undoes what blocked us (a rename stays).
          fake.structureProtected = false;
          for (const s of fake.sheets) s.protection = { protected: false };
          await port.clearHighlights();
          const after = snapshot(fake);
          if (secondRun) {
            // G9 on PL-II: highlighted by the first run, restored by this clear too.
            const id = fake.sheet('PL-II').id;
            before[id]![CELLS.indexOf('G9')] = {
              color: '#C00000',
              pattern: 'Solid',
              tintAndShade: 0,
              patternColor: null,
            };
          }
          for (const [id, fills] of Object.entries(before))
            fills.forEach((f, i) => {
              const got = after[id]![i];
              // Below ExcelApi 1.9 only the colour can be read: white and No Fill both come back
              // as No Fill, a pattern as its solid colour (the documented degrade); a cell never
              // coloured keeps its fill as it was.
              const degraded =
                !f || f.color === '#FFFFFF'
                  ? null
                  : { color: f.color, pattern: 'Solid', tintAndShade: 0, patternColor: null };
              if (caps.pageLayout || JSON.stringify(got) !== JSON.stringify(f))
                expect([CELLS[i], got]).toEqual([CELLS[i], caps.pageLayout ? f : degraded]);
            });
        }
      }
    },
  );
});
