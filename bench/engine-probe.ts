/**
 * A fresh process for the engine figures that need one (bench/sections/engine.ts runs it):
 *   cold   — the first validation of the bench snapshot in this process, then five warm ones
 *            (2–6) and six later ones (7–12); then the bare read loop's first pass and five after
 *            it: prints { coldMs, warmMs: [...], laterWarmMs: [...], bareColdMs, bareWarmMs: [...] }.
 *   alloc  — bytes allocated by one warm full validation: run with a young generation large
 *            enough that no scavenge happens during it (--max-semi-space-size), the heap grows
 *            by exactly what was allocated. After 4 warm validations, consecutive ones are
 *            measured until 5 ran without any collection during them (PerformanceObserver
 *            'gc'; a major one can still come); their median is the figure. Then one more
 *            right after two forced full collections (gc()), which is what this probe measured
 *            until 2026-12-03: a forced collection throws away optimised code and type
 *            feedback, so that validation allocates what the engine allocates before it is
 *            warm (objects optimised code would not make) — reported beside, not as the figure.
 *            Prints { bytes, runs, collectedRuns, afterForcedGc, inputCells, findings }.
 *   incremental — after as many warm full validations of the bench snapshot as the bench process
 *            runs before it (the engine's alternated rounds), `revalidate` after each of 200
 *            seeded one-cell edits of bound input cells, every repeatable annex at 1,000 rows:
 *            prints { times: [...], fullMs }, one time per edit in edit order (the same edits
 *            in every process, so the section can take each edit's median over processes).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { revalidate } from '../src/domain/engine/incremental';
import { runEngine, validateSnapshot } from '../src/domain/engine/validate';
import { a1 } from '../src/domain/sheet/address';
import type { RawCell } from '../src/domain/sheet/workbook';
import { readEveryCell, snapshotOf } from './data';
import { seededRandom } from './generators/units';
import { median } from './measure';

const ROWS = 3800;

/** alloc: warm validations before the measured ones, validations measured (without a collection during), and at most run. */
const ALLOC_WARM_RUNS = 4;
const ALLOC_RUNS = 5;
const ALLOC_MAX_RUNS = 10;

/** Full validations the bench process has run before its re-checks: one warm-up and five measured rounds. */
const WARM_RUNS = 6;

const EDIT_VALUES: (RawCell | undefined)[] = [
  { t: 'n', v: 3 },
  { t: 'n', v: 12 },
  { t: 'n', v: -1 },
  { t: 'n', v: 2.5 },
  { t: 's', v: '1.250' },
  { t: 's', v: '27,59,03' },
  { t: 's', v: '-' },
  { t: 's', v: 'Xã mới' },
  undefined,
];

/** The re-check time of each of 200 seeded one-cell edits, and a full run of the edited workbook. */
function incremental(): { times: number[]; fullMs: number } {
  const snap = snapshotOf(1000);
  let state = runEngine(snap);
  // Every bound input cell of every annex, as (sheet, row, col).
  const targets: { sheet: number; row: number; col: number }[] = [];
  for (const a of state.annexes) {
    const sheet = snap.sheets.indexOf(a.view.sheet);
    for (const { table, row } of a.view.dataRows())
      for (const c of table.table.columns) {
        const b = table.cols.get(c.key);
        if (c.input && b && b.col >= 0) targets.push({ sheet, row: row.row, col: b.col });
      }
  }
  const next = seededRandom(15); // the same edits every run
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = targets[Math.floor(next() * targets.length)]!;
    const sheet = snap.sheets[t.sheet]!;
    (sheet.cells[t.row] ??= [])[t.col] = EDIT_VALUES[Math.floor(next() * EDIT_VALUES.length)];
    const started = performance.now();
    state = revalidate(state, [{ sheet: sheet.name, range: a1(t.row, t.col) }]);
    times.push(performance.now() - started);
  }
  const f = performance.now();
  validateSnapshot(snap);
  return { times, fullMs: performance.now() - f };
}

async function main() {
  const mode = process.argv[2];
  const snap = snapshotOf(ROWS);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (mode === 'cold') {
    gc?.();
    let t = performance.now();
    validateSnapshot(snap);
    const coldMs = performance.now() - t;
    const warmMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      validateSnapshot(snap);
      warmMs.push(performance.now() - t);
    }
    // Validations 7–12: where the warm times have settled (reported beside the figure).
    const laterWarmMs: number[] = [];
    for (let i = 0; i < 6; i++) {
      t = performance.now();
      validateSnapshot(snap);
      laterWarmMs.push(performance.now() - t);
    }
    // Then the bare read loop, whose code has not run yet in this process: its first pass and
    // the five after it — what a first run costs even the least code over these cells.
    let sink = 0;
    t = performance.now();
    sink += readEveryCell(snap);
    const bareColdMs = performance.now() - t;
    const bareWarmMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      sink += readEveryCell(snap);
      bareWarmMs.push(performance.now() - t);
    }
    process.stdout.write(JSON.stringify({ coldMs, warmMs, laterWarmMs, bareColdMs, bareWarmMs, sink }));
    return;
  }
  if (mode === 'alloc') {
    let inputCells = 0;
    for (let i = 0; i < ALLOC_WARM_RUNS; i++) inputCells = validateSnapshot(snap).stats.cells;
    let gcs = 0;
    const obs = new PerformanceObserver((list) => (gcs += list.getEntries().length));
    obs.observe({ entryTypes: ['gc'] });
    // A collection's entry arrives on a later turn: each measure waits for it before it is judged.
    const turn = () => new Promise((resolve) => setTimeout(resolve, 50));
    const measure = async () => {
      await turn();
      gcs = 0;
      const before = process.memoryUsage().heapUsed;
      const report = validateSnapshot(snap);
      const after = process.memoryUsage().heapUsed;
      await turn();
      return { bytes: after - before, gcs, findings: report.findings.length };
    };
    // Warm validations one after another, as in use: those during which nothing was collected count.
    const steady: number[] = [];
    let collected = 0;
    let findings = 0;
    for (let i = 0; i < ALLOC_MAX_RUNS && steady.length < ALLOC_RUNS; i++) {
      const m = await measure();
      findings = m.findings;
      if (m.gcs === 0) steady.push(m.bytes);
      else collected++;
    }
    // The figure this probe gave before: one validation right after two forced full collections.
    gc?.();
    gc?.();
    const forced = await measure();
    obs.disconnect();
    process.stdout.write(
      JSON.stringify({
        bytes: median(steady),
        runs: steady,
        collectedRuns: collected,
        afterForcedGc: forced.gcs === 0 ? forced.bytes : null,
        inputCells,
        findings,
      }),
    );
    return;
  }
  if (mode === 'incremental') {
    for (let i = 0; i < WARM_RUNS; i++) validateSnapshot(snap);
    process.stdout.write(JSON.stringify(incremental()));
    return;
  }
  throw new Error(`engine-probe: unknown mode ${mode}`);
}

void main();
