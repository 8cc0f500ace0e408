/**
 * Term-bound counts: the number of People's Council (HĐND) delegates is fixed by the election
 * at the start of a term (nhiệm kỳ) and changes within it only through a by-election, a
 * dismissal or a delegate leaving. HĐND terms run 2011–2016, 2016–2021, 2021–2026, 2026–2031 …:
 * a year's report belongs to the term elected in it or before it (the 2021 report already
 * counts the delegates elected in May 2021; the 2026 report those elected in 2026).
 */
import type { Column } from '../templates/schema';

/** First year of the HĐND term 2021–2026; terms are five years. */
const TERM_ORIGIN = 2021;
const TERM_YEARS = 5;

/** The first year of the HĐND term a report year falls in. */
export function termStart(year: number): number {
  return TERM_ORIGIN + Math.floor((year - TERM_ORIGIN) / TERM_YEARS) * TERM_YEARS;
}

/** "2021–2026" */
export function termLabel(year: number): string {
  const start = termStart(year);
  return `${start}–${start + TERM_YEARS}`;
}

export function sameTerm(a: number, b: number): boolean {
  return termStart(a) === termStart(b);
}

/** PL-CB rows of HĐND delegates ("Đại biểu HĐND tỉnh/huyện/xã"), not its leadership posts. */
const PL_CB_DELEGATE_ROW = /^hdnd_(tinh|huyen|xa)$/;

/**
 * Whether a value counts HĐND delegates: PL-I's "Nữ DTTS tham gia HĐND" counts (Số nữ DTTS,
 * Tổng số) and PL-CB's "Đại biểu HĐND" rows (Số nữ, Tổng số). Shares are derived, not counted.
 */
export function isTermBound(templateId: string, rowKey: string, column: Column): boolean {
  if (column.kind !== 'count') return false;
  if (templateId === 'PL-I') return column.key.startsWith('hdnd_');
  if (templateId === 'PL-CB') return PL_CB_DELEGATE_ROW.test(rowKey);
  return false;
}
