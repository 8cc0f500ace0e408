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
  cleanups: DocCleanup[];
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

export function parseDocNumber(input: string): DocNumberParse {
  const cleanups: DocCleanup[] = [];
  let s = normalizeText(input);
  if (s === '') return { ok: false, reason: 'empty' };
  if (PREFIX.test(s)) {
    s = s.replace(PREFIX, '');
    cleanups.push('prefix');
  }
  if (TRAILING.test(s)) {
    s = s.replace(TRAILING, '');
    cleanups.push('trailing-punctuation');
  }
  if (MAY_COMPACT.test(s)) {
    const compact = s.replace(SPACED_SEPARATOR, (_, c: string) => (c === '–' ? '-' : c)).replace(SPACE_COMMA, ',');
    if (compact !== s) {
      cleanups.push('spaces');
      s = compact;
    }
  }
  let m = STATE_STYLE.exec(s);
  if (m) {
    const parts = m[2]!.split(PART_SEPARATOR).filter(Boolean);
    if (parts.length === 0) return { ok: false, reason: 'malformed' };
    return { ok: true, number: Number(m[1]), symbol: m[2]!, parts, cleaned: s, cleanups, style: 'state' };
  }
  m = PARTY_STYLE.exec(s);
  if (m) {
    return {
      ok: true,
      number: Number(m[1]),
      symbol: `${m[2]}/${m[3]}`,
      parts: [m[2]!, ...m[3]!.split(PART_SEPARATOR)],
      cleaned: s,
      cleanups,
      style: 'party',
    };
  }
  return { ok: false, reason: 'malformed' };
}

/** The issuer used for "same number twice in a year": the part after the type (or the first part of a Công văn). */
export function docIssuer(doc: ParsedDocNumber, typeAbbr: string | undefined): string {
  const parts = doc.parts.map((p) => p.toLocaleUpperCase('vi'));
  if (typeAbbr && parts[0] === typeAbbr.toLocaleUpperCase('vi')) return parts.slice(1).join('-') || parts[0]!;
  return parts[0]!;
}
