import { RecheckScheduler } from '../../src/taskpane/components/LiveStatus/recheckScheduler';
import type { EditedRange } from '../../src/domain/sheet/workbook';

const edit = (range: string): EditedRange[] => [{ sheet: 'PL-I', range }];

function setup(busy = () => false) {
  const runs: string[][] = [];
  const gates: (() => void)[] = [];
  const scheduler = new RecheckScheduler({
    delayMs: 40,
    busy,
    run: (changes) => {
      runs.push(changes.map((c) => c.range));
      return new Promise<void>((resolve) => gates.push(resolve));
    },
  });
  return { scheduler, runs, finish: async () => (gates.shift()?.(), await Promise.resolve(), await Promise.resolve()) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('RecheckScheduler', () => {
  it('gathers a burst of edits into one run after the delay', () => {
    const { scheduler, runs } = setup();
    scheduler.edited(edit('C10'));
    jest.advanceTimersByTime(20);
    scheduler.edited(edit('C11'));
    expect(runs).toEqual([]);
    jest.advanceTimersByTime(20);
    expect(runs).toEqual([['C10', 'C11']]);
  });

  it('never overlaps runs: edits during a run start exactly one more run when it ends', async () => {
    const { scheduler, runs, finish } = setup();
    scheduler.edited(edit('C10'));
    jest.advanceTimersByTime(40);
    scheduler.edited(edit('C11'));
    scheduler.edited(edit('C12'));
    jest.advanceTimersByTime(200);
    expect(runs).toEqual([['C10']]);
    await finish();
    expect(runs).toEqual([['C10'], ['C11', 'C12']]);
    await finish();
    jest.advanceTimersByTime(200);
    expect(runs).toHaveLength(2);
  });

  it("waits for the officer's own Kiểm tra, which covers the edits made before it", () => {
    let busy = false;
    const { scheduler, runs } = setup(() => busy);
    scheduler.edited(edit('C10'));
    busy = true;
    scheduler.covered();
    jest.advanceTimersByTime(100);
    expect(runs).toEqual([]);
    scheduler.edited(edit('C11'));
    jest.advanceTimersByTime(100);
    expect(runs).toEqual([]);
    busy = false;
    scheduler.idle();
    expect(runs).toEqual([['C11']]);
  });

  it('does nothing after dispose', () => {
    const { scheduler, runs } = setup();
    scheduler.edited(edit('C10'));
    scheduler.dispose();
    jest.advanceTimersByTime(100);
    scheduler.edited(edit('C11'));
    scheduler.idle();
    jest.advanceTimersByTime(100);
    expect(runs).toEqual([]);
    expect(scheduler.waiting()).toBe(0);
  });
});
