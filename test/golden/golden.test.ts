/**
 * Golden reports: the full report (every finding with its order, wording, cell, severity and
 * data; the indicator results; the stats except timing) of
 *   - the samples workbook (samples/settings.json + samples/data.json, built and read back
 *     through exceljs exactly as `phuluc new` then `phuluc validate` do)   → samples.json
 *   - the bench workbook (bench/data.ts snapshotOf(BENCH_ROWS))             → bench.json
 *   - every case of the robustness catalog (test/robustness/cases.ts)       → robustness.json
 * is pinned in committed JSON files next to this test.
 *
 * A change that changes findings ON PURPOSE regenerates them:
 *
 *     UPDATE_GOLDEN=1 npx jest test/golden
 *
 * then READ `git diff test/golden` and say in the commit message what changed and why.
 * An unintended change here is a bug in the change that caused it.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';
import type { WorkbookData } from '../../src/domain/templates/fill';
import { snapshotOf } from '../../bench/data';
import { CASES } from '../robustness/cases';
import { goldenFile, pinned } from './golden';

/** Rows per repeatable annex of the bench workbook: every row kind, small enough to stay fast. */
export const BENCH_ROWS = 40;

describe('golden: samples workbook', () => {
  const golden = goldenFile('samples.json');
  afterAll(() => golden.save(['report']));
  it('the full report of samples/ is unchanged', async () => {
    const root = path.join(__dirname, '..', '..', 'samples');
    const settings = defaultSettings(JSON.parse(readFileSync(path.join(root, 'settings.json'), 'utf8')));
    const data = JSON.parse(readFileSync(path.join(root, 'data.json'), 'utf8')) as WorkbookData;
    const { workbook } = await buildAnnexWorkbook(TEMPLATE_IDS, settings, data);
    const snap = await readWorkbookFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    golden.check('report', pinned(validateSnapshot(snap)));
  });
});

describe('golden: bench workbook', () => {
  const golden = goldenFile('bench.json');
  afterAll(() => golden.save(['report']));
  it(`the full report of snapshotOf(${BENCH_ROWS}) is unchanged`, () => {
    golden.check('report', pinned(validateSnapshot(snapshotOf(BENCH_ROWS))));
  });
});

describe('golden: robustness catalog', () => {
  const golden = goldenFile('robustness.json');
  afterAll(() => golden.save(CASES.map((c) => c.how)));
  for (const c of CASES) {
    it(`${c.family}: ${c.how}`, () => {
      golden.check(c.how, pinned(validateSnapshot(c.build())));
    });
  }
});
