/**
 * Direction and comparison primitives shared by the schema (consistency checks)
 * and the target computations. Pure functions, no dependencies.
 */

/** How an indicator's value is judged against its target. */
export const DIRECTIONS = ['gte', 'lte', 'lt', 'gt', 'eq100', 'bool'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The comparison a single target asks for (a target may be stricter than its indicator's default). */
export const COMPARISONS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** Whether a larger value is better ('higher') or a smaller one ('lower'). */
export type Polarity = 'higher' | 'lower';

/**
 * Absolute tolerance for comparing computed values with targets, so that
 * floating-point noise (0.57 × 100 = 56.99999999999999) never flips a status.
 */
export const EPSILON = 1e-9;

/** `eq100` (must reach 100 %) and `bool` (có beats không) count as higher-is-better. */
export function polarity(direction: Direction): Polarity {
  return direction === 'lte' || direction === 'lt' ? 'lower' : 'higher';
}

/** The comparison a target uses when it does not carry its own `cmp`. */
export function defaultCmp(direction: Direction): Comparison {
  switch (direction) {
    case 'gte':
      return 'gte';
    case 'gt':
      return 'gt';
    case 'lte':
      return 'lte';
    case 'lt':
      return 'lt';
    case 'eq100':
    case 'bool':
      return 'eq';
  }
}

/** Comparisons a target of an indicator with this direction may carry. */
export function allowedCmps(direction: Direction): readonly Comparison[] {
  switch (direction) {
    case 'gte':
    case 'gt':
      return ['gte', 'gt'];
    case 'lte':
    case 'lt':
      return ['lte', 'lt'];
    case 'eq100':
    case 'bool':
      return ['eq'];
  }
}

/** Is `value` within tolerance of `target`? */
export function nearlyEqual(value: number, target: number): boolean {
  return Math.abs(value - target) <= EPSILON;
}

/** Does `value` satisfy `cmp target` (with floating-point tolerance)? */
export function satisfies(cmp: Comparison, value: number, target: number): boolean {
  switch (cmp) {
    case 'gte':
      return value >= target - EPSILON;
    case 'gt':
      return value > target + EPSILON;
    case 'lte':
      return value <= target + EPSILON;
    case 'lt':
      return value < target - EPSILON;
    case 'eq':
      return nearlyEqual(value, target);
  }
}

function isStrict(cmp: Comparison): boolean {
  return cmp === 'gt' || cmp === 'lt';
}

/**
 * Orders two targets of the same indicator by ambition: 1 when `a` asks for more
 * than `b`, -1 when it asks for less, 0 when they ask for the same thing.
 * Values decide first; at equal values a strict target ("trên 90", "dưới 42")
 * asks for more than a non-strict one ("từ 90", "không quá 42").
 */
export function compareAmbition(
  direction: Direction,
  a: { value: number; cmp: Comparison },
  b: { value: number; cmp: Comparison },
): -1 | 0 | 1 {
  if (!nearlyEqual(a.value, b.value)) {
    const aHigher = a.value > b.value;
    const better = polarity(direction) === 'higher' ? aHigher : !aHigher;
    return better ? 1 : -1;
  }
  const sa = isStrict(a.cmp);
  const sb = isStrict(b.cmp);
  if (sa === sb) return 0;
  return sa ? 1 : -1;
}
