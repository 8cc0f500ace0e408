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

  it('says which national milestone each indicator is compared with, and a missing local target as such', () => {
    const withIndicator: Report = {
      ...report,
      indicators: [
        {
          id: '1.1',
          name: 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ',
          unit: '%',
          value: 76.47,
          numerator: 13,
          denominator: 17,
          localTarget: null,
          nationalTarget: 60,
          localStatus: 'chua-co-chi-tieu',
          nationalStatus: 'dat',
          localGap: null,
          nationalGap: 0,
          nationalYear: '2025',
        },
      ],
    };
    const t = texts(reportSheetPlan(withIndicator, new Date(2024, 7, 15), defaultSettings()));
    expect(t).toContain('Chỉ tiêu quốc gia (mốc so sánh)');
    expect(t).toContain('Đánh giá (so với mốc quốc gia)');
    expect(t).toContain('60 (mốc 2025)');
    expect(t).toContain('Chưa có chỉ tiêu địa phương');
    expect(t).not.toContain('Chưa có số liệu');
  });
});
