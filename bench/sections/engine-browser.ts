/**
 * The engine's figures of issue 15 in the JavaScript engine the task pane runs in: Excel's
 * WebView2 is Chromium, and Chromium's V8 tiers code up differently from Node 20's (it has
 * Maglev between the baseline compiler and TurboFan). Read beside the Node figures, which stay
 * the issue's figures:
 *   engineColdWarmRatioChromium  the first validation in a fresh Chromium process ÷ the median of
 *                                the 5 validations after it (the same definition as the engine
 *                                section's probe), 3 browser processes, min and median;
 *   engineRatioChromium          validation ÷ the bare read loop, alternated in one page, over the
 *                                rounds after those 5 (min ÷ min, median ÷ median; the page's clock
 *                                ticks in 0,1 ms, against a bare loop of ~2 ms);
 *   and beside them the first validation of a small workbook (every repeatable annex at 30 rows)
 *   in fresh browsers: what an officer's first check costs.
 * bench/browser/probe.mjs drives Debian's Chromium with playwright-core; no Chromium: the keys
 * say so and the rest of the bench runs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserEngineRun } from '../browser/engine-page';
import { median, ratio, round, stat } from '../measure';
import { verdict, type BenchRow, type BenchSection } from './types';

const ROWS = 3800;
/** Validations after the cold one the cold/warm ratio divides by (as bench/engine-probe.ts cold). */
const WARM = 5;
/** Alternated rounds in all: WARM, then the rounds the engine ratio is read from. */
const ROUNDS = WARM + 8;
const BROWSERS = 3;
const TARGETS = { ratio: 10, coldWarm: 1.5 };
/** Rows per repeatable annex of the small workbook (a district's units fit in it). */
const SMALL_ROWS = 30;

/** The probe's runs: BROWSERS fresh Chromium processes, each validating a snapshot of `rows` rows per annex. */
function browserRuns(root: string, rows: number): { missing?: string; browser?: string; runs?: BrowserEngineRun[] } {
  const bundle = path.join(root, 'dist-bench', 'engine-page', 'engine-page.js');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bench', 'browser', 'probe.mjs'), bundle, String(rows), String(ROUNDS), String(BROWSERS)],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 22 },
  );
  if (r.status !== 0) throw new Error(`bench: browser probe exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { missing?: string; browser?: string; runs?: BrowserEngineRun[] };
}

export const engineBrowserSection: BenchSection = {
  name: 'engine-browser',
  async run({ root }) {
    const out = browserRuns(root, ROWS);
    if (out.missing || !out.runs) {
      const missing = { missing: out.missing ?? 'no runs' };
      return {
        results: { engineColdWarmRatioChromium: missing, engineRatioChromium: missing },
        rows: [['engine in Chromium', `not measured: ${missing.missing}`, '', '']],
      };
    }
    const runs = out.runs;
    const colds = runs.map((x) => x.coldMs);
    const warms = runs.map((x) => median(x.engineMs.slice(0, WARM)));
    const coldWarm = stat(runs.map((x, i) => x.coldMs / warms[i]!));
    const bareColds = runs.map((x) => x.bareColdMs);
    const bareWarms = runs.map((x) => median(x.bareMs.slice(0, WARM)));
    // The engine ratio over every later round of every page, pooled.
    const engine = stat(runs.flatMap((x) => x.engineMs.slice(WARM)));
    const baseline = stat(runs.flatMap((x) => x.bareMs.slice(WARM)));
    const r2 = ratio(engine, baseline);
    // What an officer's first check costs: a workbook of the size units send (every repeatable
    // annex at SMALL_ROWS rows), in fresh browsers too.
    const small = browserRuns(root, SMALL_ROWS).runs ?? [];
    const smallWorkbook = small.length
      ? {
          rowsPerAnnex: SMALL_ROWS,
          inputCells: small[0]!.inputCells,
          coldMs: stat(small.map((x) => x.coldMs)),
          warmMs: stat(small.map((x) => median(x.engineMs.slice(0, WARM)))),
        }
      : undefined;
    return {
      results: {
        engineColdWarmRatioChromium: {
          browser: out.browser,
          inputCells: runs[0]!.inputCells,
          findings: runs[0]!.findings,
          coldMs: stat(colds),
          warmMs: stat(warms),
          ratio: { min: coldWarm.min, median: coldWarm.median },
          // The bare read loop's own first pass ÷ its next five, in the same pages, after the first validation.
          bareColdWarmRatio: stat(runs.map((x, i) => x.bareColdMs / bareWarms[i]!)),
          bareColdMs: stat(bareColds),
          browsers: runs.length,
          smallWorkbook,
          target: TARGETS.coldWarm,
        },
        engineRatioChromium: {
          browser: out.browser,
          engineMs: engine,
          baselineMs: baseline,
          ratio: r2,
          target: TARGETS.ratio,
        },
      },
      rows: [
        [
          `engineColdWarmRatio, Chromium ${out.browser} (median; min)`,
          `${coldWarm.median}; ${coldWarm.min} (cold ${round(median(colds))} ms, warm ${round(median(warms))} ms, ${runs.length} browsers)`,
          `≤ ${TARGETS.coldWarm}`,
          verdict(coldWarm.median, TARGETS.coldWarm),
        ],
        [
          `engineRatio, Chromium (median; min)`,
          `${engine.median} ms ÷ ${baseline.median} ms = ${r2.median}; ${r2.min}`,
          `≤ ${TARGETS.ratio}`,
          verdict(r2.median, TARGETS.ratio),
        ],
        ...(smallWorkbook
          ? [
              [
                `first check of a ${SMALL_ROWS}-row workbook, Chromium`,
                `${smallWorkbook.coldMs.median} ms (min ${smallWorkbook.coldMs.min}), warm ${smallWorkbook.warmMs.median} ms (${smallWorkbook.inputCells} cells)`,
                '—',
                '',
              ] as BenchRow,
            ]
          : []),
      ],
    };
  },
};
