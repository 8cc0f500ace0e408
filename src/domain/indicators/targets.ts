/**
 * Pure target computations over indicator definitions: which national target
 * applies to a report year, whether a value meets a target, the value of a
 * numerator/denominator pair, and how local targets relate to national ones.
 */
import { EPSILON, compareAmbition, defaultCmp, nearlyEqual, polarity, satisfies, type Comparison } from './direction';
import type { Indicator, Target } from './schema';

export { STATUS_LABEL } from '../messages/indicators';

/** What comparing a value with a target can say ('khong-danh-gia-duoc' comes from findings, in the engine). */
export type TargetStatus = 'dat' | 'chua-dat' | 'chua-co-so-lieu' | 'chua-co-chi-tieu';

export interface Evaluation {
  status: TargetStatus;
  /**
   * Distance still to go, in the indicator's unit: 0 when met, positive when not
   * (for a yes/no indicator: 1 when not met). Absent when there is nothing to compare.
   * A strict target reached exactly ("trên 90", value 90) is not met and has gap 0.
   */
  gap?: number;
}

export type Ambition = 'more-ambitious' | 'equal' | 'less-ambitious';

export type ValueProblem = 'zero-denominator' | 'negative' | 'part-exceeds-whole' | 'not-finite';

export interface ComputedValue {
  /** numerator / denominator × base, unrounded. Also present with 'part-exceeds-whole' (e.g. 105 %), so it can be shown. */
  value?: number;
  problem?: ValueProblem;
}

type TargetLike = Target | number;

function asTarget(t: TargetLike): Target {
  return typeof t === 'number' ? { value: t } : t;
}

/** The comparison a target of this indicator uses (its own `cmp`, else the indicator's direction). */
export function targetCmp(indicator: Pick<Indicator, 'direction'>, target: TargetLike): Comparison {
  return asTarget(target).cmp ?? defaultCmp(indicator.direction);
}

/** Multiplier for numerator/denominator: the definition's `denominatorBase`, else 100 for percent and 1 otherwise. */
export function denominatorBase(indicator: Pick<Indicator, 'kind' | 'denominatorBase'>): number {
  return indicator.denominatorBase ?? (indicator.kind === 'percent' ? 100 : 1);
}

/**
 * The national target that applies to a report year: the nearest milestone year
 * at or after it (2025 for years up to 2025, 2030 for 2026–2030), else the last one.
 */
export function nationalTargetFor(
  indicator: Pick<Indicator, 'national'>,
  reportYear: number,
): { year: string; target: Target } | undefined {
  const years = Object.keys(indicator.national)
    .filter((y) => Number.isFinite(Number(y)))
    .sort((a, b) => Number(a) - Number(b));
  if (years.length === 0) return undefined;
  const year = years.find((y) => Number(y) >= reportYear) ?? years[years.length - 1];
  return { year, target: indicator.national[year] };
}

/** The gap rounded to 9 decimals (none when target − value overflowed; past ~1e299 there is nothing to round). */
function cleanGap(gap: number): number | undefined {
  if (!Number.isFinite(gap)) return undefined;
  const scaled = gap * 1e9;
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : gap;
  return rounded <= 0 ? 0 : rounded;
}

/**
 * Direction-aware status of a value against a target. A missing value gives
 * 'chua-co-so-lieu' (never treated as 0); a value with no target to compare it with gives
 * 'chua-co-chi-tieu'.
 *
 * Yes/no: for a `bool` indicator, or a `localBool` one answered with true/false
 * (4.4), the target asks for "Có" whenever its value is not 0; numbers 1/0 count
 * as Có/Không for a `bool` indicator. A true/false answer to a numeric indicator
 * cannot be judged: 'chua-co-so-lieu'.
 */
export function evaluate(
  indicator: Pick<Indicator, 'direction' | 'localBool'>,
  value: number | boolean | undefined | null,
  target: Target | undefined,
): Evaluation {
  if (value === undefined || value === null) return { status: 'chua-co-so-lieu' };
  if (target === undefined || !Number.isFinite(target.value)) return { status: 'chua-co-chi-tieu' };

  const yesNo = indicator.direction === 'bool' || (indicator.localBool === true && typeof value === 'boolean');
  if (yesNo) {
    if (typeof value === 'number' && !Number.isFinite(value)) return { status: 'chua-co-so-lieu' };
    const has = typeof value === 'boolean' ? value : value !== 0;
    const required = target.value !== 0;
    const met = has || !required;
    return { status: met ? 'dat' : 'chua-dat', gap: met ? 0 : 1 };
  }

  if (typeof value !== 'number' || !Number.isFinite(value)) return { status: 'chua-co-so-lieu' };

  // "= 100 %" indicators: reaching the target meets it (a local target of 90 % is met by 95 %; above 100 % is no share).
  const own = targetCmp(indicator, target);
  const cmp = own === 'eq' ? 'gte' : own;
  if (satisfies(cmp, value, target.value)) return { status: 'dat', gap: 0 };

  let gap: number;
  if (cmp === 'gte' || cmp === 'gt') gap = target.value - value;
  else gap = value - target.value;
  const clean = cleanGap(gap);
  return clean === undefined ? { status: 'chua-dat' } : { status: 'chua-dat', gap: clean };
}

/** Evaluates a value against the national target that applies to the report year. */
export function evaluateNational(
  indicator: Pick<Indicator, 'direction' | 'localBool' | 'national'>,
  value: number | boolean | undefined | null,
  reportYear: number,
): Evaluation & { year?: string; target?: Target } {
  const applicable = nationalTargetFor(indicator, reportYear);
  return { ...evaluate(indicator, value, applicable?.target), year: applicable?.year, target: applicable?.target };
}

/**
 * value = numerator / denominator × base (100 for percent, 100 for the sex ratio,
 * 1.000 / 100.000 for rates), unrounded — callers round for display.
 */
export function computeValue(
  indicator: Pick<Indicator, 'kind' | 'denominatorBase'>,
  numerator: number,
  denominator: number,
): ComputedValue {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return { problem: 'not-finite' };
  if (numerator < 0 || denominator < 0) return { problem: 'negative' };
  if (denominator === 0) return { problem: 'zero-denominator' };
  // Multiply first: 57 × 100 / 100 is exactly 57, 57 / 100 × 100 is 56.99999999999999.
  const value = (numerator * denominatorBase(indicator)) / denominator;
  if (!Number.isFinite(value)) return { problem: 'not-finite' };
  if (indicator.kind === 'percent' && numerator > denominator) return { value, problem: 'part-exceeds-whole' };
  return { value };
}

function ambitionOf(order: -1 | 0 | 1): Ambition {
  return order > 0 ? 'more-ambitious' : order < 0 ? 'less-ambitious' : 'equal';
}

/**
 * How a local target relates to the national one, along the indicator's direction
 * (seed 000: female masters locally 10 % vs ≥ 50 % nationally → 'less-ambitious').
 */
export function compareLocalToNational(
  indicator: Pick<Indicator, 'direction'>,
  local: TargetLike,
  national: TargetLike,
): Ambition {
  const l = asTarget(local);
  const n = asTarget(national);
  return ambitionOf(
    compareAmbition(
      indicator.direction,
      { value: l.value, cmp: targetCmp(indicator, l) },
      { value: n.value, cmp: targetCmp(indicator, n) },
    ),
  );
}

/**
 * A local count against the indicator's sub-measure minimum (6.3: 03 tin, bài/quý
 * locally vs ≥ 04 nationally → 'less-ambitious'); undefined when there is none.
 */
export function compareSubMeasure(indicator: Pick<Indicator, 'subMeasure'>, localCount: number): Ambition | undefined {
  if (!indicator.subMeasure || !Number.isFinite(localCount)) return undefined;
  return ambitionOf(
    compareAmbition('gte', { value: localCount, cmp: 'gte' }, { value: indicator.subMeasure.national, cmp: 'gte' }),
  );
}

/**
 * A target worse than its own baseline contradicts the indicator's direction
 * (seed 004 row 4.3: "giảm từ 55 … xuống 56,3" on a lower-is-better indicator → true).
 * Keeping the baseline level is not against the direction.
 */
export function targetMovesAgainstDirection(
  indicator: Pick<Indicator, 'direction'>,
  baseline: number,
  target: TargetLike,
): boolean {
  const t = asTarget(target).value;
  if (!Number.isFinite(baseline) || !Number.isFinite(t) || nearlyEqual(baseline, t)) return false;
  return polarity(indicator.direction) === 'higher' ? t < baseline : t > baseline;
}

/**
 * A yearly target on the way from the baseline to the period-end target, both ends
 * included (seed 004 §II.4: baseline 70, year 68, period 55 on a lower-is-better
 * indicator → true). False when the period target itself moves against the direction,
 * when the yearly target moves against it, and when the yearly target already goes
 * beyond the period target (not contradictory, but not a trajectory either).
 */
export function isTrajectory(
  indicator: Pick<Indicator, 'direction'>,
  baseline: number,
  yearTarget: TargetLike,
  periodTarget: TargetLike,
): boolean {
  const y = asTarget(yearTarget).value;
  const p = asTarget(periodTarget).value;
  if (![baseline, y, p].every(Number.isFinite)) return false;
  const [low, high] = polarity(indicator.direction) === 'higher' ? [baseline, p] : [p, baseline];
  if (low > high + EPSILON) return false;
  return y >= low - EPSILON && y <= high + EPSILON;
}
