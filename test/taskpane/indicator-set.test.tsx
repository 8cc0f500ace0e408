/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import { renderApp } from './render';

const SETTINGS_HEADER = 'Thông tin báo cáo (dùng cho mọi phụ lục)';

async function openSettings(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const header = screen.getByRole('button', { name: SETTINGS_HEADER });
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
  return screen.getByRole('form', { name: SETTINGS_HEADER });
}

describe('indicator set in the settings', () => {
  it('offers both built-in sets with their milestones and saves the choice (2011–2020, seed 003)', async () => {
    const { user, service } = await renderApp({ tab: 'insert' });
    const form = await openSettings(user);
    const select = within(form).getByRole('combobox', { name: 'Bộ chỉ tiêu' });
    expect(select).toHaveValue('clqg-2021-2030');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 (mốc 2025, 2030)',
      'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020 (mốc 2015, 2020)',
    ]);
    expect(within(form).queryByText(/ghi 7 chỉ tiêu theo hai cách/)).toBeNull();

    await user.selectOptions(select, 'clqg-2011-2020');
    // The set's own contradictions are announced where it is chosen.
    expect(within(form).getByText(/Văn bản gốc của bộ này ghi 7 chỉ tiêu theo hai cách khác nhau/)).toBeInTheDocument();
    const year = within(form).getByRole('spinbutton', { name: 'Năm báo cáo' });
    await user.clear(year);
    await user.type(year, '2015');
    await user.click(within(form).getByRole('button', { name: 'Lưu thông tin báo cáo' }));
    expect(await screen.findByText('Đã lưu thông tin báo cáo vào tệp Excel.')).toBeInTheDocument();
    expect(service.callsTo('saveSettings')[0]![0]).toMatchObject({
      indicatorSet: 'clqg-2011-2020',
      reportYear: 2015,
      budgetFromYear: 2015,
    });
  });
});
