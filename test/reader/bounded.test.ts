/**
 * Issue #10, item 3: the reader is bounded. References past Excel's grid, non-regular files,
 * missing or dangling sheet parts: one Vietnamese sentence or an error finding, fast, never
 * exit 0 for a damaged annex, never English library text.
 */
import { execFileSync, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { readUnitData } from '../../src/app/aggregate';
import { aggregate } from '../../src/domain/aggregate';
import { defaultSettings } from '../../src/domain/settings';
import { cli, expectClean, samplesWorkbook, sheetPartOf } from './support';
import { editXml, unzipParts, zipParts } from './zip-tools';

let dir: string;
let base: Uint8Array;
const f = (name: string) => path.join(dir, name);
const save = (name: string, bytes: Uint8Array) => {
  writeFileSync(f(name), bytes);
  return f(name);
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-bounded-'));
  base = await samplesWorkbook();
  // The timings below are of refusing a file, not of loading the CLI's modules on first use
  // (seconds on a busy machine): validate the intact workbook once first.
  writeFileSync(f('warm.xlsx'), base);
  await cli('validate', f('warm.xlsx'));
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The samples workbook with one more row appended to the VB sheet's data (raw XML). */
function withRow(rowXml: string): Uint8Array {
  const { part } = sheetPartOf(base, 'VB');
  return editXml(base, new RegExp(`^${part}$`), (xml) => xml.replace('</sheetData>', `${rowXml}</sheetData>`));
}

describe("references past Excel's grid", () => {
  it.each([
    [
      'a row numbered 2,000,000,000',
      '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
      /dòng 2\.000\.000\.000, quá giới hạn 1\.048\.576 dòng/,
    ],
    ['a row numbered 20,000,000', '<row r="20000000"><c r="B20000000"><v>1</v></c></row>', /dòng 20\.000\.000/],
    ['a cell in row 1,048,577', '<row><c r="A1048577"><v>1</v></c></row>', /dòng 1\.048\.577/],
    ['a column past XFD', '<row r="30"><c r="XFE30"><v>1</v></c></row>', /cột thứ 16\.385, quá cột cuối cùng XFD/],
    [
      'a column far past XFD',
      '<row r="30"><c r="ZZZZ30"><v>1</v></c></row>',
      /cột thứ \d{1,3}(\.\d{3})+, quá cột cuối cùng XFD/,
    ],
  ])('%s: exit 2, one Vietnamese "damaged" sentence, well under a second', async (_what, row, sentence) => {
    const file = save('grid.xlsx', withRow(row));
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^phuluc: Tệp ".*grid\\.xlsx" bị hỏng: trang tính "[^"]+" ghi dữ liệu ở `));
    expect(r.err).toMatch(sentence);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expectClean(r.err);
    expect(r.ms).toBeLessThan(1000);
  });

  it('the last row and column Excel has are fine: XFD1048576 validates, fast', async () => {
    const file = save(
      'last.xlsx',
      withRow('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>cuối</t></is></c></row>'),
    );
    const snap = readXlsx(readFileSync(file));
    const vb = snap.sheets.find((s) => s.cells[1048575]);
    expect(vb?.cells[1048575]?.[16383]).toEqual({ t: 's', v: 'cuối' });
    const r = await cli('validate', file);
    expect([0, 1]).toContain(r.code);
    expect(r.ms).toBeLessThan(3000);
  });
});

describe('files that are not regular files', () => {
  it('/dev/zero is refused at its first bytes', async () => {
    const r = await cli('validate', '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'phuluc: Tệp "/dev/zero" không phải tệp Excel .xlsx. Hãy mở bằng Excel và lưu dưới dạng "Excel Workbook (*.xlsx)".\n',
    );
    expect(r.ms).toBeLessThan(1000);
  });

  it('a FIFO is read with a byte cap, and a workbook sent through it validates', async () => {
    const fifo = f('pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${save('src.xlsx', base)}" > "${fifo}"`]);
    const r = await cli('validate', fifo, '--json');
    writer.kill();
    expect(r.code).toBe(1); // the seeds' own errors
    expect(JSON.parse(r.out).annexes.length).toBeGreaterThan(5);
  });

  it('a directory is named as one', async () => {
    const r = await cli('validate', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/là một thư mục, không phải tệp Excel/);
  });
});

describe('an annex whose sheet cannot be read', () => {
  const finding = (out: string) =>
    (
      JSON.parse(out) as { findings: { messageId: string; severity: string; message: string; sheet: string }[] }
    ).findings.filter((x) => x.messageId === 'structure/annex-unreadable');

  it('the KP sheet part is missing (its marker still there): an error at KP, never exit 0', async () => {
    const { part, sheet } = sheetPartOf(base, 'KP');
    const parts = unzipParts(base);
    delete parts[part];
    const file = save('thieu-kp.xlsx', zipParts(parts));
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(1);
    const found = finding(r.out);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(
      expect.objectContaining({
        severity: 'error',
        sheet,
        message: `Phụ lục KP không đọc được (trang tính "${sheet}"): nội dung trang tính không có trong tệp (tệp bị hỏng hoặc lưu chưa xong). Hãy mở tệp bằng Excel để kiểm tra, hoặc lấy lại bản gốc.`,
      }),
    );
    const text = await cli('validate', file);
    expect(text.out).not.toMatch(/Sẵn sàng gửi/);
    expect(text.out).toContain('Phụ lục KP không đọc được');
    expectClean(text.err);
  });

  it('the sheet relationship dangles: the same error', async () => {
    const { rid } = sheetPartOf(base, 'KP');
    const file = save(
      'dangling.xlsx',
      editXml(base, /^xl\/_rels\/workbook\.xml\.rels$/, (xml) =>
        xml.replace(new RegExp(`(Id="${rid}"[^>]*Target=")[^"]+"`), '$1worksheets/khong-co.xml"'),
      ),
    );
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(1);
    expect(finding(r.out)).toHaveLength(1);
  });

  it('the sheet part is not inflatable (damaged bytes): the same error, the other annexes still checked', async () => {
    const { part } = sheetPartOf(base, 'KP');
    const parts = unzipParts(base);
    parts[part] = strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
    const zipped = zipParts(parts);
    // The first byte of that part's compressed data: a DEFLATE block of the reserved type 3.
    const at = Buffer.from(zipped).indexOf(Buffer.from(part)) + part.length;
    zipped[at] = 0xff;
    const snap = readXlsx(zipped);
    expect(snap.unreadableSheets?.[0]?.reason).toBe('damaged');
    const r = await cli('validate', save('hong-kp.xlsx', zipped), '--json');
    expect(r.code).toBe(1);
    expect(finding(r.out)).toHaveLength(1);
    expect(JSON.parse(r.out).annexes.length).toBeGreaterThan(5);
  });

  it("aggregation prefers the unit's intact file over its damaged copy", async () => {
    const { part } = sheetPartOf(base, 'PL-I');
    const parts = unzipParts(base);
    delete parts[part];
    const damaged = await readUnitData('a-ban-hong.xlsx', zipParts(parts));
    const intact = await readUnitData('b-ban-tot.xlsx', base);
    const res = aggregate([damaged, intact], { settings: defaultSettings({ reportYear: 2024 }), includeInvalid: true });
    const byFile = Object.fromEntries(res.units.map((u) => [u.fileName, u.inclusion]));
    expect(byFile['a-ban-hong.xlsx']).toBe('duplicate');
    expect(byFile['b-ban-tot.xlsx']).not.toBe('duplicate');
  });
});

describe('what exceljs refused or misread', () => {
  it('a 44-character sheet name is read, with no English on stderr', async () => {
    const long = 'Phụ lục kinh phí thực hiện bình đẳng giới 2024'.slice(0, 44);
    const { sheet } = sheetPartOf(base, 'VB');
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const file = save(
      'ten-dai.xlsx',
      editXml(base, /^xl\/workbook\.xml$/, (xml) => xml.replace(new RegExp(esc(sheet), 'g'), long)),
    );
    const snap = readXlsx(readFileSync(file));
    expect(snap.sheets.map((s) => s.name)).toContain(long);
    expect(snap.markers.find((m) => m.templateId === 'VB')?.sheetName).toBe(long);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expectClean(r.err);
  });

  it('entities are decoded once: a sheet named "KP &amp;amp; chi" is "KP &amp; chi"', () => {
    const { sheet } = sheetPartOf(base, 'KP');
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bytes = editXml(base, /^xl\/workbook\.xml$/, (xml) =>
      xml.replace(new RegExp(esc(sheet), 'g'), 'KP &amp;amp; chi'),
    );
    const snap = readXlsx(bytes);
    expect(snap.sheets.map((s) => s.name)).toContain('KP &amp; chi');
    expect(snap.markers.find((m) => m.templateId === 'KP')?.sheetName).toBe('KP &amp; chi');
  });
});
