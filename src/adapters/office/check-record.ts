/**
 * The check record (validation stamp, explanations of warnings) on the Office path — kept apart
 * from office-port.ts so that file only asks for a wider settings range when it reads and calls
 * `writeCheckRecordOffice` to write.
 *
 * Reading costs no sync of its own: read() and readSettings() load SETTINGS_READ_RANGE
 * (A1:D20) instead of A1 in the batch they already send — settings, highlight store, stamp and
 * explanations together. Writing is one batch: the explanations (one range assignment over
 * D1:D20) queued before the stamp (one cell, C1), so a batch Excel stops halfway never leaves a
 * stamp newer than the explanations it counts; a half-written cell range cannot happen within
 * one range assignment.
 */
import {
  CHUNK_CHARS,
  EXPLANATIONS_RANGE,
  splitChunks,
  STAMP_CELL,
  type CheckRecord,
  checkRecordFromSheet,
} from '../../domain/stamp/storage';
import { rawCell, type RawCell } from '../../domain/sheet/workbook';

/** What read() loads from the settings sheet: A1 settings, B1:B20 highlight store, C1 stamp, D1:D20 explanations. */
export const SETTINGS_READ_RANGE = 'A1:D20';

/** The stamp and explanations among the values of SETTINGS_READ_RANGE. */
export function checkRecordFromValues(values: unknown[][] | undefined): CheckRecord {
  if (!values) return {};
  const cells: (RawCell | undefined)[][] = values.map((row) =>
    row.map((v): RawCell | undefined => (typeof v === 'string' && v !== '' ? rawCell('s', v) : undefined)),
  );
  return checkRecordFromSheet({ name: '', cells });
}

export interface PreparedRecord {
  chunks?: string[];
  stamp?: string;
}

/** The texts to write; throws (before anything is queued) when they do not fit their cells. */
export function prepareCheckRecord(record: CheckRecord): PreparedRecord {
  const out: PreparedRecord = {};
  if (record.explanations !== undefined) out.chunks = splitChunks(JSON.stringify(record.explanations));
  if (record.stamp !== undefined) {
    out.stamp = JSON.stringify(record.stamp);
    if (out.stamp.length > CHUNK_CHARS) throw new RangeError(`stamp of ${out.stamp.length} characters`);
  }
  return out;
}

/** Queues the writes on the settings sheet: explanations first, the stamp last. */
export function queueCheckRecord(ws: Excel.Worksheet, p: PreparedRecord): void {
  if (p.chunks) {
    const range = ws.getRange(EXPLANATIONS_RANGE);
    range.numberFormat = p.chunks.map(() => ['@']);
    range.values = p.chunks.map((c) => [c]);
  }
  if (p.stamp !== undefined) {
    const cell = ws.getRange(STAMP_CELL);
    cell.numberFormat = [['@']];
    cell.values = [[p.stamp]];
  }
}
