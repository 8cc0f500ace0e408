import { defaultSettings, type ReportSettingsInput } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { markerName, type WorkbookSnapshot } from '../sheet/workbook';
import { renderAnnex, type WorkbookData } from '../templates/fill';
import { toStore, withExplanation } from '../explanations/store';
import { compareWorkbooks } from './compare';
import { compareSheetPlan } from './sheet';
import { sameTerm, termLabel, termStart } from './term';

const UNITS = ['Xã An Lạc', 'Xã Bình Minh'];

function workbook(year: number, data: WorkbookData, extra: ReportSettingsInput = {}): WorkbookSnapshot {
  const settings = defaultSettings({
    reportYear: year,
    unitName: 'Huyện X',
    units: UNITS,
    levels: ['huyen', 'xa'],
    ...extra,
  });
  const sheets = [];
  const markers = [];
  for (const [id, d] of Object.entries(data)) {
    const { plan } = renderAnnex(id, settings, d ?? {});
    const sheet = { ...planToSnapshot(plan), visibility: 'visible' as const };
    sheets.push(sheet);
    markers.push({ name: markerName(id), templateId: id, sheetName: sheet.name });
  }
  return { sheets, markers, settings };
}

const PL_I = (over: Record<string, number> = {}, over2: Record<string, number> = {}) => ({
  'PL-I': {
    '1': {
      hdnd_huyen_nu: 3,
      hdnd_huyen_tong: 30,
      hdnd_xa_nu: 5,
      hdnd_xa_tong: 25,
      ld_huyen_nu: 2,
      ld_huyen_tong: 8,
      ld_xa_nu: 4,
      ld_xa_tong: 10,
      ...over,
    },
    '2': {
      hdnd_huyen_nu: 2,
      hdnd_huyen_tong: 30,
      hdnd_xa_nu: 6,
      hdnd_xa_tong: 24,
      ld_huyen_nu: 1,
      ld_huyen_tong: 9,
      ld_xa_nu: 3,
      ld_xa_tong: 12,
      ...over2,
    },
  },
});

const kinds = (r: ReturnType<typeof compareWorkbooks>) => r.warnings.map((w) => w.kind);

describe('HĐND terms', () => {
  it('years belong to the term elected in them or before', () => {
    expect(termStart(2021)).toBe(2021);
    expect(termStart(2025)).toBe(2021);
    expect(termStart(2026)).toBe(2026);
    expect(termStart(2020)).toBe(2016);
    expect(termLabel(2023)).toBe('2021–2026');
    expect(sameTerm(2022, 2025)).toBe(true);
    expect(sameTerm(2025, 2026)).toBe(false);
  });
});

describe('compare with last year', () => {
  it('the same figures a year later: every value matched, no change, no warning', () => {
    const r = compareWorkbooks(workbook(2023, PL_I()), workbook(2024, PL_I()));
    expect(r.last.year).toBe(2023);
    expect(r.this.year).toBe(2024);
    // 2 units × 12 numeric columns (4 groups × nữ, tổng, tỷ lệ); the total row's formulas have no
    // cached result in a rendered plan (a saved file has them).
    expect(r.values.length).toBe(2 * 12);
    expect(r.stats.changed).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('matches units by name, not by position; computes change and relative change', () => {
    const last = workbook(2023, PL_I({ ld_xa_nu: 4 }));
    // This year the units are listed the other way round.
    const swapped = defaultSettings({
      reportYear: 2024,
      unitName: 'Huyện X',
      units: [...UNITS].reverse(),
      levels: ['huyen', 'xa'],
    });
    const data = PL_I({ ld_xa_nu: 6 })['PL-I'];
    const { plan } = renderAnnex('PL-I', swapped, { '1': data['2'], '2': data['1'] } as never);
    const sheet = { ...planToSnapshot(plan), visibility: 'visible' as const };
    const now: WorkbookSnapshot = {
      sheets: [sheet],
      markers: [{ name: markerName('PL-I'), templateId: 'PL-I', sheetName: sheet.name }],
      settings: swapped,
    };
    const r = compareWorkbooks(last, now);
    const v = r.values.find((x) => x.rowLabel === 'Xã An Lạc' && x.column === 'ld_xa_nu')!;
    expect(v).toMatchObject({ last: 4, this: 6, change: 2, relative: 0.5 });
    expect(v.cell).not.toBe(v.lastCell); // the row moved
    const share = r.values.find((x) => x.rowLabel === 'Xã An Lạc' && x.column === 'ld_xa_tl')!;
    expect(share).toMatchObject({ last: 40, this: 60, change: 20 });
    expect(r.warnings).toEqual([]); // 20 points is the limit, not above it
  });

  it('count-jump: a count ×10 up or down (not 1 → 3, not from or to zero)', () => {
    const r = compareWorkbooks(
      workbook(2023, PL_I()),
      workbook(2024, PL_I({ ld_xa_tong: 100, ld_xa_nu: 40 }, { ld_huyen_nu: 3 })),
    );
    const jumps = r.warnings.filter((w) => w.kind === 'count-jump');
    expect(jumps.map((w) => w.cell)).toHaveLength(2);
    expect(jumps.map((w) => w.message).join('\n')).toMatch(/tăng từ 10 \(năm 2023\) lên 100 \(năm 2024\), gấp 10 lần/);
    const down = compareWorkbooks(workbook(2023, PL_I({ ld_xa_tong: 100, ld_xa_nu: 40 })), workbook(2024, PL_I()));
    expect(down.warnings.map((w) => w.message).join('\n')).toMatch(/giảm từ 100 .* xuống 10 .*chỉ bằng 1\/10/);
    const zero = compareWorkbooks(workbook(2023, PL_I({ ld_xa_nu: 0 })), workbook(2024, PL_I({ ld_xa_nu: 4 })));
    expect(kinds(zero)).not.toContain('count-jump');
  });

  it('share-jump: a share moving more than the set points; the limit is an option', () => {
    // ld_xa: 4/10 = 40 % → 9/10 = 90 %: 50 points; a count going 4 → 9 is no jump.
    const last = workbook(2023, PL_I());
    const now = workbook(2024, PL_I({ ld_xa_nu: 9 }));
    const r = compareWorkbooks(last, now);
    expect(kinds(r)).toEqual(['share-jump']);
    expect(r.warnings[0]!.message).toMatch(/đổi 50 điểm phần trăm \(từ 40 % lên 90 %\), quá 20 điểm/);
    expect(compareWorkbooks(last, now, { sharePoints: 60 }).warnings).toEqual([]);
  });

  it('share-jump: not for one person of a small total (1 of 3 → 2 of 3), yes for more', () => {
    const cb = (so_nu: number) => ({ 'PL-CB': { ubnd_ld_ct_xa: { so_nu, tong_so: 3 } } });
    expect(compareWorkbooks(workbook(2023, cb(1)), workbook(2024, cb(2))).warnings).toEqual([]);
    expect(kinds(compareWorkbooks(workbook(2023, cb(1)), workbook(2024, cb(3))))).toEqual(['share-jump']);
  });

  it('term-changed: HĐND delegates changing within one term, unless the row has a note or an explanation', () => {
    const r = compareWorkbooks(workbook(2023, PL_I()), workbook(2024, PL_I({ hdnd_xa_nu: 6 })));
    expect(kinds(r)).toEqual(['term-changed']);
    expect(r.warnings[0]!.message).toContain('trong cùng nhiệm kỳ HĐND 2021–2026');
    expect(r.stats.explained).toBe(0);
    // Leaders are not term-bound.
    expect(kinds(compareWorkbooks(workbook(2023, PL_I()), workbook(2024, PL_I({ ld_xa_nu: 5 }))))).toEqual([]);
    // Across the 2026 election the delegates may change.
    const crossed = compareWorkbooks(workbook(2025, PL_I()), workbook(2026, PL_I({ hdnd_xa_nu: 6 })));
    expect(kinds(crossed)).toEqual([]);
    expect(crossed.notes.map((n) => n.kind)).toContain('term-crossed');

    // An explanation stored from the pane for this warning's cell: still listed, counted as explained.
    const now = workbook(2024, PL_I({ hdnd_xa_nu: 6 }));
    const w = r.warnings[0]!;
    const items = withExplanation([], now, w, 'Bầu bổ sung 01 đại biểu nữ tháng 5/2024.', '2024-12-01T09:00:00+07:00');
    const explained = compareWorkbooks(workbook(2023, PL_I()), { ...now, explanations: toStore(items) });
    expect(explained.warnings[0]!.explanation).toBe('Bầu bổ sung 01 đại biểu nữ tháng 5/2024.');
    expect(explained.stats.explained).toBe(1);
    // A changed row drops it.
    const edited = workbook(2024, PL_I({ hdnd_xa_nu: 7 }));
    const stale = compareWorkbooks(workbook(2023, PL_I()), { ...edited, explanations: toStore(items) });
    expect(stale.stats.explained).toBe(0);
  });

  it('term-changed in PL-CB delegates; its "Ghi chú" is the note', () => {
    const cb = (so_nu: number, ghi_chu?: string) => ({
      'PL-CB': {
        hdnd_xa: { so_nu, tong_so: 25, ...(ghi_chu ? { ghi_chu } : {}) },
        ubnd_ld_ct_xa: { so_nu: 1, tong_so: 2 },
      },
    });
    const r = compareWorkbooks(workbook(2022, cb(5)), workbook(2023, cb(4)));
    expect(kinds(r)).toEqual(['term-changed']);
    const noted = compareWorkbooks(
      workbook(2022, cb(5)),
      workbook(2023, cb(4, 'Một đại biểu nữ chuyển công tác, thôi làm đại biểu.')),
    );
    expect(noted.warnings[0]!.explanation).toBe('Một đại biểu nữ chuyển công tác, thôi làm đại biểu.');
    expect(noted.stats.explained).toBe(1);
  });

  it('indicator trends against their direction: cải thiện / giảm sút / không đổi, and a warning for giảm sút', () => {
    const clqg = (v11: number, v22: number, v41: number) => ({
      CLQG: { '1.1': { ket_qua: v11 }, '2.2': { ket_qua: v22 }, '4.1': { ket_qua: v41 } },
    });
    const r = compareWorkbooks(workbook(2023, clqg(40, 30, 112)), workbook(2024, clqg(45, 35, 112)));
    const t = Object.fromEntries(r.trends.map((x) => [x.id, x.trend]));
    // 1.1 higher is better and rose; 2.2 lower is better and rose; 4.1 unchanged.
    expect(t).toEqual({ '1.1': 'cai-thien', '2.2': 'giam-sut', '4.1': 'khong-doi' });
    expect(r.stats).toMatchObject({ improved: 1, declined: 1, unchanged: 1 });
    const w = r.warnings.filter((x) => x.kind === 'indicator-declined');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ indicatorId: '2.2', templateId: 'CLQG' });
    expect(w[0]!.message).toMatch(/Chỉ tiêu 2\.2 .* giảm sút so với năm trước: từ 30 % lên 35 %.*càng thấp càng tốt/);
    expect(w[0]!.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('notes what cannot be compared: years, order, missing annexes and units', () => {
    const r = compareWorkbooks(workbook(2024, PL_I()), workbook(2024, { 'PL-CB': {} }));
    expect(r.notes.map((n) => n.kind).sort()).toEqual(['annex-gone', 'annex-new', 'year-order']);
    const gap = compareWorkbooks(workbook(2021, PL_I()), workbook(2024, PL_I()));
    expect(gap.notes.map((n) => n.kind)).toEqual(['year-gap']);
    const fewer = defaultSettings({
      reportYear: 2024,
      unitName: 'Huyện X',
      units: ['Xã An Lạc', 'Xã Cẩm Lý'],
      levels: ['huyen', 'xa'],
    });
    const { plan } = renderAnnex('PL-I', fewer, PL_I()['PL-I'] as never);
    const sheet = { ...planToSnapshot(plan), visibility: 'visible' as const };
    const now: WorkbookSnapshot = {
      sheets: [sheet],
      markers: [{ name: markerName('PL-I'), templateId: 'PL-I', sheetName: sheet.name }],
      settings: fewer,
    };
    const moved = compareWorkbooks(workbook(2023, PL_I()), now);
    expect(moved.notes.map((n) => n.message)).toEqual([
      'Phụ lục I: "Xã Bình Minh" có trong tệp năm trước nhưng không có trong tệp năm nay.',
      'Phụ lục I: "Xã Cẩm Lý" mới có trong tệp năm nay (năm trước không có).',
    ]);
  });

  it('the sheet lists warnings linked to their cells, trends, notes and every value', () => {
    const r = compareWorkbooks(workbook(2023, PL_I()), workbook(2024, PL_I({ hdnd_xa_nu: 6, ld_xa_tong: 100 })));
    const plan = compareSheetPlan(r);
    expect(plan.name).toBe('So sánh với năm trước');
    const text = plan.cells.map((c) => String(c.value ?? ''));
    expect(text).toContain('Đại biểu HĐND đổi trong nhiệm kỳ');
    expect(text).toContain('Số liệu tăng/giảm bất thường');
    const links = plan.cells.filter((c) => c.link);
    expect(links.length).toBe(r.warnings.length + r.values.length);
    expect(links[0]!.link).toEqual({ sheet: r.warnings[0]!.sheet, cell: r.warnings[0]!.cell });
  });
});
