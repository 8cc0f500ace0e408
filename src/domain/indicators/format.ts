/**
 * Vietnamese wording of numbers and targets, used in the schema's messages and
 * available to any caller that prints a target ("dưới 42/100.000 trẻ sinh sống").
 */
import { defaultCmp, type Comparison, type Direction } from './direction';

/**
 * Vietnamese number notation: dot for thousands, comma for decimals
 * (1234.5 → "1.234,5"). Uses the shortest exact representation, never rounds.
 */
export function formatNumberVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const [intPart, fracPart] = String(Math.abs(n)).split('.');
  // String() switches to exponent notation only for magnitudes far outside indicator ranges.
  if (intPart.includes('e')) return (negative ? '-' : '') + String(Math.abs(n)).replace('.', ',');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + grouped + (fracPart ? ',' + fracPart : '');
}

/** "76,47 %", "1,7 lần", "42/100.000 trẻ sinh sống" (a unit starting with "/" sticks to the number). */
export function formatValueWithUnit(value: number, unit: string): string {
  const n = formatNumberVi(value);
  if (unit === '') return n;
  return unit.startsWith('/') ? n + unit : `${n} ${unit}`;
}

const CMP_PREFIX: Record<Comparison, string> = {
  gte: 'từ ',
  gt: 'trên ',
  lte: 'không quá ',
  lt: 'dưới ',
  eq: '',
};

const CMP_SUFFIX: Record<Comparison, string> = {
  gte: ' trở lên',
  gt: '',
  lte: '',
  lt: '',
  eq: '',
};

/** A target in words: "từ 60 % trở lên", "trên 90 %", "không quá 111 bé trai/100 bé gái", "dưới 42/100.000 trẻ sinh sống", "100 %". */
export function formatTarget(value: number, cmp: Comparison, unit: string): string {
  return CMP_PREFIX[cmp] + formatValueWithUnit(value, unit) + CMP_SUFFIX[cmp];
}

/**
 * A target of an indicator in words, with the comparison defaulted from the
 * indicator's direction; a yes/no target reads "Có" / "Không".
 */
export function describeTarget(
  indicator: { direction: Direction; unit: string },
  target: { value: number; cmp?: Comparison },
): string {
  if (indicator.direction === 'bool') return target.value !== 0 ? 'Có' : 'Không';
  return formatTarget(target.value, target.cmp ?? defaultCmp(indicator.direction), indicator.unit);
}
