/**
 * Issue #10, item 4: `phuluc validate` on mutated workbooks (fast-check). Generated workbooks
 * (the samples, and a small filled one) are damaged at zip level (truncation, byte flips,
 * removed or duplicated entries), XML level (byte flips, cut tags, deleted ranges) and cell
 * level (absurd references, huge strings, control characters, odd numbers, types): validate
 * exits 0, 1 or 2 within a time bound, never prints a stack trace or English runtime text, and
 * never changes the input file.
 */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { strFromU8, strToU8 } from 'fflate';
import { cli, samplesWorkbook } from './support';
import { unzipParts, zipParts } from './zip-tools';

let dir: string;
let bases: Uint8Array[];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-fuzz-'));
  bases = [
    await samplesWorkbook(),
    new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'reader', 'filled.xlsx'))),
  ];
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Mutation = (bytes: Uint8Array) => Uint8Array;

const zipLevel: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (b: Uint8Array) => b.subarray(0, Math.floor(b.length * at))),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    })
    .map((flips) => (b: Uint8Array) => {
      const out = new Uint8Array(b);
      for (const [at, x] of flips) out[Math.min(out.length - 1, Math.floor(out.length * at))] ^= x;
      return out;
    }),
  fc.nat().map((k) => (b: Uint8Array) => {
    const parts = unzipParts(b);
    const names = Object.keys(parts);
    delete parts[names[k % names.length]!];
    return zipParts(parts);
  }),
  fc.nat().map((k) => (b: Uint8Array) => {
    // The same part twice (a second copy under a name that differs only in case).
    const parts = unzipParts(b);
    const names = Object.keys(parts).filter((n) => n.endsWith('.xml'));
    const n = names[k % names.length]!;
    parts[n.toUpperCase()] = strToU8('<garbage><<');
    return zipParts(parts);
  }),
);

/** Applies `edit` to one XML part (chosen by index) of the workbook. */
const onPart =
  (k: number, edit: (xml: string) => string): Mutation =>
  (b) => {
    const parts = unzipParts(b);
    const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
    const n = names[k % names.length]!;
    parts[n] = strToU8(edit(strFromU8(parts[n]!)));
    return zipParts(parts);
  };

const xmlLevel: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2000 }))
    .map(([k, at, len]) =>
      onPart(k, (x) => x.slice(0, Math.floor(x.length * at)) + x.slice(Math.floor(x.length * at) + len)),
    ),
  fc
    .tuple(
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom('<', '>', '"', '&', '</', '<!--', ']]>', '\u0000', '\uFFFF'),
    )
    .map(([k, at, s]) =>
      onPart(k, (x) => x.slice(0, Math.floor(x.length * at)) + s + x.slice(Math.floor(x.length * at))),
    ),
  fc.nat().map((k) => onPart(k, (x) => x.replace(/<\/[a-zA-Z:]+>/, ''))),
);

const absurd = fc.constantFrom(
  'r="A2000000000"',
  'r="XFE1"',
  'r="ZZZZZZZ9"',
  'r="A0"',
  'r="-1"',
  'r="$A$1"',
  'r=""',
  'r="1A"',
  'r="a5"',
);
const cellLevel: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), absurd).map(([k, r]) =>
    onPart(k, (x) => {
      let i = 0;
      return x.replace(/r="[A-Z]+\d+"/g, (m) => (i++ % 17 === k % 17 ? r : m));
    }),
  ),
  fc
    .tuple(fc.nat(), fc.constantFrom('1e999', '-', 'NaN', '0x10', ' 12 ', '1,5', '99999999999999999999', '', 'true'))
    .map(([k, v]) =>
      onPart(k, (x) => {
        let i = 0;
        return x.replace(/<v>[^<]*<\/v>/g, (m) => (i++ % 13 === k % 13 ? `<v>${v}</v>` : m));
      }),
    ),
  fc.tuple(fc.nat(), fc.constantFrom('s', 'b', 'e', 'str', 'inlineStr', 'd', 'n', 'x')).map(([k, t]) =>
    onPart(k, (x) => {
      let i = 0;
      return x.replace(/<c r="([A-Z]+\d+)"/g, (m, ref: string) => (i++ % 11 === k % 11 ? `<c r="${ref}" t="${t}"` : m));
    }),
  ),
  fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: 3_000_000 }), fc.constantFrom('x', '\u0001', '\u0008', 'ạ', '&amp;'))
    .map(([k, n, ch]) =>
      onPart(k, (x) => x.replace(/<t>[^<]*<\/t>|<t xml:space="preserve">[^<]*<\/t>/, `<t>${ch.repeat(n)}</t>`)),
    ),
  fc
    .nat()
    .map((k) =>
      onPart(k, (x) => x.replace(/<definedName name="PHULUC_[^"]+">[^<]*/, (m) => m.replace(/>.*/, '>#REF!'))),
    ),
);

const mutation = fc.array(fc.oneof(zipLevel, xmlLevel, cellLevel), { minLength: 1, maxLength: 3 });

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

it('validate on mutated workbooks: exit 0/1/2 in bounded time, no stack trace, the file unchanged', async () => {
  let n = 0;
  const codes = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: 1 }), mutation, async (which, mutations) => {
      let bytes = bases[which]!;
      for (const m of mutations) {
        try {
          bytes = m(bytes);
        } catch {
          // The mutation itself could not apply (e.g. the zip is already unreadable to fflate): keep what we have.
        }
      }
      const file = path.join(dir, `m${n++}.xlsx`);
      writeFileSync(file, bytes);
      const before = sha(readFileSync(file));
      const r = await cli('validate', file, '--json');
      expect([0, 1, 2]).toContain(r.code);
      codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.err).not.toMatch(/Lỗi không mong đợi|TypeError|RangeError|ReferenceError|FATAL/);
      if (r.code !== 2) expect(() => JSON.parse(r.out)).not.toThrow();
      expect(r.ms).toBeLessThan(20000);
      expect(sha(readFileSync(file))).toBe(before);
    }),
    { numRuns: 60, seed: 20261202 },
  );
  // The mutations reach past the first check: some files still validate (1), some are refused (2).
  expect(codes.get(1) ?? 0).toBeGreaterThan(5);
  expect(codes.get(2) ?? 0).toBeGreaterThan(5);
}, 600000);
