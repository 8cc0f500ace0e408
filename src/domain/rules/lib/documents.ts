/** Helpers for the VB (directive documents) rules: document type, number, date of a row. */
import type { AnnexView, CellView } from '../../engine/annex-view';
import type { BoundRow, BoundTable } from '../../engine/bind';
import { cellText } from '../../engine/bind';
import { DOCUMENT_TYPES, TYPE_ABBREVIATIONS, parseDocNumber, type DocNumberParse } from '../../parse/doc-number';
import { looseKey, textKey } from '../../text/normalize';

/** The document type as listed in DOCUMENT_TYPES, matched after normalisation (case, NFC, diacritics). */
export function documentType(text: string): string | undefined {
  const t = textKey(text);
  if (t === '') return undefined;
  return DOCUMENT_TYPES.find((d) => textKey(d) === t) ?? DOCUMENT_TYPES.find((d) => looseKey(d) === looseKey(t));
}

/** "KH" typed as a type → "Kế hoạch". */
export function typeForAbbreviation(text: string): string | undefined {
  const t = looseKey(text);
  if (t === '') return undefined;
  return Object.entries(TYPE_ABBREVIATIONS).find(([, abbr]) => looseKey(abbr) === t)?.[0];
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

/** The type abbreviation a symbol part is, if any ("KH" → "KH", "qđ" → "QĐ"). */
export function knownAbbreviation(part: string): string | undefined {
  return Object.values(TYPE_ABBREVIATIONS).find((abbr) => sameSymbol(abbr, part));
}

export interface DocumentRow {
  row: BoundRow;
  tt?: CellView;
  coQuan: string;
  typeText: string;
  type?: string;
  numberCell?: CellView;
  numberText: string;
  /** Excel turned the number into a date ("12/3" typed without a symbol). */
  numberIsDate: boolean;
  number: DocNumberParse;
  dateCell?: CellView;
  /** ISO date when the cell holds a valid date. */
  date?: string;
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
  return annex.tables.map((table) => ({
    table,
    rows: table.rows
      .filter((row) => row.kind === 'data')
      .map((row) => annex.rowMemo('document', row, () => readDocumentRow(annex, table, row))),
  }));
}

/** One document row (kept per row by the view while the row is not edited). */
function readDocumentRow(annex: AnnexView, table: BoundTable, row: BoundRow): DocumentRow {
  const numberCell = annex.cell(table, row, 'so_ky_hieu');
  const dateCell = annex.cell(table, row, 'ngay');
  const typeText = cellText(annex.cell(table, row, 'loai')?.raw);
  const numberIsDate = numberCell?.raw?.t === 'd';
  const numberText = numberIsDate ? '' : cellText(numberCell?.raw);
  const d: DocumentRow = {
    row,
    tt: annex.cell(table, row, 'tt'),
    coQuan: cellText(annex.cell(table, row, 'co_quan')?.raw),
    typeText,
    type: documentType(typeText),
    numberCell,
    numberText,
    numberIsDate,
    number: parseDocNumber(numberText),
    dateCell,
  };
  if (dateCell?.reading.s === 'date') d.date = dateCell.reading.iso;
  return d;
}
