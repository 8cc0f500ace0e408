import { COMMAND_MSG } from '../../src/domain/messages/office';
import {
  LAST_NOTICE_KEY,
  LEGACY_REPORT_KEY,
  runValidateCommand,
  summarize,
  type ValidateCommandDeps,
} from '../../src/commands/validate-command';
import type { Report } from '../../src/domain/report/schema';
import { LAST_NOTICE_KEY as TASKPANE_NOTICE_KEY, parseStoredReport } from '../../src/taskpane/lastReport';
import { LAST_REPORT_PREFIX, lastReportKey } from '../../src/taskpane/workbookIdentity';

const WB = 'a1b2c3d4-0000-4000-8000-000000000001|C:\\Bao cao\\Xa A\\PL-2024.xlsx';
const stored = (d: { storage: MemoryStorage }, workbook = WB) =>
  parseStoredReport(d.storage.items.get(lastReportKey(workbook)), workbook);

function report(errors: number, warnings = 0, findings = errors): Report {
  return {
    valid: errors === 0,
    stats: { errors, warnings, infos: 0, sheets: 2, cells: 120, ms: 5 },
    annexes: [],
    findings: Array.from({ length: findings }, (_, i) => ({
      rule: 'arithmetic/percent-mismatch',
      messageId: 'arithmetic/percent-mismatch',
      severity: i === 0 ? ('warning' as const) : ('error' as const),
      sheet: 'PL-I',
      cell: `E${7 + i}`,
      message: 'Tỷ lệ ghi 38 nhưng 11/29 = 37,93 %.',
    })),
    indicators: [],
  };
}

class MemoryStorage {
  items = new Map<string, string>();
  limit = Infinity;
  setItem(key: string, value: string): void {
    if (value.length > this.limit) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}

function deps(over: Partial<ValidateCommandDeps> = {}): ValidateCommandDeps & { storage: MemoryStorage } {
  return {
    validate: async () => report(2, 1, 3),
    storage: new MemoryStorage(),
    identity: async () => WB,
    now: () => new Date('2024-07-30T08:00:00Z'),
    ...over,
  } as ValidateCommandDeps & { storage: MemoryStorage };
}

describe('validateWorkbook command', () => {
  it('uses the notice key the task pane reads', () => {
    expect(LAST_NOTICE_KEY).toBe(TASKPANE_NOTICE_KEY);
  });

  it('stores the report, leaves a notice, opens the task pane and completes', async () => {
    const completed = jest.fn();
    const showTaskpane = jest.fn(async () => undefined);
    const select = jest.fn(async () => undefined);
    const d = deps({ showTaskpane, select });
    const notice = await runValidateCommand({ completed }, d);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notice).toEqual({
      at: '2024-07-30T08:00:00.000Z',
      level: 'error',
      text: COMMAND_MSG.summary(2, 1, 0, 2),
      workbook: WB,
    });
    expect(stored(d)).toEqual(report(2, 1, 3));
    expect(JSON.parse(d.storage.items.get(LAST_NOTICE_KEY)!)).toEqual(notice);
    expect(showTaskpane).toHaveBeenCalled();
    expect(select).not.toHaveBeenCalled();
  });

  it('without a shared runtime selects the first error cell', async () => {
    const select = jest.fn(async () => undefined);
    await runValidateCommand({ completed: () => undefined }, deps({ select }));
    expect(select).toHaveBeenCalledWith({ sheet: 'PL-I', cell: 'E8' });
  });

  it('without a task pane shows the one-line result in a dialog and completes once it is open', async () => {
    const order: string[] = [];
    const select = jest.fn(async () => void order.push('select'));
    const showNotice = jest.fn(async () => void order.push('notice'));
    const notice = await runValidateCommand(
      { completed: () => void order.push('completed') },
      deps({ select, showNotice }),
    );
    expect(showNotice).toHaveBeenCalledWith(notice);
    expect(notice.text).toBe(COMMAND_MSG.summary(2, 1, 0, 2));
    expect(order).toEqual(['select', 'notice', 'completed']);
  });

  it('completes promptly even when the dialog never reports back (never after the officer closes it)', async () => {
    const completed = jest.fn();
    const never = new Promise<void>(() => undefined);
    const t0 = Date.now();
    await runValidateCommand({ completed }, deps({ showNotice: () => never, showTimeoutMs: 30 }));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('completes promptly even when the task pane never shows', async () => {
    const completed = jest.fn();
    await runValidateCommand(
      { completed },
      deps({ showTaskpane: () => new Promise<void>(() => undefined), showTimeoutMs: 30 }),
    );
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('a validation that throws shows its Vietnamese message in the task pane', async () => {
    const showTaskpane = jest.fn(async () => undefined);
    const d = deps({ validate: async () => Promise.reject(new Error('Excel bận')), showTaskpane });
    const notice = await runValidateCommand({ completed: () => undefined }, d);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
    expect(JSON.parse(d.storage.items.get(LAST_NOTICE_KEY)!)).toEqual(notice);
    expect(notice).toMatchObject({ level: 'error', text: COMMAND_MSG.failed('Excel bận') });
  });

  it('a validation that throws shows its Vietnamese message in the dialog when there is no task pane', async () => {
    const showNotice = jest.fn(async () => undefined);
    const select = jest.fn(async () => undefined);
    const completed = jest.fn();
    await runValidateCommand(
      { completed },
      deps({ validate: () => Promise.reject(new Error('Trang tính bị khóa')), showNotice, select }),
    );
    expect(showNotice).toHaveBeenCalledWith(
      expect.objectContaining({ level: 'error', text: COMMAND_MSG.failed('Trang tính bị khóa') }),
    );
    expect(select).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('a validation that throws something that is not an Error still says something', async () => {
    const showNotice = jest.fn(async () => undefined);
    await runValidateCommand({ completed: () => undefined }, deps({ validate: () => Promise.reject(42), showNotice }));
    expect(showNotice).toHaveBeenCalledWith(
      expect.objectContaining({ text: COMMAND_MSG.failed(COMMAND_MSG.unknownError) }),
    );
  });

  it('selects the first error cell when the task pane cannot be shown', async () => {
    const select = jest.fn(async () => undefined);
    await runValidateCommand(
      { completed: () => undefined },
      deps({ select, showTaskpane: () => Promise.reject(new Error('no shared runtime')) }),
    );
    expect(select).toHaveBeenCalledWith({ sheet: 'PL-I', cell: 'E8' });
  });

  it('completes the event and leaves a Vietnamese notice when validation fails', async () => {
    const completed = jest.fn();
    const d = deps({ validate: async () => Promise.reject(new Error('Excel bận')) });
    const notice = await runValidateCommand({ completed }, d);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notice.text).toBe(COMMAND_MSG.failed('Excel bận'));
    expect([...d.storage.items.keys()].some((k) => k.startsWith(LAST_REPORT_PREFIX))).toBe(false);
  });

  it('completes even when storage and the task pane fail', async () => {
    const completed = jest.fn();
    const broken = {
      setItem: (): void => {
        throw new Error('x');
      },
    };
    const notice = await runValidateCommand(
      { completed },
      { validate: async () => report(0, 0, 0), storage: broken, showTaskpane: () => Promise.reject(new Error('no')) },
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notice.level).toBe('ok');
    expect(notice.text).toBe(COMMAND_MSG.valid(2, 120));
  });

  it('keeps fewer findings when the report does not fit in storage', async () => {
    const d = deps({ validate: async () => report(3000, 0, 3000) });
    d.storage.limit = 200_000;
    const notice = await runValidateCommand({ completed: () => undefined }, d);
    const kept = stored(d)!;
    expect(kept.stats.errors).toBe(3000);
    expect(kept.findings.length).toBeLessThan(3000);
    expect(notice.text).toContain(COMMAND_MSG.truncated(kept.findings.length, 3000));
  });

  it("keeps each workbook's report apart: another workbook's pane finds nothing it would trust", async () => {
    const OTHER = 'a1b2c3d4-0000-4000-8000-000000000001|C:\\Bao cao\\Xa B\\PL-2024.xlsx';
    const storage = new MemoryStorage();
    await runValidateCommand({ completed: () => undefined }, deps({ storage }));
    await runValidateCommand(
      { completed: () => undefined },
      deps({ storage, identity: async () => OTHER, validate: async () => report(0, 0, 0) }),
    );
    expect(stored({ storage })).toEqual(report(2, 1, 3));
    expect(stored({ storage }, OTHER)).toEqual(report(0, 0, 0));
    expect(lastReportKey(OTHER)).not.toBe(lastReportKey(WB));
    // Read as the other workbook, this one's key holds nothing it trusts.
    expect(parseStoredReport(storage.items.get(lastReportKey(WB)), OTHER)).toBeNull();
    expect(JSON.parse(storage.items.get(LAST_NOTICE_KEY)!).workbook).toBe(OTHER);
  });

  it('keeps the reports of the 3 most recent workbooks and drops the unkeyed legacy report', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_REPORT_KEY, JSON.stringify(report(1)));
    for (let i = 1; i <= 5; i++)
      await runValidateCommand(
        { completed: () => undefined },
        deps({ storage, identity: async () => `wb-${i}|`, now: () => new Date(Date.UTC(2024, 6, i)) }),
      );
    const keys = [...storage.items.keys()].filter((k) => k.startsWith(LAST_REPORT_PREFIX)).sort();
    expect(keys).toEqual(['wb-3|', 'wb-4|', 'wb-5|'].map(lastReportKey).sort());
    expect(storage.items.has(LEGACY_REPORT_KEY)).toBe(false);
  });

  it('without a workbook identity stores no report, still says the result and completes', async () => {
    const showNotice = jest.fn(async () => undefined);
    const completed = jest.fn();
    const d = deps({ identity: async () => undefined, showNotice });
    const notice = await runValidateCommand({ completed }, d);
    expect([...d.storage.items.keys()].some((k) => k.startsWith(LAST_REPORT_PREFIX))).toBe(false);
    expect(showNotice).toHaveBeenCalledWith(notice);
    expect(completed).toHaveBeenCalledTimes(1);
    const failing = deps({ identity: () => Promise.reject(new Error('no settings')) });
    await runValidateCommand({ completed }, failing);
    expect(completed).toHaveBeenCalledTimes(2);
  });

  it('summarises in Vietnamese', () => {
    expect(summarize(report(0, 0, 0))).toEqual({
      level: 'ok',
      text: 'Kiểm tra xong 2 phụ lục (120 ô): không phát hiện lỗi.',
    });
    expect(summarize(report(0, 2, 2)).level).toBe('warning');
  });
});
