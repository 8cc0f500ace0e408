/**
 * The comparison's warnings, one per kind of column:
 * - count-jump: a count, an amount or a decimal value ×`factor` (10) or more, up or down
 *   (the larger of the two at least `factor`, so 1 → 3 is not a "jump");
 * - share-jump: a share (%) moving more than `sharePoints` (20) percentage points, and more
 *   than one person's worth of it (1 of 3 leaders → 2 of 3 is 33 points, and one person);
 * - term-changed: HĐND delegates (./term.ts) changing at all within one term without a note
 *   (the row's "Ghi chú") — an explanation (giải trình) stored in the workbook also counts;
 * - indicator-declined (compare.ts): an indicator moving against its direction.
 * A value present in one year only is no warning (the sheet and the value list show it).
 */
import { COMPARE_MSG, valuePlace } from '../messages/compare';
import type { Finding } from '../report/schema';
import type { Column, ColumnKind } from '../templates/schema';
import { isTermBound, sameTerm, termLabel } from './term';

export interface CompareOptions {
  /** Percentage points a share may move in a year before it is a warning. */
  sharePoints: number;
  /** A count (amount) this many times larger or smaller than last year's is a warning. */
  factor: number;
}

export type CompareWarningKind = 'count-jump' | 'share-jump' | 'term-changed' | 'indicator-declined';

export interface CompareWarning {
  kind: CompareWarningKind;
  /** "compare/<kind>": the explanation store keys explanations by rule, sheet and cell. */
  rule: `compare/${CompareWarningKind}`;
  severity: 'warning';
  message: string;
  /** This year's cell. */
  sheet: string;
  cell: string;
  templateId?: string;
  indicatorId?: string;
  /** This year's value as shown. */
  value?: string;
  /** The row's "Ghi chú" or the officer's explanation (giải trình). */
  explanation?: string;
}

export interface ValueChange {
  templateId: string;
  /** "Phụ lục I" */
  annex: string;
  table: string;
  /** The row's identity across years: "u:<unit name>", "f:<post or indicator>", "t:total", "p:<position>". */
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  kind: ColumnKind;
  last: number | null;
  this: number | null;
  /** this − last, when both are numbers. */
  change: number | null;
  /** (this − last) / |last|, when both are numbers and last ≠ 0. */
  relative: number | null;
  sheet: string;
  cell: string;
  lastSheet: string;
  lastCell: string;
}

export interface CheckContext {
  column: Column;
  rowKey: string;
  share: boolean;
  /** This year's denominator of a computed share. */
  den?: number;
  note: string;
  lastYear?: number;
  thisYear?: number;
}

const JUMP_KINDS = new Set<ColumnKind>(['count', 'money', 'decimal', 'percent']);

function warning(kind: CompareWarningKind, v: ValueChange, message: string, explanation?: string): CompareWarning {
  const w: CompareWarning = {
    kind,
    rule: `compare/${kind}`,
    severity: 'warning',
    message,
    sheet: v.sheet,
    cell: v.cell,
    templateId: v.templateId,
  };
  if (v.this !== null) w.value = String(v.this);
  if (explanation) w.explanation = explanation;
  return w;
}

/** The warning for one matched value, or undefined when its change is plausible. */
export function checkValue(v: ValueChange, ctx: CheckContext, opts: CompareOptions): CompareWarning | undefined {
  if (v.last === null || v.this === null) return undefined;
  const place = valuePlace(v.annex, v.rowLabel, v.columnLabel);

  if (
    isTermBound(v.templateId, ctx.rowKey, ctx.column) &&
    ctx.lastYear !== undefined &&
    ctx.thisYear !== undefined &&
    ctx.lastYear < ctx.thisYear &&
    sameTerm(ctx.lastYear, ctx.thisYear) &&
    v.this !== v.last
  ) {
    return warning(
      'term-changed',
      v,
      COMPARE_MSG.termChanged(place, v.last, v.this, termLabel(ctx.thisYear)),
      ctx.note || undefined,
    );
  }

  if (ctx.share) {
    const moved = Math.abs(v.this - v.last);
    const onePerson = ctx.den ? 100 / ctx.den + 0.05 : 0;
    if (moved > opts.sharePoints + 1e-9 && moved > onePerson)
      return warning('share-jump', v, COMPARE_MSG.shareJump(place, v.last, v.this, opts.sharePoints));
    return undefined;
  }

  if (JUMP_KINDS.has(v.kind) && v.last > 0 && v.this > 0) {
    const hi = Math.max(v.last, v.this);
    const lo = Math.min(v.last, v.this);
    if (hi >= opts.factor && hi / lo >= opts.factor - 1e-9)
      return warning('count-jump', v, COMPARE_MSG.countJump(place, v.last, v.this, ctx.lastYear, ctx.thisYear));
  }
  return undefined;
}

/**
 * A comparison warning as a finding, for the explanation store (which keys explanations by rule,
 * sheet and cell): the task pane's "Giải trình…" stores it like a validation warning's.
 */
export function warningAsFinding(w: CompareWarning): Finding {
  const f: Finding = {
    rule: w.rule,
    messageId: w.rule,
    severity: 'warning',
    sheet: w.sheet,
    cell: w.cell,
    message: w.message,
  };
  if (w.templateId) f.templateId = w.templateId;
  if (w.indicatorId) f.indicatorId = w.indicatorId;
  if (w.value !== undefined) f.value = w.value;
  if (w.explanation) f.explanation = w.explanation;
  return f;
}
