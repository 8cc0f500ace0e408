#!/usr/bin/env node
// Generates the add-in's PNG icons into assets/ (or the directory given as
// the first argument). No image libraries: shapes are described as signed
// distance functions, rendered with 8x8 supersampling for anti-aliasing, and
// written with a small hand-written PNG encoder (zlib deflate + CRC-32).
//
//   node scripts/make-icons.mjs [outDir]
//
// Output (all RGBA, transparent outside the rounded square):
//   icon-{16,32,64,80}.png      app / ribbon-group icon: white "PL" on green
//   insert-{16,32,80}.png       "Chèn phụ lục" button: white plus on green
//   validate-{16,32,80}.png     "Kiểm tra" button: white check mark on green
//
// The output is deterministic, so re-running it leaves git clean.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'assets'));

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (Uint8Array, width*height*4, row-major) as a PNG. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Each scanline is prefixed with filter type 0 (None).
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ------------------------------------------------------------------- shapes
// All coordinates are in a unit square: (0,0) top-left, (1,1) bottom-right.

/** Signed distance to a rounded rectangle centred in the unit square. */
function roundedSquare(inset, radius) {
  const half = 0.5 - inset;
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - (half - radius);
    const qy = Math.abs(y - 0.5) - (half - radius);
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A stroked polyline with round caps and joins, `width` wide. */
function stroke(points, width) {
  return (x, y) => {
    let d = Infinity;
    for (let i = 1; i < points.length; i++) d = Math.min(d, distToSegment(x, y, points[i - 1], points[i]));
    return d - width / 2;
  };
}

/** A stroked right-hand half circle (the bowl of a "P"). */
function rightHalfRing(cx, cy, r, width) {
  return (x, y) => {
    const d =
      x >= cx
        ? Math.abs(Math.hypot(x - cx, y - cy) - r)
        : Math.min(Math.hypot(x - cx, y - cy + r), Math.hypot(x - cx, y - cy - r));
    return d - width / 2;
  };
}

const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

// --------------------------------------------------------------- the icons

const GREEN = [0x10, 0x7c, 0x41]; // Excel green
const WHITE = [0xff, 0xff, 0xff];

const background = roundedSquare(0.03, 0.19);

const glyphs = {
  // White "PL".
  icon: (() => {
    const w = 0.11;
    const top = 0.26;
    const bottom = 0.74;
    const bowlR = 0.12;
    const p = union(
      stroke(
        [
          [0.22, top],
          [0.22, bottom],
        ],
        w,
      ),
      stroke(
        [
          [0.22, top],
          [0.33, top],
        ],
        w,
      ),
      stroke(
        [
          [0.22, top + 2 * bowlR],
          [0.33, top + 2 * bowlR],
        ],
        w,
      ),
      rightHalfRing(0.33, top + bowlR, bowlR, w),
    );
    const l = stroke(
      [
        [0.6, top],
        [0.6, bottom],
        [0.8, bottom],
      ],
      w,
    );
    return union(p, l);
  })(),
  // White plus sign.
  insert: stroke(
    [
      [0.5, 0.26],
      [0.5, 0.74],
    ],
    0.14,
  ),
  // White check mark.
  validate: stroke(
    [
      [0.25, 0.52],
      [0.42, 0.69],
      [0.76, 0.32],
    ],
    0.15,
  ),
};
glyphs.insert = union(
  glyphs.insert,
  stroke(
    [
      [0.26, 0.5],
      [0.74, 0.5],
    ],
    0.14,
  ),
);

const SS = 8; // supersampling grid per pixel axis

function render(size, glyph) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0; // samples inside the background
      let ink = 0; // samples inside the glyph (and the background)
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (background(x, y) <= 0) {
            cover++;
            if (glyph(x, y) <= 0) ink++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (cover === 0) continue; // fully transparent
      const t = ink / cover; // share of white within the covered area
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - t) + WHITE[c] * t);
      rgba[i + 3] = Math.round((255 * cover) / (SS * SS));
    }
  }
  return rgba;
}

const plan = [
  ['icon', [16, 32, 64, 80]],
  ['insert', [16, 32, 80]],
  ['validate', [16, 32, 80]],
];

mkdirSync(outDir, { recursive: true });
for (const [name, sizes] of plan) {
  for (const size of sizes) {
    const file = path.join(outDir, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size, glyphs[name])));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}
