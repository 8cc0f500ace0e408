/**
 * Reading a workbook from a path (Node only: the CLI). Regular files are size-checked before
 * they are read; anything else (a FIFO, a device such as /dev/zero, a socket) is read with a
 * byte cap, and refused at its first bytes when they are not a ZIP. Everything that does not
 * touch the file system is in ./read, which the browser uses too.
 */
import { promises as fs } from 'fs';
import { inflateRawSync } from 'zlib';
import { fflateInflateStream, type RawInflate, type RawInflateStream } from '../ooxml/zip';
import { readXlsx, XLSX_LIMITS, type ReadResult } from './read';
import { sniffWorkbook, WorkbookReadError } from './errors';

export { WorkbookReadError, type ReadFailure, type TooLarge } from './errors';
export { XLSX_LIMITS, type ReadResult } from './read';

function tooLarge(path: string, bytes: number, limit: number): WorkbookReadError {
  return new WorkbookReadError('too-large', path, `file ${bytes} > ${limit}`, {
    kind: 'file',
    fileBytes: bytes,
    bytes,
    limit,
  });
}

/** The bytes of a file, never more than `limit` (+1 to know it is more). Throws WorkbookReadError. */
export async function readFileBytes(path: string, limit: number = XLSX_LIMITS.fileBytes): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new WorkbookReadError('directory', path);
    throw new WorkbookReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', path, code);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new WorkbookReadError('directory', path);
    if (stat.isFile()) {
      if (stat.size > limit) throw tooLarge(path, stat.size, limit);
      const buf = await handle.readFile();
      if (buf.length > limit) throw tooLarge(path, buf.length, limit);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    }
    // Not a regular file: read in chunks up to the cap, and stop at once if it does not start like a workbook.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (chunks.length === 1 || total - bytesRead < 8) {
        const head = concat(chunks, total);
        if (head.length >= 8) {
          const bad = sniffWorkbook(head, path);
          if (bad) throw new WorkbookReadError(bad, path);
        }
      }
      if (total > limit) throw tooLarge(path, total, limit);
    }
    return concat(chunks, total);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('unreadable', path, (e as NodeJS.ErrnoException).code);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Node's zlib, never inflating past `maxBytes` (it throws ERR_BUFFER_TOO_LARGE instead). */
export const zlibInflate: RawInflate = (data, maxBytes) => {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(maxBytes + 1, 2 ** 31 - 1)) });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};

/** Parts declared larger than this are inflated in pieces (see zlibInflateStream). */
const PIECEWISE_BYTES = 24 * 1024 * 1024;

/**
 * For the sheet scanner: a part up to 24 MB is inflated whole by node's zlib (the fastest); a
 * larger one piece by piece with fflate's streaming inflater, about 3 × slower but never whole
 * in memory, so a sheet of 100 MB of XML costs the cells it holds and not its XML besides.
 * (Node's zlib has no synchronous piecewise inflate: its sync step closes the stream.)
 */
export const zlibInflateStream: RawInflateStream = (data, maxBytes, sink) => {
  if (maxBytes > PIECEWISE_BYTES) fflateInflateStream(data, maxBytes, sink);
  else sink(zlibInflate(data, maxBytes), true);
};

/** Node's zlib for the reader: whole small parts, big sheets in pieces. */
export const NODE_INFLATE = { inflate: zlibInflate, inflateStream: zlibInflateStream } as const;

/** Reads and converts an .xlsx file (or bytes already read). Throws WorkbookReadError. */
export async function readXlsxFile(input: string | Uint8Array): Promise<ReadResult> {
  if (typeof input !== 'string') return readXlsx(input, NODE_INFLATE);
  return readXlsx(await readFileBytes(input), { path: input, ...NODE_INFLATE });
}
