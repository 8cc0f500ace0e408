/**
 * Where the task pane learns which workbook it is in (office-entry.tsx registers the Office
 * adapter's workbookIdentity). Kept apart from lastReport.ts so the first chunk stays small.
 * Without a provider (the playground, tests) the pane trusts no stored ribbon report.
 */
let provider: (() => Promise<string | undefined>) | undefined;

export function setWorkbookIdentity(fn: (() => Promise<string | undefined>) | undefined): void {
  provider = fn;
}

export async function currentWorkbookIdentity(): Promise<string | undefined> {
  try {
    return provider ? await provider() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ribbon's last report is kept per workbook: localStorage['phuluc:lastReport:<hash>'] holds
 * { workbook, at, report }, and a reader trusts it only when `workbook` is its own identity.
 */
export const LAST_REPORT_PREFIX = 'phuluc:lastReport:';
/** How many workbooks' last reports are kept (older ones are removed when a new one is stored). */
export const LAST_REPORTS_KEPT = 3;

/** FNV-1a, 32 bits, hex: a short, stable storage key for an identity (which may hold a path). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function lastReportKey(workbook: string): string {
  return LAST_REPORT_PREFIX + hash(workbook);
}

export interface StoredReportEnvelope<R = unknown> {
  workbook: string;
  at: string;
  report: R;
}
