/**
 * Seeded unit workbooks for the aggregation tests and benchmark: n communes/districts with
 * random-but-reproducible counts for PL-I, PL-II and PL-III, each a valid annex built with the
 * template renderer (as `phuluc new --data` would). Some units list several localities (a
 * district file listing its communes) and some levels are "-" (not applicable).
 */
import type { Level, ReportSettingsInput } from '../../src/domain/settings';
import type { WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import type { DataValue } from '../../src/domain/templates/render';
import { annexSheet, workbookOf, type AnnexData } from '../../test/support/fixtures';
import type { AggregatableId, AggregateInput } from '../../src/domain/aggregate/aggregate';

/** mulberry32: a small, fast, seeded PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedUnit {
  unitName: string;
  fileName: string;
  /** The unit file's own settings (unit name, date, year, its localities). */
  settings: ReportSettingsInput;
  /** Officer data per template, in the fixtures' format ("table.row" keys for PL-III). */
  annexes: Partial<Record<AggregatableId, AnnexData>>;
}

export interface GenerateOptions {
  seed?: number;
  reportYear?: number;
  budgetFromYear?: number;
  levels?: Level[];
  templates?: readonly AggregatableId[];
  /** Share of units whose file lists several localities (default 0.2). */
  multiRowShare?: number;
}

const PLACES = [
  'Đức Long',
  'Ân Thi',
  'Bắc Hợp',
  'Chí Thảo',
  'Dương Liễu',
  'Ea Kao',
  'Ê Rê',
  'Hòa An',
  'Ngọc Động',
  'Quang Trung',
  'Ảng Nưa',
  'Yên Sơn',
  'Ông Đình',
  'Ơn Cốt',
  'Ưng Hòe',
  'Thạch An',
  'Đà Bắc',
  'Âu Lâu',
  'Tân Phú',
  'Kim Đồng',
  'Lũng Cú',
  'Mường Tè',
  'Nà Phặc',
  'Pác Nặm',
  'Sìn Hồ',
  'Trùng Khánh',
  'Vĩnh Lộc',
  'Xuân Hòa',
  'Ia Grai',
  'Bạch Đằng',
];
const KINDS = ['Xã', 'Phường', 'Thị trấn'];

export function unitNameOf(i: number): string {
  const base = PLACES[i % PLACES.length]!;
  const round = Math.floor(i / PLACES.length);
  return `${KINDS[i % KINDS.length]} ${base}${round > 0 ? ` ${round + 1}` : ''}`;
}

export function generateUnits(n: number, opts: GenerateOptions = {}): GeneratedUnit[] {
  const rnd = seededRandom(opts.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const year = opts.reportYear ?? 2024;
  const fromYear = opts.budgetFromYear ?? 2018;
  const levels = opts.levels ?? ['tinh', 'huyen', 'xa'];
  const templates = opts.templates ?? ['PL-I', 'PL-II', 'PL-III'];
  const multi = opts.multiRowShare ?? 0.2;
  const money = (): number => (rnd() < 0.3 ? int(0, 50000) / 10 : rnd() < 0.1 ? 0 : int(0, 5000));

  const units: GeneratedUnit[] = [];
  for (let i = 0; i < n; i++) {
    const unitName = unitNameOf(i);
    const rowCount = rnd() < multi ? int(2, 4) : 1;
    const localities =
      rowCount === 1 ? [unitName] : Array.from({ length: rowCount }, (_, k) => `${unitName} – thôn ${k + 1}`);
    const annexes: GeneratedUnit['annexes'] = {};

    if (templates.includes('PL-I')) {
      const rows: AnnexData = {};
      const naLevel = new Set<string>();
      for (const g of ['hdnd', 'ld']) for (const lv of levels) if (rnd() < 0.15) naLevel.add(`${g}_${lv}`);
      for (let k = 0; k < rowCount; k++) {
        const row: Record<string, DataValue> = {};
        for (const g of ['hdnd', 'ld']) {
          for (const lv of levels) {
            const base = `${g}_${lv}`;
            if (naLevel.has(base) || (rowCount > 1 && rnd() < 0.1)) {
              row[`${base}_nu`] = '-';
              row[`${base}_tong`] = '-';
            } else {
              const tong = int(0, 60);
              row[`${base}_nu`] = int(0, tong);
              row[`${base}_tong`] = tong;
            }
          }
        }
        rows[String(k + 1)] = row;
      }
      annexes['PL-I'] = rows;
    }

    if (templates.includes('PL-II')) {
      const rows: AnnexData = {};
      // Events and people go together: none of one without the other.
      const pair = (perEvent: number): [number, number] => {
        const events = rnd() < 0.25 ? 0 : int(1, 8);
        return [events, events === 0 ? 0 : int(events, events * perEvent)];
      };
      for (let k = 0; k < rowCount; k++) {
        const [lop, nguoi] = pair(60);
        const [cuoc, tt] = pair(300);
        const [tv, tvn] = pair(40);
        rows[String(k + 1)] = {
          tap_huan_lop: lop,
          tap_huan_nguoi: nguoi,
          truyen_thong_cuoc: cuoc,
          truyen_thong_nguoi: tt,
          san_pham: int(0, 2000),
          tu_van_cuoc: tv,
          tu_van_nguoi: tvn,
          mo_hinh: int(0, 3),
        };
      }
      annexes['PL-II'] = rows;
    }

    if (templates.includes('PL-III')) {
      const rows: AnnexData = {};
      for (let k = 0; k < rowCount; k++) {
        const r1: Record<string, DataValue> = {};
        for (let y = fromYear; y <= year; y++) r1[`nam_${y}`] = money();
        r1.nhu_cau = money();
        if (rnd() < 0.1) r1.ghi_chu = 'Chưa giải ngân hết';
        rows[`kp_1898.${k + 1}`] = r1;
        rows[`kp_ctmtqg.${k + 1}`] = {
          ctmtqg_nam: money(),
          khac_nam: money(),
          ctmtqg_nhu_cau: money(),
          khac_nhu_cau: money(),
        };
      }
      annexes['PL-III'] = rows;
    }

    units.push({
      unitName,
      fileName: `bao-cao-${String(int(0, 99999)).padStart(5, '0')}-${i + 1}.xlsx`,
      settings: {
        unitName,
        reportYear: year,
        budgetFromYear: fromYear,
        levels,
        units: localities,
        reportNumber: `${int(1, 300)}/BC-UBND`,
        reportDate: `${year}-12-${String(int(1, 28)).padStart(2, '0')}`,
      },
      annexes,
    });
  }
  return units;
}

/** The unit's workbook: one annex sheet per template, with markers and its settings. */
export function unitWorkbook(unit: GeneratedUnit): WorkbookSnapshot {
  const sheets = (Object.entries(unit.annexes) as [AggregatableId, AnnexData][]).map(([templateId, data]) => ({
    templateId,
    sheet: annexSheet(templateId, data, unit.settings),
  }));
  return workbookOf(sheets, unit.settings);
}

/** n unit workbooks ready for `aggregate` (for the benchmark). */
export function aggregateBenchInputs(n: number, opts: GenerateOptions = {}): AggregateInput[] {
  return generateUnits(n, opts).map((u) => ({ fileName: u.fileName, snapshot: unitWorkbook(u) }));
}
