/** Helpers for the VB (directive documents) rules: document type, number, date of a row. */
import type { RegisterEntry } from './registers';
import type { AnnexView, CellView } from '../../engine/annex-view';
import type { BoundRow, BoundTable } from '../../engine/bind';
import { cellText } from '../../engine/bind';
import { rawAt, type ColumnCache } from '../../engine/columns';
import { KeptMap } from '../../kept-map';
import { DOCUMENT_TYPES, TYPE_ABBREVIATIONS, parseDocNumber, type DocNumberParse } from '../../parse/doc-number';
import { looseKey, textKey } from '../../text/normalize';

/**
 * Keys of a list of names, made once: the first name with each text key and each loose key, and
 * its place in the list. (The lists are constant; building their keys for every row was most of
 * what reading a VB annex allocated.)
 */
class KeyedNames {
  private readonly byText = new Map<string, number>();
  private readonly byLoose = new Map<string, number>();
  constructor(readonly names: readonly string[]) {
    names.forEach((n, i) => {
      if (!this.byText.has(textKey(n))) this.byText.set(textKey(n), i);
      if (!this.byLoose.has(looseKey(n))) this.byLoose.set(looseKey(n), i);
    });
  }
  /** Place of the first name whose text key is `text`, else -1. */
  textAt(text: string): number {
    return this.byText.get(text) ?? -1;
  }
  /** Place of the first name whose loose key is `loose`, else -1. */
  looseAt(loose: string): number {
    return this.byLoose.get(loose) ?? -1;
  }
}

const TYPES = new KeyedNames(DOCUMENT_TYPES);
const ABBREVIATION_TYPES = Object.keys(TYPE_ABBREVIATIONS);
const ABBREVIATIONS = new KeyedNames(Object.values(TYPE_ABBREVIATIONS));

/** documentType's answers by text: a VB annex repeats a few types down its rows. The last 64 texts. */
const typeOfText = new KeptMap<string, string | undefined>(64);

/** The document type as listed in DOCUMENT_TYPES, matched after normalisation (case, NFC, diacritics). */
export function documentType(text: string): string | undefined {
  if (typeOfText.has(text)) return typeOfText.get(text);
  const type = typeOf(text);
  typeOfText.set(text, type);
  return type;
}

function typeOf(text: string): string | undefined {
  const t = textKey(text);
  if (t === '') return undefined;
  const i = TYPES.textAt(t);
  if (i >= 0) return DOCUMENT_TYPES[i];
  const j = TYPES.looseAt(looseKey(t));
  return j >= 0 ? DOCUMENT_TYPES[j] : undefined;
}

/** "KH" typed as a type → "Kế hoạch". */
export function typeForAbbreviation(text: string): string | undefined {
  const t = looseKey(text);
  if (t === '') return undefined;
  const i = ABBREVIATIONS.looseAt(t);
  return i >= 0 ? ABBREVIATION_TYPES[i] : undefined;
}

/** Same symbol part, ignoring case and the Đ/D difference ("QD" for "QĐ"). */
export function sameSymbol(a: string, b: string): boolean {
  return textKey(a) === textKey(b) || looseKey(a) === looseKey(b);
}

/** Joint documents add a suffix to the type: KHPH (kế hoạch phối hợp), NQLT / TTLT (liên tịch), KHLN (liên ngành). */
const JOINT_SUFFIXES = ['ph', 'lt', 'ln'];

/** The first symbol part carries this type abbreviation, alone or with a joint-document suffix ("KHPH" for KH). */
export function carriesAbbreviation(part: string, abbr: string): boolean {
  if (sameSymbol(part, abbr)) return true;
  const p = textKey(part);
  const a = textKey(abbr);
  return p.startsWith(a) && JOINT_SUFFIXES.includes(p.slice(a.length));
}

/** The type abbreviation a symbol part is, if any ("KH" → "KH", "qđ" → "QĐ"): the first in the list that sameSymbol matches. */
export function knownAbbreviation(part: string): string | undefined {
  const i = ABBREVIATIONS.textAt(textKey(part));
  const j = ABBREVIATIONS.looseAt(looseKey(part));
  const k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
  return k >= 0 ? ABBREVIATIONS.names[k] : undefined;
}

/** The document columns of one VB table, found once per table. */
interface DocumentTable {
  annex: AnnexView;
  table: BoundTable;
  /** Which of the cells a row can report at are in the sheet. */
  hasTt: boolean;
  hasNumber: boolean;
  hasDate: boolean;
  /** The column caches a row is read from (undefined: the column is missing). */
  number: ColumnCache | undefined;
  type: ColumnCache | undefined;
  issuer: ColumnCache | undefined;
  date: ColumnCache | undefined;
}

/**
 * One document row, as the document rules read it. What the rules compare (type, number, date)
 * is kept; the cells a finding points at are made when asked for (a VB annex of 200,000 rows
 * keeps ~200 bytes a row, not three cell objects besides).
 */
export class DocumentRow {
  constructor(
    private readonly at: DocumentTable,
    readonly row: BoundRow,
    readonly coQuan: string,
    readonly typeText: string,
    readonly type: string | undefined,
    readonly numberText: string,
    /** Excel turned the number into a date ("12/3" typed without a symbol). */
    readonly numberIsDate: boolean,
    readonly number: DocNumberParse,
    /** ISO date when the cell holds a valid date. */
    readonly date: string | undefined,
  ) {}

  /** Its register entry (registers.ts), made on first need; null when it has none. */
  entry: RegisterEntry | null | undefined = undefined;

  /** The "Số ký hiệu" column is in the sheet (numberCell is then defined). */
  get hasNumberCell(): boolean {
    return this.at.hasNumber;
  }
  get tt(): CellView | undefined {
    return this.at.hasTt ? this.at.annex.cell(this.at.table, this.row, 'tt') : undefined;
  }
  get numberCell(): CellView | undefined {
    return this.at.hasNumber ? this.at.annex.cell(this.at.table, this.row, 'so_ky_hieu') : undefined;
  }
  get dateCell(): CellView | undefined {
    return this.at.hasDate ? this.at.annex.cell(this.at.table, this.row, 'ngay') : undefined;
  }
}

const documentCache = new WeakMap<AnnexView, { table: BoundTable; rows: DocumentRow[] }[]>();

/** Every document row of a VB annex, read once per validation (the document rules share it). */
export function documentRows(annex: AnnexView): { table: BoundTable; rows: DocumentRow[] }[] {
  let cached = documentCache.get(annex);
  if (!cached) {
    cached = readDocumentRows(annex);
    documentCache.set(annex, cached);
  }
  return cached;
}

function readDocumentRows(annex: AnnexView): { table: BoundTable; rows: DocumentRow[] }[] {
  return annex.tables.map((table) => {
    const number = annex.column(table, 'so_ky_hieu');
    const date = annex.column(table, 'ngay');
    const at: DocumentTable = {
      annex,
      table,
      hasTt: annex.column(table, 'tt') !== undefined,
      hasNumber: number !== undefined,
      hasDate: date !== undefined,
      number,
      type: annex.column(table, 'loai'),
      issuer: annex.column(table, 'co_quan'),
      date,
    };
    return {
      table,
      rows: table.rows
        .filter((row) => row.kind === 'data')
        .map((row) => annex.rowMemo('document', row, () => readDocumentRow(at, row))),
    };
  });
}

/** One document row (kept per row by the view while the row is not edited). */
function readDocumentRow(at: DocumentTable, row: BoundRow): DocumentRow {
  const numberRaw = rawAt(at.number, row);
  const typeText = cellText(rawAt(at.type, row));
  const numberIsDate = numberRaw?.t === 'd';
  const numberText = numberIsDate ? '' : cellText(numberRaw);
  return new DocumentRow(
    at,
    row,
    cellText(rawAt(at.issuer, row)),
    typeText,
    documentType(typeText),
    numberText,
    numberIsDate,
    parseDocNumber(numberText),
    dateOf(at.date, row),
  );
}

/** The ISO date of the row's "Ngày ban hành" when it holds a valid date (a real date needs no reading). */
function dateOf(c: ColumnCache | undefined, row: BoundRow): string | undefined {
  if (!c) return undefined;
  const i = row.row - c.first;
  const raw = c.raw(i);
  if (raw?.t === 'd') return raw.v;
  const r = c.reading(i);
  return r.s === 'date' ? r.iso : undefined;
}
