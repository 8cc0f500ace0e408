/** The workbook identity that keys the ribbon's last report (src/adapters/office/workbook-identity.ts). */
import {
  WORKBOOK_ID_SETTING,
  workbookIdentity,
  type IdentityDocument,
} from '../../src/adapters/office/workbook-identity';

function doc(url: string | null, initial?: unknown): IdentityDocument & { saved: number; bag: Map<string, unknown> } {
  const bag = new Map<string, unknown>();
  if (initial !== undefined) bag.set(WORKBOOK_ID_SETTING, initial);
  const d = {
    url,
    saved: 0,
    bag,
    settings: {
      get: (name: string) => (bag.has(name) ? bag.get(name) : null),
      set: (name: string, value: unknown) => void bag.set(name, value),
      saveAsync: (cb?: (r: { status: string }) => void) => {
        d.saved += 1;
        cb?.({ status: 'succeeded' });
      },
    },
  };
  return d;
}

describe('workbook identity', () => {
  it('creates an id in the workbook settings once, saves it, and joins the address', async () => {
    const d = doc('C:\\Bao cao\\Xa A\\PL-2024.xlsx');
    const first = await workbookIdentity(d);
    const id = String(d.bag.get(WORKBOOK_ID_SETTING));
    expect(id).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(first).toBe(`${id}|C:\\Bao cao\\Xa A\\PL-2024.xlsx`);
    expect(await workbookIdentity(d)).toBe(first);
    expect(d.saved).toBe(1);
  });

  it('keeps an id the workbook already has; two copies of one file differ by address', async () => {
    const a = doc('C:\\Xa A\\PL.xlsx', 'b7e4c1d2-1111-4222-8333-444455556666');
    const b = doc('C:\\Xa B\\PL.xlsx', 'b7e4c1d2-1111-4222-8333-444455556666');
    expect(await workbookIdentity(a)).toBe('b7e4c1d2-1111-4222-8333-444455556666|C:\\Xa A\\PL.xlsx');
    expect(await workbookIdentity(a)).not.toBe(await workbookIdentity(b));
    expect(a.saved).toBe(0);
  });

  it('two new workbooks get different ids', async () => {
    const a = doc('');
    const b = doc('');
    expect(await workbookIdentity(a)).not.toBe(await workbookIdentity(b));
  });

  it('after "Save As" the workbook is another file', async () => {
    const d = doc('C:\\PL.xlsx', 'b7e4c1d2-1111-4222-8333-444455556666');
    const before = await workbookIdentity(d);
    d.url = 'C:\\PL (ban sua).xlsx';
    expect(await workbookIdentity(d)).not.toBe(before);
  });

  it('replaces a malformed stored id', async () => {
    const d = doc('x', { evil: true });
    const id = await workbookIdentity(d);
    expect(id).toMatch(/^[0-9a-f-]{32,36}\|x$/);
  });

  it('without the Settings API falls back to the address; with neither, no identity', async () => {
    const broken = {
      url: 'https://contoso.sharepoint.com/PL.xlsx',
      settings: {
        get: () => {
          throw new Error('not supported');
        },
        set: () => undefined,
        saveAsync: () => undefined,
      },
    };
    expect(await workbookIdentity(broken)).toBe('-|https://contoso.sharepoint.com/PL.xlsx');
    expect(await workbookIdentity({ ...broken, url: '' })).toBeUndefined();
    expect(await workbookIdentity(undefined)).toBeUndefined();
  });
});
