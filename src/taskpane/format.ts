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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When a report was made, in the officer's own clock: "14:05:12" today, "14:05:12 ngày 09/12/2024"
 * another day (dd/mm/yyyy, whatever the browser's locale).
 */
export function formatCheckedAt(ms: number, now: number = Date.now()): string {
  const d = new Date(ms);
  const n = new Date(now);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const sameDay = d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  return sameDay ? time : `${time} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
