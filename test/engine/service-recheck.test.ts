/** The task pane's live re-check goes through revalidate and reports what a full check would. */
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import { createAddinService } from '../../src/app/service';
import { validateSnapshot } from '../../src/domain/engine/validate';
import type { EditedRange } from '../../src/domain/sheet/workbook';
import { snapshotOf } from '../../bench/data';
import { pinned } from '../golden/golden';

describe('service.recheck', () => {
  it('after each edit, gives the full report of the workbook as it is now', async () => {
    const port = new MemoryWorkbookPort(snapshotOf(8));
    const service = createAddinService(port);
    const seen: EditedRange[] = [];
    const stop = await service.watchChanges((c) => seen.push(...c));
    await service.validate();
    const sheets = port.snapshot.sheets.map((s) => s.name);
    const edits: [string, string, Parameters<MemoryWorkbookPort['setCell']>[2]][] = [
      [sheets[0]!, 'C9', { t: 'n', v: -4 }],
      [sheets[0]!, 'D9', { t: 's', v: '27,59,03' }],
      [sheets[1]!, 'C10', undefined],
      [sheets[sheets.length - 1]!, 'B9', { t: 's', v: 'Tổng' }],
    ];
    for (const [sheet, cell, raw] of edits) {
      seen.length = 0;
      port.setCell(sheet, cell, raw);
      const report = await service.recheck([...seen]);
      expect(pinned(report)).toEqual(pinned(validateSnapshot(await port.read())));
    }
    await stop?.();
  });
});
