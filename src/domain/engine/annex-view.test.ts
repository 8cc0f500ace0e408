import { snapshotOf } from '../../../bench/data';
import { singleAnnex } from '../../../test/support/fixtures';
import type { WorkbookSnapshot } from '../sheet/workbook';
import { TEMPLATE_IDS } from '../templates/catalog';
import { inspectSnapshot } from './validate';

describe('AnnexView.dataRowAt', () => {
  // The definition it is a faster form of: the first bound row at that sheet row that is not a total.
  const byIndex = (view: ReturnType<typeof inspectSnapshot>['annexes'][number], r: number) =>
    view.boundRowsAt(r).find((at) => at.row.kind !== 'total');

  const cases: [string, () => WorkbookSnapshot][] = [
    ['the bench workbook', () => snapshotOf(12)],
    ...TEMPLATE_IDS.map((id): [string, () => WorkbookSnapshot] => [
      `a fresh ${id}`,
      () => singleAnnex(id, {}, { reportYear: 2024 }),
    ]),
  ];
  it.each(cases)('gives the rows the index gives, at every sheet row of %s', (name, make) => {
    const { annexes } = inspectSnapshot(make());
    expect(annexes.length).toBeGreaterThan(0);
    let found = 0;
    for (const view of annexes)
      for (let r = -1; r <= view.sheet.cells.length + 1; r++) {
        const at = view.dataRowAt(r);
        expect(at).toEqual(byIndex(view, r));
        if (at) {
          expect(at.table).toBe(byIndex(view, r)!.table);
          expect(at.row).toBe(byIndex(view, r)!.row);
          found++;
        }
      }
    // A fresh VB has no rows yet; every other sheet has some.
    if (!name.endsWith('VB')) expect(found).toBeGreaterThan(0);
  });
});
