/** @jest-environment jsdom */
import './setup';
import { act, screen, within } from '@testing-library/react';
import type { AggregateFile } from '../../src/app/types';
import { deferred, FakeService } from './fake-service';
import { renderApp } from './render';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (name: string, bytes: number[]) => new File([new Uint8Array(bytes)], name, { type: XLSX });

function panel() {
  return screen.getByRole('tabpanel', { name: 'Tổng hợp' });
}

async function ready() {
  const tab = panel();
  await within(tab).findByRole('button', { name: 'Tổng hợp từ tệp…' });
  return tab;
}

async function openTab(app: Awaited<ReturnType<typeof renderApp>>) {
  await app.user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  return ready();
}

describe('Tổng hợp tab', () => {
  it('reads the chosen files, shows progress per file, then the summary with the status sheet', async () => {
    const service = new FakeService();
    const gate = deferred<void>();
    service.aggregateGate = gate.promise;
    service.aggregatePauseAt = 2;
    const app = await renderApp({ service });
    const tab = await openTab(app);

    const button = within(tab).getByRole('button', { name: 'Tổng hợp từ tệp…' });
    expect(button).toBeVisible();
    const input = within(tab).getByLabelText('Chọn các tệp báo cáo của đơn vị (.xlsx)') as HTMLInputElement;
    expect(input).toHaveAttribute('type', 'file');
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.xlsx');

    // The button opens the file picker.
    const picker = jest.fn();
    input.addEventListener('click', picker);
    await app.user.click(button);
    expect(picker).toHaveBeenCalledTimes(1);

    const files = [file('XaA.xlsx', [1, 2, 3]), file('XaB.xlsx', [4, 5]), file('XaC.xlsx', [6])];
    await app.user.upload(input, files);

    // Paused while reading the second of three files.
    expect(await within(tab).findByText('Đang đọc 2/3: XaB.xlsx')).toBeInTheDocument();
    const bar = within(tab).getByRole('progressbar', { name: 'Tiến độ tổng hợp' });
    expect(bar).toHaveAttribute('aria-valuenow', String(1 / 3));
    expect(within(tab).getByRole('button', { name: 'Đang tổng hợp…' })).toHaveAttribute('aria-disabled', 'true');

    await act(async () => gate.resolve());
    expect(await within(tab).findByText(/Đã tổng hợp 2 tệp; để ra ngoài 1 tệp\. /)).toBeInTheDocument();
    expect(within(tab).getByText(/Xem lý do từng tệp ở trang tính "Tình hình nộp báo cáo"\./)).toBeInTheDocument();
    expect(within(tab).getByText(/Đã chèn: "PL-I Nữ DTTS lãnh đạo \(2\)", "PL-II Đề án 1898"\./)).toBeInTheDocument();
    expect(within(tab).queryByRole('progressbar')).not.toBeInTheDocument();
    const list = within(tab).getByLabelText('Kết quả tổng hợp');
    expect(list).toHaveTextContent('Đưa vào tổng hợp2');
    expect(list).toHaveTextContent('Để ra ngoài (có lỗi hoặc không đọc được)1');
    expect(list).toHaveTextContent('Trùng đơn vị (không cộng hai lần)0');

    // The service got every file, in order, with its bytes.
    const calls = service.callsTo('aggregateFiles') as [AggregateFile[], { includeInvalid: boolean }][];
    expect(calls).toHaveLength(1);
    const [sent, options] = calls[0]!;
    expect(sent.map((f) => f.name)).toEqual(['XaA.xlsx', 'XaB.xlsx', 'XaC.xlsx']);
    expect(sent.map((f) => Array.from(new Uint8Array(f.data)))).toEqual([[1, 2, 3], [4, 5], [6]]);
    expect(options).toEqual({ includeInvalid: false });
    expect(within(tab).getByRole('button', { name: 'Tổng hợp từ tệp…' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('passes "include files with errors" and warns when no file could be included', async () => {
    const service = new FakeService();
    service.aggregateResult = { sheets: ['Tình hình nộp báo cáo'], included: 0, excluded: 2, duplicates: 1 };
    const app = await renderApp({ service, tab: 'aggregate' });
    const tab = await ready();
    const group = within(tab).getByRole('radiogroup', { name: 'Tệp có lỗi' });
    expect(within(group).getByRole('radio', { name: 'Để ra ngoài (đơn vị sửa và gửi lại)' })).toBeChecked();
    await app.user.click(within(group).getByRole('radio', { name: 'Vẫn đưa vào, đánh dấu cần kiểm tra lại' }));
    await app.user.upload(within(tab).getByLabelText('Chọn các tệp báo cáo của đơn vị (.xlsx)'), [
      file('a.xlsx', [1]),
      file('b.xlsx', [2]),
    ]);
    expect(
      await within(tab).findByText(
        /Không có tệp nào đưa vào tổng hợp được \(để ra ngoài 2 tệp; trùng đơn vị 1 tệp\)\./,
      ),
    ).toBeInTheDocument();
    expect(within(tab).getByText(/Xem lý do từng tệp ở trang tính "Tình hình nộp báo cáo"/)).toBeInTheDocument();
    expect(within(tab).queryByText(/Đã chèn:/)).not.toBeInTheDocument();
    expect((service.callsTo('aggregateFiles')[0] as unknown[])[1]).toEqual({ includeInvalid: true });
  });

  it('shows a Vietnamese error when the service fails, and nothing when no file is chosen', async () => {
    const service = new FakeService();
    service.failures.aggregateFiles = new Error('Excel đang ở chế độ sửa ô.');
    const app = await renderApp({ service, tab: 'aggregate' });
    const tab = await ready();
    const input = within(tab).getByLabelText('Chọn các tệp báo cáo của đơn vị (.xlsx)');
    await app.user.upload(input, []);
    expect(service.callsTo('aggregateFiles')).toHaveLength(0);
    await app.user.upload(input, [file('a.xlsx', [1])]);
    expect(await within(tab).findByText('Không tổng hợp được: Excel đang ở chế độ sửa ô.')).toBeInTheDocument();
  });
});
