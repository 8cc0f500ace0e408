/**
 * Speed on a big workbook: every annex, the repeatable ones at 1,000 data rows, filled.
 * Prints the figures (exceljs load, conversion to a snapshot, the engine) and holds the
 * conversion and the engine to generous bounds so a regression shows.
 */
import ExcelJS from 'exceljs';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { workbookToSnapshot } from '../../src/adapters/exceljs/read';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';
import type { AnnexData, WorkbookData } from '../../src/domain/templates/fill';

const N = 1000;

function rows(make: (i: number) => Record<string, string | number | { date: string }>, prefix = ''): AnnexData {
  const out: AnnexData = {};
  for (let i = 1; i <= N; i++) out[`${prefix}${i}`] = make(i);
  return out;
}

it(`converts and validates every annex at ${N} rows quickly`, async () => {
  const settings = defaultSettings({
    reportYear: 2024,
    unitName: 'TP. Cao Bằng',
    period: { from: '2021-01-01', to: '2024-07-30' },
  });
  const money = (i: number) =>
    Object.fromEntries([2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => [`nam_${y}`, (i % 7) * 10]));
  const data: WorkbookData = {
    'PL-I': rows((i) => ({
      dia_phuong: `Xã ${i}`,
      hdnd_tinh_nu: '-',
      hdnd_tinh_tong: '-',
      hdnd_huyen_nu: 3,
      hdnd_huyen_tong: 29,
      hdnd_xa_nu: i % 5,
      hdnd_xa_tong: 25,
      ld_tinh_nu: '-',
      ld_tinh_tong: '-',
      ld_huyen_nu: 2,
      ld_huyen_tong: 13,
      ld_xa_nu: 1,
      ld_xa_tong: 4,
    })),
    'PL-II': rows((i) => ({
      dia_phuong: `Xã ${i}`,
      tap_huan_lop: 1,
      tap_huan_nguoi: 30,
      truyen_thong_cuoc: 2,
      truyen_thong_nguoi: 100,
      san_pham: 5,
      tu_van_cuoc: 1,
      tu_van_nguoi: 3,
      mo_hinh: 0,
    })),
    'PL-III': {
      ...rows((i) => ({ ten_don_vi: `Xã ${i}`, ...money(i), nhu_cau: 10 }), 'kp_1898.'),
      ...rows(
        (i) => ({ ten_don_vi: `Xã ${i}`, ctmtqg_nam: 1, khac_nam: 2, ctmtqg_nhu_cau: 3, khac_nhu_cau: 4 }),
        'kp_ctmtqg.',
      ),
    },
    KP: rows((i) => ({
      ten_don_vi: `Xã ${i}`,
      nam_2021: 5000000,
      nam_2022: 5000000,
      nam_2023: 5000000,
      nam_2024: 5000000,
    })),
    VB: rows((i) => ({
      tt: i,
      noi_dung: `Kế hoạch số ${i}`,
      co_quan: 'UBND thành phố',
      loai: 'Kế hoạch',
      so_ky_hieu: `${i}/KH-UBND`,
      ngay: { date: `202${1 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}` },
    })),
  };
  let t = performance.now();
  const { workbook } = await buildAnnexWorkbook(TEMPLATE_IDS, settings, data);
  const buf = await workbook.xlsx.writeBuffer();
  const tWrite = performance.now() - t;

  t = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const tLoad = performance.now() - t;

  t = performance.now();
  const snap = workbookToSnapshot(wb);
  const tConvert = performance.now() - t;

  t = performance.now();
  const report = validateSnapshot(snap);
  const tEngine = performance.now() - t;

  const cells = snap.sheets.reduce(
    (n, s) => n + s.cells.reduce((m, r) => m + (r ? r.filter(Boolean).length : 0), 0),
    0,
  );

  console.log(
    `perf: ${snap.sheets.length} sheets, ${cells} cells, ${(buf as ArrayBuffer).byteLength} bytes; build+write ${tWrite.toFixed(0)} ms, ` +
      `exceljs load ${tLoad.toFixed(0)} ms, convert ${tConvert.toFixed(0)} ms, engine ${tEngine.toFixed(0)} ms ` +
      `(${report.stats.errors} errors, ${report.stats.warnings} warnings, ${report.stats.cells} cells read)`,
  );
  expect(report.annexes).toHaveLength(TEMPLATE_IDS.length);
  expect(tConvert).toBeLessThan(1000);
  expect(tEngine).toBeLessThan(5000);
}, 180000);
