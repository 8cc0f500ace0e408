/** @jest-environment jsdom */
/**
 * The "So sánh" tab over the real service and the in-memory port: the officer picks last
 * year's file; the pane shows what `phuluc compare` prints for the same two files (the same
 * domain result), takes the officer to a warning's cell, and inserts the sheet through the port.
 */
import './setup';
import './text-codec';
import { readFileSync, writeFileSync } from 'fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { createAddinService } from '../../src/app/service';
import { main } from '../../src/cli/main';
import type { CompareResult } from '../../src/domain/compare/compare';
import { COMPARE_SHEET } from '../../src/domain/messages/compare';
import { defaultSettings } from '../../src/domain/settings';
import { App } from '../../src/taskpane/App';
import { tempDir, writeAnnexWorkbook } from '../integration/helpers';
import { makePair } from '../compare/pairs';

const tmp = tempDir('phuluc-compare-pane-');
afterAll(() => tmp.cleanup());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function writeYear(file: string, year: number, units: string[], data: object) {
  await writeAnnexWorkbook(file, {
    templates: ['PL-I', 'PL-CB', 'CLQG'],
    settings: defaultSettings({ reportYear: year, unitName: 'Huyện Hòa An', units, levels: ['huyen', 'xa'] }),
    data: data as never,
  });
}

async function cliJson(last: string, now: string): Promise<CompareResult> {
  let out = '';
  await main(['compare', last, now, '--json'], { out: (t) => void (out += t), err: () => undefined });
  return JSON.parse(out) as CompareResult;
}

async function setup() {
  const pair = makePair(61, {
    units: 4,
    anomalies: ['count-jump', 'share-jump', 'term-changed', 'indicator-declined'],
  });
  const last = tmp.file('nam-2023.xlsx');
  const now = tmp.file('nam-2024.xlsx');
  await writeYear(last, 2023, pair.units, pair.last);
  await writeYear(now, 2024, pair.units, pair.this);
  const port = new MemoryWorkbookPort(readXlsx(new Uint8Array(readFileSync(now)), { path: now }));
  const service = createAddinService(port);
  const user = userEvent.setup();
  await act(async () => {
    render(<App service={service} tab="compare" />);
  });
  const tab = screen.getByRole('tabpanel', { name: 'So sánh' });
  await within(tab).findByRole('button', { name: 'So sánh với năm trước…' });
  return { last, now, port, service, user, tab };
}

describe('So sánh tab', () => {
  it('shows the same warnings as phuluc compare for the same files; goes to a cell; writes the sheet', async () => {
    const { last, now, port, service, user, tab } = await setup();
    const before = await port.read();
    const input = within(tab).getByLabelText('Chọn tệp báo cáo năm trước (.xlsx)') as HTMLInputElement;
    expect(input.accept).toContain('.xlsx');
    await user.upload(input, new File([new Uint8Array(readFileSync(last))], 'nam-2023.xlsx', { type: XLSX }));

    const list = await within(tab).findByRole('list', { name: 'Cảnh báo' }, { timeout: 10_000 });
    const cli = await cliJson(last, now);
    expect(cli.warnings.length).toBe(5);
    const shown = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('p')!.textContent);
    expect(shown).toEqual(cli.warnings.map((w) => w.message));
    // The same domain result, not only the same sentences.
    const bytes = new Uint8Array(readFileSync(last)).slice().buffer;
    expect(JSON.parse(JSON.stringify(await service.compareWithLastYear({ name: 'x.xlsx', data: bytes })))).toEqual(cli);
    expect(within(tab).getByText(/^So sánh [\d.]+ số liệu: [\d.]+ số thay đổi; 5 cảnh báo\.$/)).toBeInTheDocument();
    expect(within(tab).getByRole('list', { name: 'Xu hướng chỉ tiêu' })).toHaveTextContent('Giảm sút');

    const first = cli.warnings[0]!;
    await user.click(within(list).getAllByRole('button', { name: `Đi tới ô ${first.cell}` })[0]!);
    expect(port.selection).toEqual({ sheet: first.sheet, cell: first.cell });

    // Comparing never wrote; the sheet is a new one, the officer's sheets untouched.
    expect(await port.read()).toEqual(before);
    await user.click(within(tab).getByRole('button', { name: 'Ghi trang tính "So sánh với năm trước"' }));
    expect(await within(tab).findByText(/^Đã ghi trang tính "So sánh với năm trước"\./)).toBeInTheDocument();
    const after = await port.read();
    expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), COMPARE_SHEET.name]);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    const written = after.sheets.at(-1)!.cells.flatMap((r) => (r ?? []).map((c) => String(c?.v ?? '')));
    for (const w of cli.warnings) expect(written).toContain(w.message);
    // Again: a second sheet, never over the first.
    await user.click(within(tab).getByRole('button', { name: 'Ghi trang tính "So sánh với năm trước"' }));
    expect(await within(tab).findByText(/^Đã ghi trang tính "So sánh với năm trước \(2\)"\./)).toBeInTheDocument();
  }, 60_000);

  it('"Giải trình…" under a warning stores it in the workbook; the comparison then counts it as explained', async () => {
    const { last, port, user, tab } = await setup();
    const input = within(tab).getByLabelText('Chọn tệp báo cáo năm trước (.xlsx)') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array(readFileSync(last))], 'nam-2023.xlsx', { type: XLSX }));
    const list = await within(tab).findByRole('list', { name: 'Cảnh báo' }, { timeout: 10_000 });
    const term = within(list)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes('trong cùng nhiệm kỳ HĐND'))!;
    await user.click(await within(term).findByRole('button', { name: /^Giải trình… / }));
    await user.type(within(term).getByRole('textbox'), 'Bầu bổ sung 01 đại biểu nữ.');
    await user.click(within(term).getByRole('button', { name: 'Lưu giải trình' }));
    expect(await within(tab).findByText('Giải trình: Bầu bổ sung 01 đại biểu nữ.')).toBeInTheDocument();
    expect(within(tab).getByText(/5 cảnh báo \(1 đã giải trình\)\.$/)).toBeInTheDocument();
    const stored = (await port.read()).explanations as { items: { rule: string; text: string }[] };
    expect(stored.items).toEqual([
      expect.objectContaining({ rule: 'compare/term-changed', text: 'Bầu bổ sung 01 đại biểu nữ.' }),
    ]);
  }, 60_000);

  it('a file that is not an .xlsx report: one Vietnamese sentence, nothing compared', async () => {
    const { user, tab, port } = await setup();
    const before = await port.read();
    const junk = tmp.file('rac.xlsx');
    writeFileSync(junk, 'không phải tệp Excel');
    const input = within(tab).getByLabelText('Chọn tệp báo cáo năm trước (.xlsx)') as HTMLInputElement;
    await user.upload(input, new File([new Uint8Array(readFileSync(junk))], 'rac.xlsx', { type: XLSX }));
    expect(await within(tab).findByText(/^Không đọc được tệp "rac\.xlsx": không phải tệp Excel/)).toBeInTheDocument();
    expect(within(tab).queryByRole('list', { name: 'Cảnh báo' })).not.toBeInTheDocument();
    expect(await port.read()).toEqual(before);
  }, 60_000);
});
