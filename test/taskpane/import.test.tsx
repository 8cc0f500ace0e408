/** @jest-environment jsdom */
/**
 * "Nhập từ bảng có sẵn…" in the task pane over the real service and the in-memory port: the
 * officer picks a Word report (the seeds' Phụ lục I, generated as a .docx) or uses the selected
 * range; the preview shows the table recognised and each column's target in a list the officer
 * can change; "Chèn phụ lục đã nhập" inserts the standard annex, which "Kiểm tra" then checks.
 * The panel and the import engine load on first use (their own chunks).
 */
import './setup';
import './text-codec';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { createAddinService } from '../../src/app/service';
import { App } from '../../src/taskpane/App';
import { seedDocx } from '../import/docx';
import { seedXlsx } from '../import/fixtures';
import { PL_I } from '../import/seed-tables';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function setup(port = new MemoryWorkbookPort()) {
  const service = createAddinService(port);
  const user = userEvent.setup();
  await act(async () => {
    render(<App service={service} tab="insert" />);
  });
  const tab = screen.getByRole('tabpanel', { name: 'Chèn phụ lục' });
  await user.click(within(tab).getByRole('button', { name: 'Nhập từ bảng có sẵn…' }));
  const panel = await within(tab).findByRole('region', { name: 'Nhập từ bảng có sẵn' });
  return { port, service, user, tab, panel };
}

describe('Nhập từ bảng có sẵn…', () => {
  it('a .docx: preview, one column corrected, inserted, then checked', async () => {
    const { port, user, panel } = await setup();
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array(seedDocx([PL_I]))], 'bao-cao-2024.docx', { type: DOCX }));

    await within(panel).findByText('Xem trước: bao-cao-2024.docx');
    expect(within(panel).getByText(/Bảng 1 \(tệp Word\) \(\d+ × 14\) → Phụ lục I \(PL-I\)/)).toBeTruthy();
    // Each column with its target, in a list of the annex's columns.
    const huyen = within(panel).getByRole('combobox', {
      name: 'Cột đích cho cột 5 "Nữ DTTS tham gia Hội đồng nhân dân các cấp › Cấp huyện"',
    }) as HTMLSelectElement;
    expect(huyen.value).toBe('hdnd_huyen_nu/hdnd_huyen_tong');
    // The row-number column keeps its own target, not shown as the first entry of the list.
    const stt = within(panel).getByRole('combobox', { name: 'Cột đích cho cột 1 "Số TT"' }) as HTMLSelectElement;
    expect(stt.value).not.toBe('dia_phuong');
    expect(stt.selectedOptions[0]!.textContent).not.toBe('Địa phương');
    // 11/29, 12/13 and 52/ 118 each give a count and its total.
    expect(within(panel).getByText('Phụ lục I: 1 dòng, 11 giá trị')).toBeTruthy();

    // The officer decides column 13 ("Cấp xã" of the leaders, "52/ 118") is not to be imported.
    const xa = within(panel).getByRole('combobox', {
      name: 'Cột đích cho cột 13 "Nữ DTTS giữ chức vụ lãnh đạo trong các cơ quan quản lý nhà nước › Cấp xã"',
    }) as HTMLSelectElement;
    await user.selectOptions(xa, '— Không nhập cột này —');
    await within(panel).findByText('Phụ lục I: 1 dòng, 9 giá trị');
    expect(
      (
        within(panel).getByRole('combobox', {
          name: 'Cột đích cho cột 13 "Nữ DTTS giữ chức vụ lãnh đạo trong các cơ quan quản lý nhà nước › Cấp xã"',
        }) as HTMLSelectElement
      ).value,
    ).toBe('__none__');
    expect(within(panel).getByRole('list', { name: 'Không đặt được' }).textContent).toContain('52/ 118');

    await user.click(within(panel).getByRole('button', { name: 'Chèn phụ lục đã nhập' }));
    await within(panel).findByText(/Đã chèn 1 phụ lục: "PL-I Nữ DTTS lãnh đạo"/);
    const snap = await port.read();
    expect(snap.markers.map((m) => m.templateId)).toEqual(['PL-I']);
    // The report year the table's header implies is stored (the workbook had no settings).
    expect((snap.settings as { reportYear: number }).reportYear).toBeGreaterThan(2000);
    // Column 11 ("12/13") went in; column 13 did not.
    const sheet = snap.sheets.find((s) => s.name === 'PL-I Nữ DTTS lãnh đạo')!;
    const values = sheet.cells.flat().map((c) => (c ? c.v : undefined));
    expect(values).toContain(12);
    expect(values).toContain(13);
    expect(values).not.toContain(118);

    // Kiểm tra reads the inserted annex.
    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    const check = screen.getByRole('tabpanel', { name: 'Kiểm tra' });
    await user.click(within(check).getAllByRole('button', { name: /^Kiểm tra/ })[0]!);
    await within(check).findByText(/Ô bắt buộc còn trống/, undefined, { timeout: 10_000 });
  });

  it('the selected range of a sheet; a file that is not a table says why', async () => {
    const book = readXlsx(new Uint8Array((await seedXlsx([PL_I], { sheetNames: ['Bảng cũ'] })).buffer));
    const port = new MemoryWorkbookPort(book);
    const { user, panel } = await setup(port);
    // Nothing selected yet: a sentence, not a crash.
    await user.click(within(panel).getByRole('button', { name: 'Dùng vùng đang chọn' }));
    await within(panel).findByText(/Chưa chọn vùng bảng nào/);
    await port.select({ sheet: 'Bảng cũ', cell: 'A5:N8' });
    await user.click(within(panel).getByRole('button', { name: 'Dùng vùng đang chọn' }));
    await within(panel).findByText('Xem trước: Vùng chọn trên trang tính "Bảng cũ"');
    expect(within(panel).getByText(/→ Phụ lục I \(PL-I\)/)).toBeTruthy();

    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([new TextEncoder().encode('không phải bảng')], 'ghi-chu.docx', { type: DOCX }));
    await within(panel).findByText(/không phải .xlsx hay .docx/);
  });
});
