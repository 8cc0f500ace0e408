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
const STATE_STYLE = /^(\d{1,6})\/([^\s/]+(?:\/[^\s/]+)*)$/;
const PARTY_STYLE = /^(\d{1,6})-([^\s/]+)\/(\S+)$/;
const PART_SEPARATOR = /[-/]/;
/** Most numbers are written clean: they share this empty list (a parse never changes a list it returned). */
const NO_CLEANUPS: readonly DocCleanup[] = Object.freeze([]);

/** The symbol's parts, without the empty ones ("KH--UBND"); the split itself when none is empty. */
function symbolParts(symbol: string): string[] {
  const parts = symbol.split(PART_SEPARATOR);
  return parts.includes('') ? parts.filter(Boolean) : parts;
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
  let m = STATE_STYLE.exec(s);
  if (m) {
    const parts = symbolParts(m[2]!);
    if (parts.length === 0) return { ok: false, reason: 'malformed' };
    return {
      ok: true,
      number: Number(m[1]),
      symbol: m[2]!,
      parts,
      cleaned: s,
      cleanups: cleanups ?? NO_CLEANUPS,
      style: 'state',
    };
  }
  m = PARTY_STYLE.exec(s);
  if (m) {
    return {
      ok: true,
      number: Number(m[1]),
      symbol: `${m[2]}/${m[3]}`,
      parts: [m[2]!, ...m[3]!.split(PART_SEPARATOR)],
      cleaned: s,
      cleanups: cleanups ?? NO_CLEANUPS,
      style: 'party',
    };
  }
  return { ok: false, reason: 'malformed' };
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
