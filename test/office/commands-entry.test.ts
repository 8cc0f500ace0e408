/** commands.ts as Excel loads it: Office globals, Excel.run backed by the fake, the button pressed. */
import { FakeExcel } from '../doubles/fake-excel';
import { LAST_NOTICE_KEY, LAST_REPORT_KEY } from '../../src/commands/validate-command';
import { parseStoredReport } from '../../src/taskpane/lastReport';
import { seedAnnex } from './helpers';

type Handler = (event: { completed(): void }) => void;

describe('commands.ts entry', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
    delete g.window;
    delete g.validateWorkbook;
  });

  it('registers validateWorkbook, validates through Excel.run and completes the event', async () => {
    const fake = new FakeExcel();
    seedAnnex(fake, 'PL-I', 3);
    fake.addName('PHULUC_PL_I', 'PL-I', 'A1');
    const store = new Map<string, string>();
    const associate = jest.fn<void, [string, Handler]>();
    g.Excel = { run: fake.run };
    g.window = { localStorage: { setItem: (k: string, v: string) => store.set(k, v) }, dispatchEvent: () => true };
    g.Office = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      actions: { associate },
      context: {
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
    const report = parseStoredReport(store.get(LAST_REPORT_KEY));
    expect(report?.stats.sheets).toBeGreaterThan(0);
    expect(JSON.parse(store.get(LAST_NOTICE_KEY)!).text).toMatch(/^Kiểm tra xong/);
    // No shared runtime: the read took 3 syncs, 1 to record the validation stamp, plus 1 to
    // select the first problem cell if any.
    expect(fake.syncCount).toBeLessThanOrEqual(5);
    expect(JSON.parse(store.get(LAST_NOTICE_KEY)!).text).toContain('Đã ghi dấu kiểm tra vào tệp.');
  });
});
