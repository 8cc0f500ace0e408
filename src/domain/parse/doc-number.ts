/**
 * Document numbers ("số, ký hiệu") after Nghị định 30/2020/NĐ-CP:
 *   "91/KH-UBND"       number / type abbreviation - issuer
 *   "595/UBND-LĐTBXH"  Công văn: number / issuer - drafting unit (no type abbreviation)
 *   "167-KH/TU"        Party style: number - type / issuer
 * Officers add "Số:" prefixes, stray spaces and trailing punctuation; we clean and say so.
 */
import { normalizeText } from '../text/normalize';

/** Type abbreviations of Nghị định 30/2020 Phụ lục III (those the annexes use). */
export const TYPE_ABBREVIATIONS: Record<string, string> = {
  'Kế hoạch': 'KH',
  'Quyết định': 'QĐ',
  'Tờ trình': 'TTr',
  'Hướng dẫn': 'HD',
  'Báo cáo': 'BC',
  'Nghị quyết': 'NQ',
  'Chỉ thị': 'CT',
  'Thông báo': 'TB',
  'Chương trình': 'CTr',
  'Đề án': 'ĐA',
  'Thông tư': 'TT',
  'Công điện': 'CĐ',
  'Giấy mời': 'GM',
};
export const DOCUMENT_TYPES = [
  ...Object.keys(TYPE_ABBREVIATIONS).slice(0, 10),
  'Công văn',
  'Thông tư',
  'Công điện',
  'Giấy mời',
];

export type DocCleanup = 'prefix' | 'spaces' | 'trailing-punctuation';

export interface ParsedDocNumber {
  ok: true;
  /** The register number, e.g. 119 */
  number: number;
  /** The symbol after the number, e.g. "KH-BTV" */
  symbol: string;
  /** Symbol parts split on "-" and "/", e.g. ["KH","BTV"] */
  parts: string[];
  /** The cleaned form, e.g. "119/KH-BTV" */
  cleaned: string;
  cleanups: readonly DocCleanup[];
  style: 'state' | 'party';
}

export type DocNumberParse = ParsedDocNumber | { ok: false; reason: 'empty' | 'malformed' };

/** The patterns parseDocNumber uses, made once (a regular expression literal in a function is a new object on every call). */
const PREFIX = /^(số|so)\s*[:.]?\s*/i;
const TRAILING = /[\s,.;:]+$/;
/** Only text with a space or an en dash can compact. */
const MAY_COMPACT = /[\s–]/;
const SPACED_SEPARATOR = /\s*([/\-–])\s*/g;
const SPACE_COMMA = /\s+,/g;
/** Most numbers are written clean: they share this empty list (a parse never changes a list it returned). */
const NO_CLEANUPS: readonly DocCleanup[] = Object.freeze([]);

const SLASH = 0x2f;
const DASH = 0x2d;

/** A character of JavaScript's \s (what the patterns this scan replaced excluded). */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s` from `from` to its end holds no space. */
function noSpaceFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The pieces of s[from, to) between "-" and "/", in order, empty ones kept. */
function splitParts(s: string, from: number, to: number, into: string[]): string[] {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === SLASH || c === DASH) {
      into.push(s.slice(start, i));
      start = i + 1;
    }
  }
  into.push(s.slice(start, to));
  return into;
}

/**
 * The number's two forms, read by a scan instead of regular expressions (their match arrays
 * and splits were most of what reading a VB annex allocated):
 *   state "<1–6 digits>/<symbol>": the symbol has no space and is "/"-separated pieces, none empty;
 *   party "<1–6 digits>-<type>/<rest>": the type has no space nor "/", the rest no space and not empty.
 */
function parseClean(s: string, cleanups: readonly DocCleanup[]): ParsedDocNumber | undefined {
  let i = 0;
  let number = 0;
  while (i < s.length && i < 7) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    number = number * 10 + (c - 0x30);
    i++;
  }
  if (i === 0 || i > 6 || i + 1 >= s.length) return undefined;
  const sep = s.charCodeAt(i);
  const from = i + 1;
  if (!noSpaceFrom(s, from)) return undefined;
  if (sep === SLASH) {
    // No piece between slashes is empty: no leading, trailing or doubled "/".
    if (s.charCodeAt(from) === SLASH || s.charCodeAt(s.length - 1) === SLASH || s.includes('//', from))
      return undefined;
    const parts = splitParts(s, from, s.length, []);
    let empty = false;
    for (let k = 0; k < parts.length; k++) if (parts[k] === '') empty = true;
    const kept = empty ? parts.filter(Boolean) : parts;
    if (kept.length === 0) return undefined;
    return { ok: true, number, symbol: s.slice(from), parts: kept, cleaned: s, cleanups, style: 'state' };
  }
  if (sep === DASH) {
    const slash = s.indexOf('/', from);
    if (slash <= from || slash === s.length - 1) return undefined;
    // The type part whole, then the rest split on "-" and "/" with its empty pieces.
    const parts = splitParts(s, slash + 1, s.length, [s.slice(from, slash)]);
    return { ok: true, number, symbol: s.slice(from), parts, cleaned: s, cleanups, style: 'party' };
  }
  return undefined;
}

export function parseDocNumber(input: string): DocNumberParse {
  let cleanups: DocCleanup[] | undefined;
  let s = normalizeText(input);
  if (s === '') return { ok: false, reason: 'empty' };
  if (PREFIX.test(s)) {
    s = s.replace(PREFIX, '');
    (cleanups ??= []).push('prefix');
  }
  if (TRAILING.test(s)) {
    s = s.replace(TRAILING, '');
    (cleanups ??= []).push('trailing-punctuation');
  }
  if (MAY_COMPACT.test(s)) {
    const compact = s.replace(SPACED_SEPARATOR, (_, c: string) => (c === '–' ? '-' : c)).replace(SPACE_COMMA, ',');
    if (compact !== s) {
      (cleanups ??= []).push('spaces');
      s = compact;
    }
  }
  return parseClean(s, cleanups ?? NO_CLEANUPS) ?? { ok: false, reason: 'malformed' };
}

/** The issuer used for "same number twice in a year": the part after the type (or the first part of a Công văn). */
export function docIssuer(doc: ParsedDocNumber, typeAbbr: string | undefined): string {
  // Vietnamese has no casing of its own (Unicode's language-specific case mappings are for
  // Lithuanian, Turkish and Azeri only): toUpperCase is toLocaleUpperCase('vi'), without ICU.
  const first = doc.parts[0]!.toUpperCase();
  if (!typeAbbr || first !== typeAbbr.toUpperCase() || doc.parts.length < 2) return first;
  let rest = doc.parts[1]!.toUpperCase();
  for (let i = 2; i < doc.parts.length; i++) rest += '-' + doc.parts[i]!.toUpperCase();
  return rest || first;
}
