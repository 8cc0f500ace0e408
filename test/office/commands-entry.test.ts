/** commands.ts as Excel loads it: Office globals, Excel.run backed by the fake, the button pressed. */
import { FakeExcel } from '../doubles/fake-excel';
import { LAST_NOTICE_KEY } from '../../src/commands/validate-command';
import { parseStoredReport } from '../../src/taskpane/lastReport';
import { lastReportKey } from '../../src/taskpane/workbookIdentity';
import { WORKBOOK_ID_SETTING } from '../../src/adapters/office/workbook-identity';

/** Office.context.document: the add-in's settings in the workbook and its address. */
function officeDocument(url: string) {
  const settings = new Map<string, unknown>();
  return {
    url,
    settings: {
      get: (name: string) => settings.get(name) ?? null,
      set: (name: string, value: unknown) => void settings.set(name, value),
      saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
    },
    stored: settings,
  };
}
const URL_A = 'https://contoso.sharepoint.com/Xa-A/PL-2024.xlsx';
const identityOf = (doc: ReturnType<typeof officeDocument>) =>
  `${String(doc.stored.get(WORKBOOK_ID_SETTING))}|${doc.url}`;
import { seedAnnex } from './helpers';

type Handler = (event: { completed(): void }) => void;

describe('commands.ts entry', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
    delete g.window;
    delete g.validateWorkbook;
    delete g.showInsertTab;
    delete g.showResultsTab;
  });

  it('registers validateWorkbook, validates through Excel.run and completes the event', async () => {
    const fake = new FakeExcel();
    seedAnnex(fake, 'PL-I', 3);
    fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
    const store = new Map<string, string>();
    const associate = jest.fn<void, [string, Handler]>();
    const doc = officeDocument(URL_A);
    g.Excel = { run: fake.run };
    g.window = { localStorage: { setItem: (k: string, v: string) => store.set(k, v) }, dispatchEvent: () => true };
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      actions: { associate },
      context: {
        document: doc,
        requirements: {
          isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v.split('.')[1]) <= 13,
        },
      },
      addin: { showAsTaskpane: jest.fn() },
    };
    jest.isolateModules(() => {
      // jest.isolateModules needs a synchronous load of the entry.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/commands/commands');
    });
    expect(associate).toHaveBeenCalledWith('validateWorkbook', expect.any(Function));
    expect(typeof g.validateWorkbook).toBe('function');

    const handler = associate.mock.calls[0]![1];
    const done = new Promise<void>((resolve) => handler({ completed: resolve }));
    await done;
    // The workbook got its id in its own settings; the report is stored under that identity.
    expect(String(doc.stored.get(WORKBOOK_ID_SETTING))).toMatch(/^[0-9a-f-]{36}$/);
    const report = parseStoredReport(store.get(lastReportKey(identityOf(doc))), identityOf(doc));
    expect(report?.stats.sheets).toBeGreaterThan(0);
    expect(JSON.parse(store.get(LAST_NOTICE_KEY)!).text).toMatch(/^Kiểm tra xong/);
    // No shared runtime: the read took 3 syncs, 1 to record the validation stamp, plus 1 to
    // select the first problem cell if any.
    expect(fake.syncCount).toBeLessThanOrEqual(5);
    expect(JSON.parse(store.get(LAST_NOTICE_KEY)!).text).toContain('Đã ghi dấu kiểm tra vào tệp.');
  });

  it('in a shared runtime: "Kiểm tra" opens the pane on Kiểm tra; the other buttons on their tab; all complete', async () => {
    const fake = new FakeExcel();
    seedAnnex(fake, 'PL-I', 3);
    fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
    const store = new Map<string, string>();
    const associate = jest.fn<void, [string, Handler]>();
    const showAsTaskpane = jest.fn(async () => undefined);
    const tabs: string[] = [];
    const doc = officeDocument(URL_A);
    doc.stored.set(WORKBOOK_ID_SETTING, 'b7e4c1d2-1111-4222-8333-444455556666');
    g.Excel = { run: fake.run };
    g.window = {
      localStorage: { setItem: (k: string, v: string) => store.set(k, v) },
      dispatchEvent: (e: { type: string; detail?: string }) => {
        if (e.type === 'phuluc:show-tab') tabs.push(String(e.detail));
        return true;
      },
    };
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      actions: { associate },
      context: {
        document: doc,
        requirements: {
          isSetSupported: (set: string, v: string) =>
            (set === 'ExcelApi' && Number(v.split('.')[1]) <= 13) || (set === 'SharedRuntime' && v === '1.1'),
        },
      },
      addin: { showAsTaskpane },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/commands/commands');
    });
    const handlers = new Map(associate.mock.calls.map(([name, fn]) => [name, fn]));
    expect([...handlers.keys()]).toEqual(['validateWorkbook', 'showInsertTab', 'showResultsTab']);
    for (const name of handlers.keys()) expect(typeof g[name]).toBe('function');

    await new Promise<void>((resolve) => handlers.get('validateWorkbook')!({ completed: resolve }));
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    // An existing id is kept, not replaced.
    expect(identityOf(doc)).toBe(`b7e4c1d2-1111-4222-8333-444455556666|${URL_A}`);
    expect(parseStoredReport(store.get(lastReportKey(identityOf(doc))), identityOf(doc))?.stats.sheets).toBeGreaterThan(
      0,
    );
    await new Promise<void>((resolve) => handlers.get('showInsertTab')!({ completed: resolve }));
    await new Promise<void>((resolve) => handlers.get('showResultsTab')!({ completed: resolve }));
    expect(showAsTaskpane).toHaveBeenCalledTimes(3);
    expect(tabs).toEqual(['validate', 'insert', 'validate']);
  });

  it('a pane button completes its event even when showAsTaskpane fails', async () => {
    const associate = jest.fn<void, [string, Handler]>();
    g.window = { dispatchEvent: () => true };
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      actions: { associate },
      context: { requirements: { isSetSupported: (set: string) => set === 'SharedRuntime' } },
      addin: { showAsTaskpane: () => Promise.reject(new Error('no pane')) },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/commands/commands');
    });
    const handler = associate.mock.calls.find(([name]) => name === 'showResultsTab')![1];
    await new Promise<void>((resolve) => handler({ completed: resolve }));
  });
});
