/**
 * Starting this year's annexes from last year's values where they carry over: the HĐND delegate
 * counts (./term.ts), which do not change within a term. Only when last year's report is of an
 * earlier year of the same term; units matched by name (PL-I), delegate rows by level (PL-CB).
 * The result is officer data (`phuluc new --data` form) for the new workbook's templates.
 */
import { inspectSnapshot } from '../engine/validate';
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { unitsOf, type ReportSettings } from '../settings';
import type { WorkbookSnapshot } from '../sheet/workbook';
import type { WorkbookData } from '../templates/fill';
import { textKey } from '../text/normalize';
import { isTermBound, sameTerm } from './term';

export type CarrySkip = 'year-unknown' | 'not-earlier' | 'other-term' | 'nothing';

export interface CarryResult {
  data: WorkbookData;
  /** How many values were carried over. */
  values: number;
  lastYear?: number;
  /** Why nothing was carried over. */
  skipped?: CarrySkip;
}

function num(view: AnnexView, table: BoundTable, row: BoundRow, key: string): number | undefined {
  const r = view.cell(table, row, key)?.reading;
  return r?.s === 'num' && Number.isInteger(r.value) && r.value >= 0 ? r.value : undefined;
}

export function carryOver(last: WorkbookSnapshot, settings: ReportSettings, templates: readonly string[]): CarryResult {
  const raw = (last.settings ?? {}) as { reportYear?: unknown };
  const lastYear = typeof raw.reportYear === 'number' ? raw.reportYear : undefined;
  if (lastYear === undefined) return { data: {}, values: 0, skipped: 'year-unknown' };
  if (lastYear >= settings.reportYear) return { data: {}, values: 0, lastYear, skipped: 'not-earlier' };
  if (!sameTerm(lastYear, settings.reportYear)) return { data: {}, values: 0, lastYear, skipped: 'other-term' };

  const { annexes } = inspectSnapshot(last);
  const data: WorkbookData = {};
  let values = 0;
  const put = (templateId: string, rowKey: string, column: string, value: number) => {
    const annex = (data[templateId] ??= {});
    (annex[rowKey] ??= {})[column] = value;
    values++;
  };
  const units = unitsOf(settings).map(textKey);
  for (const view of annexes) {
    const id = view.templateId;
    if (!templates.includes(id) || data[id]) continue;
    for (const table of view.tables) {
      for (const row of table.rows) {
        if (row.kind === 'total') continue;
        let target: string | undefined;
        if (id === 'PL-I' && row.kind === 'data') {
          const i = units.indexOf(textKey(row.label));
          if (i >= 0) target = String(i + 1);
        } else if (id === 'PL-CB' && row.kind === 'fixed') target = row.key;
        if (target === undefined) continue;
        for (const column of table.table.columns) {
          if (!isTermBound(id, row.key, column)) continue;
          // Only levels this year's annex has (the 2025 reform removed the district level).
          const level = /_(tinh|huyen|xa)(_|$)/.exec(id === 'PL-I' ? column.key : row.key)?.[1];
          if (level && !settings.levels.includes(level as never)) continue;
          const v = num(view, table, row, column.key);
          if (v !== undefined) put(id, target, column.key, v);
        }
      }
    }
  }
  return values ? { data, values, lastYear } : { data: {}, values: 0, lastYear, skipped: 'nothing' };
}
