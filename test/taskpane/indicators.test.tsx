/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import { FakeService } from './fake-service';
import { cleanReport } from './fixtures';
import { renderApp } from './render';

function panel() {
  return screen.getByRole('tabpanel', { name: 'Chỉ tiêu' });
}

async function validatedApp(service = new FakeService()) {
  const app = await renderApp({ tab: 'validate', service });
  await app.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('2 lỗi, 1 cảnh báo');
  await app.user.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
  return app;
}

describe('Chỉ tiêu tab', () => {
  it('shows the empty state before any validation, with a button that runs it', async () => {
    const { user, service } = await renderApp({ tab: 'indicators' });
    expect(within(panel()).getByText('Chưa kiểm tra — bấm Kiểm tra để tính chỉ tiêu.')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Kiểm tra ngay' }));
    expect(service.callsTo('validate')).toHaveLength(1);
    expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lists every indicator with Vietnamese numbers and status badges', async () => {
    await validatedApp();
    const items = within(panel())
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'));
    expect(items).toHaveLength(3);

    const first = items[0]!;
    expect(within(first).getByRole('heading')).toHaveTextContent('1.1Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ');
    expect(first).toHaveTextContent('Giá trị: 76,47 %');
    expect(first).toHaveTextContent('Chỉ tiêu địa phương:80 %Chưa đạtcòn cách chỉ tiêu 3,53 %');
    expect(first).toHaveTextContent('Chỉ tiêu quốc gia (mốc 2025):60 %Đạt');
    expect(within(first).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(first).getByText('Đạt')).toBeInTheDocument();

    expect(items[1]).toHaveTextContent('Giá trị: 109,5 bé trai/100 bé gái');
    expect(items[2]).toHaveTextContent('Chưa có số liệu');
    expect(within(items[2]!).getAllByText('Chưa có số liệu')).toHaveLength(3);
    expect(items[2]).toHaveTextContent('Chỉ tiêu địa phương:Chưa đặt');
  });

  it('draws the status chart with counts readable as text', async () => {
    await validatedApp();
    expect(
      within(panel()).getByRole('img', {
        name: 'So với chỉ tiêu địa phương: 1 đạt, 1 chưa đạt, 1 chưa có số liệu, 0 chưa có chỉ tiêu địa phương',
      }),
    ).toBeInTheDocument();
    // The national bar names the milestone compared.
    expect(
      within(panel()).getByRole('img', {
        name: 'So với chỉ tiêu quốc gia (mốc 2025): 2 đạt, 0 chưa đạt, 1 chưa có số liệu, 0 chưa có chỉ tiêu quốc gia',
      }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Đạt: 2');
  });

  it('counts a result without a local target apart from missing data, and says "Chưa có chỉ tiêu địa phương"', async () => {
    const service = new FakeService();
    const [withValue, , noValue] = service.report.indicators;
    service.report.indicators = [
      { ...withValue!, localTarget: null, localStatus: 'chua-co-chi-tieu', localGap: null },
      noValue!,
    ];
    await validatedApp(service);
    const items = within(panel())
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'));
    expect(items[0]).toHaveTextContent('Giá trị: 76,47 %');
    expect(within(items[0]!).getByText('Chưa có chỉ tiêu địa phương')).toBeInTheDocument();
    expect(within(items[0]!).queryByText('Chưa có số liệu')).not.toBeInTheDocument();
    expect(
      within(panel()).getByRole('img', {
        name: 'So với chỉ tiêu địa phương: 0 đạt, 0 chưa đạt, 1 chưa có số liệu, 1 chưa có chỉ tiêu địa phương',
      }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Chưa có chỉ tiêu địa phương: 1');
    expect(panel()).toHaveTextContent('Chưa có số liệu: 1');
  });

  it('goes to the indicator cell when it has one', async () => {
    const service = new FakeService();
    service.report.indicators[0] = { ...service.report.indicators[0]!, sheet: 'CLQG Chỉ tiêu', cell: 'E7' };
    const { user } = await validatedApp(service);
    await user.click(within(panel()).getByRole('button', { name: 'Đi tới ô E7' }));
    expect(service.callsTo('goTo')).toEqual([[{ sheet: 'CLQG Chỉ tiêu', cell: 'E7' }]]);
  });

  it('says so when the report has no indicators', async () => {
    const service = new FakeService();
    service.report = cleanReport();
    const { user } = await renderApp({ tab: 'validate', service });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText('Sẵn sàng gửi');
    await user.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
    expect(within(panel()).getByText(/Không tìm thấy chỉ tiêu nào/)).toBeInTheDocument();
  });
});
