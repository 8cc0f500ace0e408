/**
 * Reading a workbook from a path (Node only: the CLI, Node tests). Everything that does not
 * touch the file system is in ./read, which the browser can use too.
 */
import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { loadWorkbookData, SIZE_LIMITS, workbookToSnapshot, WorkbookReadError, type ReadResult } from './read';

export { SIZE_LIMITS, WorkbookReadError, type ReadFailure, type ReadResult, type TooLarge } from './read';

async function loadBuffer(input: string | Buffer): Promise<{ buf: Buffer; path: string }> {
  if (Buffer.isBuffer(input)) return { buf: input, path: '' };
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', input, code);
  }
  if (stat.isDirectory()) throw new WorkbookReadError('directory', input);
  if (stat.size > SIZE_LIMITS.fileBytes) {
    // Refused before reading it into memory; the unzipped sizes are checked in loadWorkbookData.
    const tooLarge = { kind: 'file' as const, fileBytes: stat.size, bytes: stat.size, limit: SIZE_LIMITS.fileBytes };
    throw new WorkbookReadError('too-large', input, `file ${stat.size} > ${SIZE_LIMITS.fileBytes}`, tooLarge);
  }
  try {
    return { buf: await fs.readFile(input), path: input };
  } catch (e) {
    throw new WorkbookReadError('unreadable', input, (e as NodeJS.ErrnoException).code);
  }
}

/** Loads an .xlsx (path or bytes) with exceljs after checking its signature; throws WorkbookReadError. */
export async function loadWorkbook(input: string | Buffer): Promise<ExcelJS.Workbook> {
  const { buf, path } = await loadBuffer(input);
  return loadWorkbookData(buf, path);
}

export async function readWorkbookFile(input: string | Buffer): Promise<ReadResult> {
  return workbookToSnapshot(await loadWorkbook(input));
}
