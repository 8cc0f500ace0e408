/**
 * notice.html: the small dialog the ribbon "Kiểm tra" command opens when the task pane cannot
 * be shown. Shows the one-line result passed in the URL (as text, never HTML) and closes on
 * "Đóng" by messaging the command.
 */
import { COMMAND_MSG } from '../domain/messages/office';

function render(): void {
  const params = new URLSearchParams(window.location.search);
  const level = (['ok', 'warning', 'error'] as const).find((l) => l === params.get('level')) ?? 'warning';
  const title = document.getElementById('title')!;
  title.textContent = COMMAND_MSG.noticeTitle[level];
  title.className = `title ${level}`;
  document.getElementById('text')!.textContent = (params.get('text') ?? '').slice(0, 500);
  document.getElementById('hint')!.textContent = COMMAND_MSG.noticeHint;
  const close = document.getElementById('close') as HTMLButtonElement;
  close.textContent = COMMAND_MSG.noticeClose;
  close.addEventListener('click', () => {
    try {
      Office.context.ui.messageParent('close');
    } catch {
      window.close();
    }
  });
  close.focus();
}

if (typeof Office !== 'undefined') void Office.onReady(render);
else render();
