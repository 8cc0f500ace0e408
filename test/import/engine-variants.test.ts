/**
 * The import engine on layouts officers make themselves — flat titles, shuffled columns, extra
 * columns, abbreviations, other years and levels than the settings, unrelated tables — with
 * the rule that matters most: a value is never put in a wrong standard cell.
 */
import type { Merge, TableGrid } from '../../src/domain/import/grid';
import { importTables } from '../../src/domain/import/import';
import type { ImportResult } from '../../src/domain/import/types';
import { defaultSettings } from '../../src/domain/settings';

let n = 0;
function grid(rows: (string | number)[][], merges: Merge[] = [], before: string[] = []): TableGrid {
  n++;
  return {
    id: `t${n}`,
    origin: { kind: 'word', table: n },
    cells: rows.map((r) =>
      r.map((v) => (typeof v === 'number' ? { text: String(v), raw: { t: 'n', v } } : { text: v })),
    ),
    merges,
    before,
  };
}

/** Every placed value, as "row.col=value", sorted. */
function placed(result: ImportResult, templateId: string): string[] {
  const out: string[] = [];
  for (const [row, cols] of Object.entries(result.data[templateId] ?? {}))
    for (const [col, v] of Object.entries(cols))
      out.push(`${row}.${col}=${typeof v === 'object' && v ? JSON.stringify(v) : v}`);
  return out.sort();
}

describe('officers’ own layouts', () => {
  it('a hand-made PL-I with flat titles (issue 11): each count in its group and level, % checked', () => {
    const g = grid([
      [],
      ['BÁO CÁO NỮ DTTS THAM GIA HĐND VÀ LÃNH ĐẠO'],
      [
        'STT',
        'Đơn vị',
        'Số nữ DTTS là đại biểu HĐND cấp huyện',
        'Tổng số đại biểu HĐND cấp huyện',
        'Tỷ lệ %',
        'Số nữ DTTS lãnh đạo cấp xã',
        'Tổng số lãnh đạo cấp xã',
        'TL (%)',
      ],
      [1, 'Huyện A', 11, 29, 38, 52, 118, 44],
      [2, 'Huyện B', 3, 20, 15, 7, 40, 17.5],
    ]);
    const r = importTables([g], { inferSettings: true });
    expect(r.tables[0]!.templateId).toBe('PL-I');
    expect(placed(r, 'PL-I')).toEqual(
      [
        '1.dia_phuong=Huyện A',
        '1.hdnd_huyen_nu=11',
        '1.hdnd_huyen_tong=29',
        '1.ld_xa_nu=52',
        '1.ld_xa_tong=118',
        '2.dia_phuong=Huyện B',
        '2.hdnd_huyen_nu=3',
        '2.hdnd_huyen_tong=20',
        '2.ld_xa_nu=7',
        '2.ld_xa_tong=40',
      ].sort(),
    );
    // 3/20 is 15 %, 7/40 is 17,5 %: the typed shares agree; nothing is left.
    expect(r.notes.filter((x) => x.kind.startsWith('percent'))).toEqual([]);
    expect(r.unplaced).toEqual([]);
  });

  it('shuffled columns follow their titles, an extra column is listed', () => {
    const g = grid(
      [
        ['Địa phương', 'Số TT', 'Mô hình can thiệp', 'Tập huấn, bồi dưỡng kiến thức', '', 'Ghi chú về nguồn số liệu'],
        ['', '', '', 'Số lượt người tham gia', 'Tổng số lớp', ''],
        ['Xã A', 1, 2, 150, 4, 'Hội LHPN báo cáo'],
      ],
      [
        { r1: 0, c1: 0, r2: 1, c2: 0 },
        { r1: 0, c1: 1, r2: 1, c2: 1 },
        { r1: 0, c1: 2, r2: 1, c2: 2 },
        { r1: 0, c1: 3, r2: 0, c2: 4 },
        { r1: 0, c1: 5, r2: 1, c2: 5 },
      ],
    );
    const r = importTables([g], { inferSettings: true });
    expect(r.tables[0]!.templateId).toBe('PL-II');
    expect(placed(r, 'PL-II')).toEqual([
      '1.dia_phuong=Xã A',
      '1.mo_hinh=2',
      '1.tap_huan_lop=4',
      '1.tap_huan_nguoi=150',
    ]);
    expect(r.unplaced.map((u) => [u.text, u.reason])).toEqual([['Hội LHPN báo cáo', 'no-column']]);
  });

  it('two levels in the settings: the huyện columns of an old table are listed, never moved to xã', () => {
    const g = grid(
      [
        ['Số TT', 'Địa phương', 'Nữ DTTS tham gia Hội đồng nhân dân các cấp', '', '', '', '', ''],
        ['', '', 'Cấp tỉnh', '%', 'Cấp huyện', '%', 'Cấp xã', '%'],
        [1, 'Tỉnh X', '2/50', 4, '11/29', 38, '40/120', 33.3],
      ],
      [
        { r1: 0, c1: 0, r2: 1, c2: 0 },
        { r1: 0, c1: 1, r2: 1, c2: 1 },
        { r1: 0, c1: 2, r2: 0, c2: 7 },
      ],
    );
    const settings = defaultSettings({ levels: ['tinh', 'xa'], reportYear: 2025 });
    const r = importTables([g], { settings });
    expect(r.tables[0]!.templateId).toBe('PL-I');
    expect(placed(r, 'PL-I')).toEqual([
      '1.dia_phuong=Tỉnh X',
      '1.hdnd_tinh_nu=2',
      '1.hdnd_tinh_tong=50',
      '1.hdnd_xa_nu=40',
      '1.hdnd_xa_tong=120',
    ]);
    const left = r.unplaced.map((u) => u.text);
    expect(left).toEqual(expect.arrayContaining(['11/29', '38']));
    expect(r.notes.some((x) => x.kind === 'settings-differ')).toBe(true);
  });

  it('other years than the settings: a 2025 demand column is never the 2026 demand column', () => {
    const g = grid(
      [
        ['Số TT', 'Tên đơn vị', 'Kinh phí được giao thực hiện giai đoạn 2018-2024', '', 'Nhu cầu kinh phí năm 2025'],
        ['', '', 'Năm 2023', 'Năm 2024', ''],
        [1, 'Huyện A', 10, 12, 15],
      ],
      [
        { r1: 0, c1: 0, r2: 1, c2: 0 },
        { r1: 0, c1: 1, r2: 1, c2: 1 },
        { r1: 0, c1: 2, r2: 0, c2: 3 },
        { r1: 0, c1: 4, r2: 1, c2: 4 },
      ],
    );
    const r = importTables([g], { settings: defaultSettings({ reportYear: 2025, budgetFromYear: 2018 }) });
    expect(r.tables[0]!.templateId).toBe('PL-III');
    expect(placed(r, 'PL-III')).not.toContain('kp_1898.1.nhu_cau=15');
    expect(placed(r, 'PL-III')).toEqual(
      expect.arrayContaining(['kp_1898.1.nam_2023=10', 'kp_1898.1.nam_2024=12', 'kp_1898.1.ten_don_vi=Huyện A']),
    );
    expect(r.unplaced.map((u) => u.text)).toContain('15');
  });

  it('abbreviations: SL, TL, HĐND, UBND in a women-cadre table', () => {
    const g = grid([
      ['TT', 'Chức danh', 'SL nữ/tổng', 'TL (%)'],
      [1, 'HĐND cấp huyện – Phó Chủ tịch', '1/2', 50],
      [2, 'UBND cấp xã – Chủ tịch', '2/15', 13.33],
      [3, 'Cấp ủy cấp xã', '30/100', 30],
    ]);
    const r = importTables([g], { inferSettings: true });
    expect(r.tables[0]!.templateId).toBe('PL-CB');
    expect(placed(r, 'PL-CB')).toEqual([
      'cap_uy_xa.so_nu=30',
      'cap_uy_xa.tong_so=100',
      'hdnd_ld_pct_huyen.so_nu=1',
      'hdnd_ld_pct_huyen.tong_so=2',
      'ubnd_ld_ct_xa.so_nu=2',
      'ubnd_ld_ct_xa.tong_so=15',
    ]);
  });

  it('"8/9" that Excel turned into a date is listed with the reason, not guessed', () => {
    const g = grid([
      ['Số TT', 'Địa phương', 'Nữ DTTS tham gia HĐND cấp huyện', 'Tỷ lệ (%)'],
      [1, 'Huyện A', '11/29', 38],
    ]);
    g.cells.push([
      { text: '2', raw: { t: 'n', v: 2 } },
      { text: 'Huyện B' },
      { text: '8/9/2024', raw: { t: 'd', v: '2024-09-08' } },
      { text: '88.88', raw: { t: 'n', v: 88.88 } },
    ]);
    const r = importTables([g], { inferSettings: true });
    expect(placed(r, 'PL-I')).toEqual([
      '1.dia_phuong=Huyện A',
      '1.hdnd_huyen_nu=11',
      '1.hdnd_huyen_tong=29',
      '2.dia_phuong=Huyện B',
    ]);
    expect(r.unplaced.map((u) => u.reason)).toEqual(['date-for-pair', 'percent-without-counts']);
  });

  it('a table that is no annex is not imported', () => {
    const g = grid([
      ['Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị công tác'],
      ['Nguyễn Thị A', '01/02/1980', 'Trưởng phòng', 'Phòng Nội vụ'],
      ['Lê Văn B', '03/04/1985', 'Chuyên viên', 'Phòng LĐ-TB&XH'],
    ]);
    const r = importTables([g], { inferSettings: true });
    expect(r.data).toEqual({});
    expect(r.tables[0]!.templateId).toBeUndefined();
    expect(r.unplaced[0]!.reason).toMatch(/^table-/);
  });

  it('a typed total that does not add up is said, the annex keeps its formula', () => {
    const g = grid([
      [
        'Số TT',
        'Địa phương',
        'Tập huấn, bồi dưỡng kiến thức – Tổng số lớp',
        'Tập huấn, bồi dưỡng kiến thức – Số lượt người tham gia',
      ],
      [1, 'Xã A', 2, 50],
      [2, 'Xã B', 3, 70],
      ['Tổng', '', 6, 120],
    ]);
    const r = importTables([g], { inferSettings: true });
    expect(placed(r, 'PL-II')).toEqual(
      [
        '1.dia_phuong=Xã A',
        '1.tap_huan_lop=2',
        '1.tap_huan_nguoi=50',
        '2.dia_phuong=Xã B',
        '2.tap_huan_lop=3',
        '2.tap_huan_nguoi=70',
      ].sort(),
    );
    const totals = r.notes.filter((x) => x.kind === 'total-differs');
    expect(totals).toHaveLength(1);
    expect(totals[0]!.data).toMatchObject({ text: '6', sum: '5' });
  });

  it('--template decides for a table that could be two annexes', () => {
    const g = grid([
      ['TT', 'Nội dung', 'Ghi chú'],
      [1, 'Kế hoạch số 91/KH-UBND', 'Phòng LĐ-TB&XH'],
    ]);
    const r = importTables([g], { inferSettings: true, templateId: 'VB' });
    expect(r.tables[0]!.templateId).toBe('VB');
    expect(placed(r, 'VB')).toEqual(['1.ghi_chu=Phòng LĐ-TB&XH', '1.noi_dung=Kế hoạch số 91/KH-UBND', '1.tt=1']);
  });

  it('the officer’s choice of a column target is applied, and "do not import" leaves it out', () => {
    const g = grid([
      ['TT', 'Nội dung văn bản', 'Cơ quan', 'Loại', 'Số', 'Ngày ký', 'Người theo dõi'],
      [1, 'Về việc khảo sát …', 'UBND thành phố', 'Công văn', '213/UBND-VP', '09/02/2021', 'Chị Lan'],
    ]);
    const first = importTables([g], { inferSettings: true });
    const t = first.tables[0]!;
    expect(t.templateId).toBe('VB');
    const so = t.columns.find((c) => c.header[0] === 'Số')!;
    const follow = t.columns.find((c) => c.header[0] === 'Người theo dõi')!;
    const again = importTables([g], {
      inferSettings: true,
      overrides: { tables: { [t.id]: { columns: { [so.index]: 'so_ky_hieu', [follow.index]: 'ghi_chu' } } } },
    });
    expect(placed(again, 'VB')).toEqual(
      expect.arrayContaining(['1.so_ky_hieu=213/UBND-VP', '1.ghi_chu=Chị Lan', '1.ngay={"date":"2021-02-09"}']),
    );
    const skip = importTables([g], {
      inferSettings: true,
      overrides: { tables: { [t.id]: { columns: { [follow.index]: null } } } },
    });
    expect(placed(skip, 'VB').some((x) => x.includes('Chị Lan'))).toBe(false);
  });

  it('degenerate input: nothing, a header alone, one cell', () => {
    expect(importTables([]).data).toEqual({});
    expect(importTables([grid([['TT', 'Nội dung', 'Cơ quan ban hành']])]).data).toEqual({});
    expect(importTables([grid([['x']])]).data).toEqual({});
    expect(importTables([grid([[]])]).tables).toEqual([]);
  });

  it('a 2,000-row list imports without a blow-up (linear work per row)', () => {
    const rows: (string | number)[][] = [
      ['TT', 'Nội dung', 'Cơ quan ban hành', 'Loại văn bản', 'Số ký hiệu', 'Ngày ban hành'],
    ];
    for (let i = 1; i <= 2000; i++)
      rows.push([i, `Văn bản ${i}`, 'UBND thành phố', 'Công văn', `${i}/UBND-VP`, '09/02/2021']);
    const t0 = Date.now();
    const r = importTables([grid(rows)], { inferSettings: true });
    const ms = Date.now() - t0;
    expect(Object.keys(r.data.VB!)).toHaveLength(2000);
    expect(ms).toBeLessThan(30000);
  });
});
