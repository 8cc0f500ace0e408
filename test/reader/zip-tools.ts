/**
 * Byte surgery on .xlsx files for the reader's tests: rewrite a part, drop or duplicate one,
 * forge the sizes the ZIP directory declares. Built on fflate (what the reader itself uses).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/** Re-zips parts in the given order (deflated, level 1). */
export function zipParts(parts: Parts): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = v;
  return zipSync(z, { level: 1 });
}

/** The workbook with `edit` applied to the text of every part whose name matches. */
export function editXml(bytes: Uint8Array, match: RegExp, edit: (xml: string, name: string) => string): Uint8Array {
  const parts = unzipParts(bytes);
  for (const name of Object.keys(parts)) {
    if (match.test(name)) parts[name] = strToU8(edit(strFromU8(parts[name]!), name));
  }
  return zipParts(parts);
}

/** The central directory's declared uncompressed size of `part`, replaced (the data is untouched). */
export function forgeDeclaredSize(bytes: Uint8Array, part: string, size: (old: number) => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = out.length - 22;
  while (eocd >= 0 && v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    const nameLen = v.getUint16(p + 28, true);
    const name = dec.decode(out.subarray(p + 46, p + 46 + nameLen));
    if (name === part) {
      v.setUint32(p + 24, size(v.getUint32(p + 24, true)), true);
      return out;
    }
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  throw new Error(`no part ${part}`);
}
