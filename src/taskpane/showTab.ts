/**
 * The ribbon's "Chèn phụ lục", "Kiểm tra" and "Xem kết quả" run in the task pane's own runtime
 * (SharedRuntime 1.1, manifest <Runtimes>): they choose the pane's tab through this window
 * event. The request is also remembered, for a pane that mounts after the button was pressed.
 */
import type { TabId } from './state';

export const SHOW_TAB_EVENT = 'phuluc:show-tab';

let requested: TabId | null = null;

export function requestTab(tab: TabId): void {
  requested = tab;
  try {
    if (typeof window !== 'undefined' && typeof CustomEvent === 'function')
      window.dispatchEvent(new CustomEvent(SHOW_TAB_EVENT, { detail: tab }));
  } catch {
    // no window (tests, CLI): the remembered request is enough
  }
}

/** The tab last asked for by a ribbon button, if any. */
export function requestedTab(): TabId | null {
  return requested;
}

/** Calls back with each tab a ribbon button asks for (as sent: check it with parseTab). Returns an unsubscribe. */
export function onTabRequested(callback: (tab: string) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: Event) => callback(String((e as CustomEvent).detail ?? ''));
  window.addEventListener(SHOW_TAB_EVENT, listener);
  return () => window.removeEventListener(SHOW_TAB_EVENT, listener);
}
