/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import { FakeService } from './fake-service';
import { renderApp } from './render';

function panel() {
  return screen.getByRole('tabpanel', { name: 'Xuất kết quả' });
}

describe('Xuất kết quả tab', () => {
  it('is disabled with an explanation until a validation has run', async () => {
    const { user, service } = await renderApp({ tab: 'export' });
    const button = within(panel()).getByRole('button', { name: 'Ghi trang tính Kết quả kiểm tra' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Chưa có kết quả kiểm tra/);
    await user.click(button);
    expect(service.callsTo('exportReport')).toHaveLength(0);
  });

  it('writes the report sheet and shows its name', async () => {
    const { user, service } = await renderApp({ tab: 'validate' });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');
    await user.click(screen.getByRole('tab', { name: 'Xuất kết quả' }));

    expect(within(panel()).getByText('Kết quả sẽ ghi: 2 lỗi, 1 cảnh báo; 3 chỉ tiêu.')).toBeInTheDocument();
    const button = within(panel()).getByRole('button', { name: 'Ghi trang tính Kết quả kiểm tra' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(await within(panel()).findByText('Đã ghi kết quả vào trang tính "Kết quả kiểm tra".')).toBeInTheDocument();
    expect(service.callsTo('exportReport')).toEqual([[service.report]]);
  });

  it('shows an export error in Vietnamese', async () => {
    const service = new FakeService();
    service.failures.exportReport = new Error('Sổ làm việc đang được bảo vệ.');
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('2 lỗi, 1 cảnh báo');
    await user.click(screen.getByRole('tab', { name: 'Xuất kết quả' }));
    await user.click(within(panel()).getByRole('button', { name: 'Ghi trang tính Kết quả kiểm tra' }));
    expect(
      await within(panel()).findByText('Không ghi được kết quả: Sổ làm việc đang được bảo vệ.'),
    ).toBeInTheDocument();
  });
});
