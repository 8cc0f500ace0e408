/**
 * The ribbon's functions. With the shared runtime (manifest <Runtimes>, SharedRuntime 1.1) they
 * run in the task pane's own window: office-entry.tsx imports this module, so taskpane.html is
 * also the function file. commands.html (chunk "commands") still registers them on its own for
 * a client that loads it as a separate function file.
 *
 * - validateWorkbook ("Kiểm tra"): runs the full validation; the report goes to localStorage for
 *   this workbook's task pane (keyed by the workbook's identity), which is then shown on its
 *   "Kiểm tra" tab. Without a task pane to show, the
 *   first error cell is selected and a small dialog (notice.html, DialogApi 1.1) says the result
 *   in one line. Office.NotificationMessages is Outlook-only, so it is not used.
 * - showInsertTab ("Chèn phụ lục") and showResultsTab ("Xem kết quả"): show the pane on that tab.
 *
 * Every function completes its event promptly (validate-command.ts), also when it fails.
 */
import { detectCapabilities } from '../adapters/office/capabilities';
import { LazyOfficePort } from '../adapters/office/lazy-port';
import { workbookIdentity } from '../adapters/office/workbook-identity';
import { createAddinService } from '../app/service';
import { requestTab } from '../taskpane/showTab';
import type { TabId } from '../taskpane/state';
import { SHOW_TIMEOUT_MS } from './show-timeout';
import type { CommandEvent, Notice } from './validate-command';

/** What "Kiểm tra" runs loads when pressed: the task pane's first paint does not carry it. */
const loadValidateCommand = () => import(/* webpackChunkName: "validate-command" */ './validate-command');

/**
 * Opens notice.html beside this page; resolves once it is open (or cannot open), so the event
 * is completed while the dialog stays up. "Đóng" in the dialog messages back and closes it.
 */
function showNoticeDialog(notice: Notice): Promise<void> {
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('level', notice.level);
  url.searchParams.set('text', notice.text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled by policy
  }
}

/** In a shared runtime the task pane lives in this window: 'storage' events do not reach it. */
function notifySameWindow(key: string, newValue: string): void {
  try {
    if (typeof window !== 'undefined' && typeof StorageEvent === 'function')
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
  } catch {
    // old engines without the StorageEvent constructor
  }
}

function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** The pane on `tab`: shared runtime only (the pane is this window). */
function showTaskpaneOn(tab: TabId): (() => Promise<void>) | undefined {
  if (!supports('SharedRuntime', '1.1')) return undefined;
  return () => {
    requestTab(tab);
    return Office.addin.showAsTaskpane();
  };
}

export async function validateWorkbook(event: CommandEvent): Promise<void> {
  let service: ReturnType<typeof createAddinService> | undefined;
  let runValidateCommand: Awaited<ReturnType<typeof loadValidateCommand>>['runValidateCommand'];
  try {
    ({ runValidateCommand } = await loadValidateCommand());
  } catch {
    // The command's code could not be loaded (network): the event is completed all the same.
    completeQuietly(event);
    return;
  }
  await runValidateCommand(event, {
    validate: () => {
      const caps = detectCapabilities();
      service = createAddinService(new LazyOfficePort(caps), caps, 'ribbon');
      // "Kiểm tra" from the ribbon records the validation stamp, as the task pane's does.
      return service.validateAndStamp();
    },
    storage: storage(),
    identity: () => workbookIdentity(),
    notify: notifySameWindow,
    showTaskpane: showTaskpaneOn('validate'),
    select: (ref) => (service ? service.goTo(ref) : Promise.resolve()),
    showNotice: supports('DialogApi', '1.1') ? showNoticeDialog : undefined,
  });
}

/** "Chèn phụ lục" / "Xem kết quả": the pane on that tab; completes at once, whatever happens. */
export async function showTab(event: CommandEvent, tab: TabId): Promise<void> {
  const show = showTaskpaneOn(tab);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (show)
      await Promise.race([
        show().catch(() => undefined),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, SHOW_TIMEOUT_MS);
        }),
      ]);
  } finally {
    clearTimeout(timer);
    completeQuietly(event);
  }
}

function completeQuietly(event: CommandEvent): void {
  try {
    event.completed();
  } catch {
    // Excel already gave up on this event
  }
}

const FUNCTIONS: Record<string, (event: CommandEvent) => void> = {
  validateWorkbook: (event) => void validateWorkbook(event),
  showInsertTab: (event) => void showTab(event, 'insert'),
  showResultsTab: (event) => void showTab(event, 'validate'),
};

function register(): void {
  if (typeof Office === 'undefined') return;
  void Office.onReady();
  const actions = (Office as { actions?: { associate?: (id: string, fn: (event: CommandEvent) => void) => void } })
    .actions;
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    if (typeof actions?.associate === 'function') actions.associate(name, fn);
    // Function files of older Office versions look the function up on the global object.
    (globalThis as Record<string, unknown>)[name] = fn;
  }
}

register();
