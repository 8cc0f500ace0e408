/**
 * Where the check record lives in a workbook: the very hidden settings sheet `_PhuLucCaiDat`
 * (A1 settings, B1… the highlight store), C1 the validation stamp (JSON text), D1:D20 the
 * officer's explanations of warnings (JSON text split over the cells, 32,000 characters each,
 * because a cell holds at most 32,767). Plain cell text, so the record survives Excel,
 * LibreOffice and WPS and is read by any reader that reads the settings sheet's cells.
 *
 * Adapters fill `WorkbookSnapshot.stamp` / `.explanations` when they read; a reader that only
 * hands over the settings sheet as a sheet is covered by `checkRecordOf`.
 */
import { parseA1 } from '../sheet/address';
import { SETTINGS_SHEET, type RawCell, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/workbook';

export const STAMP_CELL = 'C1';
export const EXPLANATIONS_RANGE = 'D1:D20';
export const EXPLANATIONS_CELLS = 20;
export const CHUNK_CHARS = 32_000;

/** The metadata a check writes (`WorkbookPort.writeCheckRecord`); keys left out stay as they are. */
export interface CheckRecord {
  stamp?: unknown;
  explanations?: unknown;
}

/** JSON text split over `cells` cells (empty strings after the end). Throws when it does not fit. */
export function splitChunks(text: string, cells = EXPLANATIONS_CELLS, size = CHUNK_CHARS): string[] {
  if (text.length > cells * size) throw new RangeError(`text of ${text.length} characters does not fit`);
  const out: string[] = [];
  for (let i = 0; i < cells; i++) out.push(text.slice(i * size, (i + 1) * size));
  return out;
}

/** Parses JSON text; undefined for empty, `{ unreadable }` for text that is not JSON. */
export function parseStoredJson(text: unknown): unknown {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: true };
  }
}

function textOf(c: RawCell | undefined): string {
  return c && c.t === 's' ? c.v : '';
}

/** The stamp and explanations as a sheet snapshot of the settings sheet holds them. */
export function checkRecordFromSheet(sheet: SheetSnapshot): CheckRecord {
  const at = parseA1(STAMP_CELL)!;
  const d = parseA1(EXPLANATIONS_RANGE.split(':')[0]!)!;
  let joined = '';
  for (let r = d.row; r < d.row + EXPLANATIONS_CELLS; r++) joined += textOf(sheet.cells[r]?.[d.col]);
  const out: CheckRecord = {};
  const stamp = parseStoredJson(textOf(sheet.cells[at.row]?.[at.col]));
  if (stamp !== undefined) out.stamp = stamp;
  const explanations = parseStoredJson(joined);
  if (explanations !== undefined) out.explanations = explanations;
  return out;
}

/** The record a snapshot carries: the adapter's fields, else the settings sheet's cells if it was read. */
export function checkRecordOf(snapshot: WorkbookSnapshot): CheckRecord {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
  const fromSheet = sheet ? checkRecordFromSheet(sheet) : {};
  const out: CheckRecord = {};
  const stamp = snapshot.stamp !== undefined ? snapshot.stamp : fromSheet.stamp;
  const explanations = snapshot.explanations !== undefined ? snapshot.explanations : fromSheet.explanations;
  if (stamp !== undefined) out.stamp = stamp;
  if (explanations !== undefined) out.explanations = explanations;
  return out;
}
