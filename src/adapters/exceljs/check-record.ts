/**
 * The check record (validation stamp, explanations of warnings) in an exceljs workbook: C1 and
 * D1:D20 of the very hidden settings sheet, as domain/stamp/storage.ts lays them out — the same
 * cells the Office adapter writes, so a file stamped in Excel is verified by the CLI and back.
 * Browser-safe (the playground writes its downloads with it).
 */
import type ExcelJS from 'exceljs';
import { SETTINGS_SHEET } from '../../domain/sheet/workbook';
import {
  EXPLANATIONS_CELLS,
  EXPLANATIONS_RANGE,
  splitChunks,
  STAMP_CELL,
  type CheckRecord,
} from '../../domain/stamp/storage';
import { keepSettingsSheetLast } from './write';

function textCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text === '' ? null : text;
  // Text format: Excel must never read the JSON as a number or a date.
  cell.style = { ...cell.style, numFmt: '@' };
}

/** Writes the keys given; throws (before changing anything) when the explanations do not fit. */
export function writeCheckRecordTo(wb: ExcelJS.Workbook, record: CheckRecord): void {
  const chunks = record.explanations !== undefined ? splitChunks(JSON.stringify(record.explanations)) : undefined;
  let ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  keepSettingsSheetLast(wb);
  if (record.stamp !== undefined) textCell(ws.getCell(STAMP_CELL), JSON.stringify(record.stamp));
  if (chunks) {
    const first = EXPLANATIONS_RANGE.split(':')[0]!;
    const col = first.replace(/\d+$/, '');
    const row0 = Number(first.slice(col.length));
    for (let i = 0; i < EXPLANATIONS_CELLS; i++) textCell(ws.getCell(`${col}${row0 + i}`), chunks[i]!);
  }
}
