/**
 * `phuluc validate FILE --stamp`: records the validation stamp in the workbook after the check.
 *
 * The file is rewritten through exceljs (the settings sheet gets the stamp in C1), through a
 * temporary file and a rename, and only after the rewritten bytes were read back and their
 * annexes hash to the stamp: the officer's figures are proven unchanged by the rewrite, or the
 * file is left as it was. exceljs does not keep charts, pivot tables, slicers, macros, form
 * controls or links to other workbooks; a file that has any is refused (the add-in's "Kiểm tra"
 * stamps it inside Excel instead).
 */
import { promises as fs } from 'fs';
import { writeCheckRecordTo } from '../adapters/exceljs/check-record';
import { loadWorkbookData } from '../adapters/exceljs/read';
import { readXlsxFile } from '../adapters/xlsx/read-file';
import { STAMP_CLI } from '../domain/messages/stamp';
import type { Report } from '../domain/report/schema';
import type { WorkbookSnapshot } from '../domain/sheet/workbook';
import { checkStamp, makeStamp, type Stamp } from '../domain/stamp/stamp';

/** Names of the parts of a ZIP, from its central directory (no inflating). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const entries = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < entries && p + 46 <= n; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) break;
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** Parts exceljs would drop when it rewrites the file, as the Vietnamese words for them. */
const DROPPED: [RegExp, string][] = [
  [/^xl\/(charts|chartsheets)\//i, 'biểu đồ'],
  [/^xl\/(pivotTables|pivotCache)\//i, 'PivotTable'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, 'bộ lọc Slicer/Timeline'],
  [/^xl\/vbaProject\.bin$/i, 'macro'],
  [/^xl\/(activeX|ctrlProps)\//i, 'nút điều khiển'],
  [/^xl\/externalLinks\//i, 'liên kết tới tệp khác'],
  [/^xl\/model\//i, 'mô hình dữ liệu'],
];

export function droppedFeatures(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) for (const [re, word] of DROPPED) if (re.test(name)) out.add(word);
  return [...out];
}

/** The file cannot be stamped safely; the message is the Vietnamese sentence. */
export class StampRefused extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'StampRefused';
  }
}

/**
 * The bytes of `file` with the stamp of `report` (made from `snapshot`, read from `file`), proven
 * to hold the same annex values; the caller writes them. Throws StampRefused.
 */
export async function stampedBytes(
  file: string,
  snapshot: WorkbookSnapshot,
  report: Report,
  now: Date = new Date(),
): Promise<{ stamp: Stamp; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new StampRefused(STAMP_CLI.cannotRead(file, (e as NodeJS.ErrnoException).code ?? ''), e);
  }
  const dropped = droppedFeatures(zipEntryNames(bytes));
  if (dropped.length) throw new StampRefused(STAMP_CLI.wouldDrop(file, dropped.join(', ')));
  const stamp = makeStamp(report, snapshot, { now, by: 'cli' });
  const wb = await loadWorkbookData(bytes, file);
  writeCheckRecordTo(wb, { stamp });
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  // Proof before replacing the officer's file: the rewritten annexes, read the way
  // `phuluc validate` reads them, hash to the stamp.
  const check = checkStamp(await readXlsxFile(new Uint8Array(out)));
  if (check.status !== 'unchanged') throw new StampRefused(STAMP_CLI.rewriteChanged(file));
  return { stamp, bytes: out };
}
