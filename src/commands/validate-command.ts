/**
 * The ribbon "Kiểm tra" command, independent of Office globals so it can be tested:
 * validates the workbook, leaves the report where this workbook's task pane finds it
 * (localStorage 'phuluc:lastReport:<hash>', { workbook, at, report }, checked there against the
 * workbook's identity and the report schema), leaves a short
 * Vietnamese notice, shows the result — or, when validation throws, its Vietnamese message —
 * in the task pane (shared runtime) or a small dialog, and ALWAYS completes the event, promptly:
 * once the pane or the dialog is shown (never after the officer closes the dialog), and at the
 * latest after `showTimeoutMs` (Excel keeps the button busy until `event.completed()` and gives
 * up after 5 minutes).
 */
import { COMMAND_MSG } from '../domain/messages/office';
import { SHOW_TIMEOUT_MS } from './show-timeout';
import { STAMP_MSG } from '../domain/messages/stamp';
import type { Report } from '../domain/report/schema';
import type { CellRef } from '../domain/sheet/workbook';
import {
  LAST_REPORT_PREFIX,
  LAST_REPORTS_KEPT,
  lastReportKey,
  type StoredReportEnvelope,
} from '../taskpane/workbookIdentity';

/** Same key as src/taskpane/lastReport.ts (LAST_NOTICE_KEY). { at, level, text, workbook }: the last command's one-line result, for the task pane to show. */
export const LAST_NOTICE_KEY = 'phuluc:lastNotice';
/** The unkeyed report of earlier versions, shared by every workbook: removed, never read. */
export const LEGACY_REPORT_KEY = 'phuluc:lastReport';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type NoticeLevel = 'ok' | 'warning' | 'error';

export interface Notice {
  at: string;
  level: NoticeLevel;
  text: string;
  /** The workbook it is about (its identity), so another workbook's pane ignores it. */
  workbook?: string;
}

type ReportStorage = Pick<Storage, 'setItem'> & Partial<Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>>;

export interface ValidateCommandDeps {
  /** The check; a stamped check (the ribbon's "Kiểm tra" records the validation stamp) says whether the stamp was written. */
  validate: () => Promise<Report | { report: Report; stampError?: string }>;
  /** localStorage (undefined when storage is disabled). */
  storage?: ReportStorage;
  /** The workbook's identity (src/adapters/office/workbook-identity.ts); without one no report is stored. */
  identity?: () => Promise<string | undefined>;
  /** Tells listeners in this same window (shared runtime) that a key changed. */
  notify?: (key: string, value: string) => void;
  /** Office.addin.showAsTaskpane, only when SharedRuntime 1.1 is supported. */
  showTaskpane?: () => Promise<void>;
  /** Without a task pane, the visible feedback: the first error (else warning) cell is selected. */
  select?: (ref: CellRef) => Promise<void>;
  /** Without a task pane, a small dialog with the one-line result (resolves once it is open). */
  showNotice?: (notice: Notice) => Promise<void>;
  /** Longest wait for the pane, the selection and the dialog before completing anyway (ms). */
  showTimeoutMs?: number;
  now?: () => Date;
}

export function summarize(report: Report): { level: NoticeLevel; text: string } {
  const s = report.stats;
  if (s.errors === 0 && s.warnings === 0) return { level: 'ok', text: COMMAND_MSG.valid(s.sheets, s.cells) };
  return {
    level: s.errors > 0 ? 'error' : 'warning',
    text: COMMAND_MSG.summary(s.errors, s.warnings, s.infos, s.sheets),
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return COMMAND_MSG.unknownError;
}

/**
 * Keeps the last reports of the LAST_REPORTS_KEPT most recent workbooks (and drops the legacy
 * shared key), so reports of many unit files do not fill the origin's storage.
 */
function pruneReports(storage: ReportStorage, keep: string): void {
  if (typeof storage.key !== 'function' || typeof storage.getItem !== 'function' || !storage.removeItem) return;
  try {
    storage.removeItem(LEGACY_REPORT_KEY);
    const others: { key: string; at: string }[] = [];
    for (let i = 0; i < (storage.length ?? 0); i++) {
      const key = storage.key(i);
      if (!key || !key.startsWith(LAST_REPORT_PREFIX) || key === keep) continue;
      let at = '';
      try {
        at = String((JSON.parse(storage.getItem(key) ?? '{}') as { at?: unknown }).at ?? '');
      } catch {
        // unreadable: oldest
      }
      others.push({ key, at });
    }
    others.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    for (const o of others.slice(LAST_REPORTS_KEPT - 1)) storage.removeItem(o.key);
  } catch {
    // best effort
  }
}

/**
 * Stores the report under this workbook's key ({ workbook, at, report }); when it does not fit
 * in storage, keeps the stats and fewer findings. Returns how many findings were kept.
 */
export function storeReport(
  storage: ReportStorage,
  report: Report,
  workbook: string,
  at: string,
  notify?: (key: string, value: string) => void,
): number {
  const key = lastReportKey(workbook);
  pruneReports(storage, key);
  for (const limit of [Infinity, 2000, 500, 100, 0]) {
    const findings = limit === Infinity ? report.findings : report.findings.slice(0, limit);
    const envelope: StoredReportEnvelope<Report> = {
      workbook,
      at,
      report: findings === report.findings ? report : { ...report, findings },
    };
    const json = JSON.stringify(envelope);
    try {
      storage.setItem(key, json);
      notify?.(key, json);
      return findings.length;
    } catch {
      // QuotaExceededError: try with fewer findings
    }
  }
  return 0;
}

function storeNotice(deps: ValidateCommandDeps, notice: Notice): void {
  if (!deps.storage) return;
  try {
    const json = JSON.stringify(notice);
    deps.storage.setItem(LAST_NOTICE_KEY, json);
    deps.notify?.(LAST_NOTICE_KEY, json);
  } catch {
    // storage full or disabled: the notice is best effort
  }
}

export function firstProblemCell(report: Report): CellRef | undefined {
  const withCell = report.findings.filter((f) => f.cell && f.sheet);
  const f = withCell.find((x) => x.severity === 'error') ?? withCell.find((x) => x.severity === 'warning');
  return f ? { sheet: f.sheet, cell: f.cell } : undefined;
}

/** Longest wait for showing the result before the event is completed anyway (in show-timeout.ts). */
export { SHOW_TIMEOUT_MS };

/**
 * Opens the task pane when possible; otherwise (no shared runtime, or showAsTaskpane rejects)
 * selects the first problem cell and opens the one-line dialog. Best effort: the report and
 * the notice are already stored.
 */
async function showResult(deps: ValidateCommandDeps, report: Report | undefined, notice: Notice): Promise<void> {
  if (deps.showTaskpane) {
    try {
      await deps.showTaskpane();
      return;
    } catch {
      // fall through to selecting the cell
    }
  }
  const cell = report ? firstProblemCell(report) : undefined;
  if (cell && deps.select) {
    try {
      await deps.select(cell);
    } catch {
      // the sheet may be hidden or renamed meanwhile
    }
  }
  if (deps.showNotice) {
    try {
      await deps.showNotice(notice);
    } catch {
      // dialogs blocked: the selection and the stored report remain
    }
  }
}

/** showResult, but never longer than showTimeoutMs, and never rejecting. */
async function showWithin(deps: ValidateCommandDeps, report: Report | undefined, notice: Notice): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, deps.showTimeoutMs ?? SHOW_TIMEOUT_MS);
  });
  try {
    await Promise.race([showResult(deps, report, notice).catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the command; resolves with the notice it left (never rejects). */
export async function runValidateCommand(event: CommandEvent, deps: ValidateCommandDeps): Promise<Notice> {
  const at = (deps.now?.() ?? new Date()).toISOString();
  let notice: Notice;
  let workbook: string | undefined;
  try {
    workbook = deps.identity ? await deps.identity() : undefined;
  } catch {
    workbook = undefined; // then the report is not stored (no pane could tell it is its own)
  }
  try {
    const checked = await deps.validate();
    const report = 'report' in checked ? checked.report : checked;
    const { level, text } = summarize(report);
    notice = { at, level, text };
    if ('report' in checked) notice.text += ` ${checked.stampError ?? STAMP_MSG.ribbonStamped}`;
    if (workbook) notice.workbook = workbook;
    if (deps.storage && workbook) {
      const kept = storeReport(deps.storage, report, workbook, at, deps.notify);
      if (kept < report.findings.length) notice.text += ` ${COMMAND_MSG.truncated(kept, report.findings.length)}`;
    }
    storeNotice(deps, notice);
    await showWithin(deps, report, notice);
  } catch (e) {
    notice = { at, level: 'error', text: COMMAND_MSG.failed(errorText(e)) };
    if (workbook) notice.workbook = workbook;
    storeNotice(deps, notice);
    // The officer pressed a button: the failure is shown, never nothing.
    await showWithin(deps, undefined, notice);
  } finally {
    try {
      event.completed();
    } catch {
      // nothing more to do: Excel already gave up on this event
    }
  }
  return notice;
}
