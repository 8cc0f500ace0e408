/**
 * Numbers written the Vietnamese way (dot = thousands, comma = decimal), tolerating the
 * English way where it is unambiguous. Malformed text is reported, never guessed silently.
 */
import { normalizeText } from '../text/normalize';

export type NumberStyle = 'plain' | 'vi' | 'en';
export type MoneyUnit = 'dong' | 'trieu-dong';

export interface ParsedNumber {
  ok: true;
  value: number;
  /** Digits written after the decimal separator (for rounding checks). */
  decimals: number;
  /** A "%" was written. */
  percent: boolean;
  style: NumberStyle;
  /** Another reading of the same text (e.g. "1,250": 1,25 in Vietnamese, 1250 in English). */
  alternative?: number;
  unit?: MoneyUnit;
}

export interface NumberFailure {
  ok: false;
  reason: 'empty' | 'malformed' | 'not-number';
}

export type NumberParse = ParsedNumber | NumberFailure;

const UNIT_SUFFIX: [RegExp, MoneyUnit][] = [
  [/\s*(tr\.?\s*đ(ồng)?|triệu\s*đồng|triệu|tr\.?)$/i, 'trieu-dong'],
  [/\s*(đồng|đ|vnđ|vnd)$/i, 'dong'],
];

// The patterns the parser uses, made once: a regular expression literal in a function is a new
// object on every call, and these run for every number typed as text and every finding's number.
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const GROUP_OF_THREE = /^\d{3}$/;
const SIGN = /^[-+−]/;
const NUMBER_CHARS = /^[\d.,\s]+$/;
const DIGIT = /\d/;
const DIGIT_FIRST = /^\d/;
const DIGIT_LAST = /\d$/;
const DOUBLED_SEPARATOR = /[.,\s]{2,}/;
const SPACE = /\s/;
const DECIMAL_MARK = /[.,]/;
const FRACTION = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/;
/** Used with replace only (which starts a global pattern from 0 each time). */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Groups of three after the first group of 1–3 digits ("0.250" is not grouping: a first group never starts with 0). */
function isGrouped(parts: string[]): boolean {
  if (parts.length < 2 || !FIRST_GROUP.test(parts[0]!)) return false;
  for (let i = 1; i < parts.length; i++) if (!GROUP_OF_THREE.test(parts[i]!)) return false;
  return true;
}

function result(
  value: number,
  decimals: number,
  percent: boolean,
  style: NumberStyle,
  sign: number,
  unit?: MoneyUnit,
  alternative?: number,
): NumberParse {
  // Hundreds of digits overflow to Infinity: not a number anyone meant, so never a value.
  if (!Number.isFinite(value)) return { ok: false, reason: 'malformed' };
  const r: ParsedNumber = { ok: true, value: sign * value, decimals, percent, style };
  if (alternative !== undefined) r.alternative = sign * alternative;
  if (unit) r.unit = unit;
  return r;
}

export function parseNumberText(input: string): NumberParse {
  let s = normalizeText(input);
  if (s === '') return { ok: false, reason: 'empty' };
  let unit: MoneyUnit | undefined;
  for (const [re, u] of UNIT_SUFFIX) {
    if (re.test(s)) {
      s = s.replace(re, '').trim();
      unit = u;
      break;
    }
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  if (SIGN.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trim();
  }
  if (s === '') return { ok: false, reason: percent || unit ? 'malformed' : 'not-number' };
  if (!NUMBER_CHARS.test(s)) return { ok: false, reason: DIGIT.test(s) ? 'malformed' : 'not-number' };
  if (!DIGIT_FIRST.test(s) || !DIGIT_LAST.test(s)) return { ok: false, reason: 'malformed' };
  if (DOUBLED_SEPARATOR.test(s)) return { ok: false, reason: 'malformed' };

  // Spaces can only be thousands separators.
  if (SPACE.test(s)) {
    const [intPart, ...rest] = s.split(DECIMAL_MARK);
    const groups = intPart!.split(' ');
    if (!isGrouped(groups) || rest.length > 1) return { ok: false, reason: 'malformed' };
    const sep = s.includes(',') ? ',' : s.includes('.') ? '.' : '';
    const dec = rest[0] ?? '';
    const value = Number(groups.join('') + (dec ? '.' + dec : ''));
    return result(value, dec.length, percent, sep === '.' ? 'en' : 'vi', sign, unit);
  }

  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots === 0 && commas === 0) return result(Number(s), 0, percent, 'plain', sign, unit);

  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const [thou, dec] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const decParts = s.split(dec);
    if (decParts.length !== 2) return { ok: false, reason: 'malformed' };
    const groups = decParts[0]!.split(thou);
    if (!isGrouped(groups)) return { ok: false, reason: 'malformed' };
    const value = Number(groups.join('') + '.' + decParts[1]);
    return result(value, decParts[1]!.length, percent, dec === ',' ? 'vi' : 'en', sign, unit);
  }

  const sep = dots > 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) {
    // "30.000.000" (vi thousands) or "1,250,000" (en thousands); "27,59,03" is malformed.
    if (!isGrouped(parts)) return { ok: false, reason: 'malformed' };
    return result(Number(parts.join('')), 0, percent, sep === '.' ? 'vi' : 'en', sign, unit);
  }
  const [intPart, frac] = parts as [string, string];
  const asDecimal = Number(`${intPart}.${frac}`);
  const asThousands = Number(intPart + frac);
  const grouped = isGrouped(parts);
  if (sep === ',') {
    // Vietnamese decimal comma; "1,250" could also be English thousands (not for a percent: 1250 % is no share).
    return result(asDecimal, frac.length, percent, 'vi', sign, unit, grouped && !percent ? asThousands : undefined);
  }
  // A dot: Vietnamese thousands when grouped ("1.250", also "1.250 %" — the English 1,25 % is the
  // alternative, so it is reported as ambiguous, never read the English way silently), else an English decimal ("36.4").
  if (grouped) return result(asThousands, 0, percent, 'vi', sign, unit, asDecimal);
  return result(asDecimal, frac.length, percent, 'en', sign, unit);
}

/** "11/29", "52/ 118" → numerator and denominator. */
export function parseFractionText(input: string): { num: number; den: number } | undefined {
  const m = FRACTION.exec(normalizeText(input));
  if (!m) return undefined;
  return { num: Number(m[1]), den: Number(m[2]) };
}

/** Digits after the decimal point of a number as JavaScript prints it (capped at 10). */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes('e-')) return 10;
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(10, s.length - i - 1);
}

/** Vietnamese formatting: 1250.5 → "1.250,5"; `decimals` fixes the digits after the comma. */
export function formatVnNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Whole numbers below 1.000 are written as JavaScript writes them (most counts): no grouping to do.
  if (decimals === undefined && Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const d = decimals ?? Math.min(decimalsOf(value), 4);
  const fixed = Math.abs(value).toFixed(d);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(THOUSANDS, '.');
  return (value < 0 && Number(fixed) !== 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** Percent for display: 88.888… → "88,89 %". */
export function formatPercent(value: number, decimals = 2): string {
  const rounded = Number(value.toFixed(decimals));
  return `${formatVnNumber(rounded, decimalsOf(rounded))} %`;
}

/** Round half away from zero to `decimals` digits (how officers and Excel's ROUND round). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(value) * f;
  // Too large to scale: such a number has no fractional digits to round (and must not become Infinity).
  if (!Number.isFinite(scaled)) return value;
  return (Math.sign(value) * Math.round(scaled + 1e-9)) / f;
}
