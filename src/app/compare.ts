/**
 * "So sánh với năm trước" for the task pane: last year's .xlsx bytes (the file the officer
 * picks) read with the own reader, the open workbook read through the port, both compared by
 * src/domain/compare — the same result `phuluc compare` prints. Writing the sheet goes through
 * the port's insertSheet: a new sheet, never over one, removed by deleting it.
 *
 * Loaded lazily by service.ts (its own chunk): the engine and the reader are not in the pane's
 * first paint. Browser-safe: no Node fs, no Node Buffer.
 */
import { readXlsx } from '../adapters/xlsx/read';
import { comparable, compareWorkbooks, type CompareResult } from '../domain/compare/compare';
import { compareSheetPlan } from '../domain/compare/sheet';
import { recognise } from '../domain/engine/recognize';
import { COMPARE_CLI, COMPARE_MSG, COMPARE_PANE } from '../domain/messages/compare';
import type { WorkbookPort } from '../domain/sheet/workbook';
import { readErrorReason } from './aggregate';
import type { AggregateFile } from './types';

/** A sentence the pane shows as it is (the file could not be compared). */
export class CompareRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompareRefused';
  }
}

export async function compareWithFile(port: WorkbookPort, file: AggregateFile): Promise<CompareResult> {
  let last;
  try {
    last = readXlsx(file.data, { path: file.name });
  } catch (err) {
    throw new CompareRefused(COMPARE_PANE.unreadable(file.name, readErrorReason(err)));
  }
  if (recognise(last).length === 0) throw new CompareRefused(COMPARE_CLI.notOurs(file.name));
  const now = await port.read();
  const result = compareWorkbooks(last, now);
  if (!comparable(result)) throw new CompareRefused(COMPARE_MSG.nothingInCommon);
  return result;
}

export async function writeCompareSheet(port: WorkbookPort, result: CompareResult): Promise<{ sheetName: string }> {
  return port.insertSheet(compareSheetPlan(result));
}
