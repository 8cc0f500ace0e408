/**
 * Family 6 — Consistency: year columns (PL-III, KP) must read "Năm 2018", "Năm 2019", …
 * in ascending, consecutive order. The header cells above the column-number row are read
 * at each bound year column; one finding per table, at the first header that breaks the run.
 */
import type { RawCell } from '../sheet/workbook';
import { cellText } from '../engine/bind';
import { looseKey } from '../text/normalize';
import type { AnnexRule } from './types';

/** "Năm 2018", "NĂM 2018", "2018" (text or number) → 2018. */
export function headerYear(raw: RawCell | undefined): number | undefined {
  if (!raw) return undefined;
  if (raw.t === 'n') return Number.isInteger(raw.v) && raw.v >= 1900 && raw.v <= 2200 ? raw.v : undefined;
  const m = /^(?:nam\s*)?(\d{4})$/.exec(looseKey(cellText(raw)));
  return m ? Number(m[1]) : undefined;
}

export const consistencyYearColumns: AnnexRule = {
  id: 'consistency/year-columns',
  family: 'consistency',
  description: 'Các cột năm phải đủ và theo thứ tự tăng dần, liên tục.',
  defaultSeverity: 'error',
  messages: ['consistency/year-columns'],
  scope: 'annex',
  templates: ['PL-III', 'KP'],
  // The year labels of the header rows only.
  reads: [],
  check(annex, ctx) {
    for (const table of annex.tables) {
      const depth = Math.max(...table.table.columns.map((c) => c.header.length));
      const found: { year: number; row: number; col: number; i: number }[] = [];
      const yearCols = [...table.cols.values()]
        .filter((b) => b.def.year !== undefined && b.col >= 0)
        .sort((a, b) => a.col - b.col);
      for (const [i, b] of yearCols.entries()) {
        // The nearest non-empty header cell above the number row holds the year label.
        for (let r = table.numberRow - 1; r >= Math.max(0, table.numberRow - depth); r--) {
          const raw = annex.sheet.cells[r]?.[b.col];
          if (cellText(raw) === '') continue;
          const year = headerYear(raw);
          if (year !== undefined) found.push({ year, row: r, col: b.col, i });
          break;
        }
      }
      if (found.length < 2) continue;
      // A column whose label was cleared keeps its place: 2021, (blank), 2023 is in order.
      const breakAt = found.findIndex((f, k) => k > 0 && f.year - found[k - 1]!.year !== f.i - found[k - 1]!.i);
      if (breakAt < 0) continue;
      const years = found.map((f) => f.year);
      const lo = Math.min(...years);
      const hi = Math.max(...years);
      const expected = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).join(', ');
      const at = found[breakAt]!;
      ctx.report({
        messageId: 'consistency/year-columns',
        row: at.row,
        col: at.col,
        value: years.join(', '),
        expected,
        data: { found: years.join(', '), expected, year: at.year, previous: found[breakAt - 1]!.year },
      });
    }
  },
};
