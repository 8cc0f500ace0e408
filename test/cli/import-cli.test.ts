/**
 * `phuluc import` as an officer uses it: their own workbook (seed tables in the seeds'
 * layouts, own sheet names, no "(1) (2) …" row) in, the standard annexes out — mapping,
 * not-placed list and findings printed, exit codes as validate.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/args';
import { seedDocx } from '../import/docx';
import { seedXlsx } from '../import/fixtures';
import { PL_I, PL_III_1898, PL_III_CTMTQG, SEED_TABLES, VB } from '../import/seed-tables';

let dir: string;
const f = (name: string) => path.join(dir, name);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('phuluc import', () => {
  it('an officer’s workbook (Phụ lục I, III and the VB list) becomes the standard annexes', async () => {
    const { buffer } = await seedXlsx([PL_I, PL_III_1898, PL_III_CTMTQG, VB], {
      sheetNames: ['Sheet1', 'Kinh phi', 'Kinh phi', 'Van ban'],
      sameSheetAsPrevious: ['seed002-pl-iii-ctmtqg'],
    });
    writeFileSync(f('cua-toi.xlsx'), buffer);
    const r = await run('import', f('cua-toi.xlsx'), '--out', f('chuan.xlsx'));
    // The seed's own errors are errors of the annex (VB numbers used twice): exit 1.
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('Trang tính "Sheet1" (8 × 14) → Phụ lục I (PL-I)');
    expect(r.out).toContain(
      'Cột 5 "Nữ DTTS tham gia Hội đồng nhân dân các cấp › Cấp huyện" → tách "số/tổng": Nữ DTTS tham gia Hội đồng nhân dân các cấp – Cấp huyện – Số nữ DTTS | Nữ DTTS tham gia Hội đồng nhân dân các cấp – Cấp huyện – Tổng số',
    );
    expect(r.out).toContain('Trang tính "Kinh phi", bảng 2');
    expect(r.out).toContain('Đã ghi phụ lục chuẩn vào');
    expect(r.out).toMatch(/VB\s+trang tính "VB Văn bản chỉ đạo" — 50 dòng/);
    expect(r.out).toContain('Kiểm tra phụ lục vừa nhập:');
    expect(r.out).not.toMatch(/\bmain\b/);
    const snap = await readWorkbookFile(f('chuan.xlsx'));
    expect(snap.markers.map((m) => m.templateId).sort()).toEqual(['PL-I', 'PL-III', 'VB']);
  });

  it('--json gives the mapping, what was not placed and the report', async () => {
    const { buffer } = await seedXlsx([PL_I]);
    writeFileSync(f('pl1.xlsx'), buffer);
    const r = await run('import', f('pl1.xlsx'), '--out', f('pl1-chuan.xlsx'), '--json');
    const j = JSON.parse(r.out) as {
      tables: { templateId: string; columns: { target: string | null; label: string }[] }[];
      unplaced: unknown[];
      report: { annexes: unknown[]; stats: { errors: number } };
    };
    expect(j.tables[0]!.templateId).toBe('PL-I');
    expect(j.tables[0]!.columns.map((c) => c.target)).toContain('hdnd_huyen_nu/hdnd_huyen_tong');
    expect(j.unplaced).toEqual([]);
    expect(j.report.annexes).toHaveLength(1);
    // HĐND cấp xã is empty in the seed: a required gap.
    expect(r.code).toBe(j.report.stats.errors > 0 ? 1 : 0);
  });

  it('exit 2 with a sentence when nothing is importable; never overwrites', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sach');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Chức vụ']);
    ws.addRow(['Nguyễn Thị A', '01/02/1980', 'Trưởng phòng']);
    await wb.xlsx.writeFile(f('khac.xlsx'));
    const r = await run('import', f('khac.xlsx'), '--out', f('khac-chuan.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không bảng nào khớp một phụ lục/);
    expect(existsSync(f('khac-chuan.xlsx'))).toBe(false);

    const again = await run('import', f('pl1.xlsx'), '--out', f('pl1-chuan.xlsx'));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/đã có\. Không ghi đè/);

    expect((await run('import')).err).toMatch(/Cần đường dẫn tệp/);
    expect((await run('import', f('khong-co.xlsx'))).err).toMatch(/Không tìm thấy tệp/);
    writeFileSync(f('ghi-chu.txt'), 'xin chào');
    expect((await run('import', f('ghi-chu.txt'))).err).toMatch(/không phải .xlsx hay .docx/);
    expect((await run('import', f('pl1.xlsx'), '--template', 'PL-X')).err).toMatch(/Không có mẫu phụ lục "PL-X"/);
  });

  it('--template and --settings: the officer’s settings decide years and levels', async () => {
    writeFileSync(f('settings.json'), JSON.stringify({ reportYear: 2024, levels: ['tinh', 'xa'], unitName: 'Tỉnh X' }));
    const r = await run(
      'import',
      f('pl1.xlsx'),
      '--out',
      f('pl1-2cap.xlsx'),
      '--settings',
      f('settings.json'),
      '--template',
      'PL-I',
    );
    expect(r.code).toBeLessThan(2);
    // The seed's Cấp huyện columns have no place in a two-level annex: listed, not moved.
    expect(r.out).toContain('"11/29"');
    expect(r.out).toMatch(/các cấp hành chính tỉnh, huyện, xã, cài đặt báo cáo là tỉnh, xã/);
  });
  it('a Word report (.docx, every seed table) becomes the standard annexes; the same exit codes', async () => {
    writeFileSync(f('bao-cao.docx'), seedDocx(SEED_TABLES, { noisy: true }));
    const r = await run('import', f('bao-cao.docx'), '--out', f('bao-cao-chuan.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // the seeds' own errors (a document number used twice, empty required cells)
    expect(r.out).toContain('Bảng 4 (tệp Word)');
    expect(r.out).toMatch(/Bảng 4 \(tệp Word\) \(\d+ × 14\) → Phụ lục I \(PL-I\)/);
    expect(r.out).not.toMatch(/\bmain\b/);
    const snap = await readWorkbookFile(f('bao-cao-chuan.xlsx'));
    expect(snap.markers.map((m) => m.templateId).sort()).toEqual([
      'CLQG',
      'KH',
      'PL-CB',
      'PL-I',
      'PL-II',
      'PL-III',
      'VB',
    ]);

    // A Word document saved under another name is still read as one (by its parts).
    writeFileSync(f('bao-cao-doi-ten.xlsx'), seedDocx([PL_I]));
    const renamed = await run('import', f('bao-cao-doi-ten.xlsx'), '--out', f('doi-ten-chuan.xlsx'), '--json');
    expect(renamed.err).toBe('');
    expect((JSON.parse(renamed.out) as { tables: { templateId: string }[] }).tables[0]!.templateId).toBe('PL-I');

    // Nothing importable: exit 2 with why; damaged, old or locked Word files: exit 2 with what to do.
    writeFileSync(f('trong.docx'), seedDocx([]));
    const none = await run('import', f('trong.docx'), '--out', f('trong-chuan.xlsx'));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/không có bảng nào|Không tìm thấy bảng nào/);
    const bytes = seedDocx([PL_I]);
    writeFileSync(f('hong.docx'), bytes.subarray(0, bytes.length - 40));
    const broken = await run('import', f('hong.docx'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/không phải tệp Word .docx đọc được/);
    const cfb = Buffer.alloc(600);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    writeFileSync(f('cu.doc'), cfb);
    const old = await run('import', f('cu.doc'));
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/Word 97–2003/);
  });
});
