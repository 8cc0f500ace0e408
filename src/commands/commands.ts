/**
 * Ribbon function file (commands.html, chunk "commands"): "Kiểm tra" runs the full validation
 * without the task pane. The result goes to localStorage for the task pane; with a shared
 * runtime (SharedRuntime 1.1) the task pane is opened to show it, otherwise the first error
 * cell is selected as immediate feedback.
 *
 * Office.NotificationMessages is Outlook-only and displayDialogAsync is too heavy for a
 * one-line result, so neither is used.
 */
import { detectCapabilities, OfficeWorkbookPort } from '../adapters/office/office-port';
import { createAddinService } from '../app/service';
import { runValidateCommand, type CommandEvent } from './validate-command';

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
    if (typeof window !== 'undefined' && typeof StorageEvent === 'function') window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
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
      service = createAddinService(new OfficeWorkbookPort(undefined, caps), caps);
      return service.validate();
    },
    storage: storage(),
    notify: notifySameWindow,
    showTaskpane: supports('SharedRuntime', '1.1') ? () => Office.addin.showAsTaskpane() : undefined,
    select: (ref) => (service ? service.goTo(ref) : Promise.resolve()),
  });
}

function register(): void {
  if (typeof Office === 'undefined') return;
  void Office.onReady();
  const actions = (Office as { actions?: { associate?: (id: string, fn: (event: CommandEvent) => void) => void } }).actions;
  if (typeof actions?.associate === 'function') actions.associate('validateWorkbook', (event) => void validateWorkbook(event));
  // Function files of older Office versions look the function up on the global object.
  (globalThis as Record<string, unknown>).validateWorkbook = (event: CommandEvent) => void validateWorkbook(event);
}

register();
