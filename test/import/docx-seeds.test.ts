/**
 * Import from Word: the seed tables written as a .docx in the seeds' own layouts (title lines
 * above, merged header cells as gridSpan/vMerge, the "(1) (2) …" row where the seed has one),
 * read by src/adapters/docx and measured cell by cell against the seeds' hand-written
 * expectations (test/import/seed-tables.ts). Printed: accuracy per table and in all.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
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

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const SOURCE = path.join(FIXTURES, 'seeds.docx');
const SAVED = path.join(FIXTURES, 'seeds.libreoffice.docx');

/**
 * The committed LibreOffice fixture is made by `UPDATE_DOCX_FIXTURES=1 npx jest
 * test/import/docx-seeds.test.ts` (needs Debian's libreoffice-writer): seeds.docx is the
 * noisy generated document, seeds.libreoffice.docx the same opened and saved by Writer
 * (`soffice --headless --convert-to docx:"MS Word 2007 XML"`). CI only reads them.
 */
if (process.env.UPDATE_DOCX_FIXTURES) {
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(SOURCE, seedDocx(SEED_TABLES, { noisy: true }));
  const tmp = mkdtempSync(path.join(tmpdir(), 'phuluc-docx-'));
  try {
    execFileSync('soffice', [
      '--headless',
      `-env:UserInstallation=file://${tmp}/profile`,
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      path.join(tmp, 'lo'),
      SOURCE,
    ]);
    copyFileSync(path.join(tmp, 'lo', 'seeds.docx'), SAVED);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
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

  it('the committed source fixture is what the generator writes (so the LibreOffice copy is of these tables)', () => {
    expect(Buffer.from(readFileSync(SOURCE)).equals(Buffer.from(seedDocx(SEED_TABLES, { noisy: true })))).toBe(true);
  });

  it('the same document opened and saved by LibreOffice Writer (committed fixture)', () => {
    const bytes = new Uint8Array(readFileSync(SAVED));
    // Writer rewrote it: its own namespaces and styles, not our bytes.
    expect(Buffer.from(bytes).equals(Buffer.from(readFileSync(SOURCE)))).toBe(false);
    // Writer keeps the hidden run (as a style or w:vanish) and the deleted revision: still not text.
    const shown = JSON.stringify(readDocx(bytes).grids);
    expect(shown).not.toContain('999');
    expect(shown).not.toContain('777');
    const acc = measure(bytes, 2);
    print('docx (LibreOffice Writer)', acc);
    const cells = acc.reduce((n, a) => n + a.cells, 0);
    const right = acc.reduce((n, a) => n + a.right, 0);
    expect(right / cells).toBeGreaterThanOrEqual(0.98);
    expect(acc.reduce((n, a) => n + a.misplaced, 0)).toBe(0);
  });
});
