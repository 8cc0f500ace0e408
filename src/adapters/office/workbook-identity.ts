/**
 * Which workbook this is, for the ribbon's last report (localStorage is shared by every
 * workbook open from our origin, and unit files have identical sheet names).
 *
 * The identity is a random id kept in the workbook's own add-in settings
 * (Office.context.document.settings: per document, saved inside the file, requirement set
 * Settings, available wherever ExcelApi 1.1 is), joined with the document's address
 * (Office.context.document.url), so two copies of one unit file — same id, copied with the
 * file — are still told apart by where they are. Writing the id changes no cell.
 */

/** The part of Office.context.document used here. */
export interface IdentityDocument {
  url?: string | null;
  settings: {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    saveAsync(callback?: (result: { status: string }) => void): void;
  };
}

export const WORKBOOK_ID_SETTING = 'phuluc.workbookId';
const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  let s = '';
  for (let i = 0; i < 32; i++) s += Math.floor(Math.random() * 16).toString(16);
  return s;
}

function officeDocument(): IdentityDocument | undefined {
  try {
    return typeof Office !== 'undefined' ? (Office.context?.document as unknown as IdentityDocument) : undefined;
  } catch {
    return undefined;
  }
}

const ids = new WeakMap<object, Promise<string | undefined>>();

/** The id stored in the workbook, created (and saved with the settings) on first use. */
function storedId(doc: IdentityDocument): Promise<string | undefined> {
  const known = ids.get(doc);
  if (known) return known;
  const p = (async () => {
    try {
      const v = doc.settings.get(WORKBOOK_ID_SETTING);
      if (typeof v === 'string' && ID_PATTERN.test(v)) return v;
      const id = newId();
      doc.settings.set(WORKBOOK_ID_SETTING, id);
      // Persisted into the document (kept when the officer saves); the id is usable meanwhile.
      await new Promise<void>((resolve) => {
        try {
          doc.settings.saveAsync(() => resolve());
        } catch {
          resolve();
        }
      });
      return id;
    } catch {
      return undefined; // no Settings API on this client
    }
  })();
  ids.set(doc, p);
  return p;
}

/**
 * "<id>|<address>"; undefined when neither is known (then no stored report is trusted).
 * The address is read each time: after "Save As" the workbook is another file.
 */
export async function workbookIdentity(
  doc: IdentityDocument | undefined = officeDocument(),
): Promise<string | undefined> {
  if (!doc) return undefined;
  const id = await storedId(doc);
  let url: string;
  try {
    url = typeof doc.url === 'string' ? doc.url : '';
  } catch {
    url = '';
  }
  if (!id && !url) return undefined;
  return `${id ?? '-'}|${url}`;
}
