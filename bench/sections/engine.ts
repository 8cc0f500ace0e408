/**
 * The engine's figures (issue 15):
 *   engineRatio          full validation of the bench snapshot ÷ a loop that only reads every
 *                        cell value, alternated in one process (min and median);
 *   engineColdWarmRatio  the first validation in a fresh process ÷ the warm ones of the same
 *                        process (bench/engine-probe.ts cold; 3 processes, min and median);
 *   incrementalMs        revalidate after each of 200 random one-cell edits (seeded) of bound
 *                        input cells, every repeatable annex at 1,000 rows: p50 and p95;
 *   engineBytesPerCell   bytes one full validation allocates ÷ its input cells, measured in a
 *                        fresh process whose young generation is large enough that no
 *                        collection runs during the validation (the heap grows by exactly what
 *                        was allocated; bench/engine-probe.ts alloc; 3 processes).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { revalidate } from '../../src/domain/engine/incremental';
import { runEngine, validateSnapshot } from '../../src/domain/engine/validate';
import { a1 } from '../../src/domain/sheet/address';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { snapshotOf } from '../data';
import { alternate, median, ratio, round, stat, timed } from '../measure';
import { verdict, type BenchSection } from './types';

const TARGETS = { ratio: 10, coldWarm: 1.5, p95: 5, bytesPerCell: 100 };

/** A small seeded generator (mulberry32): the same edits every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** p-th percentile (nearest rank) of samples. */
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function incremental(): { p50: number; p95: number; max: number; edits: number; fullMs: number } {
  const snap: WorkbookSnapshot = snapshotOf(1000);
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
  const next = random(15);
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
  const fullMs = performance.now() - f;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
    edits: times.length,
    fullMs: round(fullMs),
  };
}

function probe(root: string, mode: 'cold' | 'alloc'): Record<string, number | number[]> {
  const args = ['--expose-gc', ...(mode === 'alloc' ? ['--max-semi-space-size=1024'] : [])];
  const r = spawnSync(process.execPath, [...args, path.join(root, 'dist-bench', 'bench', 'engine-probe.js'), mode], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench: engine-probe ${mode} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number | number[]>;
}

export const engineSection: BenchSection = {
  name: 'engine',
  async run({ root }) {
    // ~230,000 input cells: every repeatable annex at 3,800 rows.
    const snap = snapshotOf(3800);
    let inputCells = 0;
    let sink = 0;
    const sides = await alternate(
      {
        engine: () =>
          timed(() => {
            inputCells = validateSnapshot(snap).stats.cells;
          }),
        baseline: () =>
          timed(() => {
            for (const s of snap.sheets)
              for (const row of s.cells)
                if (row)
                  for (const c of row) if (c !== undefined && c.v !== null) sink += typeof c.v === 'number' ? 1 : 2;
          }),
      },
      { runs: 5, warmup: 1 },
    );
    if (sink < 0) console.log(sink);
    const r = ratio(sides.engine, sides.baseline);

    const colds: number[] = [];
    const warms: number[] = [];
    const coldRatios: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = probe(root, 'cold');
      const warm = median(p.warmMs as number[]);
      colds.push(p.coldMs as number);
      warms.push(warm);
      coldRatios.push((p.coldMs as number) / warm);
    }
    const coldWarm = stat(coldRatios);

    const allocs: number[] = [];
    let gcs = 0;
    let allocCells = 0;
    for (let i = 0; i < 3; i++) {
      const p = probe(root, 'alloc');
      allocs.push(p.bytes as number);
      gcs += p.gcs as number;
      allocCells = p.inputCells as number;
    }
    const perCell = stat(allocs.map((b) => b / allocCells));

    const inc = incremental();
    return {
      results: {
        engineRatio: {
          inputCells,
          engineMs: sides.engine,
          baselineMs: sides.baseline,
          ratio: r,
          target: TARGETS.ratio,
        },
        engineColdWarmRatio: {
          coldMs: stat(colds),
          warmMs: stat(warms),
          ratio: { min: coldWarm.min, median: coldWarm.median },
          target: TARGETS.coldWarm,
        },
        incrementalMs: { ...inc, rowsPerAnnex: 1000, target: { p95: TARGETS.p95 } },
        engineBytesPerCell: {
          bytes: stat(allocs),
          inputCells: allocCells,
          collectionsDuring: gcs,
          perCell: { min: perCell.min, median: perCell.median },
          target: TARGETS.bytesPerCell,
        },
      },
      rows: [
        [
          'engineRatio (median; min)',
          `${sides.engine.median} ms ÷ ${sides.baseline.median} ms = ${r.median}; ${r.min} (${inputCells} cells)`,
          `≤ ${TARGETS.ratio}`,
          verdict(r.median, TARGETS.ratio),
        ],
        [
          'engineColdWarmRatio (median; min)',
          `${coldWarm.median}; ${coldWarm.min} (cold ${round(median(colds))} ms, warm ${round(median(warms))} ms)`,
          `≤ ${TARGETS.coldWarm}`,
          verdict(coldWarm.median, TARGETS.coldWarm),
        ],
        [
          'incrementalMs (p95; p50)',
          `${inc.p95}; ${inc.p50} ms over ${inc.edits} one-cell edits (full run ${inc.fullMs} ms)`,
          `≤ ${TARGETS.p95}`,
          verdict(inc.p95, TARGETS.p95),
        ],
        [
          'engineBytesPerCell (median; min)',
          `${perCell.median}; ${perCell.min} (${round(median(allocs) / 2 ** 20)} MiB, ${gcs} collections during)`,
          `≤ ${TARGETS.bytesPerCell}`,
          verdict(perCell.median, TARGETS.bytesPerCell),
        ],
      ],
    };
  },
};
