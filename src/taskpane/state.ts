/**
 * Task pane state: one reducer for what the tabs share (the report, the running validation,
 * the severity filter, notices) and pure selectors over it. No React, no Office here.
 */
import type { ValidateProgress } from '../app/types';
import { STATUSES } from '../domain/report/levels';
import type { Finding, IndicatorResult, Report, Severity, Status } from '../domain/report/schema';
import { countsPhrase, S } from '../domain/messages/taskpane';
import { causeCells, groupRepeats, orderCausesFirst, type FindingEntry } from '../domain/report/group';
import { EXPLAIN_MSG } from '../domain/messages/stamp';

export const TAB_IDS = ['insert', 'validate', 'indicators', 'export', 'aggregate', 'compare'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** "?tab=insert" → 'insert'; anything unknown → the first tab. */
export function parseTab(value: string | null | undefined): TabId {
  const v = (value ?? '').trim().toLowerCase();
  return (TAB_IDS as readonly string[]).includes(v) ? (v as TabId) : 'insert';
}

/**
 * "Chỉ hiện": the severities the officer chose to see alone. None chosen (the start) shows
 * everything; choosing Lỗi shows only errors, Lỗi and Cảnh báo both of those.
 */
export type SeverityFilter = Record<Severity, boolean>;
export const NO_FILTER: SeverityFilter = { error: false, warning: false, info: false };

/** Whether the filter lets a severity through. */
export function shows(filter: SeverityFilter, severity: Severity): boolean {
  return filter[severity] || (!filter.error && !filter.warning && !filter.info);
}

export type NoticeIntent = 'success' | 'warning' | 'error' | 'info';
export interface Notice {
  intent: NoticeIntent;
  text: string;
}
/** Where a notice is shown. */
export type NoticeArea = 'validate' | 'highlight' | 'navigate' | 'export' | 'stamp' | 'explain';

export interface AppState {
  tab: TabId;
  report: Report | null;
  /** 'run': validated in this pane; 'stored': left by the ribbon "Kiểm tra" command. */
  reportOrigin: 'run' | 'stored' | null;
  validating: boolean;
  progress: ValidateProgress | null;
  filter: SeverityFilter;
  /** Which highlight action is running, if any. */
  highlighting: 'highlight' | 'clear' | null;
  exporting: boolean;
  /** Sheet written by the last export of the current report. */
  exportedSheet: string | null;
  notices: Partial<Record<NoticeArea, Notice>>;
  /** Live re-check: 'pending' until the host says whether it reports edits; 'off' where it cannot. */
  live: LiveMode;
  /** A re-check after the officer's edits is running (quietly: no progress bar). */
  rechecking: boolean;
  /** The workbook may have changed since the shown report was made (no live re-check here). */
  stale: boolean;
  /** When the shown report was made (ms since epoch); null for a report left by the ribbon command. */
  checkedAt: number | null;
}

export type LiveMode = 'pending' | 'on' | 'off';

export type AppAction =
  | { type: 'selectTab'; tab: TabId }
  | { type: 'validateStarted' }
  | { type: 'validateProgress'; progress: ValidateProgress }
  | { type: 'validateSucceeded'; report: Report; at?: number; stampError?: string }
  | { type: 'explainSucceeded'; report: Report; removed: boolean }
  | { type: 'explainFailed'; message: string }
  | { type: 'validateFailed'; message: string }
  | { type: 'storedReportLoaded'; report: Report }
  | { type: 'toggleSeverity'; severity: Severity }
  | { type: 'highlightStarted'; which: 'highlight' | 'clear' }
  | { type: 'highlightSucceeded'; which: 'highlight' | 'clear'; count?: number }
  | { type: 'highlightFailed'; message: string }
  | { type: 'navigateFailed'; message: string }
  | { type: 'exportStarted' }
  | { type: 'exportSucceeded'; sheetName: string }
  | { type: 'exportFailed'; message: string }
  | { type: 'dismissNotice'; area: NoticeArea }
  | { type: 'liveMode'; live: Exclude<LiveMode, 'pending'> }
  | { type: 'recheckStarted' }
  | { type: 'recheckSucceeded'; report: Report; at: number }
  | { type: 'recheckFailed'; message: string }
  | { type: 'markStale' };

export function initialAppState(tab: TabId = 'insert', storedReport: Report | null = null): AppState {
  return {
    tab,
    report: storedReport,
    reportOrigin: storedReport ? 'stored' : null,
    validating: false,
    progress: null,
    filter: { ...NO_FILTER },
    highlighting: null,
    exporting: false,
    exportedSheet: null,
    notices: {},
    live: 'pending',
    rechecking: false,
    stale: false,
    checkedAt: null,
  };
}

/** Notices that are not successes (errors and warnings stay until dismissed or replaced). */
function withoutSuccesses(notices: AppState['notices']): AppState['notices'] {
  const out: AppState['notices'] = {};
  for (const [area, n] of Object.entries(notices) as [NoticeArea, Notice][]) if (n.intent !== 'success') out[area] = n;
  return out;
}

function withNotice(state: AppState, area: NoticeArea, notice: Notice | undefined): AppState['notices'] {
  const notices = { ...state.notices };
  if (notice) notices[area] = notice;
  else delete notices[area];
  return notices;
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'selectTab':
      return { ...state, tab: action.tab };
    case 'validateStarted':
      return { ...state, validating: true, progress: null, notices: withNotice(state, 'validate', undefined) };
    case 'validateProgress':
      return state.validating ? { ...state, progress: action.progress } : state;
    case 'validateSucceeded':
      return {
        ...state,
        validating: false,
        progress: null,
        report: action.report,
        reportOrigin: 'run',
        exportedSheet: null,
        // Old notices talk about the previous report; a stamp that could not be written says so.
        notices: action.stampError ? { stamp: { intent: 'warning', text: action.stampError } } : {},
        stale: false,
        checkedAt: action.at ?? null,
      };
    case 'explainSucceeded':
      // The explanation is stored and the workbook re-checked (and re-stamped) with it.
      return {
        ...state,
        report: action.report,
        reportOrigin: 'run',
        stale: false,
        notices: withNotice({ ...state, notices: withNotice(state, 'stamp', undefined) }, 'explain', {
          intent: 'success',
          text: action.removed ? EXPLAIN_MSG.removed : EXPLAIN_MSG.saved,
        }),
      };
    case 'explainFailed':
      return { ...state, notices: withNotice(state, 'explain', { intent: 'error', text: action.message }) };
    case 'validateFailed':
      return {
        ...state,
        validating: false,
        progress: null,
        notices: withNotice(state, 'validate', { intent: 'error', text: action.message }),
      };
    case 'storedReportLoaded':
      // A newer run of the ribbon command replaces what is shown, except during a run here.
      if (state.validating) return state;
      return {
        ...state,
        report: action.report,
        reportOrigin: 'stored',
        exportedSheet: null,
        stale: false,
        checkedAt: null,
        notices: withNotice(state, 'export', undefined),
      };
    case 'toggleSeverity':
      return { ...state, filter: { ...state.filter, [action.severity]: !state.filter[action.severity] } };
    case 'highlightStarted':
      return { ...state, highlighting: action.which, notices: withNotice(state, 'highlight', undefined) };
    case 'highlightSucceeded':
      return {
        ...state,
        highlighting: null,
        notices: withNotice(state, 'highlight', {
          intent: 'success',
          text: action.which === 'highlight' ? S.validate.highlighted(action.count ?? 0) : S.validate.cleared,
        }),
      };
    case 'highlightFailed':
      return {
        ...state,
        highlighting: null,
        notices: withNotice(state, 'highlight', { intent: 'error', text: action.message }),
      };
    case 'navigateFailed':
      return { ...state, notices: withNotice(state, 'navigate', { intent: 'error', text: action.message }) };
    case 'exportStarted':
      return { ...state, exporting: true, exportedSheet: null, notices: withNotice(state, 'export', undefined) };
    case 'exportSucceeded':
      return {
        ...state,
        exporting: false,
        exportedSheet: action.sheetName,
        notices: withNotice(state, 'export', { intent: 'success', text: S.exportTab.done(action.sheetName) }),
      };
    case 'exportFailed':
      return {
        ...state,
        exporting: false,
        notices: withNotice(state, 'export', { intent: 'error', text: action.message }),
      };
    case 'dismissNotice':
      return { ...state, notices: withNotice(state, action.area, undefined) };
    case 'liveMode':
      return { ...state, live: action.live };
    case 'recheckStarted':
      return state.validating ? state : { ...state, rechecking: true };
    case 'recheckSucceeded':
      // A run started by the officer wins: its result arrives after this one.
      if (state.validating) return { ...state, rechecking: false };
      return {
        ...state,
        rechecking: false,
        report: action.report,
        reportOrigin: 'run',
        stale: false,
        checkedAt: action.at,
        // Successes ("Đã tô màu 5 ô") describe the workbook before the edit; a failed Kiểm tra is superseded.
        notices: withNotice({ ...state, notices: withoutSuccesses(state.notices) }, 'validate', undefined),
      };
    case 'recheckFailed':
      return {
        ...state,
        rechecking: false,
        stale: true,
        notices: withNotice(state, 'validate', { intent: 'warning', text: action.message }),
      };
    case 'markStale':
      return state.report && !state.validating ? { ...state, stale: true } : state;
    default:
      return state;
  }
}

// ---------------------------------------------------------------------------------------------
// Selectors (pure)

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

/** Counts per severity over the whole report (for the filter buttons). */
export function severityCounts(report: Report | null): Record<Severity, number> {
  const c = countFindings(report?.findings ?? []);
  return { error: c.errors, warning: c.warnings, info: c.infos };
}

export interface SheetGroup {
  sheet: string;
  /** Visible findings of this sheet, causes first (domain/report/group), then by severity. */
  findings: Finding[];
  /** The same findings with repeats grouped ("12 ô trống ở cột Tổng số, C10:C21"), in that order. */
  entries: FindingEntry[];
  counts: Counts;
}

/**
 * Findings that pass the filter, grouped by sheet in the order sheets first appear in the report;
 * sheets with nothing visible are left out. Within a sheet: causes first, repeats grouped.
 */
export function selectFindingsBySheet(report: Report | null, filter: SeverityFilter): SheetGroup[] {
  if (!report) return [];
  const causes = causeCells(report.findings);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!shows(filter, f.severity)) continue;
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups.entries()].map(([sheet, list]) => {
    const findings = orderCausesFirst(list, causes);
    return { sheet, findings, entries: groupRepeats(findings), counts: countFindings(findings) };
  });
}

/** "3 lỗi, 5 cảnh báo, 1 thông tin" while errors remain; "Sẵn sàng gửi" when there are none. */
export function summaryText(stats: Counts): string {
  if (stats.errors > 0) return countsPhrase(stats);
  return S.validate.readyTitle;
}

/** The line under the summary. */
export function summaryDetail(stats: Counts & { explained?: number }): string {
  const explained = stats.explained ? ` (${EXPLAIN_MSG.counted(stats.explained)})` : '';
  if (stats.errors > 0) return S.validate.notReadyDetail + explained;
  const rest = countsPhrase({ errors: 0, warnings: stats.warnings, infos: stats.infos });
  return (rest ? S.validate.readyDetailSome(rest) : S.validate.readyDetailNone) + explained;
}

export function summaryIntent(stats: Counts): 'success' | 'error' {
  return stats.errors > 0 ? 'error' : 'success';
}

/**
 * How many findings the report counts but does not list (the ribbon command trims the list when
 * it does not fit in storage); 0 for a complete report.
 */
export function missingFindings(report: Report | null): number {
  if (!report) return 0;
  const total = report.stats.errors + report.stats.warnings + report.stats.infos;
  return Math.max(0, total - report.findings.length);
}

/** A stable key for a finding (list keys; the same cell can carry several findings). */
export function findingKey(f: Finding, index: number): string {
  return `${f.rule}|${f.messageId}|${f.sheet}|${f.cell}|${index}`;
}

/** Where clicking a finding goes: its cell, or the top of the sheet for sheet-level findings. */
export function findingTarget(f: Finding): { sheet: string; cell: string } {
  return { sheet: f.sheet, cell: f.cell.trim() === '' ? 'A1' : f.cell };
}

export type StatusCounts = Record<Status, number>;

/** How many indicators are Đạt / Chưa đạt / Chưa có số liệu against the local or national target. */
export function indicatorStatusCounts(
  indicators: readonly IndicatorResult[],
  against: 'local' | 'national',
): StatusCounts {
  const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const i of indicators) c[against === 'local' ? i.localStatus : i.nationalStatus]++;
  return c;
}

/** Segment widths in percent (sum 100, or all 0 for no indicators). */
export function statusShares(c: StatusCounts): StatusCounts {
  const total = STATUSES.reduce((n, s) => n + c[s], 0);
  return Object.fromEntries(STATUSES.map((s) => [s, total === 0 ? 0 : (c[s] / total) * 100])) as StatusCounts;
}
