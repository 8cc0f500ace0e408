/** Turns a SheetPlan into the cells Excel would hold (the in-memory adapter and tests use it). */
import type { SheetPlan } from './plan';
import { rawCell, type RawCell, type SheetSnapshot } from './workbook';
import { rangeA1 } from './address';

export function planCellToRaw(c: SheetPlan['cells'][number]): RawCell | undefined {
  const nf = c.numFmt || undefined;
  if (c.formula) {
    if (c.result === undefined) return rawCell('f', null, c.formula, nf);
    return typeof c.result === 'number' ? rawCell('n', c.result, c.formula) : rawCell('s', c.result, c.formula);
  }
  if (c.date) return rawCell('d', c.date, undefined, nf);
  if (c.value === null || c.value === undefined || c.value === '') return undefined;
  if (typeof c.value === 'number') return rawCell('n', c.value, undefined, nf);
  if (typeof c.value === 'boolean') return rawCell('b', c.value);
  return rawCell('s', c.value, undefined, nf);
}

export function planToSnapshot(plan: SheetPlan, name = plan.name): SheetSnapshot {
  const cells: (RawCell | undefined)[][] = [];
  for (const c of plan.cells) {
    const raw = planCellToRaw(c);
    if (!raw) continue;
    (cells[c.row] ??= [])[c.col] = raw;
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return { name, cells, merges: plan.merges.map((m) => rangeA1(m.r1, m.c1, m.r2, m.c2)) };
}
