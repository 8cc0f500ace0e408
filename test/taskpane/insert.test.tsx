/** @jest-environment jsdom */
import './setup';
import { act, screen, within } from '@testing-library/react';
import { SUCCESS_NOTICE_MS } from '../../src/taskpane/components/NoticeBar';
import { FakeService } from './fake-service';
import { SETTINGS } from './fixtures';
import { renderApp } from './render';

const SETTINGS_HEADER = 'Thông tin báo cáo (dùng cho mọi phụ lục)';

async function openSettings(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const header = screen.getByRole('button', { name: SETTINGS_HEADER });
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  return screen.getByRole('form', { name: SETTINGS_HEADER });
}

describe('Chèn phụ lục tab', () => {
  it('lists the catalog with title, description and a Chèn button each', async () => {
    await renderApp({ tab: 'insert' });
    expect(screen.getByRole('heading', { name: 'Phụ lục I' })).toBeInTheDocument();
    expect(screen.getByText(/Số lượng, tỷ lệ nữ DTTS tham gia HĐND/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chèn Phụ lục I' })).toHaveTextContent('Chèn');
    expect(screen.getByRole('button', { name: 'Chèn Phụ lục II' })).toBeInTheDocument();
  });

  it('inserts PL-I with the saved settings and shows the sheet name actually used', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
    expect(await screen.findByText('Đã chèn vào trang tính "PL-I Nữ DTTS lãnh đạo (2)".')).toBeInTheDocument();
    expect(service.callsTo('insert')).toEqual([['PL-I', SETTINGS]]);
    // Nothing was edited, so nothing is saved.
    expect(service.callsTo('saveSettings')).toHaveLength(0);
  });

  it('opens on the insert tab from ?tab=insert, and by default', async () => {
    const first = await renderApp({ tab: 'insert' });
    expect(screen.getByRole('tab', { name: 'Chèn phụ lục' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Chèn phụ lục' })).toBeVisible();
    first.unmount();
    await renderApp({});
    expect(screen.getByRole('tab', { name: 'Chèn phụ lục' })).toHaveAttribute('aria-selected', 'true');
  });

  it('saves the report settings (fields, levels, units, local targets)', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);

    const unit = within(form).getByRole('textbox', { name: 'Đơn vị báo cáo' });
    expect(unit).toHaveValue('Thành phố Cao Bằng');
    await user.clear(unit);
    await user.type(unit, 'Huyện Hòa An');
    await user.click(within(form).getByRole('radio', { name: 'Tỉnh / Xã (từ 1/7/2025)' }));
    const units = within(form).getByRole('textbox', { name: /Danh sách địa phương/ });
    await user.clear(units);
    await user.type(units, 'Xã Bạch Đằng{Enter}{Enter}  Xã Nam Tuấn  ');

    // The loaded target is shown the Vietnamese way.
    const firstTarget = within(form).getByRole('group', { name: 'Chỉ tiêu 1' });
    expect(within(firstTarget).getByRole('textbox', { name: 'Giá trị' })).toHaveValue('60,5');
    await user.click(within(form).getByRole('button', { name: 'Thêm chỉ tiêu' }));
    const second = within(form).getByRole('group', { name: 'Chỉ tiêu 2' });
    await user.type(within(second).getByRole('textbox', { name: 'Mã chỉ tiêu' }), '4.1');
    await user.type(within(second).getByRole('textbox', { name: 'Giá trị' }), '109,5');

    expect(within(form).getByText(/Có thay đổi chưa lưu/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));

    expect(await screen.findByText('Đã lưu thông tin báo cáo vào tệp Excel.')).toBeInTheDocument();
    const [[input]] = service.callsTo('saveSettings') as [[Record<string, unknown>]];
    expect(input).toMatchObject({
      unitName: 'Huyện Hòa An',
      issuer: 'UBND thành phố Cao Bằng',
      reportNumber: '125/BC-UBND',
      reportYear: 2024,
      levels: ['tinh', 'xa'],
      units: ['Xã Bạch Đằng', 'Xã Nam Tuấn'],
      localTargets: [
        { indicatorId: '1.1', value: 60.5 },
        { indicatorId: '4.1', value: 109.5 },
      ],
      period: { from: '2024-01-01', to: '2024-10-31' },
      budgetFromYear: 2018,
    });
  });

  it('removes a local target', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);
    await user.click(within(form).getByRole('button', { name: 'Xóa chỉ tiêu 1' }));
    expect(within(form).getByText('Chưa có chỉ tiêu địa phương nào.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    await screen.findByText('Đã lưu thông tin báo cáo vào tệp Excel.');
    expect(service.callsTo('saveSettings')[0]![0]).toMatchObject({ localTargets: [] });
  });

  it('saves unsaved edits before inserting, so the annex gets the new header', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);
    const number = within(form).getByRole('textbox', { name: 'Số báo cáo' });
    await user.clear(number);
    await user.type(number, '130/BC-UBND');

    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục II' }));
    expect(await screen.findByText('Đã chèn vào trang tính "PL-II Đề án 1898 (2)".')).toBeInTheDocument();
    expect(service.calls.map((c) => c.method).filter((m) => m === 'saveSettings' || m === 'insert')).toEqual([
      'saveSettings',
      'insert',
    ]);
    const [, settings] = service.callsTo('insert')[0] as [string, { reportNumber: string }];
    expect(settings.reportNumber).toBe('130/BC-UBND');
  });

  it('refuses invalid settings with Vietnamese field messages and does not insert', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);
    const year = within(form).getByRole('spinbutton', { name: 'Năm báo cáo' });
    await user.clear(year);
    await user.type(year, '20');
    const target = within(form).getByRole('group', { name: 'Chỉ tiêu 1' });
    const value = within(target).getByRole('textbox', { name: 'Giá trị' });
    await user.clear(value);
    await user.type(value, '27,59,03');

    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(within(form).getByText('Năm báo cáo phải là số từ 2000 đến 2100.')).toBeInTheDocument();
    expect(within(form).getByText(/Giá trị phải là một số/)).toBeInTheDocument();
    expect(service.callsTo('saveSettings')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
    expect(await screen.findByText(/Thông tin báo cáo chưa hợp lệ/)).toBeInTheDocument();
    expect(service.callsTo('insert')).toHaveLength(0);
  });

  it('checks the report period', async () => {
    const service = new FakeService();
    service.settings = { ...SETTINGS, period: undefined };
    const { user } = await renderApp({ tab: 'insert', service });
    const form = await openSettings(user);
    await user.type(within(form).getByLabelText('Từ ngày'), '31/12/2024');
    await user.type(within(form).getByLabelText('Đến ngày'), '01/01/2024');
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(within(form).getByText('Ngày bắt đầu phải trước ngày kết thúc.')).toBeInTheDocument();
    expect(service.callsTo('saveSettings')).toHaveLength(0);
  });

  it('closes the settings once saved, says so under their header (focus there), and drops old success notices', async () => {
    const { user } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);
    const header = screen.getByRole('button', { name: SETTINGS_HEADER });
    const unit = within(form).getByRole('textbox', { name: 'Đơn vị báo cáo' });
    await user.type(unit, ' mới');
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));

    const saved = await screen.findByText('Đã lưu thông tin báo cáo vào tệp Excel.');
    expect(header).toHaveAttribute('aria-expanded', 'false');
    expect(header).toHaveFocus();
    // The notice sits right under the header, before the catalog.
    const catalog = screen.getByRole('heading', { name: 'Chọn phụ lục để chèn' });
    expect(header.compareDocumentPosition(saved) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(saved.compareDocumentPosition(catalog) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Inserting another annex: the older "Đã chèn" under PL-I goes, only the newest stays.
    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
    await screen.findByText(/^Đã chèn vào trang tính "PL-I/);
    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục II' }));
    await screen.findByText(/^Đã chèn vào trang tính "PL-II/);
    expect(screen.queryByText(/^Đã chèn vào trang tính "PL-I /)).not.toBeInTheDocument();
  });

  it('lets success notices go away by themselves; errors stay', async () => {
    jest.useFakeTimers();
    try {
      const service = new FakeService();
      const { user } = await renderApp({ tab: 'insert', service, advanceTimers: jest.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
      await screen.findByText(/^Đã chèn vào trang tính "PL-I/);
      service.failures.insert = new Error('Tệp đang ở chế độ chỉ đọc.');
      await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục II' }));
      await screen.findByText('Không chèn được phụ lục: Tệp đang ở chế độ chỉ đọc.');
      act(() => jest.advanceTimersByTime(SUCCESS_NOTICE_MS + 100));
      expect(screen.queryByText(/^Đã chèn vào trang tính/)).not.toBeInTheDocument();
      expect(screen.getByText('Không chèn được phụ lục: Tệp đang ở chế độ chỉ đọc.')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows and takes dates as dd/mm/yyyy text, whatever the browser locale', async () => {
    const service = new FakeService();
    service.settings = { ...SETTINGS, reportDate: '2024-12-10' };
    const { user } = await renderApp({ tab: 'insert', service });
    const form = await openSettings(user);
    const date = within(form).getByRole('textbox', { name: 'Ngày báo cáo' });
    // A text box, not <input type="date"> (which shows 12/10/2024 for 10 December in an English browser).
    expect(date).toHaveAttribute('type', 'text');
    expect(date).toHaveValue('10/12/2024');
    expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(within(form).getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('01/01/2024');

    await user.clear(date);
    await user.type(date, '5/1/2025');
    await user.tab();
    expect(date).toHaveValue('05/01/2025');

    await user.clear(date);
    await user.type(date, '31/02/2025');
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(
      within(form).getByText('Ngày 31/02/2025 không có trong lịch: kiểm tra lại ngày và tháng.'),
    ).toBeInTheDocument();
    expect(service.callsTo('saveSettings')).toHaveLength(0);

    await user.clear(date);
    await user.type(date, '28/02/2025');
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    await screen.findByText('Đã lưu thông tin báo cáo vào tệp Excel.');
    expect(service.callsTo('saveSettings')[0]![0]).toMatchObject({ reportDate: '2025-02-28' });
  });

  it('opens the settings section at first use (no unit name yet)', async () => {
    const service = new FakeService();
    service.settings = { ...SETTINGS, unitName: '' };
    await renderApp({ tab: 'insert', service });
    expect(screen.getByRole('button', { name: SETTINGS_HEADER })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Đơn vị báo cáo' })).toHaveValue('');
  });

  it('shows an insertion error in Vietnamese next to the annex', async () => {
    const service = new FakeService();
    service.failures.insert = new Error('Tệp đang ở chế độ chỉ đọc.');
    const { user } = await renderApp({ tab: 'insert', service });
    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
    expect(await screen.findByText('Không chèn được phụ lục: Tệp đang ở chế độ chỉ đọc.')).toBeInTheDocument();
    // Still usable afterwards.
    delete service.failures.insert;
    await user.click(screen.getByRole('button', { name: 'Chèn Phụ lục I' }));
    expect(await screen.findByText('Đã chèn vào trang tính "PL-I Nữ DTTS lãnh đạo (2)".')).toBeInTheDocument();
  });

  it('shows a save error in Vietnamese', async () => {
    const service = new FakeService();
    service.failures.saveSettings = { code: 'AccessDenied', message: 'Access denied' };
    const { user } = await renderApp({ tab: 'insert', service });
    const form = await openSettings(user);
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(
      await within(form).findByText(
        'Không lưu được thông tin báo cáo: Tệp hoặc trang tính đang được khóa (bảo vệ), không sửa được.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a load error and still offers the form with default values', async () => {
    const service = new FakeService();
    service.failures.loadSettings = new Error('Cài đặt trong tệp bị hỏng.');
    const { user } = await renderApp({ tab: 'insert', service });
    expect(screen.getByText('Không đọc được thông tin báo cáo đã lưu: Cài đặt trong tệp bị hỏng.')).toBeInTheDocument();
    const form = await openSettings(user);
    expect(within(form).getByRole('spinbutton', { name: 'Năm báo cáo' })).toHaveValue(new Date().getFullYear());
  });

  it('shows the limitations of this Excel as a warning', async () => {
    const service = new FakeService();
    service.limits = ['Excel này chưa hỗ trợ kiểm tra dữ liệu nhập (ExcelApi 1.8).', 'Không đặt được trang in.'];
    await renderApp({ tab: 'insert', service });
    expect(screen.getByText('Excel này thiếu một số tính năng')).toBeInTheDocument();
    expect(screen.getByText(/chưa hỗ trợ kiểm tra dữ liệu nhập .* Không đặt được trang in\./)).toBeInTheDocument();
  });

  it('shows no limitations bar when everything works', async () => {
    await renderApp({ tab: 'insert' });
    expect(screen.queryByText('Excel này thiếu một số tính năng')).not.toBeInTheDocument();
  });
});
