/**
 * Ribbon function file (commands.html, chunk "commands"): "Kiểm tra" runs the full validation
 * without the task pane. The result goes to localStorage for the task pane; with a shared
 * runtime (SharedRuntime 1.1) the task pane is opened to show it, otherwise the first error
 * cell is selected as immediate feedback.
 *
 * cell is selected as immediate feedback and a small dialog (notice.html, DialogApi 1.1) says
 * the result in one line and how to open the list ("Xem kết quả").
 * Office.NotificationMessages is Outlook-only, so it is not used.
 */
import { detectCapabilities, OfficeWorkbookPort } from '../adapters/office/office-port';
import { createAddinService } from '../app/service';
import { runValidateCommand, type CommandEvent, type Notice } from './validate-command';

/** Opens notice.html beside this page; resolves when the officer closes it (or it cannot open). */
function showNoticeDialog(notice: Notice): Promise<void> {
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('level', notice.level);
  url.searchParams.set('text', notice.text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
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

export async function validateWorkbook(event: CommandEvent): Promise<void> {
  let service: ReturnType<typeof createAddinService> | undefined;
  await runValidateCommand(event, {
    validate: () => {
      const caps = detectCapabilities();
      service = createAddinService(new OfficeWorkbookPort(undefined, caps), caps, 'ribbon');
      // "Kiểm tra" from the ribbon records the validation stamp, as the task pane's does.
      return service.validateAndStamp();
    },
    storage: storage(),
    notify: notifySameWindow,
    showTaskpane: supports('SharedRuntime', '1.1') ? () => Office.addin.showAsTaskpane() : undefined,
    select: (ref) => (service ? service.goTo(ref) : Promise.resolve()),
    showNotice: supports('DialogApi', '1.1') ? showNoticeDialog : undefined,
  });
}

function register(): void {
  if (typeof Office === 'undefined') return;
  void Office.onReady();
  const actions = (Office as { actions?: { associate?: (id: string, fn: (event: CommandEvent) => void) => void } })
    .actions;
  if (typeof actions?.associate === 'function')
    actions.associate('validateWorkbook', (event) => void validateWorkbook(event));
  // Function files of older Office versions look the function up on the global object.
  (globalThis as Record<string, unknown>).validateWorkbook = (event: CommandEvent) => void validateWorkbook(event);
}

register();
