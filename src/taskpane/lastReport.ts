/**
 * The report left by the ribbon "Kiểm tra" command in localStorage['phuluc:lastReport'].
 * Storage is outside our control (older versions, other tabs, manual edits), so the JSON is
 * checked against the report schema at the door; anything else is ignored.
 */
import { reportSchema, type Report } from '../domain/report/schema';

export const LAST_REPORT_KEY = 'phuluc:lastReport';
/** The ribbon command's one-line result, { at, level, text } (src/commands/validate-command.ts). */
export const LAST_NOTICE_KEY = 'phuluc:lastNotice';

export interface StoredNotice {
  at: string;
  level: 'ok' | 'warning' | 'error';
  text: string;
}

export function parseStoredNotice(raw: string | null | undefined): StoredNotice | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredNotice> | null;
    if (!v || typeof v.text !== 'string' || typeof v.at !== 'string') return null;
    if (v.level !== 'ok' && v.level !== 'warning' && v.level !== 'error') return null;
    return { at: v.at, level: v.level, text: v.text.slice(0, 2000) };
  } catch {
    return null;
  }
}

/** Calls back when the ribbon command leaves a new notice (e.g. validation failed). Returns an unsubscribe. */
export function onStoredNotice(callback: (notice: StoredNotice) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key !== LAST_NOTICE_KEY) return;
    const notice = parseStoredNotice(e.newValue);
    if (notice) callback(notice);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

export function parseStoredReport(raw: string | null | undefined): Report | null {
  if (!raw) return null;
  try {
    const r = reportSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Reads the stored report; null when there is none, it is malformed, or storage is unavailable. */
export function readStoredReport(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Report | null {
  if (!storage) return null;
  try {
    return parseStoredReport(storage.getItem(LAST_REPORT_KEY));
  } catch {
    return null;
  }
}

/** Calls back when another document (the ribbon command) stores a new report. Returns an unsubscribe. */
export function onStoredReport(callback: (report: Report) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key !== LAST_REPORT_KEY) return;
    const report = parseStoredReport(e.newValue);
    if (report) callback(report);
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
