/** Turns a SheetPlan into the cells Excel would hold (the in-memory adapter and tests use it). */
import type { SheetPlan } from './plan';
import type { RawCell, SheetSnapshot } from './workbook';
import { rangeA1 } from './address';

export function planCellToRaw(c: SheetPlan['cells'][number]): RawCell | undefined {
  if (c.formula) {
    if (c.result === undefined) return { t: 'f', v: null, f: c.formula, ...(c.numFmt ? { nf: c.numFmt } : {}) };
    return typeof c.result === 'number' ? { t: 'n', v: c.result, f: c.formula } : { t: 's', v: c.result, f: c.formula };
  }
  if (c.date) return { t: 'd', v: c.date, ...(c.numFmt ? { nf: c.numFmt } : {}) };
  if (c.value === null || c.value === undefined || c.value === '') return undefined;
  if (typeof c.value === 'number') return { t: 'n', v: c.value, ...(c.numFmt ? { nf: c.numFmt } : {}) };
  if (typeof c.value === 'boolean') return { t: 'b', v: c.value };
  return { t: 's', v: c.value, ...(c.numFmt ? { nf: c.numFmt } : {}) };
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
