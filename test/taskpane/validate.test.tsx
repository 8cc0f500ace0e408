/** @jest-environment jsdom */
import './setup';
import { act, screen, waitFor, within } from '@testing-library/react';
import { lastReportKey, setWorkbookIdentity } from '../../src/taskpane/workbookIdentity';
import { deferred, FakeService } from './fake-service';
import { cleanReport, finding, reportWithErrors } from './fixtures';
import { renderApp } from './render';

/** This pane's workbook (its identity as src/adapters/office/workbook-identity.ts makes it). */
const WB = '3f6c2a9e-0d1b-4c55-9a3e-2b7d8e1f0a11|https://contoso.sharepoint.com/Xa-A/PL-2024.xlsx';
const OTHER = '3f6c2a9e-0d1b-4c55-9a3e-2b7d8e1f0a11|https://contoso.sharepoint.com/Xa-B/PL-2024.xlsx';
const envelope = (report: unknown, workbook = WB) =>
  JSON.stringify({ workbook, at: '2024-07-30T08:00:00.000Z', report });
beforeEach(() => setWorkbookIdentity(async () => WB));
afterEach(() => {
  window.localStorage.clear();
  setWorkbookIdentity(undefined);
});

function validatePanel() {
  return screen.getByRole('tabpanel', { name: 'Kiểm tra' });
}

describe('Kiểm tra tab', () => {
  it('shows progress while validating, then the summary and findings grouped by sheet', async () => {
    const service = new FakeService();
    const gate = deferred<void>();
    service.validateGate = gate.promise;
    service.progress = [{ phase: 'checking', fraction: 0.5 }];
    const { user } = await renderApp({ tab: 'validate', service });

    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const bar = await screen.findByRole('progressbar', { name: 'Đang kiểm tra từng phụ lục…' });
    expect(bar).toHaveAttribute('aria-valuenow', '0.5');
    expect(screen.getByText('Đang kiểm tra từng phụ lục…')).toBeInTheDocument();

    await act(async () => gate.resolve());
    expect(await screen.findByText('2 lỗi, 1 cảnh báo')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(service.callsTo('validate')).toHaveLength(1);

    // Grouped by sheet, in order of first appearance.
    const lists = within(validatePanel()).getAllByRole('list');
    const names = lists.map((l) => l.getAttribute('aria-label'));
    expect(names).toEqual(['Màu tô trong bảng', 'PL-I Nữ DTTS lãnh đạo', 'CLQG Chỉ tiêu']);
    // The legend says which colour is which.
    const legend = within(validatePanel()).getByRole('list', { name: 'Màu tô trong bảng' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Lỗi', 'Cảnh báo']);
    expect(legend.querySelector('[data-swatch="error"]')).toHaveStyle({ backgroundColor: '#FFC7CE' });
    expect(legend.querySelector('[data-swatch="warning"]')).toHaveStyle({ backgroundColor: '#FFEB9C' });
    const clqg = within(validatePanel()).getByRole('list', { name: 'CLQG Chỉ tiêu' });
    const items = within(clqg).getAllByRole('button');
    // Errors first inside a sheet.
    expect(items[0]).toHaveTextContent('Lỗi');
    expect(items[0]).toHaveTextContent('D9');
    expect(items[1]).toHaveTextContent('Cảnh báo');
    expect(items[1]).toHaveTextContent('Giá trị: 50');
    expect(items[1]).toHaveTextContent('Cần: ≥ 60');
    expect(items[1]).toHaveTextContent('Đã giải trình: Tỉnh quyết định theo điều kiện thực tế.');
  });

  it('filters by severity as "Chỉ hiện": none chosen shows all; choosing Cảnh báo shows only warnings', async () => {
    const { user } = await renderApp({ tab: 'validate' });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');

    const bar = screen.getByRole('group', { name: 'Chỉ hiện' });
    const errorsToggle = within(bar).getByRole('button', { name: 'Lỗi (2)' });
    const warningsToggle = within(bar).getByRole('button', { name: 'Cảnh báo (1)' });
    expect(within(bar).getByRole('button', { name: 'Thông tin (0)' })).toHaveAttribute('aria-pressed', 'false');
    // Nothing chosen: every finding is listed, and the pane says so.
    expect(errorsToggle).toHaveAttribute('aria-pressed', 'false');
    expect(warningsToggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Đang hiện tất cả. Bấm một mức độ để chỉ xem mức đó.')).toBeInTheDocument();
    const panel = validatePanel();
    expect(within(panel).getByText(/Tỷ lệ ghi 88,88/)).toBeInTheDocument();

    await user.click(warningsToggle);
    expect(warningsToggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Đang chỉ hiện: Cảnh báo. Bấm lại để bỏ chọn.')).toBeInTheDocument();
    expect(within(panel).queryByText(/Tỷ lệ ghi 88,88/)).not.toBeInTheDocument();
    expect(within(panel).queryByText(/Ô bắt buộc còn trống/)).not.toBeInTheDocument();
    expect(within(panel).getByText(/Chỉ tiêu địa phương 50 thấp hơn/)).toBeInTheDocument();
    // The sheet with only errors disappears.
    expect(within(panel).queryByRole('list', { name: 'PL-I Nữ DTTS lãnh đạo' })).not.toBeInTheDocument();

    await user.click(errorsToggle);
    expect(screen.getByText('Đang chỉ hiện: Lỗi, Cảnh báo. Bấm lại để bỏ chọn.')).toBeInTheDocument();
    expect(within(panel).getByText(/Tỷ lệ ghi 88,88/)).toBeInTheDocument();

    await user.click(errorsToggle);
    await user.click(warningsToggle);
    expect(screen.getByText('Đang hiện tất cả. Bấm một mức độ để chỉ xem mức đó.')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Thông tin (0)' }));
    expect(within(panel).getByText('Không có mục nào với bộ lọc đang chọn.')).toBeInTheDocument();
  });

  it('goes to the cell of a finding on click and on Enter / Space', async () => {
    const { user, service } = await renderApp({ tab: 'validate' });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');

    await user.click(screen.getByRole('button', { name: /E8/ }));
    expect(service.callsTo('goTo')).toEqual([[{ sheet: 'PL-I Nữ DTTS lãnh đạo', cell: 'E8' }]]);

    const warning = screen.getByRole('button', { name: /F12/ });
    warning.focus();
    await user.keyboard('{Enter}');
    expect(service.callsTo('goTo')[1]).toEqual([{ sheet: 'CLQG Chỉ tiêu', cell: 'F12' }]);

    screen.getByRole('button', { name: /D9/ }).focus();
    await user.keyboard(' ');
    expect(service.callsTo('goTo')[2]).toEqual([{ sheet: 'CLQG Chỉ tiêu', cell: 'D9' }]);
  });

  it('makes every finding a native button in the Tab order', async () => {
    // (Tabster's Tab handling cannot run in jsdom, so the order itself is checked in a browser.)
    const { user } = await renderApp({ tab: 'validate' });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');
    for (const cell of [/E8/, /F12/, /D9/]) {
      const item = screen.getByRole('button', { name: cell });
      expect(item.tagName).toBe('BUTTON');
      expect(item).toHaveAttribute('type', 'button');
      expect(item).not.toHaveAttribute('tabindex', '-1');
      expect(item).toBeEnabled();
    }
  });

  it('says "Sẵn sàng gửi" when there are no errors', async () => {
    const service = new FakeService();
    service.report = cleanReport();
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Sẵn sàng gửi')).toBeInTheDocument();
    expect(screen.getByText('Không có lỗi; còn 1 thông tin nên xem lại.')).toBeInTheDocument();
  });

  it('highlights and clears highlights through the service', async () => {
    const { user, service } = await renderApp({ tab: 'validate' });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');

    await user.click(screen.getByRole('button', { name: 'Tô màu ô lỗi' }));
    expect(service.callsTo('highlight')).toEqual([[service.report]]);
    expect(await screen.findByText('Đã tô màu 3 ô.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bỏ tô màu' }));
    expect(service.callsTo('clearHighlights')).toHaveLength(1);
    expect(await screen.findByText('Đã bỏ tô màu, ô trở lại màu cũ.')).toBeInTheDocument();
  });

  it('cannot highlight before a validation, but can always clear', async () => {
    const { user, service } = await renderApp({ tab: 'validate' });
    const highlight = screen.getByRole('button', { name: 'Tô màu ô lỗi' });
    expect(highlight).toHaveAttribute('aria-disabled', 'true');
    await user.click(highlight);
    expect(service.callsTo('highlight')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Bỏ tô màu' }));
    expect(service.callsTo('clearHighlights')).toHaveLength(1);
  });

  it('shows a service error in Vietnamese, and the button works again', async () => {
    const service = new FakeService();
    service.failures.validate = new Error('Không đọc được sheet "PL-I".');
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Không kiểm tra được: Không đọc được sheet "PL-I".')).toBeInTheDocument();

    delete service.failures.validate;
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('2 lỗi, 1 cảnh báo')).toBeInTheDocument();
    expect(screen.queryByText(/Không kiểm tra được/)).not.toBeInTheDocument();
  });

  it('translates Office error codes', async () => {
    const service = new FakeService();
    service.failures.validate = Object.assign(new Error('The operation is not supported in cell edit mode.'), {
      code: 'InvalidOperationInCellEditMode',
    });
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/^Không kiểm tra được: Excel đang ở chế độ sửa ô/)).toBeInTheDocument();
  });

  it('shows an error when going to a cell fails', async () => {
    const service = new FakeService();
    service.failures.goTo = new Error('Không tìm thấy sheet "PL-I Nữ DTTS lãnh đạo".');
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');
    await user.click(screen.getByRole('button', { name: /E8/ }));
    expect(
      await within(validatePanel()).findByText('Không đi tới ô được: Không tìm thấy sheet "PL-I Nữ DTTS lãnh đạo".'),
    ).toBeInTheDocument();
  });

  it('renders cell contents as text, never as HTML', async () => {
    const service = new FakeService();
    const evil = '<img src=x onerror=alert(1)>';
    service.report = {
      ...cleanReport(),
      stats: { errors: 1, warnings: 0, infos: 0, sheets: 1, cells: 1, ms: 1 },
      findings: [
        finding({
          sheet: '<b>PL</b>',
          value: evil,
          expected: '<script>x</script>',
          message: `Sai: ${evil}`,
          explanation: evil,
        }),
      ],
    };
    const { user, container } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('button', { name: /E8/ });

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const item = screen.getByRole('button', { name: /E8/ });
    expect(item).toHaveTextContent(`Giá trị: ${evil}`);
    expect(item).toHaveTextContent(`Sai: ${evil}`);
    expect(screen.getByText('<b>PL</b>')).toBeInTheDocument();
  });

  it('shows the report left by the ribbon command on mount', async () => {
    window.localStorage.setItem(lastReportKey(WB), envelope(reportWithErrors()));
    await renderApp({ tab: 'validate' });
    expect(screen.getByText('2 lỗi, 1 cảnh báo')).toBeInTheDocument();
    expect(screen.getByText(/lần kiểm tra trước/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /E8/ })).toBeInTheDocument();
  });

  it('says when a stored report lists only part of its findings', async () => {
    const report = reportWithErrors();
    report.stats.errors = 1500;
    window.localStorage.setItem(lastReportKey(WB), envelope(report));
    await renderApp({ tab: 'validate' });
    expect(screen.getByText(/Danh sách rút gọn: đang hiện 3 trên 1.501 mục/)).toBeInTheDocument();
  });

  it('ignores a malformed stored report', async () => {
    window.localStorage.setItem(lastReportKey(WB), envelope({ valid: true }));
    await renderApp({ tab: 'validate' });
    expect(screen.getByText(/Bấm "Kiểm tra" để rà soát/)).toBeInTheDocument();
  });

  it('picks up a report stored by the ribbon while the pane is open', async () => {
    await renderApp({ tab: 'validate' });
    const report = reportWithErrors();
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key: lastReportKey(WB), newValue: envelope(report) }));
    });
    await waitFor(() => expect(screen.getByText('2 lỗi, 1 cảnh báo')).toBeInTheDocument());
  });

  it("never shows another workbook's ribbon report (same origin, same sheet names)", async () => {
    // Another unit's file: its own key, and a forged one under this workbook's key.
    window.localStorage.setItem(lastReportKey(OTHER), envelope(reportWithErrors(), OTHER));
    window.localStorage.setItem(lastReportKey(WB), envelope(reportWithErrors(), OTHER));
    await renderApp({ tab: 'validate' });
    await act(async () => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: lastReportKey(OTHER), newValue: envelope(reportWithErrors(), OTHER) }),
      );
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('2 lỗi, 1 cảnh báo')).not.toBeInTheDocument();
    expect(screen.getByText(/Bấm "Kiểm tra" để rà soát/)).toBeInTheDocument();
  });

  it('trusts no stored report when it cannot tell which workbook it is in', async () => {
    setWorkbookIdentity(async () => undefined);
    window.localStorage.setItem(lastReportKey(WB), envelope(reportWithErrors()));
    await renderApp({ tab: 'validate' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('2 lỗi, 1 cảnh báo')).not.toBeInTheDocument();
  });
});
