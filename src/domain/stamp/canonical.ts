/**
 * The canonical form of the annexes' input values, which the validation stamp hashes.
 *
 * What counts: every cell of every recognised annex sheet that holds a value the officer typed
 * or pasted — numbers, text, dates, yes/no, typed error codes. What does not: formula cells
 * (they are computed from the inputs; LibreOffice and Excel recompute them), fills and
 * highlights, fonts, borders, column widths, number formats, merges, sheet names (a renamed
 * annex is the same annex) and anything outside the annex sheets (the settings sheet, the
 * report sheet "Kết quả kiểm tra", the officer's own sheets).
 *
 * Canonical values, so that saving through Excel, LibreOffice or WPS does not change them:
 * numbers rounded to 15 significant digits (what spreadsheet programs keep); a date is its
 * Excel serial number, the same as the number it is when its format is changed to General;
 * text NFC-normalised with spaces collapsed and trimmed (rule family 9: a label that differs
 * only there is the same label); empty text is no value.
 */
import { recognise } from '../engine/recognize';
import { isoToExcelSerial } from '../parse/date';
import { a1 } from '../sheet/address';
import type { RawCell, SheetSnapshot, WorkbookSnapshot } from '../sheet/workbook';
import { normalizeText } from '../text/normalize';
import { Sha256 } from './sha256';

/** Bumped whenever the canonical form changes (a stamp of another form is never compared). */
export const CANONICAL_FORM = 'phuluc-input-1';

/** A number as spreadsheet programs keep it: 15 significant digits, no "-0". */
export function canonicalNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return String(Number(v.toPrecision(15)));
}

/** [type, value] of a cell in the canonical form, or undefined when it carries no input value. */
export function canonicalCell(c: RawCell | undefined): [string, string] | undefined {
  if (!c || c.f !== undefined || c.t === 'f') return undefined;
  switch (c.t) {
    case 'n':
      return ['n', canonicalNumber(c.v)];
    case 'd': {
      const serial = isoToExcelSerial(c.v);
      return Number.isFinite(serial) ? ['n', canonicalNumber(serial)] : ['s', normalizeText(c.v)];
    }
    case 's': {
      const text = normalizeText(c.v);
      return text === '' ? undefined : ['s', text];
    }
    case 'b':
      return ['b', c.v ? '1' : '0'];
    case 'e':
      return ['e', c.v.trim().toUpperCase()];
  }
  return undefined;
}

function addRow(hash: Sha256, sheet: SheetSnapshot, r: number): number {
  const row = sheet.cells[r];
  if (!row) return 0;
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const v = canonicalCell(row[c]);
    if (!v) continue;
    hash.update(JSON.stringify([a1(r, c), v[0], v[1]])).update('\n');
    n++;
  }
  return n;
}

export interface InputDigest {
  /** "sha256:" + 64 hex digits. */
  hash: string;
  /** Annex sheets hashed. */
  annexes: number;
  /** Input cells hashed. */
  cells: number;
}

/**
 * SHA-256 over the canonical input values of the workbook's annexes. Annexes are taken in sheet
 * order and named by template and occurrence ("PL-I #1"), not by sheet name.
 */
export function inputDigest(snapshot: WorkbookSnapshot): InputDigest {
  const hash = new Sha256().update(`${CANONICAL_FORM}\n`);
  const seen = new Map<string, number>();
  let cells = 0;
  const annexes = recognise(snapshot);
  for (const r of annexes) {
    const n = (seen.get(r.def.id) ?? 0) + 1;
    seen.set(r.def.id, n);
    hash.update(JSON.stringify(['annex', r.def.id, n])).update('\n');
    for (let row = 0; row < r.sheet.cells.length; row++) cells += addRow(hash, r.sheet, row);
  }
  return { hash: `sha256:${hash.hex()}`, annexes: annexes.length, cells };
}

/**
 * A short fingerprint of one sheet row's input values (the explanation of a warning is kept
 * only while the row it was written for keeps its values). 16 hex digits of SHA-256.
 */
export function rowFingerprint(sheet: SheetSnapshot | undefined, row: number): string {
  const hash = new Sha256().update(`${CANONICAL_FORM}/row\n`);
  if (sheet) addRow(hash, sheet, row);
  return hash.hex().slice(0, 16);
}
