/**
 * Comparison with last year ("So sánh với năm trước"): most implausible figures show against
 * the unit's own report of the year before — a count that jumps tenfold, a share that moves
 * thirty points, HĐND delegates of the same term that change, an indicator that moves against
 * its direction.
 *
 * Values are matched by annex (template), table, row — a unit's row by its name, a template's
 * fixed row (post, indicator) by its key, the total row as such — and column (key). For each
 * value: last year's and this year's number, the change and the relative change. Warnings per
 * column kind (./checks.ts). Indicator trends from both years' indicator results, judged by
 * the indicator's direction.
 *
 * Pure: two snapshots in, a result out (the CLI and the task pane show the same result).
 */
import { inspectSnapshot } from '../engine/validate';
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { cellText } from '../engine/bind';
import { storedExplanations, explanationKey, fingerprintAt, type Explanation } from '../explanations/store';
import { getIndicatorSet, DEFAULT_INDICATOR_SET_ID } from '../indicators/load';
import { polarity, EPSILON } from '../indicators/direction';
import type { Indicator } from '../indicators/schema';
import { COMPARE_MSG, COMPARE_VALUE } from '../messages/compare';
import { formatVnNumber, roundTo } from '../parse/number';
import type { IndicatorResult, Report } from '../report/schema';
import type { WorkbookSnapshot } from '../sheet/workbook';
import type { Column, ColumnKind } from '../templates/schema';
import { textKey } from '../text/normalize';
import { checkValue, type CompareOptions, type CompareWarning, type ValueChange } from './checks';
import { sameTerm } from './term';

export type { CompareOptions, CompareWarning, CompareWarningKind, ValueChange } from './checks';
export { warningAsFinding } from './checks';

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { sharePoints: 20, factor: 10 };

/** Templates compared value by value (the document list VB is a register, not figures). */
const COMPARED_KINDS = new Set<ColumnKind>(['count', 'money', 'decimal', 'percent']);
const SKIPPED_TEMPLATES = new Set(['VB']);

export type Trend = 'cai-thien' | 'giam-sut' | 'khong-doi' | 'chua-so-sanh';

export interface IndicatorTrend {
  id: string;
  name: string;
  unit: string;
  last: number | null;
  this: number | null;
  /** Yes/no indicators. */
  lastBool?: boolean;
  thisBool?: boolean;
  change: number | null;
  trend: Trend;
  /** This year's value cell. */
  sheet?: string;
  cell?: string;
}

export type CompareNoteKind =
  | 'annex-gone'
  | 'annex-new'
  | 'row-gone'
  | 'row-new'
  | 'years-unknown'
  | 'year-order'
  | 'year-gap'
  | 'term-crossed'
  | 'indicator-sets';

export interface CompareNote {
  kind: CompareNoteKind;
  message: string;
  templateId?: string;
}

export interface CompareSide {
  unitName: string;
  /** The report year its settings name; undefined when the file has none. */
  year?: number;
  indicatorSet: string;
  /** Templates recognised in the file, in sheet order. */
  annexes: string[];
}

export interface CompareResult {
  last: CompareSide;
  this: CompareSide;
  options: CompareOptions;
  /** Every value present in either year, in this year's sheet order. */
  values: ValueChange[];
  warnings: CompareWarning[];
  trends: IndicatorTrend[];
  notes: CompareNote[];
  stats: {
    values: number;
    changed: number;
    warnings: number;
    /** Warnings with a note (Ghi chú) or an explanation (giải trình); part of `warnings`. */
    explained: number;
    improved: number;
    declined: number;
    unchanged: number;
  };
}

interface Side {
  snapshot: WorkbookSnapshot;
  report: Report;
  annexes: AnnexView[];
  info: CompareSide;
}

function sideOf(snapshot: WorkbookSnapshot): Side {
  const { report, annexes } = inspectSnapshot(snapshot);
  const raw = (snapshot.settings ?? {}) as { reportYear?: unknown; unitName?: unknown; indicatorSet?: unknown };
  const year = typeof raw.reportYear === 'number' && Number.isInteger(raw.reportYear) ? raw.reportYear : undefined;
  const info: CompareSide = {
    unitName: typeof raw.unitName === 'string' ? raw.unitName.trim() : '',
    indicatorSet: typeof raw.indicatorSet === 'string' ? raw.indicatorSet : DEFAULT_INDICATOR_SET_ID,
    annexes: annexes.map((a) => a.templateId),
  };
  if (year !== undefined) info.year = year;
  return { snapshot, report, annexes, info };
}

/** "Đơn vị 1" …: what a template inserted without settings writes — a position, not a name. */
const PLACEHOLDER = /^đơn vị \d+$/;

/** A row's identity across years, and how the officer reads it. */
function rowIdentity(row: BoundRow): { id: string; label: string } {
  const label = row.label;
  const key = textKey(label);
  switch (row.kind) {
    case 'data':
      return key && !PLACEHOLDER.test(key)
        ? { id: `u:${key}`, label }
        : { id: `p:${row.key}`, label: label || row.key };
    case 'fixed':
      return { id: `f:${row.def?.indicatorId ?? row.key}`, label: label || row.key };
    case 'total':
      return { id: 't:total', label: label || COMPARE_VALUE.totalRow };
    case 'sub':
      return { id: `s:${row.parent ?? ''}:${key}`, label };
  }
}

interface Entry {
  templateId: string;
  annex: string;
  table: string;
  rowId: string;
  rowKey: string;
  rowLabel: string;
  column: Column;
  columnLabel: string;
  value: number | null;
  sheet: string;
  cell: string;
  /** The row's "Ghi chú" text, when the table has that column. */
  note: string;
  /** The value is a share in % (0–100). */
  share: boolean;
  /** For a share computed from two columns: its denominator (how many people one share is of). */
  den?: number;
}

function readingNumber(view: AnnexView, table: BoundTable, row: BoundRow, key: string): number | undefined {
  const r = view.cell(table, row, key)?.reading;
  return r?.s === 'num' ? r.value : undefined;
}

/** A cell's number: typed (or the formula's cached result), else a ratio computed from its two columns. */
function valueAt(view: AnnexView, table: BoundTable, row: BoundRow, column: Column): number | null {
  const typed = readingNumber(view, table, row, column.key);
  if (typed !== undefined) return typed;
  if (column.ratio) {
    const num = readingNumber(view, table, row, column.ratio.num);
    const den = readingNumber(view, table, row, column.ratio.den);
    if (num !== undefined && den !== undefined && den > 0)
      return roundTo((num / den) * (row.def?.ratioBase ?? column.ratio.base), 2);
  }
  return null;
}

function denOf(view: AnnexView, table: BoundTable, row: BoundRow, column: Column): { den?: number } {
  const den = column.ratio ? readingNumber(view, table, row, column.ratio.den) : undefined;
  return den !== undefined && den > 0 ? { den } : {};
}

const headerOf = (c: Column) => c.header.join(' – ');

function isShare(column: Column, row: BoundRow): boolean {
  if (column.kind !== 'percent') return false;
  if (row.def?.unitText !== undefined) return row.def.unitText.trim() === '%';
  return (row.def?.ratioBase ?? column.ratio?.base ?? 100) === 100;
}

/** Every comparable value of the first annex of each template, keyed by template|table|row|column. */
function entriesOf(side: Side): { entries: Map<string, Entry>; order: string[]; templates: Map<string, AnnexView> } {
  const entries = new Map<string, Entry>();
  const order: string[] = [];
  const templates = new Map<string, AnnexView>();
  for (const view of side.annexes) {
    if (SKIPPED_TEMPLATES.has(view.templateId) || templates.has(view.templateId)) continue;
    templates.set(view.templateId, view);
    for (const table of view.tables) {
      const noteCol = table.table.columns.find((c) => c.key === 'ghi_chu');
      for (const row of table.rows) {
        const { id, label } = rowIdentity(row);
        const note = noteCol ? cellText(view.raw(table, row, noteCol.key)) : '';
        for (const column of table.table.columns) {
          if (!COMPARED_KINDS.has(column.kind) || !(column.input || column.ratio)) continue;
          if (row.def?.skip.includes(column.key)) continue;
          const cell = view.cell(table, row, column.key);
          if (!cell) continue;
          const key = [view.templateId, table.table.key, id, column.key].join('|');
          if (entries.has(key)) continue;
          entries.set(key, {
            templateId: view.templateId,
            annex: view.layout.title,
            table: table.table.key,
            rowId: id,
            rowKey: row.key,
            rowLabel: label,
            column,
            columnLabel: headerOf(column),
            value: valueAt(view, table, row, column),
            sheet: view.sheet.name,
            cell: cell.address,
            note,
            share: isShare(column, row),
            ...denOf(view, table, row, column),
          });
          order.push(key);
        }
      }
    }
  }
  return { entries, order, templates };
}

const round = (v: number) => roundTo(v, 10);

function change(last: number | null, now: number | null): { change: number | null; relative: number | null } {
  if (last === null || now === null) return { change: null, relative: null };
  return { change: round(now - last), relative: last !== 0 ? round((now - last) / Math.abs(last)) : null };
}

function indicatorValueText(r: IndicatorResult): string {
  if (r.boolValue !== undefined) return r.boolValue ? COMPARE_VALUE.yes : COMPARE_VALUE.no;
  if (r.value === null) return '—';
  const unit = r.unit.trim();
  return `${formatVnNumber(roundTo(r.value, 2))}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`;
}

function trendOf(ind: Indicator | undefined, last: IndicatorResult, now: IndicatorResult): Trend {
  if (!ind) return 'chua-so-sanh';
  if (last.boolValue !== undefined && now.boolValue !== undefined) {
    if (last.boolValue === now.boolValue) return 'khong-doi';
    return now.boolValue ? 'cai-thien' : 'giam-sut';
  }
  if (last.value === null || now.value === null) return 'chua-so-sanh';
  const d = now.value - last.value;
  if (Math.abs(d) <= EPSILON) return 'khong-doi';
  const better = polarity(ind.direction) === 'higher' ? d > 0 : d < 0;
  return better ? 'cai-thien' : 'giam-sut';
}

function trendsOf(last: Side, now: Side, notes: CompareNote[], warnings: CompareWarning[]): IndicatorTrend[] {
  if (!last.info.annexes.includes('CLQG') || !now.info.annexes.includes('CLQG')) return [];
  if (last.info.indicatorSet !== now.info.indicatorSet) {
    notes.push({
      kind: 'indicator-sets',
      message: COMPARE_MSG.indicatorSets(last.info.indicatorSet, now.info.indicatorSet),
    });
    return [];
  }
  const set = getIndicatorSet(now.info.indicatorSet) ?? getIndicatorSet()!;
  const lastById = new Map(last.report.indicators.map((r) => [r.id, r]));
  const out: IndicatorTrend[] = [];
  for (const r of now.report.indicators) {
    const before = lastById.get(r.id);
    if (!before) continue;
    const has = (x: IndicatorResult) => x.value !== null || x.boolValue !== undefined;
    if (!has(r) && !has(before)) continue;
    const ind = set.indicators.find((i) => i.id === r.id);
    const trend = trendOf(ind, before, r);
    const t: IndicatorTrend = {
      id: r.id,
      name: r.name,
      unit: r.unit,
      last: before.value,
      this: r.value,
      change: change(before.value, r.value).change,
      trend,
    };
    if (before.boolValue !== undefined) t.lastBool = before.boolValue;
    if (r.boolValue !== undefined) t.thisBool = r.boolValue;
    if (r.sheet) t.sheet = r.sheet;
    if (r.cell) t.cell = r.cell;
    out.push(t);
    if (trend === 'giam-sut' && ind) {
      const w: CompareWarning = {
        kind: 'indicator-declined',
        rule: 'compare/indicator-declined',
        severity: 'warning',
        templateId: 'CLQG',
        indicatorId: r.id,
        sheet: r.sheet ?? '',
        cell: r.cell ?? '',
        message: COMPARE_MSG.indicatorDeclined(
          r.id,
          r.name,
          indicatorValueText(before),
          indicatorValueText(r),
          polarity(ind.direction),
        ),
        value: indicatorValueText(r),
      };
      warnings.push(w);
    }
  }
  return out;
}

function yearNotes(last: CompareSide, now: CompareSide, notes: CompareNote[]): void {
  if (last.year === undefined || now.year === undefined) {
    notes.push({ kind: 'years-unknown', message: COMPARE_MSG.yearsUnknown });
    return;
  }
  if (last.year >= now.year) notes.push({ kind: 'year-order', message: COMPARE_MSG.yearOrder(last.year, now.year) });
  else if (now.year - last.year > 1)
    notes.push({ kind: 'year-gap', message: COMPARE_MSG.yearGap(last.year, now.year) });
  if (last.year < now.year && !sameTerm(last.year, now.year))
    notes.push({ kind: 'term-crossed', message: COMPARE_MSG.termCrossed(last.year, now.year) });
}

/** The officer's explanation (giải trình) of a comparison warning, kept while its row is unchanged. */
function explanationFor(items: readonly Explanation[], snapshot: WorkbookSnapshot, w: CompareWarning): string {
  const key = explanationKey(w);
  const e = items.find((x) => explanationKey(x) === key);
  return e && fingerprintAt(snapshot, e.sheet, e.cell) === e.fp ? e.text : '';
}

/** Whether two snapshots have any annex in common to compare (the CLI refuses otherwise). */
export function comparable(result: CompareResult): boolean {
  return result.last.annexes.some((t) => !SKIPPED_TEMPLATES.has(t) && result.this.annexes.includes(t));
}

export function compareWorkbooks(
  lastSnapshot: WorkbookSnapshot,
  thisSnapshot: WorkbookSnapshot,
  options: Partial<CompareOptions> = {},
): CompareResult {
  const opts: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const last = sideOf(lastSnapshot);
  const now = sideOf(thisSnapshot);
  const notes: CompareNote[] = [];
  const warnings: CompareWarning[] = [];
  yearNotes(last.info, now.info, notes);

  const a = entriesOf(last);
  const b = entriesOf(now);
  for (const [id, view] of a.templates)
    if (!b.templates.has(id))
      notes.push({ kind: 'annex-gone', templateId: id, message: COMPARE_MSG.annexGone(view.layout.title) });
  for (const [id, view] of b.templates)
    if (!a.templates.has(id))
      notes.push({ kind: 'annex-new', templateId: id, message: COMPARE_MSG.annexNew(view.layout.title) });

  const values: ValueChange[] = [];
  const rowsOf = (side: typeof a) => {
    const all = new Set<string>();
    const withValue = new Set<string>();
    for (const e of side.entries.values()) {
      const id = `${e.templateId}|${e.table}|${e.rowId}`;
      all.add(id);
      if (e.value !== null) withValue.add(id);
    }
    return { all, withValue };
  };
  const rowsA = rowsOf(a);
  const rowsB = rowsOf(b);
  const rowNotes = (
    side: typeof a,
    rows: typeof rowsA,
    other: typeof b,
    otherRows: typeof rowsA,
    kind: 'row-gone' | 'row-new',
  ) => {
    const seen = new Set<string>();
    for (const key of side.order) {
      const e = side.entries.get(key)!;
      const id = `${e.templateId}|${e.table}|${e.rowId}`;
      if (seen.has(id) || !other.templates.has(e.templateId) || e.rowId.startsWith('t:')) continue;
      seen.add(id);
      // A row of a position ("Đơn vị 3") left empty is not worth a note.
      if (otherRows.all.has(id) || !rows.withValue.has(id)) continue;
      notes.push({
        kind,
        templateId: e.templateId,
        message:
          kind === 'row-gone' ? COMPARE_MSG.rowGone(e.annex, e.rowLabel) : COMPARE_MSG.rowNew(e.annex, e.rowLabel),
      });
    }
  };
  rowNotes(a, rowsA, b, rowsB, 'row-gone');
  rowNotes(b, rowsB, a, rowsA, 'row-new');

  for (const key of b.order) {
    const e = b.entries.get(key)!;
    const before = a.entries.get(key);
    if (!before) continue;
    if (before.value === null && e.value === null) continue;
    const v: ValueChange = {
      templateId: e.templateId,
      annex: e.annex,
      table: e.table,
      row: e.rowId,
      rowLabel: e.rowLabel,
      column: e.column.key,
      columnLabel: e.columnLabel,
      kind: e.column.kind,
      last: before.value,
      this: e.value,
      ...change(before.value, e.value),
      sheet: e.sheet,
      cell: e.cell,
      lastSheet: before.sheet,
      lastCell: before.cell,
    };
    values.push(v);
    const w = checkValue(v, { ...e, lastYear: last.info.year, thisYear: now.info.year }, opts);
    if (w) warnings.push(w);
  }

  const trends = trendsOf(last, now, notes, warnings);

  const items = storedExplanations(thisSnapshot);
  for (const w of warnings) {
    const text = explanationFor(items, thisSnapshot, w) || w.explanation || '';
    if (text) w.explanation = text;
    else delete w.explanation;
  }

  const count = (t: Trend) => trends.filter((x) => x.trend === t).length;
  return {
    last: last.info,
    this: now.info,
    options: opts,
    values,
    warnings,
    trends,
    notes,
    stats: {
      values: values.length,
      changed: values.filter((v) => v.change !== 0).length,
      warnings: warnings.length,
      explained: warnings.filter((w) => !!w.explanation).length,
      improved: count('cai-thien'),
      declined: count('giam-sut'),
      unchanged: count('khong-doi'),
    },
  };
}
