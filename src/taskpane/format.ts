/** Display formatting for the task pane: Vietnamese numbers (comma decimal, dot thousands). */
import { formatVnNumber, roundTo } from '../domain/parse/number';

/** 76.4705 → "76,47"; 1250 → "1.250"; at most two decimals, rounded half away from zero. */
export function formatNumber(value: number): string {
  return formatVnNumber(roundTo(value, 2));
}

/** "76,47 %", "1,7 lần", "42/100.000 trẻ sinh sống" (a unit starting with "/" sticks to the number). */
export function formatWithUnit(value: number, unit: string): string {
  const n = formatNumber(value);
  const u = unit.trim();
  if (u === '') return n;
  return u.startsWith('/') ? n + u : `${n} ${u}`;
}

/** A user-typed number back into the field: 60.5 → "60,5" (no rounding: it is the officer's value). */
export function formatInputNumber(value: number): string {
  return formatVnNumber(value);
}
