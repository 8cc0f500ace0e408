/**
 * Big and "zip bomb" workbooks: `phuluc validate` either completes within 1 GB of memory or
 * exits 2 with a Vietnamese sentence — never a stack trace, never an out-of-memory crash.
 *
 * The .xlsx reader (src/adapters/xlsx) holds cells, not the XML, and never inflates pictures:
 * it refuses a file over 100 MB, or whose XML parts (declared sizes, then actual ones) pass
 * 160 MB (XLSX_LIMITS). The exceljs limits (SIZE_LIMITS, 24 MB of XML) now guard only what
 * exceljs still loads (the playground writing back the file it opened).
 *
 * The CLI runs as a child process compiled into a private folder (no race with cli.test.ts
 * rebuilding dist-cli), with a preloaded hook that reports its peak resident memory.
 */
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import {
  checkWorkbookSize,
  readWorkbookData,
  SIZE_LIMITS,
  WorkbookReadError,
  zipContentSizes,
} from '../../src/adapters/exceljs/read';
import { readUnitData } from '../../src/app/aggregate';
import { readXlsx, XLSX_LIMITS } from '../../src/adapters/xlsx/read';
import { WorkbookReadError as XlsxReadError } from '../../src/adapters/xlsx/errors';
import { bigVbWorkbook } from '../../bench/generators/big-vb';
import { forgeDeclaredSize } from '../reader/zip-tools';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';

const root = path.join(__dirname, '..', '..');
const MB = 1024 * 1024;
/** The promise: never more than 1 GB of memory. */
const ONE_GB_KB = 1024 * 1024;
let dir: string;
let runner: string;
let hook: string;
const f = (name: string) => path.join(dir, name);

interface Run {
  code: number;
  out: string;
  err: string;
  /** Peak resident memory of the CLI process, in MB. */
  rssMb: number;
  ms: number;
}

function run(...args: string[]): Run {
  const rssFile = f(`rss-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['-r', hook, runner, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    env: {
      ...process.env,
      PHULUC_DEBUG: '',
      NODE_PATH: path.join(root, 'node_modules'),
      PHULUC_TEST_RSS_FILE: rssFile,
    },
  });
  const ms = Date.now() - started;
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, rssMb: rssKb / 1024, ms };
}

/** No stack trace, no English runtime error text, no V8 out-of-memory report. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/\b(TypeError|RangeError|Error:|FATAL|heap|ENOMEM)\b/);
}

/** A real annex workbook (every template, settings sheet, markers) as exceljs holds it. */
async function annexWorkbook(): Promise<ExcelJS.Workbook> {
  return (await buildAnnexWorkbook([...TEMPLATE_IDS], defaultSettings(), {})).workbook;
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  writeFileSync(f(name), Buffer.from(await wb.xlsx.writeBuffer()));
  return f(name);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-large-'));
  const out = f('cli-build');
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.cli.json'), '--outDir', out],
    { cwd: root, encoding: 'utf8' },
  );
  // tsc still emits on type errors elsewhere; the CLI's own behaviour is what is tested here.
  if (tsc.status !== 0) console.warn(`tsc exited ${tsc.status}:\n${tsc.stdout}${tsc.stderr}`);
  const main = path.join(out, 'cli', 'main.js');
  expect(existsSync(main)).toBe(true);
  // What bin/phuluc.js does, against the private build.
  runner = f('phuluc.js');
  writeFileSync(
    runner,
    `require(${JSON.stringify(main)}).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`,
  );
  hook = f('rss-hook.js');
  // Peak memory of this process image: VmHWM on Linux (getrusage's maxRSS also counts the
  // jest worker the child was forked from); maxRSS elsewhere.
  writeFileSync(
    hook,
    `const fs = require('fs');
process.on('exit', () => {
  let kb = 0;
  try { kb = Number((/VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8')) || [])[1] || 0); } catch {}
  fs.writeFileSync(process.env.PHULUC_TEST_RSS_FILE, String(kb || process.resourceUsage().maxRSS));
});
`,
  );
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a big workbook', () => {
  it('of data: 20 MB of sheet XML (44,000 VB rows) validates within 1 GB', async () => {
    const file = f('bao-cao-40mb-xml.xlsx');
    const { bytes, sheetXmlBytes } = await bigVbWorkbook(44000);
    writeFileSync(file, bytes);
    expect(sheetXmlBytes).toBeGreaterThan(19 * MB);
    const r = run('validate', file, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { annexes: unknown[]; stats: { cells: number } };
    expect(report.annexes).toHaveLength(1);
    expect(report.stats.cells).toBe(44000 * 7);
    expectClean(r.err);
    expect(r.rssMb * 1024).toBeLessThan(ONE_GB_KB);
  }, 240000);

  it('of pictures: validates completely, pictures never inflated', async () => {
    const wb = await annexWorkbook();
    const ws = wb.addWorksheet('Anh chup');
    for (let i = 0; i < 10; i++) {
      const id = wb.addImage({
        buffer: Buffer.concat([
          Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
          randomBytes(5 * MB - 4),
        ]) as unknown as ExcelJS.Buffer,
        extension: 'jpeg',
      });
      ws.addImage(id, { tl: { col: 0, row: i * 20 }, ext: { width: 400, height: 300 } });
    }
    const file = await save(wb, 'anh-50mb.xlsx');
    expect(statSync(file).size).toBeGreaterThan(50 * MB);
    const r = run('validate', file, '--json');
    expect(r.code).toBe(1); // the empty required cells of a new workbook
    const report = JSON.parse(r.out) as { annexes: unknown[]; stats: { errors: number } };
    expect(report.annexes).toHaveLength(TEMPLATE_IDS.length);
    expect(report.stats.errors).toBeGreaterThan(0);
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(400);
  }, 60000);

  it('over 100 MB on disk is refused before it is read', () => {
    const file = f('qua-100mb.xlsx');
    // A ZIP signature, then padding: the size alone decides.
    writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(SIZE_LIMITS.fileBytes + MB - 4)])); // 101 MB
    const r = run('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('quá lớn (101 MB) để kiểm tra an toàn: vượt giới hạn 100 MB. Hãy tách các phụ lục');
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(300);
  }, 30000);
});

describe('zip bombs: a small file that unzips to a lot', () => {
  let xmlBomb: string;
  let lyingBomb: string;
  let pictureBomb: string;
  beforeAll(async () => {
    const plain = Buffer.from(await (await annexWorkbook()).xlsx.writeBuffer());
    // The shared strings part declares 200 MB: refused before anything is inflated.
    xmlBomb = f('bom-chu.xlsx');
    writeFileSync(
      xmlBomb,
      forgeDeclaredSize(plain, 'xl/sharedStrings.xml', () => 200 * MB),
    );
    // A sheet part that says it is 1 KB but inflates to far more: stopped at 1 KB.
    lyingBomb = f('bom-noi-doi.xlsx');
    writeFileSync(
      lyingBomb,
      forgeDeclaredSize(plain, 'xl/worksheets/sheet1.xml', () => 1024),
    );
    const b = await annexWorkbook();
    b.addWorksheet('Anh').addImage(
      b.addImage({ buffer: Buffer.alloc(90 * MB) as unknown as ExcelJS.Buffer, extension: 'png' }),
      'B2:D6',
    );
    pictureBomb = await save(b, 'bom-anh.xlsx');
  }, 60000);

  it('200 MB of sheet XML declared in a small file: exit 2 with the sentence, before inflating', () => {
    expect(statSync(xmlBomb).size).toBeLessThan(512 * 1024);
    const r = run('validate', xmlBomb);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /quá lớn \(\d+ KB\) để kiểm tra an toàn: khi mở ra có khoảng 200,\d MB dữ liệu trang tính, vượt giới hạn 160 MB\. Hãy tách các phụ lục/,
    );
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(300);
    expect(r.ms).toBeLessThan(5000);
  });

  it('a sheet part that inflates past its declared size: inflating stops there, that annex is an error', () => {
    const r = run('validate', lyingBomb, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { findings: { messageId: string; severity: string; message: string }[] };
    const f = report.findings.find((x) => x.messageId === 'structure/annex-unreadable');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^Phụ lục PL-I không đọc được \(trang tính "[^"]+"\): nội dung trang tính bị hỏng\./);
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(300);
  });

  it('a 90 MB picture in a small file: validates, the picture is never inflated', () => {
    expect(statSync(pictureBomb).size).toBeLessThan(1 * MB);
    const r = run('validate', pictureBomb, '--json');
    expect(r.code).toBe(1); // the empty required cells of a new workbook
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(300);
  });

  it('aggregate lists the oversize unit file as unreadable, with the reason, and merges the others', async () => {
    const units = f('don-vi');
    mkdirSync(units);
    await save(await annexWorkbook(), path.join('don-vi', 'xa-a.xlsx'));
    writeFileSync(path.join(units, 'xa-b.xlsx'), readFileSync(xmlBomb));
    const r = run('aggregate', units, '--out', f('tong-hop.xlsx'), '--include-invalid');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /xa-b\.xlsx: Không đọc được\n\s+Không đọc được tệp: tệp quá lớn để đọc an toàn \(tệp \d+,\d MB, khi mở ra khoảng 200,\d MB dữ liệu trang tính, giới hạn 160 MB\); hãy đề nghị đơn vị tách các phụ lục/,
    );
    expect(existsSync(f('tong-hop.xlsx'))).toBe(true);
    expectClean(r.err);
  }, 30000);

  it('the browser-safe reader refuses it too (task pane aggregation, fflate)', async () => {
    const bytes = new Uint8Array(readFileSync(xmlBomb));
    let err: unknown;
    try {
      readXlsx(bytes, { path: 'bom-chu.xlsx' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).reason).toBe('too-large');
    expect((err as XlsxReadError).tooLarge).toEqual(
      expect.objectContaining({ kind: 'xml', limit: XLSX_LIMITS.xmlBytes }),
    );
    const unit = await readUnitData('bom-chu.xlsx', bytes);
    expect(unit.unreadable).toMatch(/^tệp quá lớn để đọc an toàn \(/);
    const lying = readXlsx(new Uint8Array(readFileSync(lyingBomb)));
    expect(lying.unreadableSheets).toEqual([expect.objectContaining({ reason: 'damaged' })]);
  });

  it('exceljs (still used to write back an opened file) keeps its own limits', async () => {
    const err = await readWorkbookData(new Uint8Array(readFileSync(xmlBomb)), 'bom-chu.xlsx').catch((e: unknown) => e);
    expect((err as WorkbookReadError).reason).toBe('too-large');
    expect((err as WorkbookReadError).tooLarge).toEqual(expect.objectContaining({ limit: SIZE_LIMITS.xmlBytes }));
  });
});

describe('zipContentSizes reads the central directory', () => {
  it('sums the unzipped sizes of a real workbook; pictures count only in the total', () => {
    const z = zipContentSizes(new Uint8Array(readFileSync(f('bom-anh.xlsx'))))!;
    expect(z.entries).toBeGreaterThan(10);
    expect(z.totalBytes - z.xmlBytes).toBe(90 * MB);
    expect(z.xmlBytes).toBeGreaterThan(50 * 1024);
    expect(z.xmlBytes).toBeLessThan(2 * MB);
  });

  it('no central directory (not a zip, or cut short): undefined, so exceljs reports it', () => {
    expect(zipContentSizes(new Uint8Array(Buffer.from('not a zip at all, just some text')))).toBeUndefined();
    const whole = readFileSync(f('bom-anh.xlsx'));
    expect(zipContentSizes(new Uint8Array(whole.subarray(0, whole.length - 30)))).toBeUndefined();
    expect(checkWorkbookSize(new Uint8Array(whole.subarray(0, whole.length - 30)))).toBeUndefined();
  });

  it('ZIP64: 64-bit sizes in the extra field and the ZIP64 end record', () => {
    // One central-directory entry "xl/worksheets/sheet1.xml" declaring 5 GB, sizes in ZIP64 form.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const extra = Buffer.alloc(4 + 16);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(5n * 1024n * BigInt(MB), 4); // uncompressed
    extra.writeBigUInt64LE(1000n, 12); // compressed
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt32LE(0xffffffff, 20);
    cd.writeUInt32LE(0xffffffff, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt16LE(extra.length, 30);
    const dirBytes = Buffer.concat([cd, name, extra]);
    const z64 = Buffer.alloc(56);
    z64.writeUInt32LE(0x06064b50, 0);
    z64.writeBigUInt64LE(1n, 24);
    z64.writeBigUInt64LE(1n, 32);
    z64.writeBigUInt64LE(BigInt(dirBytes.length), 40);
    z64.writeBigUInt64LE(0n, 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(dirBytes.length), 8);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(0xffff, 8);
    eocd.writeUInt16LE(0xffff, 10);
    eocd.writeUInt32LE(0xffffffff, 12);
    eocd.writeUInt32LE(0xffffffff, 16);
    const bytes = new Uint8Array(Buffer.concat([dirBytes, z64, loc, eocd]));
    expect(zipContentSizes(bytes)).toEqual({ entries: 1, xmlBytes: 5 * 1024 * MB, totalBytes: 5 * 1024 * MB });
    expect(checkWorkbookSize(bytes)).toEqual({
      kind: 'xml',
      fileBytes: bytes.length,
      bytes: 5 * 1024 * MB,
      limit: SIZE_LIMITS.xmlBytes,
    });
  });
});
