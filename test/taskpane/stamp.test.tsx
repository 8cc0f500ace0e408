/** @jest-environment jsdom */
import './setup';
/**
 * The stamp and the explanations in the task pane, over the real engine and service and the
 * playground's workbook: "Kiểm tra" writes the stamp and shows it; an edit turns the verdict to
 * "modified"; a warning is explained from the pane, stored in the workbook, shown and counted;
 * removed again; errors have no "Giải trình…"; a stamp Excel refuses to write says so.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAddinService } from '../../src/app/service';
import { PlaygroundPort } from '../../src/playground/port';
import { defaultSettings } from '../../src/domain/settings';
import { renderAnnex } from '../../src/domain/templates/fill';
import { App } from '../../src/taskpane/App';
import { parseExplanations } from '../../src/domain/explanations/store';

async function workbook() {
  const port = new PlaygroundPort();
  const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
  const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
  await port.writeSettings(settings);
  port.setCell(sheetName, 'B10', { t: 's', v: 'TP. Cao Bằng' });
  port.setCell(sheetName, 'F10', { t: 'n', v: 8 });
  port.setCell(sheetName, 'G10', { t: 'n', v: 9 });
  port.setCell(sheetName, 'H10', { t: 'n', v: 88.88 }); // 8/9 truncated: a warning
  return { port, sheetName };
}

async function open(port: PlaygroundPort) {
  const service = createAddinService(port, undefined, 'playground');
  const user = userEvent.setup();
  await act(async () => {
    render(<App service={service} tab="validate" />);
  });
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  return { user, service };
}

describe('task pane: validation stamp', () => {
  it('"Kiểm tra" writes the stamp and shows it; an edit afterwards shows "Số liệu đã sửa sau lần kiểm tra"', async () => {
    const { port, sheetName } = await workbook();
    await open(port);
    expect(await screen.findByText(/Đã kiểm tra lúc \d{2}:\d{2} ngày .* — số liệu không đổi từ đó/)).toBeTruthy();
    expect(screen.getByText(/không chống được việc cố ý làm giả/)).toBeTruthy();
    expect(port.snapshot.stamp).toMatchObject({ v: 1, by: 'playground' });
    port.setCell(sheetName, 'J10', { t: 'n', v: 1 });
    expect(await screen.findByText(/Số liệu đã sửa sau lần kiểm tra lúc/, undefined, { timeout: 5000 })).toBeTruthy();
  });

  it('says so when the stamp cannot be written, and still shows the findings', async () => {
    const { port } = await workbook();
    port.writeCheckRecord = () => Promise.reject(new Error('Sổ làm việc đang được bảo vệ cấu trúc.'));
    await open(port);
    expect(
      await screen.findByText(/Không ghi được dấu kiểm tra vào tệp \(Sổ làm việc đang được bảo vệ cấu trúc\.\)/),
    ).toBeTruthy();
    expect(screen.getAllByText(/Chưa kiểm tra/).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: /88,88/ }).length).toBeGreaterThan(0);
  });
});

describe('task pane: explaining a warning', () => {
  it('stores the text with rule and cell, shows and counts it; removing it restores the warning', async () => {
    const { port } = await workbook();
    const { user } = await open(port);
    const explainButtons = await screen.findAllByRole('button', { name: /^Giải trình…/ });
    expect(explainButtons.length).toBeGreaterThan(0);
    await user.click(explainButtons[0]!);
    const box = screen.getByRole('textbox', { name: /Giải trình/ });
    await user.type(box, 'Xã báo cáo làm tròn xuống theo hướng dẫn.');
    await user.click(screen.getByRole('button', { name: 'Lưu giải trình' }));
    expect(await screen.findByText('Đã lưu giải trình trong tệp.')).toBeTruthy();
    expect(screen.getByText(/Xã báo cáo làm tròn xuống theo hướng dẫn\./)).toBeTruthy();
    expect(screen.getAllByText(/1 cảnh báo đã giải trình/).length).toBeGreaterThan(0);
    const stored = parseExplanations(port.snapshot.explanations);
    expect(stored).toEqual([
      expect.objectContaining({
        text: 'Xã báo cáo làm tròn xuống theo hướng dẫn.',
        cell: expect.stringMatching(/^[A-Z]+10$/),
      }),
    ]);
    // The stamp counts it.
    expect(port.snapshot.stamp).toMatchObject({ explained: 1 });

    await user.click(screen.getByRole('button', { name: /^Giải trình…|Sửa giải trình…/ }));
    await user.click(screen.getByRole('button', { name: 'Xóa giải trình' }));
    expect(await screen.findByText('Đã xóa giải trình.')).toBeTruthy();
    expect(parseExplanations(port.snapshot.explanations)).toEqual([]);
    expect(screen.queryByText(/Xã báo cáo làm tròn xuống/)).toBeNull();
  });

  it('errors have no "Giải trình…": only warnings', async () => {
    const { port, sheetName } = await workbook();
    port.setCell(sheetName, 'F10', { t: 'n', v: 30 }); // more women than members: an error
    await open(port);
    const list = await screen.findAllByRole('list');
    const items = list.flatMap((l) => within(l).queryAllByRole('listitem'));
    let errors = 0;
    for (const li of items) {
      const isError = /^Lỗi/.test(within(li).queryAllByRole('button')[0]?.textContent ?? '');
      if (!isError) continue;
      errors++;
      expect(within(li).queryByRole('button', { name: /Giải trình…/ })).toBeNull();
    }
    await waitFor(() => expect(errors).toBeGreaterThan(0));
  });
});
