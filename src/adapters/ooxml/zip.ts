/**
 * A bounded reader of the ZIP container of OOXML files (.xlsx, .docx): the central directory
 * is read from the end of the bytes (ZIP64 included) without inflating anything, and each part
 * is inflated on demand with fflate, refused when its declared size passes the caller's limit
 * and stopped as soon as its actual size passes the declared one (a "zip bomb" that lies about
 * its sizes never costs more than the limit in memory, nor more than that much inflating time).
 *
 * Browser-safe and Node-safe: bytes in (Uint8Array), no Node built-ins.
 *
 * API:
 *   const zip = openZip(bytes)           // throws ZipError('corrupt') when no directory is readable
 *   const zip = openZip(bytes, { inflate })  // Node: a faster raw inflate (see RawInflate)
 *   zip.entries                          // every part: name, sizes, method
 *   zip.get('xl/workbook.xml')           // the entry (names compared case-insensitively, "/" or "\")
 *   zip.read(entry, maxBytes)            // the inflated bytes; throws ZipError
 *   zip.text(entry, maxBytes)            // the same decoded as UTF-8 (a BOM dropped, bad bytes → U+FFFD)
 */
import { Inflate } from 'fflate';

export type ZipErrorKind = 'corrupt' | 'too-large' | 'encrypted' | 'unsupported';

export class ZipError extends Error {
  constructor(
    readonly kind: ZipErrorKind,
    readonly part: string,
    /** For 'too-large': the size that passed the limit, and the limit. */
    readonly bytes?: number,
    readonly limit?: number,
  ) {
    super(`${kind}: ${part}${bytes !== undefined ? ` (${bytes} > ${limit})` : ''}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** The part name as stored ("xl/worksheets/sheet1.xml"). */
  name: string;
  /** 0 stored, 8 deflated; anything else is refused on read. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares. */
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

export interface Zip {
  readonly entries: readonly ZipEntry[];
  get(name: string): ZipEntry | undefined;
  read(entry: ZipEntry, maxBytes: number): Uint8Array;
  text(entry: ZipEntry, maxBytes: number): string;
  /**
   * The inflated bytes in pieces, in order, each handed to `sink` and not kept (a large part is
   * never whole in memory), `last` true on the final one; the same checks and errors as read().
   */
  stream(entry: ZipEntry, maxBytes: number, sink: PieceSink): void;
}

/**
 * Inflates raw DEFLATE data into at most `maxBytes` bytes, throwing (anything) when the data
 * would inflate to more, or is damaged. The default is fflate's streaming inflater, checked
 * slice by slice; Node passes node's zlib with `maxOutputLength` (about 4 × faster).
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** The same, handing the inflated bytes to `sink` piece by piece as they come (the sink reads each and keeps none). */
export type RawInflateStream = (data: Uint8Array, maxBytes: number, sink: PieceSink) => void;

/** Takes one piece of a part; `last` is true on the final piece (which may be empty). */
export type PieceSink = (piece: Uint8Array, last: boolean) => void;

class TooMuch extends Error {}

/** Compressed bytes given to the inflater at a time (one piece out is at most ~1,032 × this). */
const SLICE = 64 * 1024;

/** fflate's streaming inflater, in slices, checked after each piece. */
export const fflateInflateStream: RawInflateStream = (data, maxBytes, sink) => {
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooMuch();
    if (chunk.length || final) sink(chunk, final);
    if (final) done = true;
  });
  for (let i = 0; i < data.length && !done; i += SLICE) {
    inflater.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
};

/** fflate, in slices: one slice inflates to at most ~1,032 × its size before the check runs. */
export const fflateInflate: RawInflate = (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  fflateInflateStream(data, maxBytes, (chunk) => chunks.push(chunk));
  return joinPieces(chunks);
};

/** Pieces as one array (the one piece itself when there is one). */
function joinPieces(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A 64-bit little-endian size as a number (exact up to 2^53). */
function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 0x100000000;
}

/** Part names are compared the way Office does: case-insensitive, "/" and "\" alike, no leading "/". */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

const utf8 = new TextDecoder('utf-8');

/** Reads the central directory. Throws ZipError('corrupt') when it is missing or inconsistent. */
export interface ZipOptions {
  /** A faster raw inflate (Node's zlib); fflate's by default. */
  inflate?: RawInflate;
  /** Its streaming form, for stream(); without it, stream() inflates with `inflate` when given, else with fflate's streaming inflater. */
  inflateStream?: RawInflateStream;
}

export function openZip(bytes: Uint8Array, options: ZipOptions = {}): Zip {
  const inflate = options.inflate ?? fflateInflate;
  const given = options.inflate;
  const inflateStream: RawInflateStream =
    options.inflateStream ?? (given ? (data, max, sink) => sink(given(data, max), true) : fflateInflateStream);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', '(directory)');
  let count = v.getUint16(eocd + 10, true);
  let cdSize = v.getUint32(eocd + 12, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== 0x07064b50) throw new ZipError('corrupt', '(zip64 locator)');
    const z = u64(v, loc + 8);
    if (z + 56 > n || v.getUint32(z, true) !== 0x06064b50) throw new ZipError('corrupt', '(zip64 directory)');
    count = u64(v, z + 32);
    cdSize = u64(v, z + 40);
    cdOffset = u64(v, z + 48);
  }
  if (cdOffset + cdSize > n) throw new ZipError('corrupt', '(directory)');
  // Each directory record is at least 46 bytes: a count beyond that is a lie.
  if (count * 46 > cdSize + 46) throw new ZipError('corrupt', '(directory)');
  const entries: ZipEntry[] = [];
  const byKey = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || v.getUint32(p, true) !== 0x02014b50) throw new ZipError('corrupt', '(directory)');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let offset = v.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > n) throw new ZipError('corrupt', '(directory)');
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      // ZIP64 extra field (id 1): the 64-bit values present, in this order. Unreadable = huge.
      let found = false;
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
        const id = v.getUint16(e, true);
        const len = v.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          const end = Math.min(e + 4 + len, n);
          if (size === 0xffffffff && q + 8 <= end) {
            size = u64(v, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= end) {
            compressedSize = u64(v, q);
            q += 8;
          }
          if (offset === 0xffffffff && q + 8 <= end) offset = u64(v, q);
          found = true;
          break;
        }
        e += 4 + len;
      }
      if (!found) size = Number.MAX_SAFE_INTEGER;
    }
    const entry: ZipEntry = { name, method, flags, compressedSize, size, offset };
    entries.push(entry);
    const key = partKey(name);
    // A part stored twice: the first directory entry wins (as Excel does).
    if (!byKey.has(key)) byKey.set(key, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }

  /** The entry's stored bytes (method 0) or its DEFLATE data (method 8), checked. */
  function dataOf(entry: ZipEntry, maxBytes: number): Uint8Array {
    if (entry.flags & 1) throw new ZipError('encrypted', entry.name);
    if (entry.size > maxBytes) throw new ZipError('too-large', entry.name, entry.size, maxBytes);
    const at = entry.offset;
    if (at + 30 > n || v.getUint32(at, true) !== 0x04034b50) throw new ZipError('corrupt', entry.name);
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > n) throw new ZipError('corrupt', entry.name);
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError('corrupt', entry.name);
    } else if (entry.method !== 8) throw new ZipError('unsupported', entry.name);
    return data;
  }

  function inflateError(entry: ZipEntry, e: unknown): ZipError {
    if (e instanceof ZipError) return e;
    if (e instanceof TooMuch || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return new ZipError('too-large', entry.name, entry.size + 1, entry.size);
    return new ZipError('corrupt', entry.name);
  }

  function read(entry: ZipEntry, maxBytes: number): Uint8Array {
    const data = dataOf(entry, maxBytes);
    if (entry.method === 0) return data;
    // Never more than the declared size: a part that inflates beyond it is refused.
    let out: Uint8Array;
    try {
      out = inflate(data, entry.size);
    } catch (e) {
      throw inflateError(entry, e);
    }
    if (out.length > entry.size) throw new ZipError('too-large', entry.name, out.length, entry.size);
    return out;
  }

  function stream(entry: ZipEntry, maxBytes: number, sink: PieceSink): void {
    const data = dataOf(entry, maxBytes);
    if (entry.method === 0) {
      sink(data, true);
      return;
    }
    let total = 0;
    // The sink's own errors (a damaged sheet) pass through as they are.
    let sinkError: { e: unknown } | undefined;
    try {
      inflateStream(data, entry.size, (piece, last) => {
        total += piece.length;
        if (total > entry.size) throw new TooMuch();
        try {
          sink(piece, last);
        } catch (e) {
          sinkError = { e };
          throw e;
        }
      });
    } catch (e) {
      if (sinkError) throw sinkError.e;
      throw inflateError(entry, e);
    }
  }

  return {
    entries,
    get: (name) => byKey.get(partKey(name)),
    read,
    text: (entry, maxBytes) => decodeUtf8(read(entry, maxBytes)),
    stream,
  };
}

/** XML bytes as text: UTF-8 (or UTF-16 with its byte-order mark), the mark dropped, malformed bytes as U+FFFD (never a throw). */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const s = utf8.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** The unzipped sizes the directory declares, without inflating; undefined when unreadable. */
export function declaredSizes(
  bytes: Uint8Array,
  isXml: (name: string) => boolean = (name) => /\.(xml|rels|vml)$/i.test(name),
): { entries: number; xmlBytes: number; totalBytes: number } | undefined {
  let zip: Zip;
  try {
    zip = openZip(bytes);
  } catch {
    return undefined;
  }
  const out = { entries: 0, xmlBytes: 0, totalBytes: 0 };
  for (const e of zip.entries) {
    out.entries++;
    out.totalBytes += e.size;
    if (isXml(e.name)) out.xmlBytes += e.size;
  }
  return out;
}
