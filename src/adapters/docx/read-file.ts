/**
 * Reading a Word document from a path (Node only: the CLI). The file is size-checked before it
 * is read (../xlsx/read-file's bounded reader: FIFOs and devices are capped too), then parsed
 * by ./read with Node's zlib.
 */
import { readFileBytes, WorkbookReadError, zlibInflate } from '../xlsx/read-file';
import { DOCX_LIMITS, DocxReadError, readDocx, type DocxResult } from './read';

export { DocxReadError, DOCX_LIMITS, type DocxFailure, type DocxResult } from './read';

export async function readDocxFile(input: string | Uint8Array): Promise<DocxResult> {
  if (typeof input !== 'string') return readDocx(input, { inflate: zlibInflate });
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(input, DOCX_LIMITS.fileBytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      const r = e.reason;
      throw new DocxReadError(
        r === 'missing' || r === 'directory' || r === 'unreadable' || r === 'empty' || r === 'too-large'
          ? r
          : r === 'encrypted'
            ? 'encrypted'
            : r === 'xls' || r === 'cfb'
              ? 'doc'
              : 'not-docx',
        input,
        e.detail,
      );
    }
    throw e;
  }
  return readDocx(bytes, { path: input, inflate: zlibInflate });
}
