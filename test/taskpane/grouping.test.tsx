/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import type { Finding, Report } from '../../src/domain/report/schema';
import { FakeService } from './fake-service';
import { finding } from './fixtures';
import { renderApp } from './render';

const SHEET = 'PL-I Nữ DTTS lãnh đạo';

/** The issue's case: 12 empty "Tổng số" cells, "11/29" typed in F10, and a total that follows from it. */
function issueReport(): Report {
  const empties: Finding[] = Array.from({ length: 12 }, (_, i) =>
    finding({
      rule: 'presence/required',
      messageId: 'presence/required',
      cell: `C${10 + i}`,
      row: 10 + i,
      column: 'C',
      columnLabel: 'Nữ DTTS tham gia HĐND các cấp – Cấp tỉnh – Tổng số',
      message: 'Ô bắt buộc còn trống: Nữ DTTS tham gia HĐND các cấp – Cấp tỉnh – Tổng số.',
    }),
  );
  const cause = finding({
    rule: 'type/fraction-text',
    messageId: 'type/fraction-text',
    severity: 'warning',
    cell: 'F10',
    row: 10,
    column: 'F',
    message: 'Ghi "11/29" trong một ô. Hãy tách: 11 vào cột số, 29 vào cột tổng số (tỷ lệ 37,93 %).',
    value: '11/29',
  });
  const total = finding({
    rule: 'arithmetic/total-mismatch',
    messageId: 'arithmetic/total-mismatch',
    cell: 'F22',
    row: 22,
    column: 'F',
    message: 'Dòng "Tổng" ghi 0 nhưng cộng các dòng được 11.',
    causedBy: [{ sheet: SHEET, cell: 'F10', rule: 'type/fraction-text', messageId: 'type/fraction-text' }],
  });
  const findings = [...empties, cause, total];
  return {
    valid: false,
    stats: { errors: 13, warnings: 1, infos: 0, sheets: 1, cells: 100, ms: 3 },
    annexes: [],
    findings,
    indicators: [],
  };
}

async function validatedWith(report: Report) {
  const service = new FakeService();
  service.report = report;
  const app = await renderApp({ tab: 'validate', service });
  await app.user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  const list = await within(screen.getByRole('tabpanel')).findByRole('list', { name: SHEET });
  return { ...app, service, list };
}

describe('findings: causes first, repeats grouped (issue 12, item 2)', () => {
  it('puts "11/29" in F10 first, the 12 empty cells as one line, the consequence last', async () => {
    const { list } = await validatedWith(issueReport());
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('F10');
    expect(items[0]).toHaveTextContent('Ghi "11/29" trong một ô');
    expect(items[0]).toHaveTextContent('Sửa ô này trước: 1 vấn đề khác do ô này mà ra.');
    expect(items[1]).toHaveTextContent('12 ô trống ở cột Cấp tỉnh – Tổng số, C10:C21');
    expect(items[2]).toHaveTextContent('F22');
    expect(items[2]).toHaveTextContent('Do ô F10: Ghi "11/29" trong một ô.');
  });

  it('one click on the group selects its range; "Xem từng ô" shows each cell, each going to its cell', async () => {
    const { list, user, service } = await validatedWith(issueReport());
    await user.click(within(list).getByRole('button', { name: /12 ô trống ở cột/ }));
    expect(service.callsTo('goTo')).toEqual([[{ sheet: SHEET, cell: 'C10:C21' }]]);

    const toggle = within(list).getByRole('button', { name: 'Xem từng ô (12)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const cells = within(list).getByRole('list', { name: /^Các ô: 12 ô trống/ });
    expect(within(cells).getAllByRole('listitem')).toHaveLength(12);
    await user.click(within(cells).getByRole('button', { name: /C15/ }));
    expect(service.callsTo('goTo')[1]).toEqual([{ sheet: SHEET, cell: 'C15' }]);
    await user.click(within(list).getByRole('button', { name: 'Thu gọn' }));
    expect(within(list).queryByRole('list', { name: /^Các ô:/ })).not.toBeInTheDocument();
  });

  it('a consequence names its cause, and its cause button goes to that cell', async () => {
    const { list, user, service } = await validatedWith(issueReport());
    await user.click(within(list).getByRole('button', { name: /^Đi tới ô F10 \(nguyên nhân\)/ }));
    expect(service.callsTo('goTo')).toEqual([[{ sheet: SHEET, cell: 'F10' }]]);
  });
});
