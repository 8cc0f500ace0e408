/** Renders the App with a fake service and a user-event session, after the first loads settle. */
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FakeService } from './fake-service';

export async function renderApp(
  opts: { tab?: string; service?: FakeService; advanceTimers?: (ms: number) => void } = {},
) {
  const service = opts.service ?? new FakeService();
  // With jest's fake timers, user-event must advance them itself.
  const user = userEvent.setup(opts.advanceTimers ? { advanceTimers: opts.advanceTimers } : {});
  let utils!: RenderResult;
  // Rendering inside an async act lets loadSettings() resolve before the test goes on.
  await act(async () => {
    utils = render(<App service={service} tab={opts.tab} />);
  });
  return { service, user, ...utils };
}
