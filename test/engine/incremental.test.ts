/**
 * revalidate(previous, changes) must return exactly the report a full run gives: random edit
 * sequences on the bench workbook (every annex, every row kind), compared after every edit.
 */
import fc from 'fast-check';
import { snapshotOf } from '../../bench/data';
import { revalidate } from '../../src/domain/engine/incremental';
import { runEngine, validateSnapshot } from '../../src/domain/engine/validate';
import { a1 } from '../../src/domain/sheet/address';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { pinned } from '../golden/golden';

const VALUES: (RawCell | undefined)[] = [
  undefined,
  { t: 'n', v: 0 },
  { t: 'n', v: 7 },
  { t: 'n', v: -3 },
  { t: 'n', v: 12.5 },
  { t: 'n', v: 150 },
  { t: 'n', v: 30000000 },
  { t: 'n', v: 0.5, nf: '0%' },
  { t: 's', v: '1.250' },
  { t: 's', v: '27,59,03' },
  { t: 's', v: '-' },
  { t: 's', v: 'x' },
  { t: 's', v: '   ' },
  { t: 's', v: 'Tổng' },
  { t: 's', v: 'Tổng cộng' },
  { t: 's', v: '11/29' },
  { t: 's', v: 'Kế hoạch' },
  { t: 's', v: 'Công văn' },
  { t: 's', v: '12/KH-UBND' },
  { t: 's', v: '3/UBND-VP' },
  { t: 's', v: 'trên 100%' },
  { t: 's', v: '(1)' },
  { t: 's', v: 'Người lập biểu' },
  { t: 's', v: 'Xã 1' },
  { t: 's', v: 'Tô\u0301ng' },
  { t: 'd', v: '2023-05-04' },
  { t: 'd', v: '2019-01-01' },
  { t: 'e', v: '#DIV/0!' },
  { t: 'b', v: true },
  { t: 'f', v: null, f: 'SUM(C8:C9)' },
];

interface Edit {
  sheet: number;
  row: number;
  col: number;
  value: number;
  rows: number;
}

const edit = fc.record({
  sheet: fc.nat(),
  row: fc.nat(),
  col: fc.nat({ max: 30 }),
  value: fc.nat({ max: VALUES.length - 1 }),
  rows: fc.constantFrom(1, 1, 1, 1, 2, 3),
});

function apply(snap: WorkbookSnapshot, e: Edit) {
  const sheet = snap.sheets[e.sheet % snap.sheets.length]!;
  const row = e.row % (sheet.cells.length + 3);
  for (let r = row; r < row + e.rows; r++) {
    const cells = (sheet.cells[r] ??= []);
    for (let i = 0; i < r; i++) sheet.cells[i] ??= [];
    cells[e.col] = VALUES[e.value];
  }
  const range = e.rows === 1 ? a1(row, e.col) : `${a1(row, e.col)}:${a1(row + e.rows - 1, e.col)}`;
  return { sheet: sheet.name, range };
}

describe('revalidate', () => {
  it('gives the full report after every edit of a random edit sequence (edits in place, ranges given)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const snap = snapshotOf(6);
        let state = runEngine(snap);
        for (const e of edits) {
          const change = apply(snap, e);
          state = revalidate(state, [change]);
          expect(pinned(state.report)).toEqual(pinned(validateSnapshot(snap)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the full report from a fresh read, whatever ranges the host reported', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let snap = snapshotOf(6);
        let state = runEngine(snap);
        for (const e of edits) {
          snap = structuredClone(snap);
          apply(snap, e);
          state = revalidate(state, [], snap);
          expect(pinned(state.report)).toEqual(pinned(validateSnapshot(snap)));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('re-checks label and match edits of data rows as a full run does, keeping the binding when the row stays a data row', () => {
    const snap = snapshotOf(6);
    let state = runEngine(snap);
    let kept = 0;
    for (const [i, a] of state.annexes.entries()) {
      const sheet = a.view.sheet;
      // The texts that change what a row is: totals, group headings, footers, column numbers, blanks.
      const texts = new Set<string>([
        'Xã mới',
        'Tổng',
        'Tổng cộng',
        'Tổng số',
        'Tô\u0301ng',
        'TỔNG',
        '(1)',
        'Người lập biểu',
        '   ',
        '',
        'x',
        '12',
      ]);
      for (const t of a.view.layout.tables)
        for (const r of t.rows)
          if (r.kind === 'group') {
            texts.add(String(r.cells[t.labelColumn] ?? ''));
            texts.add(String(r.cells[t.matchColumn] ?? ''));
          }
      for (const table of a.view.tables) {
        const keys = [...new Set([table.table.labelColumn, table.table.matchColumn])];
        const rows = table.rows.filter((r) => r.kind === 'data').slice(0, 2);
        for (const row of rows)
          for (const key of keys) {
            const col = table.cols.get(key)?.col ?? -1;
            if (col < 0) continue;
            for (const text of texts) {
              const before = state.annexes[i]!.view.tables;
              sheet.cells[row.row]![col] = text === '' ? undefined : { t: 's', v: text };
              state = revalidate(state, [{ sheet: sheet.name, range: a1(row.row, col) }]);
              expect(pinned(state.report)).toEqual(pinned(validateSnapshot(snap)));
              if (text === 'Xã mới' && state.annexes[i]?.view.tables === before) kept++;
            }
          }
      }
    }
    // Plain names typed over a data row's label keep the binding in the annexes without fixed rows.
    expect(kept).toBeGreaterThan(4);
  });

  it('falls back to a full run when the workbook changed beyond its cells', () => {
    const snap = snapshotOf(4);
    const state = runEngine(snap);
    const renamed = structuredClone(snap);
    renamed.sheets[0]!.name = 'Đổi tên';
    renamed.markers = renamed.markers.map((m) =>
      m.sheetName === snap.sheets[0]!.name ? { ...m, sheetName: 'Đổi tên' } : m,
    );
    expect(pinned(revalidate(state, [], renamed).report)).toEqual(pinned(validateSnapshot(renamed)));
  });
});
