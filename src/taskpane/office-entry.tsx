/**
 * The task pane inside Excel: the only place that touches Office. Waits for Office.onReady,
 * builds the Office-backed AddinService and mounts the same App the playground and tests use.
 */
import { detectCapabilities } from '../adapters/office/capabilities';
import { LazyOfficePort } from '../adapters/office/lazy-port';
import { createAddinService } from '../app/service';
import { mountTaskpane } from './index';
import { failure, S } from '../domain/messages/taskpane';
import { requestedTab } from './showTab';
import { setWorkbookIdentity } from './workbookIdentity';
import { workbookIdentity } from '../adapters/office/workbook-identity';
// The ribbon's functions: with the shared runtime this page is also the function file.
import '../commands/commands';

/** Plain text in the root element when React cannot start (set as text, never as HTML). */
function showMessage(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.style.cssText = 'font-family: "Segoe UI", sans-serif; margin: 16px; overflow-wrap: anywhere;';
  p.textContent = text;
  root.replaceChildren(p);
}

function boot(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    showMessage(root, S.boot.officeMissing);
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      showMessage(root, S.boot.notInExcel);
      return;
    }
    try {
      // The ribbon's last report is trusted only when it is this workbook's.
      setWorkbookIdentity(() => workbookIdentity());
      const caps = detectCapabilities();
      // The Office adapter is its own chunk: the pane paints first, the adapter loads meanwhile.
      const port = new LazyOfficePort(caps);
      const service = createAddinService(port, caps);
      // A ribbon button pressed before the pane mounted chose its tab.
      const tab = requestedTab() ?? new URLSearchParams(window.location.search).get('tab');
      mountTaskpane(root, service, { initialTab: tab });
      // A failed load is reported by the first port call that needs the adapter.
      port.load().catch(() => undefined);
    } catch (err) {
      showMessage(root, failure(S.boot.failed, err));
    }
  }).catch((err: unknown) => showMessage(root, failure(S.boot.failed, err)));
}

boot();
