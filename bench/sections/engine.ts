/** The engine against a loop that only reads every cell value, alternated in one process. */
import { validateSnapshot } from '../../src/domain/engine/validate';
import { snapshotOf } from '../data';
import { alternate, ratio, timed } from '../measure';
import { verdict, type BenchSection } from './types';

export const engineSection: BenchSection = {
  name: 'engine',
  async run() {
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
    return {
      results: { engineRatio: { inputCells, engineMs: sides.engine, baselineMs: sides.baseline, ratio: r, target: 3 } },
      rows: [
        [
          'engineRatio (median; min)',
          `${sides.engine.median} ms ÷ ${sides.baseline.median} ms = ${r.median}; ${r.min} (${inputCells} cells)`,
          '≤ 3',
          verdict(r.median, 3),
        ],
      ],
    };
  },
};
