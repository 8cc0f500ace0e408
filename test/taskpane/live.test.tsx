/** @jest-environment jsdom */
import './setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAddinService } from '../../src/app/service';
import { defaultSettings } from '../../src/domain/settings';
import { renderAnnex } from '../../src/domain/templates/fill';
import { PlaygroundPort } from '../../src/playground/port';
import { App } from '../../src/taskpane/App';
import { deferred, FakeService } from './fake-service';
import { cleanReport } from './fixtures';
import { renderApp } from './render';

const WRITES = ['insert', 'saveSettings', 'highlight', 'clearHighlights', 'exportReport', 'aggregateFiles'] as const;

const panel = () => screen.getByRole('tabpanel');

async function validated(service = new FakeService()) {
  const app = await renderApp({ tab: 'validate', service });
  await app.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('2 lỗi, 1 cảnh báo');
  return app;
}

/** Resolves with the time (performance.now) at which `check()` first holds after a DOM change. */
function whenDom(check: () => boolean, timeout = 3000): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (!check()) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(() => void done());
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the pane did not update'));
    }, timeout);
    done();
  });
}

describe('live re-check as the officer edits (issue 12, item 1)', () => {
  it('re-checks after an edit and shows the new result, without writing to the workbook', async () => {
    const service = new FakeService();
    const { user } = await validated(service);
    expect(within(panel()).getByText(/^Tự cập nhật khi sửa ô — lần cuối lúc \d\d:\d\d:\d\d\.$/)).toBeVisible();
    service.recheckReport = cleanReport();
    const callsBefore = service.calls.length;

    await act(async () => service.onEdit!([{ sheet: 'PL-I Nữ DTTS lãnh đạo', range: 'E8' }]));
    expect(await within(panel()).findByText('Sẵn sàng gửi')).toBeVisible();
    expect(service.callsTo('recheck')).toEqual([[[{ sheet: 'PL-I Nữ DTTS lãnh đạo', range: 'E8' }]]]);
    const since = service.calls.slice(callsBefore).map((c) => c.method);
    expect(since.filter((m) => (WRITES as readonly string[]).includes(m))).toEqual([]);
    // The same report reaches the other tabs.
    await user.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
    // The Chỉ tiêu tab loads on first use: wait for it, as the officer does.
    expect(await screen.findByText('Không tìm thấy chỉ tiêu nào trong các phụ lục đã kiểm tra.')).toBeVisible();
  });

  it('ignores edits before the first Kiểm tra, and stops watching when the pane closes', async () => {
    const service = new FakeService();
    const { unmount } = await renderApp({ tab: 'validate', service });
    expect(service.callsTo('watchChanges')).toHaveLength(1);
    await act(async () => {
      service.onEdit!([{ sheet: 'PL-I Nữ DTTS lãnh đạo', range: 'C10' }]);
      await new Promise((r) => setTimeout(r, 120));
    });
    expect(service.callsTo('recheck')).toHaveLength(0);
    unmount();
    expect(service.stops).toBe(1);
    expect(service.onEdit).toBeUndefined();
  });

  it("an edit made while the officer's Kiểm tra runs is re-checked right after it", async () => {
    const service = new FakeService();
    const { user } = await validated(service);
    const gate = deferred<void>();
    service.validateGate = gate.promise;
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await act(async () => {
      service.onEdit!([{ sheet: 'CLQG Chỉ tiêu', range: 'D9' }]);
      await new Promise((r) => setTimeout(r, 120));
    });
    expect(service.callsTo('recheck')).toHaveLength(0);
    service.recheckReport = cleanReport();
    await act(async () => gate.resolve());
    expect(await screen.findByText('Sẵn sàng gửi')).toBeInTheDocument();
    expect(service.callsTo('recheck')).toHaveLength(1);
  });

  it('a failed re-check says so and marks the results stale', async () => {
    const service = new FakeService();
    await validated(service);
    service.failures.recheck = new Error('mất kết nối');
    await act(async () => service.onEdit!([{ sheet: 'PL-I Nữ DTTS lãnh đạo', range: 'E8' }]));
    expect(await within(panel()).findByText('Không tự kiểm tra lại được sau khi sửa ô: mất kết nối')).toBeVisible();
    expect(within(panel()).getByText('Kết quả đã cũ — bấm Kiểm tra lại.')).toBeVisible();
  });

  it('where Excel cannot report edits: says so, and marks the results "đã cũ" after the officer was in the sheet', async () => {
    const service = new FakeService();
    service.watches = false;
    const { user } = await validated(service);
    expect(within(panel()).getByText(/Excel này không tự báo khi ô thay đổi/)).toBeVisible();
    expect(screen.queryByText('Kết quả đã cũ — bấm Kiểm tra lại.')).not.toBeInTheDocument();
    // The officer clicks into the sheet (the pane loses focus), edits, and comes back.
    act(() => {
      fireEvent.blur(window);
      fireEvent.focus(window);
    });
    expect(within(panel()).getByText('Kết quả đã cũ — bấm Kiểm tra lại.')).toBeVisible();
    await user.click(within(panel()).getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(screen.queryByText('Kết quả đã cũ — bấm Kiểm tra lại.')).not.toBeInTheDocument());
    expect(service.callsTo('validate')).toHaveLength(2);
  });

  it('over the real engine and the playground workbook: fixing F10 updates the pane within 300 ms', async () => {
    // The playground's workbook recalculates formulas after typing, as Excel does.
    const port = new PlaygroundPort();
    const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
    const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
    await port.writeSettings(settings);
    port.setCell(sheetName, 'B10', { t: 's', v: 'TP. Cao Bằng' });
    port.setCell(sheetName, 'G10', { t: 'n', v: 20 });
    port.setCell(sheetName, 'F10', { t: 'n', v: 30 });
    const service = createAddinService(port);
    const user = userEvent.setup();
    await act(async () => {
      render(<App service={service} tab="validate" />);
    });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const wrong = /Số nữ \(30\) lớn hơn tổng số \(20\)/;
    expect((await screen.findAllByText(wrong)).length).toBeGreaterThan(0);
    expect(port.watcherCount()).toBe(1);
    const before = JSON.stringify(await port.read());

    // React renders as in a browser while we measure (act() would hold the updates until it ends).
    const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnv = g.IS_REACT_ACT_ENVIRONMENT;
    g.IS_REACT_ACT_ENVIRONMENT = false;
    const latencies: number[] = [];
    try {
      for (let i = 0; i < 7; i++) {
        const [value, expectWrong] = i % 2 === 0 ? [10, false] : [30, true];
        const shown = () => wrong.test(document.body.textContent ?? '');
        const t0 = performance.now();
        const updated = whenDom(() => shown() === expectWrong);
        port.setCell(sheetName, 'F10', { t: 'n', v: value });
        latencies.push((await updated) - t0);
        // The "lần cuối lúc" line settles before the next edit.
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      g.IS_REACT_ACT_ENVIRONMENT = actEnv;
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    // The figures, for the issue note (the e2e test measures the same in Chromium).
    process.stdout.write(
      `live re-check, edit → pane in jsdom (ms): min ${latencies[0]!.toFixed(0)}, median ${median.toFixed(0)}, ` +
        `max ${latencies[latencies.length - 1]!.toFixed(0)}\n`,
    );
    // The median, not the max: this machine is shared and one run in seven can stall on it.
    expect(median).toBeLessThan(300);
    // Re-checking never wrote to the workbook: only the officer's F10 changed.
    port.setCell(sheetName, 'F10', { t: 'n', v: 30 });
    expect(JSON.stringify(await port.read())).toBe(before);
  });
});
