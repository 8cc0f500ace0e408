import {
  appReducer,
  countFindings,
  findingTarget,
  indicatorStatusCounts,
  missingFindings,
  initialAppState,
  parseTab,
  selectFindingsBySheet,
  severityCounts,
  statusShares,
  summaryDetail,
  summaryIntent,
  summaryText,
  type AppState,
} from '../../src/taskpane/state';
import { cleanReport, finding, reportWithErrors } from './fixtures';

const ALL = { error: true, warning: true, info: true };

describe('parseTab', () => {
  it('accepts the four tab ids, case-insensitively, and falls back to insert', () => {
    expect(parseTab('insert')).toBe('insert');
    expect(parseTab('Validate')).toBe('validate');
    expect(parseTab(' indicators ')).toBe('indicators');
    expect(parseTab('export')).toBe('export');
    expect(parseTab('')).toBe('insert');
    expect(parseTab(null)).toBe('insert');
    expect(parseTab('toString')).toBe('insert');
  });
});

describe('summaryText / summaryDetail / summaryIntent', () => {
  it('counts errors and warnings, leaving zeros out', () => {
    expect(summaryText({ errors: 3, warnings: 5, infos: 0 })).toBe('3 lỗi, 5 cảnh báo');
    expect(summaryText({ errors: 2, warnings: 1, infos: 4 })).toBe('2 lỗi, 1 cảnh báo, 4 thông tin');
    expect(summaryText({ errors: 1, warnings: 0, infos: 0 })).toBe('1 lỗi');
    expect(summaryIntent({ errors: 1, warnings: 0, infos: 0 })).toBe('error');
    expect(summaryDetail({ errors: 1, warnings: 0, infos: 0 })).toBe('Cần sửa các lỗi trước khi gửi.');
  });

  it('says "Sẵn sàng gửi" when there are no errors', () => {
    expect(summaryText({ errors: 0, warnings: 0, infos: 0 })).toBe('Sẵn sàng gửi');
    expect(summaryText({ errors: 0, warnings: 2, infos: 1 })).toBe('Sẵn sàng gửi');
    expect(summaryIntent({ errors: 0, warnings: 2, infos: 1 })).toBe('success');
    expect(summaryDetail({ errors: 0, warnings: 0, infos: 0 })).toBe('Không có lỗi nào.');
    expect(summaryDetail({ errors: 0, warnings: 2, infos: 1 })).toBe(
      'Không có lỗi; còn 2 cảnh báo, 1 thông tin nên xem lại.',
    );
  });
});

describe('selectFindingsBySheet', () => {
  it('groups by sheet in order of first appearance, errors first within a sheet', () => {
    const groups = selectFindingsBySheet(reportWithErrors(), ALL);
    expect(groups.map((g) => g.sheet)).toEqual(['PL-I Nữ DTTS lãnh đạo', 'CLQG Chỉ tiêu']);
    expect(groups[1]!.findings.map((f) => f.cell)).toEqual(['D9', 'F12']);
    expect(groups[1]!.counts).toEqual({ errors: 1, warnings: 1, infos: 0 });
  });

  it('keeps report order within a severity (stable)', () => {
    const report = {
      ...cleanReport(),
      findings: [finding({ cell: 'B2' }), finding({ cell: 'A1', severity: 'warning' }), finding({ cell: 'C3' })],
    };
    expect(selectFindingsBySheet(report, ALL)[0]!.findings.map((f) => f.cell)).toEqual(['B2', 'C3', 'A1']);
  });

  it('filters by severity and drops sheets left empty', () => {
    const groups = selectFindingsBySheet(reportWithErrors(), { error: false, warning: true, info: true });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sheet).toBe('CLQG Chỉ tiêu');
    expect(groups[0]!.findings.map((f) => f.severity)).toEqual(['warning']);
    // Nothing chosen under "Chỉ hiện" is no filter at all.
    expect(selectFindingsBySheet(reportWithErrors(), { error: false, warning: false, info: false })).toHaveLength(2);
    expect(
      selectFindingsBySheet(reportWithErrors(), { error: true, warning: false, info: false }).map((g) => g.sheet),
    ).toEqual(['PL-I Nữ DTTS lãnh đạo', 'CLQG Chỉ tiêu']);
  });

  it('is empty without a report, and does not mutate the report', () => {
    expect(selectFindingsBySheet(null, ALL)).toEqual([]);
    const r = reportWithErrors();
    const before = JSON.stringify(r);
    selectFindingsBySheet(r, ALL);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('counts', () => {
  it('counts findings per severity', () => {
    expect(countFindings(reportWithErrors().findings)).toEqual({ errors: 2, warnings: 1, infos: 0 });
    expect(severityCounts(reportWithErrors())).toEqual({ error: 2, warning: 1, info: 0 });
    expect(severityCounts(null)).toEqual({ error: 0, warning: 0, info: 0 });
  });

  const none = { 'chua-co-chi-tieu': 0, 'khong-danh-gia-duoc': 0 };
  it('counts indicator statuses against local and national targets', () => {
    const inds = reportWithErrors().indicators;
    expect(indicatorStatusCounts(inds, 'local')).toEqual({ dat: 1, 'chua-dat': 1, 'chua-co-so-lieu': 1, ...none });
    expect(indicatorStatusCounts(inds, 'national')).toEqual({ dat: 2, 'chua-dat': 0, 'chua-co-so-lieu': 1, ...none });
    expect(indicatorStatusCounts([], 'local')).toEqual({ dat: 0, 'chua-dat': 0, 'chua-co-so-lieu': 0, ...none });
    const noTarget = {
      ...inds[0]!,
      localStatus: 'chua-co-chi-tieu' as const,
      nationalStatus: 'khong-danh-gia-duoc' as const,
    };
    expect(indicatorStatusCounts([noTarget], 'local')['chua-co-chi-tieu']).toBe(1);
    expect(indicatorStatusCounts([noTarget], 'national')['khong-danh-gia-duoc']).toBe(1);
  });

  it('turns counts into bar shares summing to 100', () => {
    expect(
      statusShares({ dat: 1, 'chua-dat': 2, 'chua-co-so-lieu': 0, 'chua-co-chi-tieu': 1, 'khong-danh-gia-duoc': 0 }),
    ).toEqual({
      dat: 25,
      'chua-dat': 50,
      'chua-co-so-lieu': 0,
      'chua-co-chi-tieu': 25,
      'khong-danh-gia-duoc': 0,
    });
    expect(statusShares({ dat: 0, 'chua-dat': 0, 'chua-co-so-lieu': 0, ...none })).toEqual({
      dat: 0,
      'chua-dat': 0,
      'chua-co-so-lieu': 0,
      ...none,
    });
  });
});

describe('missingFindings', () => {
  it('is the number of counted findings the list leaves out', () => {
    expect(missingFindings(null)).toBe(0);
    expect(missingFindings(reportWithErrors())).toBe(0);
    const r = reportWithErrors();
    expect(missingFindings({ ...r, stats: { ...r.stats, errors: 2000 } })).toBe(1998);
  });
});

describe('findingTarget', () => {
  it('goes to the cell, or to A1 for a sheet-level finding', () => {
    expect(findingTarget(finding({ cell: 'E8' }))).toEqual({ sheet: 'PL-I Nữ DTTS lãnh đạo', cell: 'E8' });
    expect(findingTarget(finding({ cell: '' }))).toEqual({ sheet: 'PL-I Nữ DTTS lãnh đạo', cell: 'A1' });
  });
});

describe('appReducer', () => {
  const start = (): AppState => initialAppState('validate');

  it('runs a validation: started → progress → succeeded', () => {
    let s = appReducer(start(), { type: 'validateStarted' });
    expect(s.validating).toBe(true);
    s = appReducer(s, { type: 'validateProgress', progress: { phase: 'reading', fraction: 0.2 } });
    expect(s.progress).toEqual({ phase: 'reading', fraction: 0.2 });
    const report = reportWithErrors();
    s = appReducer(s, { type: 'validateSucceeded', report });
    expect(s).toMatchObject({ validating: false, progress: null, report, reportOrigin: 'run' });
  });

  it('ignores progress that arrives after the run ended', () => {
    const s = appReducer(start(), { type: 'validateProgress', progress: { phase: 'done', fraction: 1 } });
    expect(s.progress).toBeNull();
  });

  it('keeps the previous report when a run fails, with a notice', () => {
    const report = reportWithErrors();
    let s = appReducer(start(), { type: 'validateSucceeded', report });
    s = appReducer(s, { type: 'validateStarted' });
    s = appReducer(s, { type: 'validateFailed', message: 'Không kiểm tra được: x' });
    expect(s.report).toBe(report);
    expect(s.notices.validate).toEqual({ intent: 'error', text: 'Không kiểm tra được: x' });
    s = appReducer(s, { type: 'dismissNotice', area: 'validate' });
    expect(s.notices.validate).toBeUndefined();
  });

  it('takes a stored report unless a run is in progress', () => {
    const stored = cleanReport();
    let s = appReducer(start(), { type: 'storedReportLoaded', report: stored });
    expect(s).toMatchObject({ report: stored, reportOrigin: 'stored' });
    s = appReducer(s, { type: 'validateStarted' });
    const again = appReducer(s, { type: 'storedReportLoaded', report: reportWithErrors() });
    expect(again.report).toBe(stored);
  });

  it('starts with a stored report when one is given', () => {
    const s = initialAppState('insert', cleanReport());
    expect(s.reportOrigin).toBe('stored');
    expect(initialAppState().reportOrigin).toBeNull();
  });

  it('toggles severities independently, starting with none chosen (all shown)', () => {
    expect(start().filter).toEqual({ error: false, warning: false, info: false });
    let s = appReducer(start(), { type: 'toggleSeverity', severity: 'error' });
    expect(s.filter).toEqual({ error: true, warning: false, info: false });
    s = appReducer(s, { type: 'toggleSeverity', severity: 'error' });
    expect(s.filter).toEqual({ error: false, warning: false, info: false });
  });

  it('reports highlight and export outcomes as notices', () => {
    let s = appReducer(start(), { type: 'highlightStarted', which: 'highlight' });
    expect(s.highlighting).toBe('highlight');
    s = appReducer(s, { type: 'highlightSucceeded', which: 'highlight', count: 4 });
    expect(s.notices.highlight).toEqual({ intent: 'success', text: 'Đã tô màu 4 ô.' });
    s = appReducer(s, { type: 'highlightSucceeded', which: 'highlight', count: 0 });
    expect(s.notices.highlight?.text).toBe('Không có ô nào cần tô màu.');
    s = appReducer(s, { type: 'exportStarted' });
    expect(s.exporting).toBe(true);
    s = appReducer(s, { type: 'exportSucceeded', sheetName: 'Kết quả kiểm tra (2)' });
    expect(s).toMatchObject({ exporting: false, exportedSheet: 'Kết quả kiểm tra (2)' });
    expect(s.notices.export?.text).toBe('Đã ghi kết quả vào trang tính "Kết quả kiểm tra (2)".');
    // A new report makes the export stale.
    s = appReducer(s, { type: 'validateSucceeded', report: cleanReport() });
    expect(s.exportedSheet).toBeNull();
    expect(s.notices.export).toBeUndefined();
  });

  it("takes a live re-check: new report, successes dropped, errors kept; the officer's own run wins", () => {
    let s = appReducer(start(), { type: 'validateSucceeded', report: reportWithErrors(), at: 1000 });
    expect(s).toMatchObject({ checkedAt: 1000, stale: false });
    s = appReducer(s, { type: 'highlightSucceeded', which: 'highlight', count: 3 });
    s = appReducer(s, { type: 'navigateFailed', message: 'Không đi tới ô được: x' });
    s = appReducer(s, { type: 'recheckStarted' });
    expect(s.rechecking).toBe(true);
    const clean = cleanReport();
    s = appReducer(s, { type: 'recheckSucceeded', report: clean, at: 2000 });
    expect(s).toMatchObject({ report: clean, rechecking: false, checkedAt: 2000, reportOrigin: 'run' });
    expect(s.notices.highlight).toBeUndefined();
    expect(s.notices.navigate?.intent).toBe('error');
    // During the officer's own Kiểm tra a re-check result is dropped (the run reads the newer workbook).
    s = appReducer(s, { type: 'validateStarted' });
    const during = appReducer(s, { type: 'recheckSucceeded', report: reportWithErrors(), at: 3000 });
    expect(during.report).toBe(clean);
  });

  it('marks the results stale (only when there are results), and a new run clears it', () => {
    expect(appReducer(start(), { type: 'markStale' }).stale).toBe(false);
    let s = appReducer(start(), { type: 'validateSucceeded', report: reportWithErrors() });
    s = appReducer(s, { type: 'markStale' });
    expect(s.stale).toBe(true);
    s = appReducer(s, { type: 'recheckFailed', message: 'Không tự kiểm tra lại được sau khi sửa ô: x' });
    expect(s.notices.validate).toEqual({ intent: 'warning', text: 'Không tự kiểm tra lại được sau khi sửa ô: x' });
    s = appReducer(s, { type: 'validateSucceeded', report: cleanReport() });
    expect(s.stale).toBe(false);
    expect(appReducer(s, { type: 'liveMode', live: 'off' }).live).toBe('off');
  });

  it('selects tabs', () => {
    expect(appReducer(start(), { type: 'selectTab', tab: 'export' }).tab).toBe('export');
  });
});
