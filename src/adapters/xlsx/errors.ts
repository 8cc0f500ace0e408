/**
 * Why a file cannot be read as a workbook (both readers throw this), and what the first bytes
 * say a file is. Browser-safe, no dependency.
 */
import type { Damage, ReadFailure, TooLarge } from '../../domain/sheet/read-failure';

export type { Damage, ReadFailure, TooLarge } from '../../domain/sheet/read-failure';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly path: string,
    readonly detail?: string,
    /** Set for 'too-large'. */
    readonly tooLarge?: TooLarge,
    /** Set for 'corrupt' when the damage is a reference past Excel's grid. */
    readonly damage?: Damage,
  ) {
    super(`${reason}: ${path}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookReadError';
  }
}

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** The UTF-16LE bytes of an ASCII name (how OLE directory entries store stream names). */
function utf16(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, 0);
  return out;
}

function contains(buf: Uint8Array, needle: number[]): boolean {
  const first = needle[0]!;
  const last = buf.length - needle.length;
  for (let i = buf.indexOf(first); i >= 0 && i <= last; i = buf.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && buf[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** What the first bytes say the file is, before reading it as a workbook. */
export function sniffWorkbook(buf: Uint8Array, path = ''): ReadFailure | undefined {
  void path;
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, CFB)) {
    // An OLE compound file: an Office-encrypted .xlsx keeps an "EncryptedPackage" stream,
    // an Excel 97–2003 .xls a "Workbook" (or "Book") stream.
    if (contains(buf, utf16('EncryptedPackage')) || contains(buf, utf16('EncryptionInfo'))) return 'encrypted';
    if (contains(buf, utf16('Workbook')) || contains(buf, utf16('Book'))) return 'xls';
    return 'cfb';
  }
  if (!startsWith(buf, ZIP) || !(buf[2] === 0x03 || buf[2] === 0x05 || buf[2] === 0x07)) return 'not-xlsx';
  return undefined;
}
