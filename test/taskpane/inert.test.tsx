/** @jest-environment jsdom */
import './setup';
import { act, render, screen } from '@testing-library/react';
import { Accordion, AccordionHeader, AccordionItem } from '@fluentui/react-components';
import { AccordionPanel, inertValue } from '../../src/taskpane/components/AccordionPanel/AccordionPanel';
import { renderApp } from './render';

/** React's warnings go to console.error; collect them while `fn` runs. */
async function reactWarnings(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

describe('no "non-boolean attribute `inert`" warning (issue 12, item 11)', () => {
  it('loading the task pane and folding its sections warns about nothing', async () => {
    const warnings = await reactWarnings(async () => {
      const { user } = await renderApp({ tab: 'insert' });
      // The settings section folds once the saved settings are loaded; open and fold it again.
      const header = screen.getByRole('button', { name: /Thông tin báo cáo/ });
      await user.click(header);
      await user.click(header);
      await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
      await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
      await screen.findByText('2 lỗi, 1 cảnh báo');
      await user.click(screen.getByRole('button', { name: /^PL-I Nữ DTTS lãnh đạo/ }));
    });
    expect(warnings.filter((w) => /inert|non-boolean/.test(w))).toEqual([]);
  });

  it('a closing panel carries the inert attribute (keyboard focus cannot enter it)', async () => {
    // Without the motion (unmountOnExit off), a closed panel stays in the DOM and shows what React wrote.
    const warnings = await reactWarnings(async () => {
      await act(async () => {
        render(
          <Accordion openItems={[]} collapsible>
            <AccordionItem value="a">
              <AccordionHeader>Mục</AccordionHeader>
              <AccordionPanel collapseMotion={{ unmountOnExit: false } as object} data-testid="panel">
                <button type="button">Bên trong</button>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>,
        );
      });
    });
    const panel = screen.getByTestId('panel');
    expect(panel).toHaveAttribute('inert');
    expect(panel).toHaveAttribute('tabindex', '-1');
    expect(inertValue()).toBe('');
    expect(warnings.filter((w) => /inert|non-boolean/.test(w))).toEqual([]);
  });
});
