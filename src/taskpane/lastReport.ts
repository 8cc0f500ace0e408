/**
 * The report left by the ribbon "Kiểm tra" command, per workbook:
 * localStorage['phuluc:lastReport:<hash of the workbook identity>'] = { workbook, at, report }
 * (src/commands/validate-command.ts writes it). localStorage is shared by every workbook open
 * from our origin, so a report is trusted only when its `workbook` is this pane's own identity
 * (src/adapters/office/workbook-identity.ts): "go to" and highlight never act on another
 * workbook's report. Storage is outside our control (older versions, other tabs, manual
 * edits), so the report is also checked against the report schema at the door.
 */
import { reportSchema, type Report } from '../domain/report/schema';
import { lastReportKey } from './workbookIdentity';

/** The ribbon command's one-line result, { at, level, text, workbook } (src/commands/validate-command.ts). */
export const LAST_NOTICE_KEY = 'phuluc:lastNotice';

export interface StoredNotice {
  at: string;
  level: 'ok' | 'warning' | 'error';
  text: string;
  workbook?: string;
}

/** The report in a stored envelope, when it is this workbook's and well-formed. */
export function parseStoredReport(raw: string | null | undefined, workbook: string | undefined): Report | null {
  if (!raw || !workbook) return null;
  try {
    const envelope = JSON.parse(raw) as { workbook?: unknown; report?: unknown } | null;
    if (!envelope || envelope.workbook !== workbook) return null;
    const r = reportSchema.safeParse(envelope.report);
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** This workbook's stored report; null when there is none, it is malformed, or storage is unavailable. */
export function readStoredReport(
  workbook: string | undefined,
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): Report | null {
  if (!storage || !workbook) return null;
  try {
    return parseStoredReport(storage.getItem(lastReportKey(workbook)), workbook);
  } catch {
    return null;
  }
}

/** Calls back when the ribbon command stores a new report for this workbook. Returns an unsubscribe. */
export function onStoredReport(workbook: string | undefined, callback: (report: Report) => void): () => void {
  if (typeof window === 'undefined' || !workbook) return () => undefined;
  const key = lastReportKey(workbook);
  const listener = (e: StorageEvent) => {
    if (e.key !== key) return;
    const report = parseStoredReport(e.newValue, workbook);
    if (report) callback(report);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

export function parseStoredNotice(raw: string | null | undefined): StoredNotice | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredNotice> | null;
    if (!v || typeof v.text !== 'string' || typeof v.at !== 'string') return null;
    if (v.level !== 'ok' && v.level !== 'warning' && v.level !== 'error') return null;
    const notice: StoredNotice = { at: v.at, level: v.level, text: v.text.slice(0, 2000) };
    if (typeof v.workbook === 'string') notice.workbook = v.workbook;
    return notice;
  } catch {
    return null;
  }
}

/** Calls back when the ribbon command leaves a new notice for this workbook (e.g. validation failed). */
export function onStoredNotice(workbook: string | undefined, callback: (notice: StoredNotice) => void): () => void {
  if (typeof window === 'undefined' || !workbook) return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key !== LAST_NOTICE_KEY) return;
    const notice = parseStoredNotice(e.newValue);
    if (notice && notice.workbook === workbook) callback(notice);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

function safeLocalStorage(): Storage | undefined {
  try {
    // Accessing localStorage throws when storage is disabled (some locked-down Office setups).
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}
