/**
 * One source cell → the value written into one annex cell, read the Vietnamese way ("92,3",
 * "1.250", "09/02/2021", "-"). Anything that cannot be placed without guessing — "11/29" in
 * a column for one number, a date where a count belongs, one number where a count and a
 * total are needed — comes back as a reason, never as a value.
 */
import { isNA } from '../engine/read-cell';
import { parseDateText } from '../parse/date';
import { parseFractionText, parseNumberText } from '../parse/number';
import type { DataValue } from '../templates/render';
import type { Column } from '../templates/schema';
import { looseKey, normalizeText } from '../text/normalize';
import type { GridCell } from './grid';

export type ValueClass = 'empty' | 'num' | 'frac' | 'date' | 'na' | 'text';

export interface Classified {
  cls: ValueClass;
  text: string;
  num?: number;
  /** The number was written with "%". */
  percent?: boolean;
  /** Digits after the decimal comma as written. */
  decimals?: number;
  /** Another reading of the same text ("1,250"). */
  alt?: number;
  frac?: { num: number; den: number };
  iso?: string;
}

/** Words a count is written with ("05 cuộc", "1.250 lượt người"). */
const COUNT_WORDS =
  /^(người|lượt|lượt người|cuộc|lớp|buổi|hội nghị|sản phẩm|tờ|cuốn|mô hình|đơn vị|cơ sở|xã|trường|vụ|tin|bài|tin bài|hộ|lần)$/;

const CLASSIFIED = new WeakMap<GridCell, Classified>();

/** What a cell holds (cached per cell: a table is read several times while it is recognised). */
export function classify(cell: GridCell): Classified {
  let c = CLASSIFIED.get(cell);
  if (!c) {
    c = classifyCell(cell);
    CLASSIFIED.set(cell, c);
  }
  return c;
}

function classifyCell(cell: GridCell): Classified {
  const raw = cell.raw;
  const text = cell.text;
  if (raw) {
    if (raw.t === 'n') return { cls: 'num', text, num: raw.v, decimals: decimalsIn(raw.v) };
    if (raw.t === 'd') return { cls: 'date', text, iso: raw.v };
    if (raw.t === 'f') return { cls: 'empty', text: '' };
  }
  const t = normalizeText(text);
  if (t === '') return { cls: 'empty', text: '' };
  if (isNA(t)) return { cls: 'na', text: t };
  const frac = parseFractionText(t);
  if (frac) return { cls: 'frac', text: t, frac };
  const p = parseNumberText(t);
  if (p.ok) {
    const out: Classified = { cls: 'num', text: t, num: p.value, decimals: p.decimals };
    if (p.percent) out.percent = true;
    if (p.alternative !== undefined) out.alt = p.alternative;
    return out;
  }
  const d = parseDateText(t);
  if (d.ok) return { cls: 'date', text: t, iso: d.iso };
  return { cls: 'text', text: t };
}

function decimalsIn(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 || s.includes('e') ? 0 : s.length - i - 1;
}

/** "05 cuộc" → 5 (a count written with its unit). */
function countWithWords(text: string): number | undefined {
  const m = /^(\d[\d.]*)\s+(\p{L}[\p{L} ]*)$/u.exec(text);
  if (!m || !COUNT_WORDS.test(m[2]!.trim().toLowerCase())) return undefined;
  const p = parseNumberText(m[1]!);
  return p.ok && p.alternative === undefined && Number.isInteger(p.value) ? p.value : undefined;
}

export type UnplacedReason =
  | 'fraction-in-single'
  | 'date-for-number'
  | 'date-for-pair'
  | 'number-for-pair'
  | 'text-for-pair'
  | 'no-column'
  | 'column-ambiguous'
  | 'column-type'
  | 'row-unknown'
  | 'row-ambiguous'
  | 'row-under-unknown'
  | 'row-outside-groups'
  | 'no-number'
  | 'several-values'
  | 'table-unrecognised'
  | 'table-ambiguous'
  | 'duplicate-row'
  | 'level-not-in-settings'
  | 'not-written'
  | 'percent-without-counts';

export type Conversion = { ok: true; value: DataValue; note?: 'text-kept' } | { ok: false; reason: UnplacedReason };

const NUMERIC = new Set(['count', 'money', 'decimal', 'percent']);

const LISTS = new WeakMap<readonly string[], Map<string, string>>();
/** A list's values by their loose spelling ("cong van" → "Công văn"). */
function listIndex(list: readonly string[]): Map<string, string> {
  let m = LISTS.get(list);
  if (!m) LISTS.set(list, (m = new Map(list.map((x) => [looseKey(x), x]))));
  return m;
}

/** The value for one input column, or why it cannot go there. */
export function convertFor(col: Column, cell: GridCell, listValues?: readonly string[]): Conversion {
  const v = classify(cell);
  if (v.cls === 'empty') return { ok: true, value: null };
  if (NUMERIC.has(col.kind)) {
    switch (v.cls) {
      case 'num':
        if (v.percent && col.kind !== 'percent' && !col.allowUnitText)
          return { ok: true, value: v.text, note: 'text-kept' };
        // "1,250": 1,25 or 1250 — written as typed, so the check asks the officer.
        if (v.alt !== undefined && !(col.kind === 'count' && Number.isInteger(v.num!) && !Number.isInteger(v.alt)))
          return { ok: true, value: v.text, note: 'text-kept' };
        return { ok: true, value: v.num! };
      case 'na':
        return { ok: true, value: '-' };
      case 'frac':
        if (col.allowUnitText) return { ok: true, value: v.text };
        return { ok: false, reason: 'fraction-in-single' };
      case 'date':
        return col.allowUnitText && !cell.raw ? { ok: true, value: v.text } : { ok: false, reason: 'date-for-number' };
      case 'text': {
        if (col.kind === 'count' || col.kind === 'money') {
          const n = countWithWords(v.text);
          if (n !== undefined) return { ok: true, value: n };
        }
        // Kept as the officer wrote it ("27,59,03%", "trên 100%", "03 tin/quý"): the check says what is wrong.
        return col.allowUnitText ? { ok: true, value: v.text } : { ok: true, value: v.text, note: 'text-kept' };
      }
    }
  }
  if (col.kind === 'date') {
    if (v.cls === 'date') return { ok: true, value: { date: v.iso! } };
    return { ok: true, value: v.text, note: 'text-kept' };
  }
  if (col.kind === 'seq') {
    if (v.cls === 'num' && Number.isInteger(v.num)) return { ok: true, value: v.num! };
    return { ok: true, value: v.text };
  }
  if (col.kind === 'list') {
    const hit = listIndex(listValues ?? col.list ?? []).get(looseKey(v.text));
    return { ok: true, value: hit ?? v.text };
  }
  // Text, names, document numbers: exactly as written (a number typed in a text column stays its text).
  return { ok: true, value: v.cls === 'date' && cell.raw ? dateText(v.iso!) : v.text };
}

function dateText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export type SplitConversion =
  { ok: true; num: DataValue; den: DataValue } | { ok: true; empty: true } | { ok: false; reason: UnplacedReason };

/** "11/29" → 11 and 29; "-" → "-" and "-". */
export function convertSplit(cell: GridCell): SplitConversion {
  const v = classify(cell);
  switch (v.cls) {
    case 'empty':
      return { ok: true, empty: true };
    case 'frac':
      return { ok: true, num: v.frac!.num, den: v.frac!.den };
    case 'na':
      return { ok: true, num: '-', den: '-' };
    case 'date':
      return { ok: false, reason: 'date-for-pair' };
    case 'num':
      return { ok: false, reason: 'number-for-pair' };
    default:
      return { ok: false, reason: 'text-for-pair' };
  }
}
