import { defaultSettings } from '../settings';
import { reportSheetPlan } from './report-sheet';
import type { Report } from './schema';

const report: Report = {
  valid: true,
  stats: { errors: 0, warnings: 0, infos: 0, sheets: 1, cells: 10, ms: 1 },
  annexes: [],
  findings: [],
  indicators: [],
};

const texts = (plan: ReturnType<typeof reportSheetPlan>) =>
  plan.cells.flatMap((c) => (typeof c.value === 'string' ? [c.value] : []));

describe('the "Kết quả kiểm tra" sheet', () => {
  it('names the unit, the report number and the year, and prints on A4', () => {
    const settings = defaultSettings({ unitName: 'TP. Cao Bằng', reportNumber: '91/BC-UBND', reportYear: 2024 });
    const plan = reportSheetPlan(report, new Date(2024, 7, 15, 9, 30), settings);
    expect(texts(plan)).toContain('Đơn vị: TP. Cao Bằng — Báo cáo số 91/BC-UBND — Năm 2024');
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
  });

  it('falls back to the issuer, and shows a blank to fill when the number is not set yet', () => {
    const settings = defaultSettings({ issuer: 'UBND huyện Ba Bể', reportYear: 2025 });
    expect(texts(reportSheetPlan(report, new Date(), settings))).toContain(
      'Đơn vị: UBND huyện Ba Bể — Báo cáo số …… — Năm 2025',
    );
  });
});
