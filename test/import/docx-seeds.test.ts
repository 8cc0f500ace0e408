/**
 * Import from Word: the seed tables written as a .docx in the seeds' own layouts (title lines
 * above, merged header cells as gridSpan/vMerge, the "(1) (2) …" row where the seed has one),
 * read by src/adapters/docx and measured cell by cell against the seeds' hand-written
 * expectations (test/import/seed-tables.ts). Printed: accuracy per table and in all.
 */
import { readDocx } from '../../src/adapters/docx/read';
import { importTables } from '../../src/domain/import/import';
import { accuracyOf, findTable, pct, type Accuracy } from './accuracy';
import { seedDocx } from './docx';
import { SEED_TABLES } from './seed-tables';

function measure(bytes: Uint8Array, firstOrdinal: number): Accuracy[] {
  const { grids } = readDocx(bytes);
  const result = importTables(grids, { inferSettings: true });
  return SEED_TABLES.map((t, i) => accuracyOf(t, findTable(result, `w${firstOrdinal + i}`)));
}

function print(label: string, acc: Accuracy[]) {
  const cells = acc.reduce((n, a) => n + a.cells, 0);
  const right = acc.reduce((n, a) => n + a.right, 0);
  const lines = [`${label}: ${right}/${cells} = ${pct(acc)}, misplaced ${acc.reduce((n, a) => n + a.misplaced, 0)}`];
  for (const a of acc) {
    lines.push(`  ${a.table}: ${a.right}/${a.cells} = ${pct(a)}, misplaced ${a.misplaced}`);
    for (const w of a.wrong.slice(0, 10))
      lines.push(`     r${w.r} c${w.c} "${w.text.slice(0, 50)}": want ${w.expected} got ${w.got}`);
  }
  console.log(lines.join('\n'));
}

describe('import from a Word document of the seed tables', () => {
  it('plain WordprocessingML: every seed cell in its standard cell, none misplaced', () => {
    const acc = measure(seedDocx(SEED_TABLES), 1);
    print('docx (plain)', acc);
    const cells = acc.reduce((n, a) => n + a.cells, 0);
    const right = acc.reduce((n, a) => n + a.right, 0);
    expect(cells).toBeGreaterThan(600);
    expect(right / cells).toBeGreaterThanOrEqual(0.98);
    expect(acc.reduce((n, a) => n + a.misplaced, 0)).toBe(0);
  });

  it('as Word writes it (letterhead table, split runs, bookmarks, line breaks, hidden and deleted text)', () => {
    // Table 1 is the letterhead; the seed tables follow.
    const acc = measure(seedDocx(SEED_TABLES, { noisy: true }), 2);
    print('docx (noisy)', acc);
    const cells = acc.reduce((n, a) => n + a.cells, 0);
    const right = acc.reduce((n, a) => n + a.right, 0);
    expect(right / cells).toBeGreaterThanOrEqual(0.98);
    expect(acc.reduce((n, a) => n + a.misplaced, 0)).toBe(0);
  });
});
