/**
 * The report left by the ribbon "Kiểm tra" command in localStorage['phuluc:lastReport'].
 * Storage is outside our control (older versions, other tabs, manual edits), so the JSON is
 * checked against the report schema at the door; anything else is ignored.
 */
import { reportSchema, type Report } from '../domain/report/schema';

export const LAST_REPORT_KEY = 'phuluc:lastReport';

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
