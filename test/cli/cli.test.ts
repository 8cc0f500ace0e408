/**
 * The compiled CLI as an officer runs it: `node bin/phuluc.js …` after `npm run build:cli`.
 * Exit codes: 0 no error, 1 errors found, 2 unusable input — never a stack trace.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { PL2_ROW } from '../support/fixtures';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'phuluc.js');
/** What bin/phuluc.js loads: the CLI bundle (webpack.cli.js). */
const entry = path.join(root, 'dist-cli', 'bundle', 'phuluc.js');
const samples = path.join(root, 'samples');
let dir: string;

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PHULUC_DEBUG: '' },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const f = (name: string) => path.join(dir, name);

/** No stack trace, no English runtime error text. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/\b(TypeError|ReferenceError|Error:|ENOENT|EISDIR)\b/);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-cli-'));
  // `npm test` (scripts/test.mjs) builds the CLI once before jest and says so: rebuilding here
  // would rewrite dist-cli while other test files run the compiled bin in parallel.
  if (process.env.PHULUC_CLI_BUILT === '1') {
    expect(existsSync(entry)).toBe(true);
    return;
  }
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    // tsc still emits on type errors; a type error elsewhere must not hide the CLI's own behaviour.

    console.warn(`npm run build:cli exited ${r.status}:\n${r.stdout}${r.stderr}`);
  }
  expect(existsSync(entry)).toBe(true);
  // The bundle is this build's: written now, or left as it was because the build made the same
  // bytes (webpack does not rewrite an identical file) — not one left over from a failed build.
  expect(r.status === 0 || statSync(entry).mtimeMs >= started - 1000).toBe(true);
}, 240000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and version', () => {
  it.each([[[]], [['--help']], [['-h']], [['validate', '--help']]])(
    '%j prints usage in Vietnamese and English',
    (args) => {
      const r = run(...(args as string[]));
      expect(r.code).toBe(0);
      expect(r.out).toContain('Cách dùng');
      expect(r.out).toContain('Usage (English)');
      expect(r.out).toContain('phuluc validate');
      expect(r.out).toContain('Mã thoát');
    },
  );
  it('--version', () => {
    const r = run('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`phuluc ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}`);
  });
  it('an unknown command or option is a Vietnamese sentence and exit 2', () => {
    const a = run('kiemtra');
    expect(a.code).toBe(2);
    expect(a.err).toContain('Không có lệnh "kiemtra"');
    const b = run('validate', 'x.xlsx', '--fix');
    expect(b.code).toBe(2);
    expect(b.err).toContain('không có tùy chọn "--fix"');
  });
});

describe('templates', () => {
  it('--json lists every template with tables, input columns and rows by stable key', () => {
    const r = run('templates', '--json');
    expect(r.code).toBe(0);
    const cat = JSON.parse(r.out) as {
      id: string;
      sheetName: string;
      tables: {
        key: string;
        columns: { key: string; header: string; kind: string; required: boolean }[];
        rows: { key: string; kind: string; label: string }[];
      }[];
    }[];
    expect(cat.map((t) => t.id)).toEqual(['PL-I', 'PL-CB', 'PL-II', 'PL-III', 'KP', 'CLQG', 'KH', 'VB']);
    const pl1 = cat[0]!.tables[0]!;
    expect(pl1.columns.find((c) => c.key === 'hdnd_huyen_nu')).toEqual(
      expect.objectContaining({
        kind: 'count',
        required: true,
        header: 'Nữ DTTS tham gia Hội đồng nhân dân các cấp – Cấp huyện – Số nữ DTTS',
      }),
    );
    expect(pl1.rows.map((x) => x.key)).toEqual(['1', 'tong']);
    expect(cat.find((t) => t.id === 'PL-III')!.tables.map((t) => t.key)).toEqual(['kp_1898', 'kp_ctmtqg']);
    expect(cat.find((t) => t.id === 'CLQG')!.tables[0]!.rows.filter((x) => x.kind === 'fixed')).toHaveLength(22);
  });
  it('text listing names the keys too', () => {
    const r = run('templates');
    expect(r.code).toBe(0);
    expect(r.out).toContain('hdnd_huyen_nu');
    expect(r.out).toContain('kp_ctmtqg.');
  });
});

describe('new', () => {
  it('creates a workbook, refuses to overwrite it, overwrites with --force', () => {
    const out = f('moi.xlsx');
    const a = run('new', '--out', out);
    expect(a.code).toBe(0);
    expect(a.out).toContain('Đã tạo tệp');
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const before = readFileSync(out);
    const b = run('new', '--out', out, '--templates', 'PL-II');
    expect(b.code).toBe(2);
    expect(b.err).toContain('đã có');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(run('new', '--out', out, '--templates', 'PL-II', '--force').code).toBe(0);
  });
  it('says which key of --data does not exist (exit 2)', () => {
    const cases: [unknown, string][] = [
      [{ 'PL-IX': {} }, '"PL-IX"'],
      [{ 'PL-II': { '1': { so_lop: 1 } } }, '"so_lop"'],
      [{ CLQG: { '9.9': { ket_qua: 1 } } }, '"9.9"'],
      [{ 'PL-III': { 'kp_x.1': { nam_2018: 1 } } }, '"kp_x"'],
    ];
    for (const [data, key] of cases) {
      const file = f('bad-data.json');
      writeFileSync(file, JSON.stringify(data));
      const r = run('new', '--out', f('x.xlsx'), '--data', file);
      expect([key, r.code]).toEqual([key, 2]);
      expect(r.err).toContain(key);
      expectClean(r.err);
    }
    writeFileSync(f('broken.json'), '{ "PL-II": ');
    const r = run('new', '--out', f('x.xlsx'), '--data', f('broken.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải JSON hợp lệ');
    expect(existsSync(f('x.xlsx'))).toBe(false);
  });
  it('rejects bad settings and names the field', () => {
    writeFileSync(
      f('s.json'),
      JSON.stringify({ reportYear: 'hai nghìn', period: { from: '2024-07-30', to: '2021-01-01' } }),
    );
    const r = run('new', '--out', f('y.xlsx'), '--settings', f('s.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('reportYear');
  });
});

describe('validate', () => {
  it('a blank workbook: exit 1, gaps listed', () => {
    const out = f('blank.xlsx');
    run('new', '--out', out);
    const r = run('validate', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^\d+ lỗi, \d+ cảnh báo, \d+ thông tin$/m);
    expect(r.out).toMatch(/^\[Lỗi\] PL-I Nữ DTTS lãnh đạo!C10 — Ô bắt buộc còn trống/m);
    expect(r.out).toContain('Đánh giá chỉ tiêu');
  });
  it('a complete annex: exit 0, "Sẵn sàng gửi"', () => {
    const data = f('pl2.json');
    writeFileSync(
      data,
      JSON.stringify({
        'PL-II': {
          '1': { ...PL2_ROW },
        },
      }),
    );
    const out = f('pl2.xlsx');
    expect(run('new', '--out', out, '--templates', 'PL-II', '--data', data).code).toBe(0);
    const r = run('validate', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sẵn sàng gửi: không có lỗi');
  });
  it('the samples: exit 1 with the seed errors, and --json gives the report', () => {
    const out = f('samples.xlsx');
    const made = run(
      'new',
      '--out',
      out,
      '--settings',
      path.join(samples, 'settings.json'),
      '--data',
      path.join(samples, 'data.json'),
    );
    expect(made.code).toBe(0);
    const r = run('validate', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[Lỗi] PL-CB Nữ cán bộ!E14 — Công thức tự tính của ô đã bị ghi đè bằng "27,59,03%"');
    expect(r.out).toMatch(/\[Cảnh báo\] PL-CB Nữ cán bộ!E\d+ — Tỷ lệ ghi 88,88 %/);
    const j = run('validate', out, '--json');
    expect(j.code).toBe(1);
    const report = JSON.parse(j.out) as { valid: boolean; findings: { messageId: string }[]; indicators: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.indicators).toHaveLength(22);
    expect(report.findings.map((x) => x.messageId)).toContain('document/duplicate-number');
  });

  it('README.md: exit 2, a Vietnamese sentence, no stack trace', () => {
    const r = run('validate', path.join(root, 'README.md'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải tệp Excel .xlsx');
    expect(r.out).toBe('');
    expectClean(r.err);
  });
  it('a missing file, a folder, an empty file: exit 2 each with its own sentence', () => {
    const a = run('validate', f('khong-co.xlsx'));
    expect([a.code, a.err]).toEqual([2, expect.stringContaining('Không tìm thấy tệp')]);
    const b = run('validate', dir);
    expect([b.code, b.err]).toEqual([2, expect.stringContaining('là một thư mục')]);
    writeFileSync(f('rong.xlsx'), '');
    const c = run('validate', f('rong.xlsx'));
    expect([c.code, c.err]).toEqual([2, expect.stringContaining('rỗng')]);
    for (const r of [a, b, c]) expectClean(r.err);
  });
  it('a truncated .xlsx: exit 2, "bị hỏng"', () => {
    const whole = readFileSync(f('blank.xlsx'));
    writeFileSync(f('cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 3)));
    const r = run('validate', f('cut.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('bị hỏng hoặc không đầy đủ');
    expectClean(r.err);
  });
  it('a compound (CFB) file: encrypted .xlsx and old .xls get their own sentences', () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    writeFileSync(
      f('matkhau.xlsx'),
      Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]),
    );
    writeFileSync(f('cu.xls'), Buffer.concat([cfb, Buffer.from('Workbook', 'utf16le')]));
    const a = run('validate', f('matkhau.xlsx'));
    expect(a.code).toBe(2);
    expect(a.err).toContain('mật khẩu');
    const b = run('validate', f('cu.xls'));
    expect(b.code).toBe(2);
    expect(b.err).toContain('97–2003');
    for (const r of [a, b]) expectClean(r.err);
  });
  it('a workbook with no annex: exit 2 with the structure sentence', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách cán bộ';
    await wb.xlsx.writeFile(f('khac.xlsx'));
    const r = run('validate', f('khac.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có phụ lục nào');
  });
  it('settings text in the workbook that is not JSON: a warning, validation still runs', async () => {
    const out = f('settings-bad.xlsx');
    run('new', '--out', out, '--templates', 'PL-II');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet('_PhuLucCaiDat')!.getCell('A1').value = '{reportYear: 2024';
    await wb.xlsx.writeFile(out);
    const r = run('validate', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[Cảnh báo] Trang tính cài đặt ẩn trong tệp có nội dung không đọc được');
  });
  it('templates follow --settings (two administrative levels since 1/7/2025)', () => {
    writeFileSync(f('two-levels.json'), JSON.stringify({ reportYear: 2025, levels: ['tinh', 'xa'] }));
    const r = run('templates', '--json', '--settings', f('two-levels.json'));
    expect(r.code).toBe(0);
    const keys = (JSON.parse(r.out) as { tables: { columns: { key: string }[] }[] }[])[0]!.tables[0]!.columns.map(
      (c) => c.key,
    );
    expect(keys).toContain('hdnd_xa_nu');
    expect(keys).not.toContain('hdnd_huyen_nu');
  });
  it('PHULUC_DEBUG=1 shows the technical detail', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', f('cut.xlsx')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PHULUC_DEBUG: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('start-up', () => {
  it('validate starts without exceljs (only the commands that write load it)', () => {
    const probe =
      `require(${JSON.stringify(entry)});` +
      `process.stdout.write(String(Object.keys(require.cache).filter((k) => /node_modules[\\\\/]exceljs[\\\\/]/.test(k)).length));`;
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('0');
  });
});
