/** @jest-environment jsdom */
/**
 * The pane and the ribbon in one shared runtime: a ribbon button chooses the tab, and a ribbon
 * "Kiểm tra" that failed shows its Vietnamese message on the Kiểm tra tab.
 */
import './setup';
import { act, screen, waitFor } from '@testing-library/react';
import { LAST_NOTICE_KEY, parseStoredNotice } from '../../src/taskpane/lastReport';
import { LAST_NOTICE_KEY as COMMAND_NOTICE_KEY } from '../../src/commands/validate-command';
import { requestTab, requestedTab } from '../../src/taskpane/showTab';
import { setWorkbookIdentity } from '../../src/taskpane/workbookIdentity';
import { renderApp } from './render';

const WB = 'id-1|https://contoso.sharepoint.com/Xa-A/PL.xlsx';
beforeEach(() => setWorkbookIdentity(async () => WB));
afterEach(() => {
  window.localStorage.clear();
  setWorkbookIdentity(undefined);
});

describe('ribbon buttons in the shared runtime', () => {
  it('the notice key is the one the command writes', () => {
    expect(LAST_NOTICE_KEY).toBe(COMMAND_NOTICE_KEY);
  });

  it('"Xem kết quả" / "Chèn phụ lục" switch the open pane to their tab', async () => {
    await renderApp({ tab: 'insert' });
    expect(screen.getByRole('tab', { name: 'Chèn phụ lục' })).toHaveAttribute('aria-selected', 'true');
    await act(async () => requestTab('validate'));
    expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toHaveAttribute('aria-selected', 'true');
    expect(requestedTab()).toBe('validate');
    await act(async () => requestTab('insert'));
    expect(screen.getByRole('tab', { name: 'Chèn phụ lục' })).toHaveAttribute('aria-selected', 'true');
  });

  it('a failed ribbon "Kiểm tra" shows its message in the pane', async () => {
    await renderApp({ tab: 'validate' });
    const text = 'Không kiểm tra được tệp: Excel bận';
    const notice = JSON.stringify({ at: '2024-07-30T08:00:00.000Z', level: 'error', text, workbook: WB });
    const other = JSON.stringify({ at: '2024-07-30T08:00:00.000Z', level: 'error', text: 'khác', workbook: 'id-2|' });
    // The pane's listener loads with the lazy last-report chunk.
    await waitFor(async () => {
      await act(async () => {
        window.dispatchEvent(new StorageEvent('storage', { key: LAST_NOTICE_KEY, newValue: notice }));
      });
      expect(screen.getByText(text)).toBeInTheDocument();
    });
    // Now that the pane listens: another workbook's failure is not this pane's business.
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key: LAST_NOTICE_KEY, newValue: other }));
    });
    expect(screen.queryByText('khác')).not.toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('reads only well-formed notices', () => {
    expect(parseStoredNotice('{"at":"x","level":"error","text":"a"}')).toEqual({ at: 'x', level: 'error', text: 'a' });
    expect(parseStoredNotice('{"at":"x","level":"ok","text":"a","workbook":"w"}')?.workbook).toBe('w');
    expect(parseStoredNotice('{"at":"x","level":"panic","text":"a"}')).toBeNull();
    expect(parseStoredNotice('not json')).toBeNull();
    expect(parseStoredNotice(null)).toBeNull();
  });
});
