import { importTables } from '../../src/domain/import/import';
import { accuracyOf, findTable, pct, seedGrid } from './accuracy';
import { SEED_TABLES } from './seed-tables';

describe('import engine on the seed tables (grids)', () => {
  it('places the seed cells', () => {
    const grids = SEED_TABLES.map((t, i) => seedGrid(t, i + 1));
    const result = importTables(grids, { inferSettings: true });
    const acc = SEED_TABLES.map((t, i) => accuracyOf(t, findTable(result, `w${i + 1}`)));
    for (const a of acc) {
      console.log(`${a.table}: ${a.right}/${a.cells} = ${pct(a)}, misplaced ${a.misplaced}`);
      for (const w of a.wrong.slice(0, 40))
        console.log(`   r${w.r} c${w.c} "${w.text.slice(0, 50)}": want ${w.expected} got ${w.got}`);
    }
    for (const t of result.tables) console.log(t.id, t.templateId, t.tableKey, t.score, JSON.stringify(t.candidates));
    console.log(JSON.stringify(result.inferred));
    expect(acc.every((a) => a.misplaced === 0)).toBe(true);
  });
});
