/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, so the validation stamp is computed the same way in
 * Node (CLI), in the task pane and in the offline checker page — no Node crypto, no WebCrypto
 * (which is asynchronous and missing on file:// pages in some browsers). Text is hashed as its
 * UTF-8 bytes, encoded here, fed block by block (no copy of the whole input).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

export class Sha256 {
  private readonly h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  private readonly w = new Int32Array(64);
  private readonly block = new Uint8Array(64);
  private used = 0;
  /** Bytes hashed so far (exact up to 2^53). */
  private length = 0;
  private done = false;

  /** Adds bytes. */
  updateBytes(bytes: Uint8Array): this {
    for (let i = 0; i < bytes.length; i++) this.push(bytes[i]!);
    return this;
  }

  /** Adds the UTF-8 bytes of a string (lone surrogates as U+FFFD, like TextEncoder). */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        this.push(c);
        continue;
      }
      if (c < 0x800) {
        this.push(0xc0 | (c >> 6));
        this.push(0x80 | (c & 0x3f));
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          this.push(0xf0 | (c >> 18));
          this.push(0x80 | ((c >> 12) & 0x3f));
          this.push(0x80 | ((c >> 6) & 0x3f));
          this.push(0x80 | (c & 0x3f));
          continue;
        }
        c = 0xfffd;
      }
      this.push(0xe0 | (c >> 12));
      this.push(0x80 | ((c >> 6) & 0x3f));
      this.push(0x80 | (c & 0x3f));
    }
    return this;
  }

  /** The digest as 64 lower-case hex digits; the hasher cannot be used afterwards. */
  hex(): string {
    if (this.done) throw new Error('Sha256: digest already taken');
    this.done = true;
    const bits = this.length * 8;
    this.push(0x80);
    while (this.used !== 56) this.push(0);
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    for (const word of [hi, lo]) for (let s = 24; s >= 0; s -= 8) this.push((word >>> s) & 0xff);
    let out = '';
    for (let i = 0; i < 8; i++) out += (this.h[i]! >>> 0).toString(16).padStart(8, '0');
    return out;
  }

  private push(byte: number): void {
    this.block[this.used++] = byte;
    this.length++;
    if (this.used === 64) {
      this.compress();
      this.used = 0;
    }
  }

  private compress(): void {
    const w = this.w;
    const b = this.block;
    for (let i = 0; i < 16; i++)
      w[i] = (b[i * 4]! << 24) | (b[i * 4 + 1]! << 16) | (b[i * 4 + 2]! << 8) | b[i * 4 + 3]!;
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    const h = this.h;
    let a = h[0]!;
    let bb = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + bb) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
}

/** SHA-256 of a string's UTF-8 bytes, as hex. */
export function sha256Hex(text: string): string {
  return new Sha256().update(text).hex();
}
