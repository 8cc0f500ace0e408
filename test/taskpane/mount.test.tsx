/** @jest-environment jsdom */
import './setup';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mountTaskpane } from '../../src/taskpane/index';
import { FakeService } from './fake-service';

describe('mountTaskpane', () => {
  it('mounts the App on an element with the given service and initial tab', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const service = new FakeService();
    let root!: ReturnType<typeof mountTaskpane>;
    await act(async () => {
      root = mountTaskpane(el, service, { initialTab: 'indicators' });
    });
    expect(screen.getByRole('tab', { name: 'Chỉ tiêu' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Chưa kiểm tra — bấm Kiểm tra để tính chỉ tiêu.')).toBeVisible();
    expect(service.callsTo('loadSettings')).toHaveLength(1);
    act(() => root.unmount());
    el.remove();
  });

  it('falls back to the first tab for an unknown tab name', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    let root!: ReturnType<typeof mountTaskpane>;
    await act(async () => {
      root = mountTaskpane(el, new FakeService(), { initialTab: '<script>' });
    });
    expect(screen.getByRole('tab', { name: 'Chèn phụ lục' })).toHaveAttribute('aria-selected', 'true');
    act(() => root.unmount());
    el.remove();
  });

  it('switches tabs, keeping every panel mounted but only the selected one visible', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    let root!: ReturnType<typeof mountTaskpane>;
    await act(async () => {
      root = mountTaskpane(el, new FakeService(), { initialTab: 'insert' });
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Xuất kết quả' }));
    expect(screen.getByRole('tabpanel', { name: 'Xuất kết quả' })).toBeVisible();
    const insertTab = screen.getByRole('tab', { name: 'Chèn phụ lục' });
    const insertPanel = document.getElementById(insertTab.getAttribute('aria-controls')!);
    expect(insertPanel).toBeInTheDocument();
    expect(insertPanel).not.toBeVisible();
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    act(() => root.unmount());
    el.remove();
  });
});
