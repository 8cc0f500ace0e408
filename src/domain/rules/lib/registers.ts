/**
 * Document registers (sổ đăng ký văn bản): which register a VB row's number was taken from.
 * A register is one issuer's numbering for one calendar year (Nghị định 30/2020/NĐ-CP: numbers
 * start from 01 on 1 January). Party documents ("167-KH/TU", Hướng dẫn 36-HD/VPTW) and State
 * documents ("49/KH-UBND") are numbered apart, so the style is part of the register.
 */
import { TYPE_ABBREVIATIONS, docIssuer } from '../../parse/doc-number';
import { looseKey } from '../../text/normalize';
import { knownAbbreviation, type DocumentRow } from './documents';

export interface RegisterEntry {
  doc: DocumentRow;
  number: number;
  /** ISO date. */
  date: string;
  year: string;
  /** The issuer as the officer names it ("Cơ quan ban hành"), else as the symbol says ("UBND"). */
  issuer: string;
  /** The document type ("Kế hoạch"), or the abbreviation the number carries when the type is not written. */
  type: string;
  style: 'state' | 'party';
  /** The issuer's register for the year: style, issuer (name and symbol), year. One string per register. */
  yearKey: string;
  /** The issuer's register for one document type and year. One string per register. */
  typeKey: string;
}

/** The columns a register entry is made from (rules that read only entries declare them). */
export const REGISTER_COLUMNS: readonly string[] = ['so_ky_hieu', 'ngay', 'loai', 'co_quan'];

/** The type abbreviation of a row: from "Loại văn bản", else from the symbol (none for a Công văn). */
export function typeAbbreviationOf(d: DocumentRow): string | undefined {
  if (!d.number.ok) return undefined;
  return (
    (d.type ? TYPE_ABBREVIATIONS[d.type] : undefined) ??
    (d.type === 'Công văn' ? undefined : knownAbbreviation(d.number.parts[0]!))
  );
}

/** The document type an abbreviation stands for ("KH" → "Kế hoạch"): the first in TYPE_ABBREVIATIONS. */
const TYPE_OF_ABBREVIATION = new Map<string, string>();
for (const [type, abbr] of Object.entries(TYPE_ABBREVIATIONS))
  if (!TYPE_OF_ABBREVIATION.has(abbr)) TYPE_OF_ABBREVIATION.set(abbr, type);

/**
 * Register keys of names, by the name as written: officers write the same few issuers and types
 * down the whole list, so each is normalised once. Bounded: a list of all-different names
 * only stops being remembered.
 */
const KEYS_KEPT = 512;
const issuerKeys = new Map<string, string>();
const typeKeys = new Map<string, string>();

function keyOf(kept: Map<string, string>, name: string, make: (name: string) => string): string {
  let k = kept.get(name);
  if (k === undefined) {
    k = make(name);
    if (kept.size < KEYS_KEPT) kept.set(name, k);
  }
  return k;
}

/** The register entry of a row with a well-formed number and a date; undefined otherwise. */
export function registerEntry(d: DocumentRow): RegisterEntry | undefined {
  // Kept on the row: a document row is kept by its view while the row is not edited (rowMemo),
  // so each row's entry and keys are made once, however many rules and re-checks read them.
  let e = d.entry;
  if (e === undefined) d.entry = e = makeEntry(d) ?? null;
  return e ?? undefined;
}

/**
 * Register keys by their parts: a list has many documents of few registers, so each key is
 * made once and looked up by its parts for every other row of that register, not written out
 * again. Bounded: past KEYS_KEPT keys, new ones are only made.
 */
class KeyJoin {
  private readonly byParts = new Map<string, Map<string, string>>();
  private kept = 0;

  /** `${a}|${b}`, the same string each time for the same parts. */
  join(a: string, b: string): string {
    let m = this.byParts.get(a);
    let k = m?.get(b);
    if (k !== undefined) return k;
    k = `${a}|${b}`;
    if (this.kept < KEYS_KEPT) {
      if (!m) this.byParts.set(a, (m = new Map()));
      m.set(b, k);
      this.kept++;
    }
    return k;
  }
}

const styleIssuerKeys = new KeyJoin();
const nameKeys = new KeyJoin();
const yearKeys = new KeyJoin();
const typeRegisterKeys = new KeyJoin();

function makeEntry(d: DocumentRow): RegisterEntry | undefined {
  if (!d.number.ok || !d.date) return undefined;
  const abbr = typeAbbreviationOf(d);
  const symbolIssuer = docIssuer(d.number, abbr);
  const type = d.type ?? (abbr ? TYPE_OF_ABBREVIATION.get(abbr) : undefined);
  const year = d.date.slice(0, 4);
  const style = d.number.style;
  const shownType = type ?? (abbr === undefined ? 'Công văn' : abbr);
  // style|symbol issuer|issuer as named|year, then |type.
  const issuer = nameKeys.join(styleIssuerKeys.join(style, symbolIssuer), keyOf(issuerKeys, d.coQuan, issuerKey));
  const yearKey = yearKeys.join(issuer, year);
  return {
    doc: d,
    number: d.number.number,
    date: d.date,
    year,
    issuer: d.coQuan || symbolIssuer,
    type: shownType,
    style,
    yearKey,
    typeKey: typeRegisterKeys.join(yearKey, keyOf(typeKeys, shownType, looseKey)),
  };
}

/** "Ban thường vụ" written before the organisation (made once: it runs for every document row). */
const STANDING_COMMITTEE = /^(ban thuong vu|ban tv|btv)\s+/;

/**
 * The issuer's name as a register key: the Standing Committee signs for its organisation, so
 * "Ban Thường vụ Hội LHPN thành phố", "Ban TV Hội LHPN thành phố" and "Hội LHPN thành phố"
 * (seed 000, all numbered …/KH-BTV) keep one register.
 */
export function issuerKey(name: string): string {
  return looseKey(name).replace(STANDING_COMMITTEE, '');
}

/** The same document listed twice: same register, same number, same date. */
export function sameDocument(a: RegisterEntry, b: RegisterEntry): boolean {
  return a.number === b.number && a.date === b.date && a.yearKey === b.yearKey;
}
