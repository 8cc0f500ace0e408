import { defaultSettings } from '../../src/domain/settings';
import {
  draftFromSettings,
  draftToInput,
  hasErrors,
  parseDraftDate,
  parseTargetValue,
  validateDraft,
} from '../../src/taskpane/settingsForm';
import { SETTINGS } from './fixtures';

describe('settings draft', () => {
  it('round-trips loaded settings unchanged', () => {
    const d = draftFromSettings(SETTINGS);
    expect(d).toMatchObject({
      unitName: 'Thành phố Cao Bằng',
      reportYear: '2024',
      periodFrom: '01/01/2024',
      periodTo: '31/10/2024',
      levelMode: 'three',
      units: 'Phường Hợp Giang\nXã Hưng Đạo',
    });
    expect(d.targets.map((t) => [t.indicatorId, t.value])).toEqual([['1.1', '60,5']]);
    expect(hasErrors(validateDraft(d, SETTINGS))).toBe(false);
    expect(draftToInput(d, SETTINGS)).toEqual(SETTINGS);
  });

  it('maps the two-level government choice', () => {
    const two = draftFromSettings({ ...SETTINGS, levels: ['tinh', 'xa'] });
    expect(two.levelMode).toBe('two');
    expect(draftToInput({ ...two }, SETTINGS).levels).toEqual(['tinh', 'xa']);
    expect(draftToInput({ ...two, levelMode: 'three' }, SETTINGS).levels).toEqual(['tinh', 'huyen', 'xa']);
  });

  it('keeps fields the form does not show (explanations, baselines, budget year)', () => {
    const base = {
      ...SETTINGS,
      explanations: { 'target/less-ambitious@1.1': 'Tỉnh quyết định.' },
      localTargets: [{ indicatorId: '1.1', value: 60, baseline: 40, explanation: 'Theo KH 91' }],
      budgetFromYear: 2019,
    };
    const input = draftToInput(draftFromSettings(base), base);
    expect(input.explanations).toEqual(base.explanations);
    expect(input.localTargets).toEqual(base.localTargets);
    expect(input.budgetFromYear).toBe(2019);
  });

  it('trims text, drops blank units and blank target rows, drops empty dates', () => {
    const d = {
      ...draftFromSettings(defaultSettings()),
      unitName: '  Xã Nam Tuấn ',
      units: '\n A \r\n\n B\n',
      reportDate: '',
      targets: [
        { key: 1, indicatorId: ' 4.1 ', value: '109,5' },
        { key: 2, indicatorId: '', value: '  ' },
      ],
    };
    const input = draftToInput(d, defaultSettings());
    expect(input.unitName).toBe('Xã Nam Tuấn');
    expect(input.units).toEqual(['A', 'B']);
    expect(input.localTargets).toEqual([{ indicatorId: '4.1', value: 109.5 }]);
    expect(input).not.toHaveProperty('reportDate');
    expect(input).not.toHaveProperty('period');
  });

  it('reads target values the Vietnamese way', () => {
    expect(parseTargetValue('60,5')).toBe(60.5);
    expect(parseTargetValue('60 %')).toBe(60);
    expect(parseTargetValue('1.250')).toBe(1250);
    expect(parseTargetValue('27,59,03')).toBeUndefined();
    expect(parseTargetValue('abc')).toBeUndefined();
    expect(parseTargetValue('')).toBeUndefined();
  });

  it('reports invalid fields in Vietnamese', () => {
    const d = draftFromSettings(SETTINGS);
    const e = validateDraft(
      {
        ...d,
        reportYear: '24',
        reportDate: '30/02/2024',
        periodFrom: '01/05/2024',
        periodTo: '',
        targets: [
          { key: 1, indicatorId: '1.1', value: 'x' },
          { key: 2, indicatorId: '1.1', value: '5' },
          { key: 3, indicatorId: '', value: '5' },
        ],
      },
      SETTINGS,
    );
    expect(e.fields).toEqual({
      reportYear: 'Năm báo cáo phải là số từ 2000 đến 2100.',
      reportDate: 'Ngày 30/02/2024 không có trong lịch: kiểm tra lại ngày và tháng.',
      periodTo: 'Nhập đủ cả ngày bắt đầu và ngày kết thúc.',
    });
    expect(e.targets[1]).toEqual({ value: expect.stringMatching(/^Giá trị phải là một số/) });
    expect(e.targets[2]).toEqual({ indicatorId: 'Mã chỉ tiêu này đã có ở dòng trên.' });
    expect(e.targets[3]).toEqual({ indicatorId: 'Nhập mã chỉ tiêu.' });
  });

  it('checks the period order and the budget year', () => {
    const d = draftFromSettings(SETTINGS);
    expect(validateDraft({ ...d, periodFrom: '31/12/2024', periodTo: '01/01/2024' }, SETTINGS).fields).toEqual({
      periodTo: 'Ngày bắt đầu phải trước ngày kết thúc.',
    });
    const from2019 = { ...SETTINGS, budgetFromYear: 2019 };
    expect(validateDraft({ ...d, reportYear: '2018' }, from2019).fields.reportYear).toBe(
      'Năm báo cáo không được trước năm bắt đầu kinh phí (2019).',
    );
    // Before QĐ 1898 (2018) there is no 1898 budget to start: a 2015 report (2011–2020 strategy) is fine.
    expect(validateDraft({ ...d, reportYear: '2015' }, SETTINGS).fields).toEqual({});
    expect(draftToInput({ ...d, reportYear: '2015' }, SETTINGS)).toMatchObject({
      reportYear: 2015,
      budgetFromYear: 2015,
    });
  });

  it('shows and reads dates dd/mm/yyyy, never in the browser locale order', () => {
    const s = { ...SETTINGS, reportDate: '2024-12-10', period: { from: '2024-01-01', to: '2024-12-10' } };
    const d = draftFromSettings(s);
    expect([d.reportDate, d.periodFrom, d.periodTo]).toEqual(['10/12/2024', '01/01/2024', '10/12/2024']);
    expect(draftToInput(d, s)).toEqual(s);
    // Typed the short way, with dashes or dots: still day first.
    const typed = { ...d, reportDate: '5/7/2025', periodFrom: '1-1-2025', periodTo: '30.6.2025' };
    expect(validateDraft(typed, s).fields).toEqual({});
    expect(draftToInput(typed, s)).toMatchObject({
      reportDate: '2025-07-05',
      period: { from: '2025-01-01', to: '2025-06-30' },
    });
    // "12/31/2024" (month first) has no 31st month: refused in Vietnamese, not read as 31 December.
    expect(validateDraft({ ...d, reportDate: '12/31/2024' }, s).fields.reportDate).toBe(
      'Ngày 12/31/2024 không có trong lịch: kiểm tra lại ngày và tháng.',
    );
    expect(validateDraft({ ...d, periodFrom: 'tháng 1' }, s).fields.periodFrom).toBe(
      'Ngày phải ghi theo dạng ngày/tháng/năm, ví dụ 10/12/2024.',
    );
    expect(parseDraftDate('')).toBe('');
    expect(parseDraftDate('31/04/2024')).toBeUndefined();
  });

  it('keeps and changes the indicator set', () => {
    const d = draftFromSettings(SETTINGS);
    expect(d.indicatorSet).toBe('clqg-2021-2030');
    expect(draftToInput({ ...d, indicatorSet: 'clqg-2011-2020' }, SETTINGS).indicatorSet).toBe('clqg-2011-2020');
  });
});
