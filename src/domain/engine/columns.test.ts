import { snapshotOf } from '../../../bench/data';
import type { AnnexView } from './annex-view';
import type { BoundTable } from './bind';
import { ColumnCache } from './columns';
import { inspectSnapshot } from './validate';

/** Fresh caches of every bound column of a table (nothing classified yet). */
function fresh(view: AnnexView, table: BoundTable): ColumnCache[] {
  const out: ColumnCache[] = [];
  for (const [, b] of table.cols)
    if (b.col >= 0) out.push(new ColumnCache(view.sheet, b, table.numberRow + 1, table.end - table.numberRow - 1));
  return out;
}

/** Rows not classified yet (state() would classify them on demand, so contents() alone cannot tell). */
const unclassified = (c: ColumnCache) => (c as unknown as { unknown: number }).unknown;

/** What a cache holds of every row: state, number and reading. */
function contents(c: ColumnCache): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < c.length; i++) out.push([c.state(i), c.number(i), c.reading(i)]);
  return out;
}

describe('ColumnCache.fillAll', () => {
  // Numbers, numbers typed as text ("1.250", "30.000.000", "1"), "-", names, dates and document numbers.
  const { annexes } = inspectSnapshot(snapshotOf(40));

  it('classifies every row of every column of a table as fill() does, walking the rows once', () => {
    let tables = 0;
    for (const view of annexes)
      for (const table of view.tables) {
        const walked = fresh(view, table);
        ColumnCache.fillAll(walked);
        expect(walked.map(unclassified)).toEqual(walked.map(() => 0));
        const one = fresh(view, table);
        for (const c of one) c.fill();
        expect(walked.map(contents)).toEqual(one.map(contents));
        tables++;
      }
    expect(tables).toBeGreaterThan(5);
  });

  it('fills columns of different tables one by one', () => {
    const view = annexes.find((v) => v.tables.length > 1)!;
    const mixed = [...fresh(view, view.tables[0]!), ...fresh(view, view.tables[1]!)];
    ColumnCache.fillAll(mixed);
    expect(mixed.map(unclassified)).toEqual(mixed.map(() => 0));
    const alone = [...fresh(view, view.tables[0]!), ...fresh(view, view.tables[1]!)];
    for (const c of alone) c.fill();
    expect(mixed.map(contents)).toEqual(alone.map(contents));
  });
});
