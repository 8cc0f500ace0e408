/**
 * Big and "zip bomb" workbooks: `phuluc validate` either completes within 1 GB of memory or
 * exits 2 with a Vietnamese sentence — never a stack trace, never an out-of-memory crash.
 *
 * Measured (see SIZE_LIMITS in src/adapters/exceljs/read.ts): exceljs needs ~80 MB plus 18–32 ×
 * the unzipped XML (a 4.8 MB file of VB rows unzips to 39 MB of XML and peaked at 843 MB; a
 * 47 MB one at 3.9 GB), but only 3–5 × the pictures (a 50 MB workbook of photos: 245 MB). So the
 * reader refuses a workbook whose XML unzips to more than 24 MB, whose content unzips to more
 * than 60 MB, or whose file is over 100 MB — before loading it.
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

const LOAI: [string, string][] = [
  ['Kế hoạch', 'KH-UBND'],
  ['Quyết định', 'QĐ-UBND'],
  ['Chỉ thị', 'CT-UBND'],
  ['Thông báo', 'TB-UBND'],
];

/**
 * A ~50 MB workbook of data: the VB sheet (with its marker) holding `rows` documents, written by
 * exceljs's streaming writer with inline strings and no compression, so it is fast to make and
 * its file size is its XML size.
 */
async function bigDataWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: false,
    zip: { store: true },
  } as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  const sheet = 'VB Van ban chi dao';
  wb.definedNames.add(`'${sheet}'!$A$1`, 'PHULUC_VB');
  const ws = wb.addWorksheet(sheet);
  ws.addRow(['Phụ lục VB']).commit();
  ws.addRow([
    'TT',
    'Nội dung (trích yếu)',
    'Cơ quan ban hành',
    'Loại văn bản',
    'Số ký hiệu',
    'Ngày ban hành',
    'Ghi chú',
  ]).commit();
  for (let i = 1; i <= rows; i++) {
    const [loai, kh] = LOAI[i % 4]!;
    ws.addRow([
      i,
      `${loai} thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2023, đợt ${i}, xã ${i % 97}`,
      `Ủy ban nhân dân xã ${i % 211}`,
      loai,
      `${i}/${kh}`,
      new Date(Date.UTC(2023, i % 12, (i % 28) + 1)),
      i % 3 ? `Ghi chú ${i}` : null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
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

describe('a 50 MB workbook', () => {
  it('of data (VB rows): exit 2 with a Vietnamese sentence, refused before loading', async () => {
    const file = f('bao-cao-50mb.xlsx');
    await bigDataWorkbook(file, 112000); // ~470 bytes a row
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(45 * MB);
    expect(size).toBeLessThan(SIZE_LIMITS.fileBytes);
    const r = run('validate', file, '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^phuluc: Tệp ".*bao-cao-50mb\.xlsx" quá lớn \(\d+(,\d)? MB\) để kiểm tra an toàn: khi mở ra có khoảng \d+(,\d)? MB dữ liệu bảng tính, vượt giới hạn 24 MB\. Hãy tách các phụ lục ra tệp nhỏ hơn, hoặc xóa các trang và hình ảnh không phải phụ lục\.\n$/,
    );
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(400); // the file is read, not loaded
  }, 60000);

  it('of pictures: validates completely within 1 GB', async () => {
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
    expect(r.rssMb * 1024).toBeLessThan(ONE_GB_KB);
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
  let pictureBomb: string;
  beforeAll(async () => {
    const a = await annexWorkbook();
    // One cell of 30 MB of text: 30 MB of shared strings in a ~40 KB file.
    a.addWorksheet('Ghi chu').getCell('A1').value = 'a'.repeat(30 * MB);
    xmlBomb = await save(a, 'bom-chu.xlsx');
    const b = await annexWorkbook();
    b.addWorksheet('Anh').addImage(
      b.addImage({ buffer: Buffer.alloc(90 * MB) as unknown as ExcelJS.Buffer, extension: 'png' }),
      'B2:D6',
    );
    pictureBomb = await save(b, 'bom-anh.xlsx');
  }, 60000);

  it('30 MB of sheet text in a small file: exit 2 with the sentence', () => {
    expect(statSync(xmlBomb).size).toBeLessThan(512 * 1024);
    const r = run('validate', xmlBomb);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /quá lớn \(\d+ KB\) để kiểm tra an toàn: khi mở ra có khoảng 30,\d MB dữ liệu bảng tính, vượt giới hạn 24 MB\. Hãy tách các phụ lục/,
    );
    expectClean(r.err);
    expect(r.rssMb).toBeLessThan(300);
  });

  it('a 90 MB picture in a small file: exit 2, pictures named in the sentence', () => {
    expect(statSync(pictureBomb).size).toBeLessThan(1 * MB);
    const r = run('validate', pictureBomb);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /quá lớn \(\d+ KB\) để kiểm tra an toàn: khi giải nén có khoảng 90,\d MB nội dung \(kể cả hình ảnh\), vượt giới hạn 60 MB\./,
    );
    expectClean(r.err);
  });

  it('aggregate lists the oversize unit file as unreadable, with the reason, and merges the others', async () => {
    const units = f('don-vi');
    mkdirSync(units);
    await save(await annexWorkbook(), path.join('don-vi', 'xa-a.xlsx'));
    writeFileSync(path.join(units, 'xa-b.xlsx'), readFileSync(xmlBomb));
    const r = run('aggregate', units, '--out', f('tong-hop.xlsx'), '--include-invalid');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /xa-b\.xlsx: Không đọc được\n\s+Không đọc được tệp: tệp quá lớn để đọc an toàn \(tệp \d+,\d MB, khi mở ra khoảng 30,\d MB dữ liệu bảng tính, giới hạn 24 MB\); hãy đề nghị đơn vị tách các phụ lục/,
    );
    expect(existsSync(f('tong-hop.xlsx'))).toBe(true);
    expectClean(r.err);
  }, 30000);

  it('the browser-safe reader refuses it too (task pane aggregation)', async () => {
    const bytes = new Uint8Array(readFileSync(xmlBomb));
    const err = await readWorkbookData(bytes, 'bom-chu.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).reason).toBe('too-large');
    expect((err as WorkbookReadError).tooLarge).toEqual(
      expect.objectContaining({ kind: 'xml', limit: SIZE_LIMITS.xmlBytes }),
    );
    const unit = await readUnitData('bom-chu.xlsx', bytes);
    expect(unit.unreadable).toMatch(/^tệp quá lớn để đọc an toàn \(/);
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
