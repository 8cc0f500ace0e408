import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { importTables } from '../../src/domain/import/import';
import { gridsFromWorkbook } from '../../src/domain/import/workbook';
import { accuracyOf, pct } from './accuracy';
import { seedXlsx } from './fixtures';
import { SEED_TABLES } from './seed-tables';

describe('import from an officer’s own .xlsx of the seed tables', () => {
  it('places the cells (no "(1) (2) …" row, blank row on top, own sheet names)', async () => {
    const { buffer, placements } = await seedXlsx(SEED_TABLES, {
      sheetNames: ['VB', 'Danh gia CLQG', 'PL1', 'PL2', 'PL3', 'PL3', 'Phan cong', 'Can bo nu'],
      sameSheetAsPrevious: ['seed002-pl-iii-ctmtqg'],
    });
    const result = importTables(gridsFromWorkbook(await readWorkbookFile(buffer)), { inferSettings: true });
    const acc = placements.map((p) => {
      const rec = result.tables.find(
        (t) => t.origin.kind === 'sheet' && t.origin.sheet === p.sheet && t.headerTop === p.rowOf(0),
      );
      if (!rec)
        throw new Error(
          `${p.table.id}: no table at ${p.sheet} row ${p.rowOf(0)}: ${result.tables.map((t) => `${t.id}@${t.headerTop}`).join(' ')}`,
        );
      return accuracyOf(p.table, rec, p.rowOf, p.changed);
    });
    for (const a of acc) {
      console.log(`${a.table}: ${a.right}/${a.cells} = ${pct(a)}, misplaced ${a.misplaced}`);
      for (const w of a.wrong.slice(0, 20))
        console.log(`   r${w.r} c${w.c} "${w.text.slice(0, 50)}": want ${w.expected} got ${w.got}`);
    }
    expect(acc.reduce((n, a) => n + a.misplaced, 0)).toBe(0);
  });
});
