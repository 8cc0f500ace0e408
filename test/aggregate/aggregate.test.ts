import {
  aggregate,
  AGGREGATABLE,
  type AggregateInput,
  type AggregateResult,
} from '../../src/domain/aggregate/aggregate';
import {
  aggregateBenchInputs,
  generateUnits,
  seededRandom,
  unitWorkbook,
  type GeneratedUnit,
} from '../../bench/generators/units';
import { INCLUSION_LABEL, STATUS_SHEET } from '../../src/domain/messages/aggregate';
import { bindAnnex, validateSnapshot } from '../../src/domain/engine/validate';
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import { a1, parseA1, parseRangeA1 } from '../../src/domain/sheet/address';
import { sheetPlanSchema, type SheetPlan } from '../../src/domain/sheet/plan';
import { planToSnapshot } from '../../src/domain/sheet/snapshot';
import { markerName, type RawCell, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { getTemplate } from '../../src/domain/templates/catalog';
import { annexSheet, workbookOf, type AnnexData } from '../support/fixtures';

const YEAR = 2024;
const PROVINCE = defaultSettings({
  unitName: 'tỉnh Cao Bằng',
  reportYear: YEAR,
  reportNumber: '12/BC-UBND',
  reportDate: '2025-01-10',
});
const run = (inputs: AggregateInput[], includeInvalid = false) =>
  aggregate(inputs, { settings: PROVINCE, includeInvalid });

// ---------------------------------------------------------------------------------------------
// Expected values, computed here from the generated officer data (not from the aggregator)

type Expected = number | '-' | null;
/** templateId → table → unitName → column → expected merged value. */
type ExpectedByUnit = Record<string, Record<string, Record<string, Record<string, Expected>>>>;

/** Money has at most one decimal here: add in tenths so expected sums are exact. */
const tenths = (v: number) => Math.round(v * 10);

function expectedFor(units: GeneratedUnit[]): ExpectedByUnit {
  const out: ExpectedByUnit = {};
  for (const u of units) {
    for (const [tid, data] of Object.entries(u.annexes) as [string, AnnexData][]) {
      // rows of this unit per table: { table: [row values] }
      const rowsByTable: Record<string, Record<string, unknown>[]> = {};
      for (const [key, values] of Object.entries(data)) {
        const table = key.includes('.') ? key.split('.')[0]! : 'main';
        (rowsByTable[table] ??= []).push(values);
      }
      for (const [table, rows] of Object.entries(rowsByTable)) {
        const cols = new Set(
          rows
            .flatMap((r) => Object.keys(r))
            .filter((k) => k !== 'ghi_chu' && k !== 'dia_phuong' && k !== 'ten_don_vi'),
        );
        const perCol: Record<string, Expected> = {};
        for (const c of cols) {
          const vals = rows.map((r) => r[c]);
          const nums = vals.filter((v): v is number => typeof v === 'number');
          if (nums.length) perCol[c] = nums.reduce((s, v) => s + tenths(v), 0) / 10;
          else if (vals.every((v) => v === '-')) perCol[c] = '-';
          else perCol[c] = null;
        }
        ((out[tid] ??= {})[table] ??= {})[u.unitName] = perCol;
      }
    }
  }
  return out;
}

/** Overall totals per column: what the "Tổng" row must compute (SUM ignores "-"). */
function overall(exp: Record<string, Record<string, Expected>>): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const perCol of Object.values(exp)) {
    for (const [c, v] of Object.entries(perCol)) sums[c] = (sums[c] ?? 0) + (typeof v === 'number' ? tenths(v) : 0);
  }
  return Object.fromEntries(Object.entries(sums).map(([c, v]) => [c, v / 10]));
}

// ---------------------------------------------------------------------------------------------
// A tiny evaluator for the two formula shapes the templates write, over a rendered sheet

function numberAt(
  sheet: SheetSnapshot,
  address: string,
  evaluated: Map<string, number | string>,
): number | string | undefined {
  const p = parseA1(address)!;
  const raw = sheet.cells[p.row]?.[p.col];
  if (!raw) return undefined;
  if (raw.f) return evaluate(sheet, address, raw, evaluated);
  return raw.v === null ? undefined : (raw.v as number | string);
}

function evaluate(
  sheet: SheetSnapshot,
  address: string,
  raw: RawCell,
  evaluated: Map<string, number | string>,
): number | string {
  const done = evaluated.get(address);
  if (done !== undefined) return done;
  const f = raw.f!;
  let out: number | string;
  const sum = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f);
  const ratio = /^=IF\(AND\(ISNUMBER\(([A-Z]+\d+)\),ISNUMBER\(([A-Z]+\d+)\),\2>0\),ROUND\(\1\/\2\*(\d+),2\),""\)$/.exec(
    f,
  );
  if (sum) {
    const r = parseRangeA1(sum[1]!)!;
    let s = 0;
    for (let row = r.r1; row <= r.r2; row++) {
      const v = sheet.cells[row]?.[r.c1];
      if (v?.t === 'n') s += tenths(v.v);
    }
    out = s / 10;
  } else if (ratio) {
    const num = numberAt(sheet, ratio[1]!, evaluated);
    const den = numberAt(sheet, ratio[2]!, evaluated);
    out =
      typeof num === 'number' && typeof den === 'number' && den > 0
        ? Math.round((num / den) * Number(ratio[3]) * 100 + 1e-9) / 100
        : '';
  } else throw new Error(`unexpected formula ${f}`);
  evaluated.set(address, out);
  return out;
}

/** The merged workbook as an adapter would hold it; `cached: false` drops formula results (no recalculation). */
function mergedWorkbook(res: AggregateResult, cached = true): WorkbookSnapshot {
  const strip = (p: SheetPlan): SheetPlan => (cached ? p : { ...p, cells: p.cells.map(({ result: _r, ...c }) => c) });
  return {
    sheets: [...res.plans.map((p) => planToSnapshot(strip(p))), planToSnapshot(res.status)],
    markers: res.plans.map((p) => ({ name: markerName(p.templateId!), templateId: p.templateId!, sheetName: p.name })),
    settings: res.settings,
  };
}

function statusRows(res: AggregateResult): string[][] {
  const sheet = planToSnapshot(res.status);
  const headerRow = sheet.cells.findIndex((r) => r?.[0]?.v === 'STT');
  const width = STATUS_SHEET.headers.length;
  return sheet.cells
    .slice(headerRow + 1)
    .map((r) => Array.from({ length: width }, (_, i) => (r?.[i] ? String(r[i]!.v) : '')));
}

const comparable = (res: AggregateResult) =>
  JSON.stringify({ ...res, units: res.units.map(({ report: _r, ...u }) => u) });

// ---------------------------------------------------------------------------------------------

describe('aggregate — 100 seeded unit workbooks', () => {
  const units = generateUnits(100, { seed: 20240801, reportYear: YEAR });
  const inputs = units.map((u) => ({ fileName: u.fileName, snapshot: unitWorkbook(u) }));
  const res = run(inputs);
  const expected = expectedFor(units);

  it('validates every generated unit file clean and includes all of them', () => {
    expect(res.units).toHaveLength(100);
    expect(res.units.filter((u) => u.errors > 0)).toEqual([]);
    expect(new Set(res.units.map((u) => u.label))).toEqual(new Set([INCLUSION_LABEL.included]));
    expect(res.units.every((u) => u.missing.length === 0 && u.annexes.join() === AGGREGATABLE.join())).toBe(true);
    expect(units.some((u) => (u.settings.units ?? []).length > 1)).toBe(true); // some files list several localities
  });

  it('orders units by Vietnamese collation, one row per unit', () => {
    const names = res.units.map((u) => u.unitName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(res.settings.units).toEqual(names);
    expect(res.settings.unitName).toBe('tỉnh Cao Bằng');
    expect(res.plans.map((p) => p.templateId)).toEqual(['PL-I', 'PL-II', 'PL-III']);
    for (const [tid, tables] of Object.entries(res.data)) {
      for (const [table, rows] of Object.entries(tables)) {
        const label = table === 'main' ? 'dia_phuong' : 'ten_don_vi';
        expect([tid, table, Object.values(rows).map((r) => r[label])]).toEqual([tid, table, names]);
      }
    }
  });

  it('sums each unit cell by cell, keeps "-" only when every row is "-", and copies no percentage', () => {
    let checked = 0;
    for (const tid of AGGREGATABLE) {
      for (const [table, byUnit] of Object.entries(expected[tid]!)) {
        const rows = Object.values(res.data[tid]![table]!);
        for (const row of rows) {
          const unit = String(row.dia_phuong ?? row.ten_don_vi);
          const want = byUnit[unit]!;
          for (const [col, v] of Object.entries(want)) {
            expect([tid, table, unit, col, row[col]]).toEqual([tid, table, unit, col, v]);
            checked++;
          }
          expect(Object.keys(row).filter((k) => k.endsWith('_tl'))).toEqual([]);
        }
      }
    }
    expect(checked).toBe(100 * (12 + 8 + 12));
    const dashes = Object.values(res.data['PL-I']!.main!)
      .flatMap((r) => Object.values(r))
      .filter((v) => v === '-');
    expect(dashes.length).toBeGreaterThan(0);
  });

  it('computes the overall totals the "Tổng" row shows', () => {
    for (const tid of AGGREGATABLE) {
      for (const [table, byUnit] of Object.entries(expected[tid]!)) {
        expect([tid, table, res.totals[tid]![table]]).toEqual([tid, table, overall(byUnit)]);
      }
    }
  });

  it('renders merged annexes whose live formulas compute the expected totals and percentages', () => {
    const wb = mergedWorkbook(res, false);
    for (const plan of res.plans) {
      const sheet = wb.sheets.find((s) => s.name === plan.name)!;
      const def = getTemplate(plan.templateId!)!;
      const { bound } = bindAnnex(def, sheet, res.settings);
      expect(bound.findings).toEqual([]);
      const evaluated = new Map<string, number | string>();
      for (const bt of bound.tables) {
        const totalRow = bt.rows.find((r) => r.kind === 'total')!;
        expect(bt.rows.filter((r) => r.kind === 'data')).toHaveLength(100);
        const sums = overall(expected[plan.templateId!]![bt.table.key]!);
        for (const col of bt.table.columns) {
          const b = bt.cols.get(col.key)!;
          const raw = sheet.cells[totalRow.row]?.[b.col];
          if (col.summable) {
            expect(raw?.t).toBe('f');
            expect([col.key, evaluate(sheet, a1(totalRow.row, b.col), raw!, evaluated)]).toEqual([
              col.key,
              sums[col.key],
            ]);
          }
          if (col.ratio) {
            // Total % from summed counts, and every unit's % from its own summed counts.
            const want =
              sums[col.ratio.den]! > 0
                ? Math.round((sums[col.ratio.num]! / sums[col.ratio.den]!) * 10000 + 1e-9) / 100
                : '';
            expect(evaluate(sheet, a1(totalRow.row, b.col), raw!, evaluated)).toBe(want);
            for (const r of bt.rows.filter((x) => x.kind === 'data')) {
              const cell = sheet.cells[r.row]![b.col]!;
              expect(cell.t).toBe('f');
              const unit = expected[plan.templateId!]![bt.table.key]![r.label]!;
              const [num, den] = [unit[col.ratio.num], unit[col.ratio.den]];
              const pct =
                typeof num === 'number' && typeof den === 'number' && den > 0
                  ? Math.round((num / den) * 10000 + 1e-9) / 100
                  : '';
              expect(evaluate(sheet, a1(r.row, b.col), cell, evaluated)).toBe(pct);
            }
          }
        }
      }
    }
  });

  it('writes the same values as cached formula results', () => {
    for (const plan of res.plans) {
      const sheet = planToSnapshot({ ...plan, cells: plan.cells.map(({ result: _r, ...c }) => c) });
      const evaluated = new Map<string, number | string>();
      for (const c of plan.cells) {
        if (!c.formula) continue;
        const address = a1(c.row, c.col);
        expect([address, c.result]).toEqual([
          address,
          evaluate(sheet, address, sheet.cells[c.row]![c.col]!, evaluated),
        ]);
      }
    }
  });

  it('the merged workbook validates with no error, with and without cached formula results', () => {
    for (const cached of [true, false]) {
      const report = validateSnapshot(mergedWorkbook(res, cached));
      expect(report.annexes.map((a) => a.templateId)).toEqual(['PL-I', 'PL-II', 'PL-III']);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('returns well-formed sheet plans', () => {
    for (const plan of [...res.plans, res.status]) expect(sheetPlanSchema.safeParse(plan).success).toBe(true);
    expect(res.status.templateId).toBeUndefined();
  });

  it('lists every file on the status sheet', () => {
    const rows = statusRows(res);
    expect(rows).toHaveLength(100);
    const first = res.units[0]!;
    expect(rows[0]!.slice(0, 9)).toEqual([
      '1',
      first.unitName,
      first.fileName,
      `${first.reportDate!.slice(8)}/12/${YEAR}`,
      'Phụ lục I, Phụ lục II, Phụ lục III',
      '',
      '0',
      '0',
      'Có',
    ]);
    const sheet = planToSnapshot(res.status);
    expect(sheet.name).toBe('Tình hình nộp báo cáo');
    expect(
      sheet.cells.some((r) =>
        r?.some(
          (c) => c?.v === STATUS_SHEET.summary({ files: 100, included: 100, invalid: 0, duplicate: 0, unreadable: 0 }),
        ),
      ),
    ).toBe(true);
  });

  it('gives the same result whatever order the files come in', () => {
    const rnd = seededRandom(7);
    const shuffled = [...inputs]
      .map((x) => [rnd(), x] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x);
    expect(comparable(run(shuffled))).toBe(comparable(res));
    expect(comparable(run([...inputs].reverse()))).toBe(comparable(res));
  });

  it('aggregateBenchInputs builds readable inputs for the benchmark', () => {
    const bench = aggregateBenchInputs(5, { seed: 3 });
    expect(bench).toHaveLength(5);
    expect(run(bench).units.every((u) => u.inclusion === 'included')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

const unitSettings = (unitName: string, extra: ReportSettingsInput = {}): ReportSettingsInput => ({
  unitName,
  reportYear: YEAR,
  reportDate: `${YEAR}-12-15`,
  ...extra,
});

function unitFile(
  fileName: string,
  unitName: string,
  annexes: Record<string, AnnexData>,
  extra: ReportSettingsInput = {},
): AggregateInput {
  const settings = unitSettings(unitName, extra);
  return {
    fileName,
    snapshot: workbookOf(
      Object.entries(annexes).map(([templateId, data]) => ({
        templateId,
        sheet: annexSheet(templateId, data, settings),
      })),
      settings,
    ),
  };
}

const pl1 = (nu: number, tong: number): AnnexData => ({
  '1': {
    hdnd_tinh_nu: '-',
    hdnd_tinh_tong: '-',
    hdnd_huyen_nu: nu,
    hdnd_huyen_tong: tong,
    hdnd_xa_nu: 1,
    hdnd_xa_tong: 2,
    ld_tinh_nu: '-',
    ld_tinh_tong: '-',
    ld_huyen_nu: 3,
    ld_huyen_tong: 4,
    ld_xa_nu: 5,
    ld_xa_tong: 9,
  },
});
const pl3 = (v: number): AnnexData => {
  const row: Record<string, number> = { nhu_cau: v };
  for (let y = 2018; y <= YEAR; y++) row[`nam_${y}`] = v;
  return { 'kp_1898.1': row, 'kp_ctmtqg.1': { ctmtqg_nam: v, khac_nam: 0, ctmtqg_nhu_cau: v, khac_nhu_cau: 0 } };
};

describe('aggregate — files with errors', () => {
  const inputs = [
    unitFile('a.xlsx', 'Xã An Lạc', { 'PL-I': pl1(11, 29), 'PL-III': pl3(10) }),
    unitFile('b.xlsx', 'Xã Bình Minh', { 'PL-I': pl1(30, 20), 'PL-III': pl3(20) }), // women > total
    unitFile('c.xlsx', 'Xã Cẩm Lý', { 'PL-I': pl1(2, 5), 'PL-III': pl3(30) }),
  ];

  it('leaves a file with errors out and lists it', () => {
    const res = run(inputs);
    const b = res.units.find((u) => u.fileName === 'b.xlsx')!;
    expect(b).toMatchObject({ unitName: 'Xã Bình Minh', inclusion: 'excluded-invalid', label: 'Không (có lỗi)' });
    expect(b.errors).toBeGreaterThan(0);
    expect(b.report!.findings.some((f) => f.messageId === 'arithmetic/part-exceeds-whole')).toBe(true);
    expect(res.settings.units).toEqual(['Xã An Lạc', 'Xã Cẩm Lý']);
    expect(res.totals['PL-I']!.main!.hdnd_huyen_nu).toBe(13);
    expect(res.totals['PL-III']!.kp_1898!.nam_2024).toBe(40);
    expect(statusRows(res).map((r) => r[8])).toEqual(['Có', 'Không (có lỗi)', 'Có']);
  });

  it('with includeInvalid includes it and marks it: Ghi chú in PL-III table 1, the status sheet elsewhere', () => {
    const res = run(inputs, true);
    const b = res.units.find((u) => u.fileName === 'b.xlsx')!;
    expect(b).toMatchObject({ inclusion: 'included-invalid', label: 'Có (có lỗi — theo --include-invalid)' });
    expect(res.settings.units).toEqual(['Xã An Lạc', 'Xã Bình Minh', 'Xã Cẩm Lý']);
    expect(res.totals['PL-I']!.main!.hdnd_huyen_nu).toBe(43);
    const kp = res.data['PL-III']!.kp_1898!;
    expect(kp['2']!.ghi_chu).toMatch(/lỗi.*--include-invalid/);
    expect(kp['1']!.ghi_chu).toBeUndefined();
    expect(res.data['PL-III']!.kp_ctmtqg!['2']!).not.toHaveProperty('ghi_chu');
    expect(Object.values(res.data['PL-I']!.main!['2']!).some((v) => typeof v === 'string' && /lỗi/.test(v))).toBe(
      false,
    );
    expect(statusRows(res)[1]!.slice(8, 10)).toEqual([
      INCLUSION_LABEL['included-invalid'],
      expect.stringMatching(/--include-invalid/),
    ]);
  });
});

describe('aggregate — duplicates, unreadable files, gaps', () => {
  it('reports the same unit twice and does not sum it', () => {
    const res = run([
      unitFile('xa-an-lac-gui-lai.xlsx', '  xã  AN LẠC ', { 'PL-I': pl1(4, 8) }),
      unitFile('xa-an-lac.xlsx', 'Xã An Lạc'.normalize('NFD'), { 'PL-I': pl1(11, 29) }),
      unitFile('xa-cam-ly.xlsx', 'Xã Cẩm Lý', { 'PL-I': pl1(2, 5) }),
    ]);
    const dup = res.units.filter((u) => u.inclusion === 'duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({
      fileName: 'xa-an-lac.xlsx',
      label: 'Không (trùng đơn vị)',
      duplicateOf: 'xa-an-lac-gui-lai.xlsx',
    });
    expect(res.settings.units).toEqual(['xã AN LẠC', 'Xã Cẩm Lý']);
    expect(res.totals['PL-I']!.main!.hdnd_huyen_nu).toBe(6);
    expect(statusRows(res).map((r) => [r[1], r[2], r[8]])).toEqual([
      ['xã AN LẠC', 'xa-an-lac-gui-lai.xlsx', 'Có'],
      ['Xã An Lạc', 'xa-an-lac.xlsx', 'Không (trùng đơn vị)'],
      ['Xã Cẩm Lý', 'xa-cam-ly.xlsx', 'Có'],
    ]);
  });

  it('lists a duplicate right after the file kept for its unit', () => {
    const res = run([
      unitFile('1.xlsx', 'Xã A', { 'PL-I': pl1(1, 2) }),
      unitFile('2.xlsx', 'xã a', { 'PL-I': pl1(1, 2) }),
      unitFile('0.xlsx', 'Xã B', { 'PL-I': pl1(1, 2) }),
    ]);
    expect(res.units.map((u) => [u.index, u.fileName, u.inclusion])).toEqual([
      [1, '1.xlsx', 'included'],
      [2, '2.xlsx', 'duplicate'],
      [3, '0.xlsx', 'included'],
    ]);
  });

  it('lists an unreadable input as "Không đọc được"', () => {
    const res = run([
      { fileName: 'hong.xlsx', unreadable: 'Tệp không phải Excel' },
      { fileName: 'rong.xlsx' },
      unitFile('c.xlsx', 'Xã Cẩm Lý', {
        'PL-II': {
          '1': {
            tap_huan_lop: 1,
            tap_huan_nguoi: 20,
            truyen_thong_cuoc: 0,
            truyen_thong_nguoi: 0,
            san_pham: 0,
            tu_van_cuoc: 0,
            tu_van_nguoi: 0,
            mo_hinh: 0,
          },
        },
      }),
    ]);
    const bad = res.units.filter((u) => u.inclusion === 'unreadable');
    expect(bad.map((u) => [u.fileName, u.label])).toEqual([
      ['hong.xlsx', 'Không đọc được'],
      ['rong.xlsx', 'Không đọc được'],
    ]);
    expect(bad[0]!.notes.join(' ')).toContain('Tệp không phải Excel');
    expect(res.settings.units).toEqual(['Xã Cẩm Lý']);
    expect(res.plans.map((p) => p.templateId)).toEqual(['PL-II']);
    const rows = statusRows(res);
    expect(rows.find((r) => r[2] === 'hong.xlsx')!.slice(6, 9)).toEqual(['', '', 'Không đọc được']);
  });

  it('returns only the status sheet when nothing can be included', () => {
    const res = run([{ fileName: 'hong.xlsx', unreadable: 'x' }]);
    expect(res.plans).toEqual([]);
    expect(res.settings.units).toEqual([]);
    expect(statusRows(res)).toHaveLength(1);
  });

  it('keeps a unit without an annex as an empty row there (a gap) and lists the missing annex', () => {
    const res = run([
      unitFile('a.xlsx', 'Xã An Lạc', { 'PL-I': pl1(1, 2), 'PL-III': pl3(5) }),
      unitFile('b.xlsx', 'Xã Bình Minh', { 'PL-I': pl1(1, 3) }),
    ]);
    const b = res.units.find((u) => u.fileName === 'b.xlsx')!;
    expect(b.missing).toEqual(['PL-III']);
    expect(statusRows(res)[1]![5]).toBe('Phụ lục III');
    expect(res.data['PL-III']!.kp_1898!['2']).toMatchObject({
      ten_don_vi: 'Xã Bình Minh',
      nam_2024: null,
      nhu_cau: null,
    });
    const report = validateSnapshot(mergedWorkbook(res));
    expect(report.findings.some((f) => f.messageId === 'presence/required' && f.templateId === 'PL-III')).toBe(true);
  });

  it('takes the unit name from settings, else the first locality, else the file name', () => {
    const noName = (fileName: string, data: AnnexData): AggregateInput => ({
      fileName,
      snapshot: workbookOf([{ templateId: 'PL-II', sheet: annexSheet('PL-II', data, { reportYear: YEAR }) }]),
    });
    const counts = {
      tap_huan_lop: 0,
      tap_huan_nguoi: 0,
      truyen_thong_cuoc: 1,
      truyen_thong_nguoi: 9,
      san_pham: 0,
      tu_van_cuoc: 0,
      tu_van_nguoi: 0,
      mo_hinh: 0,
    };
    const res = run(
      [
        noName('x.xlsx', { '1': { dia_phuong: 'Xã Đức Long', ...counts } }),
        noName('z.xlsx', { '1': counts }),
        unitFile('y.xlsx', 'Phường Hợp Giang', { 'PL-II': { '1': counts } }),
      ],
      true,
    );
    expect(res.units.map((u) => [u.fileName, u.unitName])).toEqual([
      ['y.xlsx', 'Phường Hợp Giang'],
      ['x.xlsx', 'Xã Đức Long'],
      ['z.xlsx', 'z.xlsx'],
    ]);
  });
});

describe('aggregate — several rows per unit file', () => {
  const district = (rows: AnnexData, extra: ReportSettingsInput = {}) =>
    unitFile('huyen.xlsx', 'Huyện Hòa An', { 'PL-I': rows }, { units: ['Xã A', 'Xã B', 'Xã C'], ...extra });
  const lv = (nu: number | string, tong: number | string) => ({ hdnd_huyen_nu: nu, hdnd_huyen_tong: tong });

  it('sums the rows; "-" only when every row is "-"; a column empty in every row stays empty', () => {
    const res = run(
      [
        district({
          '1': { ...lv(1, 2), ld_xa_nu: '-', ld_xa_tong: '-', hdnd_tinh_nu: '-', hdnd_tinh_tong: 4 },
          '2': { ...lv(3, 4), ld_xa_nu: '-', ld_xa_tong: '-', hdnd_tinh_nu: 2, hdnd_tinh_tong: 5 },
          '3': { ...lv('-', '-'), ld_xa_nu: '-', ld_xa_tong: '-' },
        }),
      ],
      true,
    );
    const row = res.data['PL-I']!.main!['1']!;
    expect(row).toMatchObject({
      dia_phuong: 'Huyện Hòa An',
      hdnd_huyen_nu: 4,
      hdnd_huyen_tong: 6,
      ld_xa_nu: '-',
      ld_xa_tong: '-',
      hdnd_tinh_nu: 2,
      hdnd_tinh_tong: 9,
      ld_tinh_nu: null,
    });
  });

  it('uses a consistent cached "Tổng" row, and never turns a formula total over empty rows into 0', () => {
    const input = district({ '1': lv(1, 2), '2': lv(3, 4), '3': lv(5, 6) });
    const sheet = input.snapshot!.sheets[0]!;
    // As exceljs reads it: the total row's formulas carry cached results (0 over empty columns).
    let cachedCells = 0;
    for (const row of sheet.cells) {
      for (const [c, cell] of (row ?? []).entries()) {
        if (cell?.t !== 'f' || !cell.f.startsWith('=SUM(')) continue;
        row![c] = { t: 'n', v: c === 5 ? 9 : c === 6 ? 12 : 0, f: cell.f };
        cachedCells++;
      }
    }
    expect(cachedCells).toBe(12);
    const res = run([input], true);
    const row = res.data['PL-I']!.main!['1']!;
    expect(row).toMatchObject({ hdnd_huyen_nu: 9, hdnd_huyen_tong: 12, ld_xa_nu: null });
    expect(res.units[0]!.notes.filter((n) => /Tổng/.test(n))).toEqual([]);
  });

  it('reports a "Tổng" row that disagrees with its rows and takes the rows', () => {
    const input = district({ '1': lv(1, 2), '2': lv(3, 4), '3': lv(5, 6) });
    const sheet = input.snapshot!.sheets[0]!;
    for (const row of sheet.cells) if (row?.[5]?.t === 'f' && row[5].f.startsWith('=SUM(')) row[5] = { t: 'n', v: 99 };
    const res = run([input], true);
    expect(res.units[0]!.inclusion).toBe('included-invalid');
    expect(res.data['PL-I']!.main!['1']!.hdnd_huyen_nu).toBe(9);
    expect(res.units[0]!.notes.some((n) => /không khớp/.test(n))).toBe(true);
  });

  it('takes a typed "Tổng" when the rows hold no number, and says so', () => {
    const input = district({ '1': {}, '2': {}, '3': {} });
    const sheet = input.snapshot!.sheets[0]!;
    const totalRow = sheet.cells.findIndex((r) => r?.[1]?.v === 'Tổng');
    sheet.cells[totalRow]![5] = { t: 'n', v: 7 };
    sheet.cells[totalRow]![6] = { t: 'n', v: 10 };
    const res = run([input], true);
    expect(res.data['PL-I']!.main!['1']).toMatchObject({ hdnd_huyen_nu: 7, hdnd_huyen_tong: 10, hdnd_xa_nu: null });
    expect(res.units[0]!.notes.filter((n) => /chỉ có số ở dòng "Tổng"/.test(n))).toHaveLength(2);
  });

  it('reads "11/29" typed in one cell as 11 of 29, and leaves an unreadable cell empty with a note', () => {
    const res = run(
      [
        district({
          '1': { ...lv('11/29', null as unknown as number), ld_huyen_nu: 'nhiều', ld_huyen_tong: 3 },
          '2': lv(1, 1),
          '3': lv(0, 0),
        }),
      ],
      true,
    );
    const row = res.data['PL-I']!.main!['1']!;
    expect(row).toMatchObject({ hdnd_huyen_nu: 12, hdnd_huyen_tong: 30, ld_huyen_nu: null, ld_huyen_tong: 3 });
    expect(res.units[0]!.notes.some((n) => /không đọc được thành số/.test(n))).toBe(true);
  });

  it('maps columns by key when the receiving level has other levels, noting the columns left out', () => {
    const res = aggregate([unitFile('a.xlsx', 'Xã An Lạc', { 'PL-I': pl1(11, 29) })], {
      settings: defaultSettings({ ...PROVINCE, levels: ['tinh', 'xa'] }),
      includeInvalid: false,
    });
    const row = res.data['PL-I']!.main!['1']!;
    expect(row).toMatchObject({ hdnd_tinh_nu: '-', hdnd_xa_nu: 1, hdnd_xa_tong: 2, ld_xa_tong: 9 });
    expect(row).not.toHaveProperty('hdnd_huyen_nu');
    expect(res.units[0]!.notes.join(' ')).toMatch(/không có trong mẫu tổng hợp/);
  });
});
