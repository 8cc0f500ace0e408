/**
 * The engine in a browser page (bench/sections/engine-browser.ts loads this bundle into a
 * fresh headless Chromium): the same bench snapshot and the same two sides as the engine
 * section — a full validation, and a loop that only reads every cell value — so the
 * cold/warm ratio and the engine ratio can be read in the JavaScript engine the task pane
 * runs in (Excel's WebView2 is Chromium), beside the Node figures.
 */
import { validateSnapshot } from '../../src/domain/engine/validate';
import type { WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { readEveryCell, snapshotOf } from '../data';

export interface BrowserEngineRun {
  /** The first validation in this page. */
  coldMs: number;
  /** The first bare read loop, right after the first validation (as bench/engine-probe.ts cold). */
  bareColdMs: number;
  /** Alternated rounds after the first: validation and bare loop. */
  engineMs: number[];
  bareMs: number[];
  inputCells: number;
  findings: number;
}

let sink = 0;

function bare(snap: WorkbookSnapshot): void {
  sink += readEveryCell(snap);
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function run(rows: number, rounds: number): BrowserEngineRun {
  const snap = snapshotOf(rows);
  let inputCells = 0;
  let findings = 0;
  const coldMs = time(() => {
    const r = validateSnapshot(snap);
    inputCells = r.stats.cells;
    findings = r.findings.length;
  });
  // Then the bare loop's first pass, its code not run yet in this page.
  const bareColdMs = time(() => bare(snap));
  const engineMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first, as bench/measure.ts alternate() does.
    const e = () => engineMs.push(time(() => validateSnapshot(snap)));
    const b = () => bareMs.push(time(() => bare(snap)));
    if (i % 2) {
      b();
      e();
    } else {
      e();
      b();
    }
  }
  if (sink < 0) console.log(sink);
  return { coldMs, bareColdMs, engineMs, bareMs, inputCells, findings };
}

(globalThis as unknown as { benchEngine: typeof run }).benchEngine = run;
