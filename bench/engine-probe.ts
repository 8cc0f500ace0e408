/**
 * A fresh process for the engine figures that need one (bench/sections/engine.ts runs it):
 *   cold   — the first validation of the bench snapshot in this process, then warm ones:
 *            prints { coldMs, warmMs: [...] }.
 *   alloc  — bytes allocated by one (warm) full validation: run with a young generation large
 *            enough that no collection happens during it (--max-semi-space-size), the heap
 *            grows by exactly what was allocated; collections are counted (PerformanceObserver
 *            'gc') and reported, so a figure taken across a collection is known as such.
 *            Prints { bytes, gcs, inputCells }.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { validateSnapshot } from '../src/domain/engine/validate';
import { snapshotOf } from './data';

const ROWS = 3800;

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
    process.stdout.write(JSON.stringify({ coldMs, warmMs }));
    return;
  }
  if (mode === 'alloc') {
    let inputCells = 0;
    for (let i = 0; i < 2; i++) inputCells = validateSnapshot(snap).stats.cells;
    let gcs = 0;
    const obs = new PerformanceObserver((list) => (gcs += list.getEntries().length));
    obs.observe({ entryTypes: ['gc'] });
    gc?.();
    gc?.();
    const turn = () => new Promise((resolve) => setTimeout(resolve, 50));
    // The forced collections' entries arrive on a later turn: wait for them, then count from zero.
    await turn();
    gcs = 0;
    const before = process.memoryUsage().heapUsed;
    const report = validateSnapshot(snap);
    const after = process.memoryUsage().heapUsed;
    await turn();
    obs.disconnect();
    process.stdout.write(JSON.stringify({ bytes: after - before, gcs, inputCells, findings: report.findings.length }));
    return;
  }
  throw new Error(`engine-probe: unknown mode ${mode}`);
}

void main();
