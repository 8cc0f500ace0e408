/** Officer data the benchmark validates: every repeatable annex at n rows, every fixed row filled. */
import { defaultSettings } from '../src/domain/settings';
import { planToSnapshot } from '../src/domain/sheet/snapshot';
import type { WorkbookSnapshot } from '../src/domain/sheet/workbook';
import { renderAnnex, type AnnexData, type WorkbookData } from '../src/domain/templates/fill';
import { TEMPLATE_IDS } from '../src/domain/templates/info';

export const benchSettings = defaultSettings({
  reportYear: 2024,
  unitName: 'Huyện Thử',
  period: { from: '2021-01-01', to: '2024-12-31' },
});

/** Officer data with n filled rows in every repeatable annex (and every fixed row filled). */
export function officerData(n: number): WorkbookData {
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

export function snapshotOf(n: number): WorkbookSnapshot {
  const data = officerData(n);
  const sheets = TEMPLATE_IDS.map((id) => ({ id, plan: renderAnnex(id, benchSettings, data[id] ?? {}).plan }));
  return {
    sheets: sheets.map((s) => planToSnapshot(s.plan)),
    markers: sheets.map((s) => ({
      name: `PHULUC_${s.id.replace(/-/g, '_')}`,
      templateId: s.id,
      sheetName: s.plan.name,
    })),
    settings: benchSettings,
  };
}

/**
 * The bare read loop the engine is measured against (engineRatio): reads every cell value of
 * the snapshot and does next to nothing with it; returns a number so that the work is kept.
 */
export function readEveryCell(snap: WorkbookSnapshot): number {
  let sink = 0;
  for (const s of snap.sheets)
    for (const row of s.cells)
      if (row) for (const c of row) if (c !== undefined && c.v !== null) sink += typeof c.v === 'number' ? 1 : 2;
  return sink;
}
