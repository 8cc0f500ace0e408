/**
 * The offline checker (dist/kiem-tra.html): one self-contained page an officer opens from a USB
 * stick or the office intranet, with no server and no network (file://), in Chrome, Edge or
 * Firefox. It is the playground's pieces — the in-memory workbook, the grid, open and download
 * .xlsx — around the REAL task pane (Kiểm tra with click-to-cell, Tô màu ô lỗi, Chỉ tiêu, Xuất
 * kết quả). For Excel 2010/2013, Office 2016/2019 volume licences (whose webviews cannot run
 * the add-in), WPS and LibreOffice.
 *
 * Built as one chunk (webpack entry with asyncChunks: false) and inlined into the page by
 * scripts/inline-page.cjs: a file:// page cannot load chunks or fetch files beside it in every
 * browser, and its CSP allows exactly that one inline script by its hash.
 */
import { createRoot, type Root } from 'react-dom/client';
import { FULL_CAPABILITIES, createAddinService } from '../app/service';
import { CHECKER } from '../domain/messages/checker';
import { blankWorkbook, PlaygroundApp } from '../playground/PlaygroundApp';
import type { PlaygroundHandle } from '../playground/main';
import { PlaygroundPort } from '../playground/port';
import { mountTaskpane } from '../taskpane/index';

function boot(): void {
  const left = document.getElementById('pg-workbook');
  const pane = document.getElementById('pg-taskpane');
  if (!left || !pane) return;
  document.documentElement.style.setProperty('--pane-width', '380px');

  const port = new PlaygroundPort();
  blankWorkbook(port);
  const service = createAddinService(port, FULL_CAPABILITIES);

  let paneRoot: Root | undefined;
  const handle: PlaygroundHandle = {
    port,
    service,
    mounts: 0,
    remountTaskpane() {
      paneRoot?.unmount();
      pane.replaceChildren();
      // Opening a file is what the officer came for: the pane starts on "Kiểm tra".
      paneRoot = mountTaskpane(pane, service, { initialTab: 'validate' });
      handle.mounts++;
    },
  };
  // The same handle as the playground's, for the end-to-end tests.
  window.__playground = handle;

  createRoot(left).render(
    <PlaygroundApp
      port={port}
      onReplaced={() => handle.remountTaskpane()}
      heading={{ title: CHECKER.title, subtitle: CHECKER.subtitle }}
      openedText={CHECKER.opened}
    />,
  );
  handle.remountTaskpane();
}

boot();
