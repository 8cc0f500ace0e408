/**
 * The performance benchmark (npm run bench). Every figure is measured in this run on this
 * machine; nothing is a time limit. Prints a table and writes bench-results.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadWorkbookData, workbookToSnapshot } from '../src/adapters/exceljs/read';
import { buildAnnexWorkbook, buildPlansWorkbook } from '../src/adapters/exceljs/build';
import { FakeExcel } from '../src/adapters/office/fake-excel';
import { OfficeWorkbookPort } from '../src/adapters/office/office-port';
import { createAddinService, FULL_CAPABILITIES } from '../src/app/service';
import { aggregate } from '../src/domain/aggregate';
import { generateUnits } from '../src/domain/aggregate/bench-inputs';
import { validateSnapshot } from '../src/domain/engine/validate';
import { defaultSettings } from '../src/domain/settings';
import { planToSnapshot } from '../src/domain/sheet/snapshot';
import type { WorkbookSnapshot } from '../src/domain/sheet/workbook';
import { TEMPLATE_IDS } from '../src/domain/templates/info';
import { renderAnnex, type AnnexData, type WorkbookData } from '../src/domain/templates/fill';

const root = path.resolve(__dirname, '..', '..');
const settings = defaultSettings({
  reportYear: 2024,
  unitName: 'Huyện Thử',
  period: { from: '2021-01-01', to: '2024-12-31' },
});
const FULL = FULL_CAPABILITIES;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Officer data with n filled rows in every repeatable annex (and every fixed row filled). */
function officerData(n: number): WorkbookData {
  const rows = (f: (i: number) => Record<string, unknown>): AnnexData => {
    const d: AnnexData = {};
    for (let i = 1; i <= n; i++) d[String(i)] = f(i) as AnnexData[string];
    return d;
  };
  const pl3: AnnexData = {};
  for (let i = 1; i <= n; i++) {
    pl3[String(i)] = {
      ten_don_vi: `Xã ${i}`,
      nam_2018: 1,
      nam_2019: 2,
      nam_2020: 3,
      nam_2021: 4,
      nam_2022: 5,
      nam_2023: 6,
      nam_2024: 7,
      nhu_cau: 8,
    };
    pl3[`kp_ctmtqg.${i}`] = {
      ten_don_vi: `Xã ${i}`,
      ctmtqg_nam: 123,
      khac_nam: 0,
      ctmtqg_nhu_cau: 150,
      khac_nhu_cau: '1.250',
    };
  }
  const pl1 = (i: number) => {
    const r: Record<string, unknown> = { dia_phuong: `Xã ${i}` };
    for (const g of ['hdnd', 'ld'])
      for (const l of ['tinh', 'huyen', 'xa']) Object.assign(r, { [`${g}_${l}_nu`]: i % 7, [`${g}_${l}_tong`]: 10 });
    r.hdnd_tinh_nu = '-';
    r.hdnd_tinh_tong = '-';
    return r;
  };
  return {
    'PL-I': rows(pl1),
    'PL-II': rows((i) => ({
      dia_phuong: `Xã ${i}`,
      tap_huan_lop: 1,
      tap_huan_nguoi: 20,
      truyen_thong_cuoc: i % 3,
      truyen_thong_nguoi: 30,
      san_pham: 2,
      tu_van_cuoc: 0,
      tu_van_nguoi: 0,
      mo_hinh: '1',
    })),
    'PL-III': pl3,
    KP: rows((i) => ({
      ten_don_vi: `Xã ${i}`,
      nam_2021: 30000000,
      nam_2022: 30000000,
      nam_2023: 30000000,
      nam_2024: '30.000.000',
    })),
    VB: rows((i) => ({
      tt: i,
      noi_dung: `Văn bản số ${i}`,
      co_quan: 'UBND huyện',
      loai: i % 2 ? 'Kế hoạch' : 'Công văn',
      so_ky_hieu: i % 2 ? `${i}/KH-UBND` : `${i}/UBND-VP`,
      ngay: { date: '2023-05-0' + ((i % 9) + 1) },
    })),
    CLQG: {
      '1.1': { tu_so: 13, mau_so: 17 },
      '2.2': { ket_qua: 36.25 },
      '2.3': { tu_so: 48, mau_so: 240, dia_phuong: 20 },
    },
    KH: { '4.3': { co_so: 55, ke_hoach: '56,3', nam_y: 56 } },
  };
}

function snapshotOf(n: number): WorkbookSnapshot {
  const data = officerData(n);
  const sheets = TEMPLATE_IDS.map((id) => ({ id, plan: renderAnnex(id, settings, data[id] ?? {}).plan }));
  return {
    sheets: sheets.map((s) => planToSnapshot(s.plan)),
    markers: sheets.map((s) => ({
      name: `PHULUC_${s.id.replace(/-/g, '_')}`,
      templateId: s.id,
      sheetName: s.plan.name,
    })),
    settings,
  };
}

async function syncsAt(n: number): Promise<{ rows: number; syncs: number; cells: number }> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL);
  const data = officerData(n);
  for (const id of TEMPLATE_IDS) await port.insertSheet(renderAnnex(id, settings, data[id] ?? {}).plan);
  await port.writeSettings(settings);
  const service = createAddinService(port, FULL);
  const { result, syncs } = await fake.countSyncs(() => service.validate());
  return { rows: n, syncs, cells: result.stats.cells };
}

async function insertSyncs(): Promise<number> {
  const fake = new FakeExcel();
  const port = new OfficeWorkbookPort(fake.run as never, FULL);
  const service = createAddinService(port, FULL);
  const { syncs } = await fake.countSyncs(() => service.insert('PL-I', settings));
  return syncs;
}

function engineRatio() {
  // ~200,000 input cells: every repeatable annex at 3,800 rows.
  const snap = snapshotOf(3800);
  let inputCells = 0;
  let sink = 0;
  const baseline = () => {
    const t = performance.now();
    for (const s of snap.sheets)
      for (const row of s.cells)
        if (row) for (const c of row) if (c !== undefined && c.v !== null) sink += typeof c.v === 'number' ? 1 : 2;
    return performance.now() - t;
  };
  const engine = () => {
    const t = performance.now();
    const r = validateSnapshot(snap);
    inputCells = r.stats.cells;
    return performance.now() - t;
  };
  for (let i = 0; i < 2; i++) {
    baseline();
    engine();
  }
  const b = median([1, 2, 3, 4, 5].map(baseline));
  const e = median([1, 2, 3].map(engine));
  return { inputCells, baselineMs: round(b), engineMs: round(e), ratio: round(e / b), sink };
}

function timeNode(args: string[], runs = 3): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
    xs.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${args.join(' ')} exited ${r.status}`);
  }
  return median(xs);
}

async function cliRatio(dir: string) {
  const file = path.join(dir, 'large.xlsx');
  const { workbook } = await buildAnnexWorkbook(TEMPLATE_IDS, settings, officerData(2000));
  await workbook.xlsx.writeFile(file);
  const readOnly = `const E=require('exceljs');new E.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`;
  const exceljs = timeNode(['-e', readOnly]);
  const cli = timeNode([path.join(root, 'bin', 'phuluc.js'), 'validate', file, '--json']);
  return {
    file: path.basename(file),
    bytes: statSync(file).size,
    exceljsMs: round(exceljs),
    cliMs: round(cli),
    ratio: round(cli / exceljs),
  };
}

/** Gzip size of the JavaScript a page loads before it is interactive (its <script> tags). */
function initialGzip(dir: string, html: string | string[]): { kb: number; files: string[] } {
  const files = Array.isArray(html)
    ? html
    : [...readFileSync(path.join(dir, html), 'utf8').matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
        .map((m) => m[1]!)
        .filter((s) => !/^https?:/.test(s));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return { kb: round(bytes / 1024), files };
}

async function aggregateRate(dir: string) {
  const unitsDir = path.join(dir, 'units');
  mkdirSync(unitsDir, { recursive: true });
  const units = generateUnits(100);
  for (const u of units) {
    const s = defaultSettings(u.settings);
    const ids = Object.keys(u.annexes);
    const { workbook } = await buildAnnexWorkbook(ids, s, u.annexes as WorkbookData);
    await workbook.xlsx.writeFile(path.join(unitsDir, u.fileName));
  }
  const t = performance.now();
  const inputs = [];
  for (const f of readdirSync(unitsDir).sort()) {
    const wb = await loadWorkbookData(readFileSync(path.join(unitsDir, f)), f);
    inputs.push({ fileName: f, snapshot: workbookToSnapshot(wb) });
  }
  const result = aggregate(inputs, {
    settings: defaultSettings({ reportYear: 2024, unitName: 'Tỉnh Thử' }),
    includeInvalid: false,
  });
  const { workbook } = await buildPlansWorkbook([...result.plans, result.status], result.settings);
  await workbook.xlsx.writeBuffer();
  const seconds = (performance.now() - t) / 1000;
  return {
    files: inputs.length,
    seconds: round(seconds),
    filesPerSecond: round(inputs.length / seconds),
    included: result.units.filter((u) => u.inclusion === 'included').length,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-bench-'));
  const started = new Date();
  const syncs = [];
  for (const n of [10, 100, 1000]) syncs.push(await syncsAt(n));
  const insert = await insertSyncs();
  const engine = engineRatio();
  const cli = await cliRatio(dir);
  const addin = initialGzip(path.join(root, 'dist-bench', 'addin'), 'taskpane.html');
  const reference = initialGzip(path.join(root, 'dist-bench', 'reference'), ['reference.js']);
  const agg = await aggregateRate(dir);

  const results = {
    date: started.toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    syncs: { perRows: syncs, max: Math.max(...syncs.map((s) => s.syncs)), target: 2 },
    engineRatio: { ...engine, target: 3 },
    cliRatio: { ...cli, target: 1.3 },
    bundleGzipKB: {
      taskpane: addin.kb,
      files: addin.files,
      reference: reference.kb,
      ratioToReference: round(addin.kb / reference.kb),
      target: 200,
    },
    insertSyncs: { syncs: insert, target: 2 },
    aggregateFilesPerSecond: agg,
  };
  delete (results.engineRatio as { sink?: number }).sink;
  writeFileSync(path.join(root, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');

  const ok = (v: number, t: number) => (v <= t ? 'đạt' : 'CHƯA ĐẠT');
  const rows: [string, string, string, string][] = [
    [
      'syncs (full validation, fake Excel)',
      syncs.map((s) => `${s.rows} rows: ${s.syncs}`).join('; '),
      '≤ 2',
      ok(results.syncs.max, 2),
    ],
    [
      'engineRatio',
      `${engine.engineMs} ms ÷ ${engine.baselineMs} ms = ${engine.ratio} (${engine.inputCells} cells)`,
      '≤ 3',
      ok(engine.ratio, 3),
    ],
    [
      'cliRatio',
      `${cli.cliMs} ms ÷ ${cli.exceljsMs} ms = ${cli.ratio} (${Math.round(cli.bytes / 1024)} KB .xlsx)`,
      '≤ 1,3',
      ok(cli.ratio, 1.3),
    ],
    ['bundleGzipKB', `${addin.kb} KB (reference React + Fluent page: ${reference.kb} KB)`, '≤ 200', ok(addin.kb, 200)],
    ['insertSyncs', `${insert}`, '≤ 2', ok(insert, 2)],
    ['aggregateFilesPerSecond', `${agg.filesPerSecond} (${agg.files} files in ${agg.seconds} s)`, '—', ''],
  ];
  console.log(`\nPhụ lục BĐG benchmark — ${results.date} — ${results.machine}\n`);
  const w = [36, 60, 7];
  for (const r of rows) console.log(`${r[0].padEnd(w[0])} ${r[1].padEnd(w[1])} ${r[2].padEnd(w[2])} ${r[3]}`);
  console.log('\nbench-results.json written.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
