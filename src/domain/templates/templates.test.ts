import { defaultSettings } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { sheetPlanSchema } from '../sheet/plan';
import { TEMPLATES, getTemplate } from './catalog';
import { renderLayout } from './render';
import { buildLayout } from './template';

const settings = defaultSettings({
  reportYear: 2024,
  unitName: 'TP. Cao Bằng',
  reportNumber: '123',
  reportDate: '2024-08-15',
});

describe('annex templates', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s builds a valid layout and sheet plan', (id) => {
    const layout = buildLayout(getTemplate(id)!, settings);
    const { plan, tables } = renderLayout(layout);
    expect(sheetPlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(plan.font.name).toBe('Times New Roman');
    // The column-number row reads (1) (2) … (n) under the header.
    const snap = planToSnapshot(plan);
    for (const t of tables) {
      const row = snap.cells[t.numberRow]!;
      const n = layout.tables.find((x) => x.key === t.key)!.columns.length;
      expect(row.slice(0, n).map((c) => c?.v)).toEqual(Array.from({ length: n }, (_, i) => `(${i + 1})`));
    }
  });

  it('fills the "(Kèm theo …)" line from the settings', () => {
    expect(buildLayout(getTemplate('PL-I')!, settings).attachLine).toBe(
      '(Kèm theo Báo cáo số 123/BC-UBND ngày 15/08/2024 của UBND TP. Cao Bằng)',
    );
    expect(buildLayout(getTemplate('KH')!, settings).attachLine).toMatch(/^\(Kèm theo Kế hoạch số 123\/KH-UBND/);
  });

  it('PL-I has count, total and % per level, following the levels setting', () => {
    const three = buildLayout(getTemplate('PL-I')!, settings).tables[0]!.columns.map((c) => c.key);
    expect(three).toHaveLength(2 + 2 * 3 * 3);
    const two = buildLayout(getTemplate('PL-I')!, defaultSettings({ levels: ['tinh', 'xa'] })).tables[0]!.columns.map(
      (c) => c.key,
    );
    expect(two).toEqual([
      'stt',
      'dia_phuong',
      'hdnd_tinh_nu',
      'hdnd_tinh_tong',
      'hdnd_tinh_tl',
      'hdnd_xa_nu',
      'hdnd_xa_tong',
      'hdnd_xa_tl',
      'ld_tinh_nu',
      'ld_tinh_tong',
      'ld_tinh_tl',
      'ld_xa_nu',
      'ld_xa_tong',
      'ld_xa_tl',
    ]);
  });

  it('PL-III year columns run 2018…Y with "Nhu cầu Y+1"', () => {
    const cols = buildLayout(getTemplate('PL-III')!, settings).tables[0]!.columns.map((c) => c.key);
    expect(cols).toEqual([
      'stt',
      'ten_don_vi',
      'nam_2018',
      'nam_2019',
      'nam_2020',
      'nam_2021',
      'nam_2022',
      'nam_2023',
      'nam_2024',
      'nhu_cau',
      'ghi_chu',
    ]);
  });

  it('writes live formulas: % from counts, totals as SUM, status against the target', () => {
    const { plan, tables } = renderLayout(buildLayout(getTemplate('PL-I')!, settings));
    const t = tables[0]!;
    const at = (row: string, col: string) => plan.cells.find((c) => c.row === t.rows[row] && c.col === t.cols[col]);
    expect(at('1', 'hdnd_huyen_tl')?.formula).toBe(
      '=IF(AND(ISNUMBER(F10),ISNUMBER(G10),G10>0),ROUND(F10/G10*100,2),"")',
    );
    expect(at('tong', 'hdnd_huyen_nu')?.formula).toBe('=SUM(F10:F10)');
    expect(at('1', 'hdnd_huyen_nu')).toMatchObject({ input: true, validation: { type: 'custom' } });
    const clqg = renderLayout(buildLayout(getTemplate('CLQG')!, settings));
    const c = clqg.tables[0]!;
    const status = clqg.plan.cells.find((x) => x.row === c.rows['2.2'] && x.col === c.cols.danh_gia)!;
    expect(status.formula).toContain('<'); // 2.2 is "dưới 30 %": strictly below
  });

  it('CLQG lists all 22 indicators under their goals; 4.4 is answered Có/Không', () => {
    const layout = buildLayout(getTemplate('CLQG')!, settings);
    const rows = layout.tables[0]!.rows;
    expect(rows.filter((r) => r.kind === 'fixed')).toHaveLength(22);
    expect(rows.filter((r) => r.kind === 'group')).toHaveLength(6);
    expect(rows.find((r) => r.key === '4.4')?.lists.ket_qua).toEqual(['Có', 'Không']);
  });
});
