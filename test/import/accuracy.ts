/**
 * Cell accuracy of an import against a seed table's hand-written expectations: every
 * non-empty body cell must end where the seed says — in the right standard cells, used as a
 * label or heading, checked against a formula, or listed as not placed. A cell placed in a
 * standard cell it does not belong to is a misplacement (the worst outcome, counted apart).
 */
import type { TableGrid } from '../../src/domain/import/grid';
import type { CellFate, ImportResult, TableImport } from '../../src/domain/import/types';
import { normalizeText } from '../../src/domain/text/normalize';
import type { Expect, SeedTable } from './seed-tables';

export function seedGrid(t: SeedTable, ordinal = 1, id = `w${ordinal}`): TableGrid {
  return {
    id,
    origin: { kind: 'word', table: ordinal },
    cells: t.rows.map((row) => row.map((text) => (text ? { text: normalizeText(text) } : { text: '' }))),
    merges: t.merges,
    before: t.before,
  };
}

export interface Accuracy {
  table: string;
  cells: number;
  right: number;
  misplaced: number;
  wrong: { r: number; c: number; text: string; expected: string; got: string }[];
}

function describe(f: CellFate | undefined): string {
  if (!f) return 'none';
  if (f.kind === 'placed') return `placed ${f.to.map((t) => `${t.row}.${t.col}`).join(',')}${f.left ? ' +left' : ''}`;
  if (f.kind === 'unplaced') return `unplaced (${f.reason})`;
  if (f.kind === 'checked') return 'checked';
  return f.kind;
}

function describeExpect(e: Expect): string {
  return typeof e === 'string' ? e : `placed ${e.to.join(',')}${e.left ? ' +left' : ''}`;
}

function matches(e: Expect, f: CellFate | undefined, t: SeedTable): { ok: boolean; misplaced: boolean } {
  if (!f) return { ok: false, misplaced: false };
  if (typeof e === 'string') {
    const ok = e === 'unplaced' ? f.kind === 'unplaced' : f.kind === e;
    return { ok, misplaced: f.kind === 'placed' };
  }
  if (f.kind !== 'placed') return { ok: false, misplaced: false };
  const want = new Set(e.to.map((x) => `${t.templateId}|${t.table}|${x}`));
  const got = new Set(f.to.map((x) => `${x.templateId}|${x.table}|${x.row}.${x.col}`));
  const misplaced = [...got].some((g) => !want.has(g));
  const ok = !misplaced && got.size === want.size && !!f.left === !!e.left;
  return { ok, misplaced };
}

/**
 * Accuracy of one seed table inside an import result (the table found at `rec`). `rowOf` maps
 * a seed row to the grid row it became (a sheet with title lines above); `changed` holds the
 * expectations a file format changed (Excel turning "01/8" into a date).
 */
export function accuracyOf(
  t: SeedTable,
  rec: TableImport,
  rowOf: (seedRow: number) => number | undefined = (r) => r,
  changed: ReadonlyMap<string, Expect> = new Map(),
): Accuracy {
  const out: Accuracy = { table: t.id, cells: 0, right: 0, misplaced: 0, wrong: [] };
  const fates = new Map(rec.cells.map((c) => [`${c.r},${c.c}`, c.fate]));
  t.expect.forEach((row, i) => {
    const seedRow = t.headerRows + i;
    const r = rowOf(seedRow);
    row.forEach((expected, c) => {
      if (expected === undefined) return;
      const e = changed.get(`${seedRow},${c}`) ?? expected;
      const f = r === undefined ? undefined : fates.get(`${r},${c}`);
      out.cells++;
      const m = matches(e, f, t);
      if (m.ok) out.right++;
      else out.wrong.push({ r: seedRow, c, text: t.rows[seedRow]![c]!, expected: describeExpect(e), got: describe(f) });
      if (m.misplaced) out.misplaced++;
    });
  });
  return out;
}

export function findTable(result: ImportResult, id: string): TableImport {
  const rec = result.tables.find((x) => x.id === id);
  if (!rec) throw new Error(`No table ${id} in the import (${result.tables.map((x) => x.id).join(', ')})`);
  return rec;
}

export const pct = (a: Accuracy[] | Accuracy): string => {
  const list = Array.isArray(a) ? a : [a];
  const cells = list.reduce((n, x) => n + x.cells, 0);
  const right = list.reduce((n, x) => n + x.right, 0);
  return `${((100 * right) / Math.max(1, cells)).toFixed(1).replace('.', ',')} %`;
};
