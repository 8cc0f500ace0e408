/**
 * `phuluc aggregate` end to end: unit files made with `phuluc new --data` (the samples' settings,
 * one unit name each), merged, read back with the exceljs reader and checked cell by cell against
 * totals computed by hand; the merged workbook validates clean through `phuluc validate`.
 * Runs the CLI in-process (`main(argv, io)`), and once through the compiled bin when it is built.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { GHI_CHU_INVALID, INCLUSION_LABEL, STATUS_SHEET } from '../../src/domain/aggregate';
import { recognise } from '../../src/domain/engine/recognize';
import { bindAnnex } from '../../src/domain/engine/validate';
import { parseSettings } from '../../src/domain/settings';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { main } from '../../src/cli/main';

const root = path.join(__dirname, '..', '..');
let dir: string;
const f = (...p: string[]) => path.join(dir, ...p);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

// ---------------------------------------------------------------------------------------------
// Three unit files, samples flavour: TP. Cao Bằng's settings (2024, tỉnh/huyện/xã, budget from
// 2018), one commune each. Xã Bình Minh has 30 women of 20 members in its district council.

const SAMPLE_SETTINGS = JSON.parse(readFileSync(path.join(root, 'samples', 'settings.json'), 'utf8')) as Record<
  string,
  unknown
>;

type Row = Record<string, number | string>;
interface Unit {
  file: string;
  name: string;
  pl1: Row;
  pl2: Row;
  kp1898: Row;
  ctmtqg: Row;
  ghiChu?: string;
}

const pl1 = (hh: [number, number], hx: [number, number], lh: [number, number], lx: [number, number]): Row => ({
  hdnd_tinh_nu: '-',
  hdnd_tinh_tong: '-',
  hdnd_huyen_nu: hh[0],
  hdnd_huyen_tong: hh[1],
  hdnd_xa_nu: hx[0],
  hdnd_xa_tong: hx[1],
  ld_tinh_nu: '-',
  ld_tinh_tong: '-',
  ld_huyen_nu: lh[0],
  ld_huyen_tong: lh[1],
  ld_xa_nu: lx[0],
  ld_xa_tong: lx[1],
});
const pl2 = (v: number[]): Row => {
  const keys = [
    'tap_huan_lop',
    'tap_huan_nguoi',
    'truyen_thong_cuoc',
    'truyen_thong_nguoi',
    'san_pham',
    'tu_van_cuoc',
    'tu_van_nguoi',
    'mo_hinh',
  ];
  return Object.fromEntries(keys.map((k, i) => [k, v[i]!]));
};
const years = (v: number[], nhuCau: number): Row => ({
  ...Object.fromEntries(v.map((x, i) => [`nam_${2018 + i}`, x])),
  nhu_cau: nhuCau,
});
const ctmtqg = (v: number[]): Row => ({
  ctmtqg_nam: v[0]!,
  khac_nam: v[1]!,
  ctmtqg_nhu_cau: v[2]!,
  khac_nhu_cau: v[3]!,
});

const A: Unit = {
  file: 'XaAnLac.xlsx',
  name: 'Xã An Lạc',
  pl1: pl1([11, 29], [3, 10], [2, 5], [4, 9]),
  pl2: pl2([1, 30, 5, 1250, 0, 0, 0, 0]),
  kp1898: years([10, 20, 0, 5.5, 0, 0, 12], 50),
  ctmtqg: ctmtqg([123, 0, 150, 0]),
  ghiChu: 'Chưa giải ngân hết',
};
const B: Unit = {
  file: 'XaBinhMinh.xlsx',
  name: 'Xã Bình Minh',
  pl1: pl1([30, 20], [5, 12], [1, 4], [6, 8]), // women > total: an error
  pl2: pl2([1, 20, 1, 100, 5, 0, 0, 0]),
  kp1898: years([1, 1, 1, 1, 1, 1, 1], 7),
  ctmtqg: ctmtqg([1, 1, 1, 1]),
};
const C: Unit = {
  file: 'XaCamLy.xlsx',
  name: 'Xã Cẩm Lý',
  pl1: pl1([2, 5], [7, 15], [3, 6], [1, 2]),
  pl2: pl2([2, 45, 3, 400, 10, 1, 12, 1]),
  kp1898: years([1, 2, 3, 4, 5, 6, 7], 30.5),
  ctmtqg: ctmtqg([10, 5, 20, 2.5]),
};

async function makeUnit(u: Unit, into = dir, templates = 'PL-I,PL-II,PL-III'): Promise<string> {
  const settings = { ...SAMPLE_SETTINGS, unitName: u.name, units: [u.name] };
  const all: Record<string, unknown> = {
    'PL-I': { '1': u.pl1 },
    'PL-II': { '1': u.pl2 },
    'PL-III': { 'kp_1898.1': { ...u.kp1898, ...(u.ghiChu ? { ghi_chu: u.ghiChu } : {}) }, 'kp_ctmtqg.1': u.ctmtqg },
  };
  const data = Object.fromEntries(templates.split(',').map((id) => [id, all[id]]));
  const base = path.basename(u.file, '.xlsx');
  writeFileSync(f(`${base}.settings.json`), JSON.stringify(settings));
  writeFileSync(f(`${base}.data.json`), JSON.stringify(data));
  const out = path.join(into, u.file);
  const r = await cli(
    'new',
    '--out',
    out,
    '--templates',
    templates,
    '--settings',
    f(`${base}.settings.json`),
    '--data',
    f(`${base}.data.json`),
    '--force',
  );
  expect([u.file, r.code, r.err]).toEqual([u.file, 0, '']);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading the merged workbook back

type Cell = number | string | null;

function num(c: RawCell | undefined): Cell {
  if (!c || c.v === null) return null;
  return c.v as number | string;
}

/** templateId → table → row label ("Xã An Lạc", "Tổng") → column key → cell value (cached result for formulas). */
function mergedValues(snap: WorkbookSnapshot): Record<string, Record<string, Record<string, Record<string, Cell>>>> {
  const parsed = parseSettings(snap.settings ?? {});
  if (!parsed.ok) throw new Error('merged settings invalid');
  const out: Record<string, Record<string, Record<string, Record<string, Cell>>>> = {};
  for (const r of recognise(snap)) {
    const { bound } = bindAnnex(r.def, r.sheet, parsed.settings);
    expect([r.def.id, bound.findings.filter((x) => x.severity === 'error')]).toEqual([r.def.id, []]);
    for (const t of bound.tables) {
      for (const row of t.rows) {
        if (row.kind !== 'data' && row.kind !== 'total') continue;
        const label = row.kind === 'total' ? 'Tổng' : row.label;
        const values: Record<string, Cell> = {};
        for (const [key, col] of t.cols) if (col.col >= 0) values[key] = num(r.sheet.cells[row.row]?.[col.col]);
        ((out[r.def.id] ??= {})[t.table.key] ??= {})[label] = values;
      }
    }
  }
  return out;
}

function statusTable(snap: WorkbookSnapshot): { lines: string[]; rows: string[][] } {
  const sheet = snap.sheets.find((s) => s.name === STATUS_SHEET.name)!;
  expect(sheet).toBeDefined();
  const text = (c: RawCell | undefined) => (c && c.v !== null ? String(c.v) : '');
  const header = sheet.cells.findIndex((r) => r?.[0]?.v === 'STT');
  expect(sheet.cells[header]!.map(text)).toEqual([...STATUS_SHEET.headers]);
  return {
    lines: sheet.cells.slice(0, header).map((r) => text(r?.[0])),
    rows: sheet.cells.slice(header + 1).map((r) => STATUS_SHEET.headers.map((_, i) => text(r?.[i]))),
  };
}

// Hand-computed: A + C (B left out), and A + B + C (--include-invalid).
const PL1_AC = {
  hdnd_huyen_nu: 13,
  hdnd_huyen_tong: 34,
  hdnd_huyen_tl: 38.24,
  hdnd_xa_nu: 10,
  hdnd_xa_tong: 25,
  hdnd_xa_tl: 40,
  ld_huyen_nu: 5,
  ld_huyen_tong: 11,
  ld_huyen_tl: 45.45,
  ld_xa_nu: 5,
  ld_xa_tong: 11,
  ld_xa_tl: 45.45,
};
const PL1_ABC = {
  hdnd_huyen_nu: 43,
  hdnd_huyen_tong: 54,
  hdnd_xa_nu: 15,
  hdnd_xa_tong: 37,
  ld_huyen_nu: 6,
  ld_huyen_tong: 15,
  ld_xa_nu: 11,
  ld_xa_tong: 19,
};
const PL2_AC = {
  tap_huan_lop: 3,
  tap_huan_nguoi: 75,
  truyen_thong_cuoc: 8,
  truyen_thong_nguoi: 1650,
  san_pham: 10,
  tu_van_cuoc: 1,
  tu_van_nguoi: 12,
  mo_hinh: 1,
};
const KP1898_AC = {
  nam_2018: 11,
  nam_2019: 22,
  nam_2020: 3,
  nam_2021: 9.5,
  nam_2022: 5,
  nam_2023: 6,
  nam_2024: 19,
  nhu_cau: 80.5,
};
const CTMTQG_AC = { ctmtqg_nam: 133, khac_nam: 5, ctmtqg_nhu_cau: 170, khac_nhu_cau: 2.5 };

let files: { a: string; b: string; c: string };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-aggregate-'));
  files = { a: await makeUnit(A), b: await makeUnit(B), c: await makeUnit(C) };
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('phuluc aggregate', () => {
  it('the unit files validate as expected: A and C clean, B with an error', async () => {
    expect((await cli('validate', files.a)).code).toBe(0);
    expect((await cli('validate', files.c)).code).toBe(0);
    const b = await cli('validate', files.b);
    expect(b.code).toBe(1);
    expect(b.out).toContain('Số nữ (30) lớn hơn tổng số (20)');
  });

  it('merges A and C, leaves B out and lists it; totals match the hand-computed values cell by cell', async () => {
    const out = f('tong-hop.xlsx');
    const r = await cli('aggregate', files.a, files.b, files.c, '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Đã nhận 3 tệp; đưa vào tổng hợp 2 tệp; 1 tệp có lỗi.');
    expect(r.out).toContain('Không đưa vào tổng hợp:');
    expect(r.out).toContain('  - XaBinhMinh.xlsx (Xã Bình Minh): Không (có lỗi)');
    expect(r.out).toContain('Tệp có 1 lỗi: hãy đề nghị đơn vị sửa và gửi lại.');
    expect(r.out).toContain('--include-invalid');
    expect(r.out).toContain(`Đã tạo tệp tổng hợp "${out}"`);

    const snap = await readWorkbookFile(out);
    // Annexes with markers, then the status sheet, then the hidden settings sheet.
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Tổng hợp PL-I Nữ DTTS lãnh đạo', 'visible'],
      ['Tổng hợp PL-II Đề án 1898', 'visible'],
      ['Tổng hợp PL-III Kinh phí', 'visible'],
      ['Tình hình nộp báo cáo', 'visible'],
      ['_PhuLucCaiDat', 'veryHidden'],
    ]);
    expect(snap.markers.map((m) => [m.templateId, m.sheetName])).toEqual([
      ['PL-I', 'Tổng hợp PL-I Nữ DTTS lãnh đạo'],
      ['PL-II', 'Tổng hợp PL-II Đề án 1898'],
      ['PL-III', 'Tổng hợp PL-III Kinh phí'],
    ]);
    expect(snap.settings).toMatchObject({
      reportYear: 2024,
      budgetFromYear: 2018,
      levels: ['tinh', 'huyen', 'xa'],
      units: ['Xã An Lạc', 'Xã Cẩm Lý'],
    });

    const v = mergedValues(snap);
    // One row per included unit, in Vietnamese order, then "Tổng".
    expect(Object.keys(v['PL-I']!.main!)).toEqual(['Xã An Lạc', 'Xã Cẩm Lý', 'Tổng']);
    expect(Object.keys(v['PL-III']!.kp_1898!)).toEqual(['Xã An Lạc', 'Xã Cẩm Lý', 'Tổng']);
    // Unit rows carry each unit's own numbers.
    expect(v['PL-I']!.main!['Xã An Lạc']).toMatchObject({ ...A.pl1, hdnd_huyen_tl: 37.93 });
    expect(v['PL-I']!.main!['Xã Cẩm Lý']).toMatchObject({ ...C.pl1, hdnd_huyen_tl: 40 });
    expect(v['PL-II']!.main!['Xã Cẩm Lý']).toMatchObject(C.pl2);
    expect(v['PL-III']!.kp_1898!['Xã An Lạc']).toMatchObject({ ...A.kp1898, ghi_chu: 'Chưa giải ngân hết' });
    expect(v['PL-III']!.kp_ctmtqg!['Xã Cẩm Lý']).toMatchObject(C.ctmtqg);
    // Totals (formula results cached in the file): hand-computed.
    expect(v['PL-I']!.main!.Tổng).toMatchObject(PL1_AC);
    expect(v['PL-II']!.main!.Tổng).toMatchObject(PL2_AC);
    expect(v['PL-III']!.kp_1898!.Tổng).toMatchObject(KP1898_AC);
    expect(v['PL-III']!.kp_ctmtqg!.Tổng).toMatchObject(CTMTQG_AC);
    // The total cells are live formulas.
    const pl1Sheet = snap.sheets[0]!;
    expect(pl1Sheet.cells.some((row) => row?.some((c) => c?.f?.startsWith('=SUM(')))).toBe(true);

    const status = statusTable(snap);
    expect(status.lines).toContain(STATUS_SHEET.receiverUnknown);
    expect(status.lines).toContain('Đã nhận 3 tệp; đưa vào tổng hợp 2 tệp; 1 tệp có lỗi.');
    expect(status.rows.map((x) => [x[0], x[1], x[2], x[3], x[6], x[8]])).toEqual([
      ['1', 'Xã An Lạc', 'XaAnLac.xlsx', '15/08/2024', '0', 'Có'],
      ['2', 'Xã Bình Minh', 'XaBinhMinh.xlsx', '15/08/2024', '1', 'Không (có lỗi)'],
      ['3', 'Xã Cẩm Lý', 'XaCamLy.xlsx', '15/08/2024', '0', 'Có'],
    ]);
    expect(status.rows[1]![9]).toContain('Tệp có 1 lỗi');

    // The merged workbook validates clean through the CLI.
    const check = await cli('validate', out);
    expect(check.code).toBe(0);
    expect(check.out).toContain('Sẵn sàng gửi');
  });

  it('with --include-invalid includes B and marks it (status sheet, PL-III Ghi chú)', async () => {
    const out = f('tong-hop-ca-loi.xlsx');
    const r = await cli('aggregate', files.a, files.b, files.c, '--out', out, '--include-invalid');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã nhận 3 tệp; đưa vào tổng hợp 3 tệp; 1 tệp có lỗi.');
    expect(r.out).toContain('Có lỗi nhưng vẫn đưa vào (--include-invalid):');
    const snap = await readWorkbookFile(out);
    const v = mergedValues(snap);
    expect(Object.keys(v['PL-I']!.main!)).toEqual(['Xã An Lạc', 'Xã Bình Minh', 'Xã Cẩm Lý', 'Tổng']);
    expect(v['PL-I']!.main!.Tổng).toMatchObject(PL1_ABC);
    expect(v['PL-III']!.kp_1898!['Xã Bình Minh']!.ghi_chu).toBe(GHI_CHU_INVALID(1));
    const status = statusTable(snap);
    expect(status.rows.map((x) => x[8])).toEqual(['Có', INCLUSION_LABEL['included-invalid'], 'Có']);
    // The merged sheet carries B's error: validate says so (exit 1).
    const check = await cli('validate', out);
    expect(check.code).toBe(1);
    expect(check.out).toContain('Số nữ (30) lớn hơn tổng số (20)');
  });

  it('takes a folder: its .xlsx files only, sorted, not recursive, no "~$" lock files, never --out itself', async () => {
    const folder = f('bao-cao');
    mkdirSync(path.join(folder, 'cu'), { recursive: true });
    copyFileSync(files.c, path.join(folder, C.file));
    copyFileSync(files.a, path.join(folder, A.file));
    copyFileSync(files.b, path.join(folder, 'cu', B.file)); // in a sub-folder: not read
    writeFileSync(path.join(folder, `~$${A.file}`), 'lock');
    writeFileSync(path.join(folder, 'ghi-chu.txt'), 'không phải Excel');
    const out = path.join(folder, 'TONG-HOP.xlsx');
    const r = await cli('aggregate', folder, '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Đã nhận 2 tệp; đưa vào tổng hợp 2 tệp.');
    const status = statusTable(await readWorkbookFile(out));
    expect(status.rows.map((x) => x[2])).toEqual([A.file, C.file]);
    // Run again into the same folder: the previous result is not read as a unit file.
    const again = await cli('aggregate', folder, '--out', out, '--force');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Đã nhận 2 tệp; đưa vào tổng hợp 2 tệp.');
  });

  it('lists an unreadable file with its reason instead of crashing; duplicates are listed, not summed', async () => {
    const folder = f('co-tep-hong');
    mkdirSync(folder);
    copyFileSync(files.a, path.join(folder, A.file));
    copyFileSync(files.a, path.join(folder, 'XaAnLacLan2.xlsx'));
    copyFileSync(files.c, path.join(folder, C.file));
    writeFileSync(path.join(folder, 'hong.xlsx'), 'đây không phải tệp Excel');
    writeFileSync(path.join(folder, 'rong.xlsx'), '');
    const good = readFileSync(files.c);
    writeFileSync(path.join(folder, 'tai-do.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    const out = f('tong-hop-hong.xlsx');
    const r = await cli('aggregate', folder, path.join(folder, 'khong-co.xlsx'), '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Đã nhận 7 tệp; đưa vào tổng hợp 2 tệp; 1 tệp trùng đơn vị; 4 tệp không đọc được.');
    expect(r.out).toContain('Trùng đơn vị (không cộng hai lần):');
    const snap = await readWorkbookFile(out);
    const status = statusTable(snap);
    const byFile = Object.fromEntries(status.rows.map((x) => [x[2], x]));
    expect(byFile['hong.xlsx']![8]).toBe('Không đọc được');
    expect(byFile['hong.xlsx']![9]).toContain('Không đọc được tệp: không phải tệp Excel .xlsx');
    expect(byFile['rong.xlsx']![9]).toContain('tệp rỗng (0 byte)');
    expect(byFile['tai-do.xlsx']![9]).toContain('tệp bị hỏng hoặc không đầy đủ');
    expect(byFile['khong-co.xlsx']![9]).toContain('không tìm thấy tệp');
    expect(byFile['XaAnLacLan2.xlsx']![8]).toBe('Không (trùng đơn vị)');
    // A counted once.
    expect(mergedValues(snap)['PL-I']!.main!.Tổng).toMatchObject(PL1_AC);
  });

  it('makes only the annexes an included file has: a left-out PL-I/II/III file beside a valid PL-I-only unit', async () => {
    const folder = f('chi-pl-i');
    mkdirSync(folder);
    const d = await makeUnit({ ...C, file: 'XaDongTam.xlsx', name: 'Xã Đồng Tâm' }, folder, 'PL-I');
    copyFileSync(files.b, path.join(folder, B.file));
    const out = f('tong-hop-chi-pl-i.xlsx');
    const r = await cli('aggregate', d, path.join(folder, B.file), '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    const snap = await readWorkbookFile(out);
    expect(snap.sheets.map((s) => s.name)).toEqual([
      'Tổng hợp PL-I Nữ DTTS lãnh đạo',
      STATUS_SHEET.name,
      '_PhuLucCaiDat',
    ]);
    expect(snap.markers.map((m) => [m.templateId, m.sheetName])).toEqual([['PL-I', 'Tổng hợp PL-I Nữ DTTS lãnh đạo']]);
    // The output passes its own check (before: empty PL-II and PL-III, 40 errors).
    const v = await cli('validate', out);
    expect([v.code, v.out]).toEqual([0, expect.not.stringContaining('[Lỗi]')]);
    // B's own annexes are listed on the status sheet, not made into empty sheets.
    const byFile = Object.fromEntries(statusTable(snap).rows.map((x) => [x[2], x]));
    expect(byFile[B.file]![8]).toBe(INCLUSION_LABEL['excluded-invalid']);
    expect(byFile['XaDongTam.xlsx']![5]).toBe('');
  });

  it('a unit sent twice: the file without errors is the one taken, and no note contradicts the status sheet', async () => {
    const folder = f('gui-lai');
    mkdirSync(folder);
    // Bình Minh first sent a file with an error, then the corrected one (its name sorts after).
    copyFileSync(files.b, path.join(folder, 'XaBinhMinh-lan1.xlsx'));
    const fixed = await makeUnit({ ...B, file: 'XaBinhMinh-lan2.xlsx', pl1: C.pl1 }, folder);
    const out = f('tong-hop-gui-lai.xlsx');
    const r = await cli('aggregate', folder, '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    const rows = Object.fromEntries(statusTable(await readWorkbookFile(out)).rows.map((x) => [x[2], x]));
    expect(rows[path.basename(fixed)]![8]).toBe(INCLUSION_LABEL.included);
    expect(rows['XaBinhMinh-lan1.xlsx']![8]).toBe(INCLUSION_LABEL.duplicate);
    expect(rows['XaBinhMinh-lan1.xlsx']![9]).toContain('"XaBinhMinh-lan2.xlsx" (đã lấy tệp đó)');

    // Both copies with errors: neither is taken, and the duplicate's note says so.
    const both = f('ca-hai-loi');
    mkdirSync(both);
    copyFileSync(files.b, path.join(both, 'XaBinhMinh-a.xlsx'));
    copyFileSync(files.b, path.join(both, 'XaBinhMinh-b.xlsx'));
    const out2 = f('tong-hop-ca-hai-loi.xlsx');
    expect((await cli('aggregate', both, files.a, '--out', out2)).code).toBe(0);
    const rows2 = Object.fromEntries(statusTable(await readWorkbookFile(out2)).rows.map((x) => [x[2], x]));
    expect(rows2['XaBinhMinh-a.xlsx']![8]).toBe(INCLUSION_LABEL['excluded-invalid']);
    expect(rows2['XaBinhMinh-b.xlsx']![8]).toBe(INCLUSION_LABEL.duplicate);
    expect(rows2['XaBinhMinh-b.xlsx']![9]).not.toContain('đã lấy tệp đó');
    expect(rows2['XaBinhMinh-b.xlsx']![9]).toContain('"XaBinhMinh-a.xlsx" (tệp đó cũng chưa được đưa vào');
  });

  it('uses --settings for the receiving level', async () => {
    writeFileSync(
      f('huyen.json'),
      JSON.stringify({
        unitName: 'Huyện Hòa An',
        reportYear: 2024,
        reportNumber: '45/BC-UBND',
        reportDate: '2025-01-10',
      }),
    );
    const out = f('tong-hop-huyen.xlsx');
    const r = await cli('aggregate', files.a, files.c, '--out', out, '--settings', f('huyen.json'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Chưa có --settings');
    const snap = await readWorkbookFile(out);
    expect(snap.settings).toMatchObject({
      unitName: 'Huyện Hòa An',
      reportNumber: '45/BC-UBND',
      units: ['Xã An Lạc', 'Xã Cẩm Lý'],
    });
    expect(statusTable(snap).lines).toContain('(Tổng hợp tại Huyện Hòa An)');
    expect((await cli('validate', out)).code).toBe(0);
  });

  it('exit 2: no file given, --out missing or existing, nothing usable, an empty folder', async () => {
    const none = await cli('aggregate', '--out', f('x.xlsx'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('Cần các tệp hoặc thư mục báo cáo của đơn vị');

    expect((await cli('aggregate', files.a)).err).toContain('Cần tên tệp tổng hợp');

    const existing = f('da-co.xlsx');
    writeFileSync(existing, 'cũ');
    const exists = await cli('aggregate', files.a, '--out', existing);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain('đã có');
    expect(readFileSync(existing, 'utf8')).toBe('cũ');

    writeFileSync(f('hong2.xlsx'), 'x');
    const bad = await cli('aggregate', f('hong2.xlsx'), files.b, '--out', f('khong-tao.xlsx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Không có tệp nào đưa vào tổng hợp được');
    expect(bad.err).toContain('--include-invalid');
    expect(existsSync(f('khong-tao.xlsx'))).toBe(false);

    mkdirSync(f('trong'));
    const empty = await cli('aggregate', f('trong'), '--out', f('y.xlsx'));
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('không có tệp .xlsx nào');
  });

  it('is in --help, Vietnamese and English', async () => {
    const r = await cli('--help');
    expect(r.out).toMatch(/phuluc aggregate TEP-HOAC-THU-MUC\.\.\. --out TONG-HOP\.xlsx/);
    expect(r.out).toMatch(/phuluc aggregate FILES_OR_FOLDERS\.\.\. --out TOTAL\.xlsx/);
    expect(r.out).toContain('--include-invalid');
  });

  const compiled = path.join(root, 'dist-cli', 'bundle', 'phuluc.js');
  const fresh =
    existsSync(compiled) &&
    statSync(compiled).mtimeMs >= statSync(path.join(root, 'src', 'cli', 'aggregate.ts')).mtimeMs;
  (fresh ? it : it.skip)('runs through the compiled bin (npm run build:cli)', () => {
    const out = f('tong-hop-bin.xlsx');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'phuluc.js'), ...args], { cwd: root, encoding: 'utf8' });
    const r = run('aggregate', files.a, files.b, files.c, '--out', out);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Đã nhận 3 tệp; đưa vào tổng hợp 2 tệp; 1 tệp có lỗi.');
    expect(run('validate', out).status).toBe(0);
  });
});
