/**
 * The browser playground: the REAL task pane (mountTaskpane + createAddinService) over an
 * in-memory workbook drawn as a spreadsheet. No Excel, no office.js, no network: for a first
 * look, demos and the end-to-end tests (which reach the workbook through window.__playground).
 *
 *   ?pane=320        task pane width in pixels (280–640, default 340)
 *   ?tab=validate    the task pane's first tab
 *   ?samples=1       start with the samples workbook
 */
import { createRoot, type Root } from 'react-dom/client';
import { FULL_CAPABILITIES, createAddinService } from '../app/service';
import type { AddinService } from '../app/types';
import { mountTaskpane } from '../taskpane/index';
import { blankWorkbook, PlaygroundApp } from './PlaygroundApp';
import { PlaygroundPort } from './port';

export interface PlaygroundHandle {
  port: PlaygroundPort;
  service: AddinService;
  /** Starts the task pane afresh (done after a file is opened or the samples are loaded). */
  remountTaskpane(): void;
  /** How many times the task pane was mounted. */
  mounts: number;
}

declare global {
  interface Window {
    __playground?: PlaygroundHandle;
  }
}

function paneWidth(param: string | null): number | undefined {
  const n = Number(param);
  return param && Number.isFinite(n) ? Math.min(640, Math.max(280, Math.round(n))) : undefined;
}

/** The samples workbook, in its own chunk: loaded only when asked for. */
async function loadSamplesLazily(port: PlaygroundPort, fileName: string): Promise<void> {
  const { loadSamples } = await import(/* webpackChunkName: "playground-samples" */ './samples');
  await loadSamples(port, fileName);
}

function boot(): void {
  const left = document.getElementById('pg-workbook');
  const pane = document.getElementById('pg-taskpane');
  if (!left || !pane) return;
  const params = new URLSearchParams(window.location.search);
  const width = paneWidth(params.get('pane'));
  if (width) document.documentElement.style.setProperty('--pane-width', `${width}px`);

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
      paneRoot = mountTaskpane(pane, service, { initialTab: handle.mounts === 0 ? params.get('tab') : null });
      handle.mounts++;
    },
  };
  window.__playground = handle;

  createRoot(left).render(
    <PlaygroundApp port={port} onReplaced={() => handle.remountTaskpane()} loadSamples={loadSamplesLazily} />,
  );
  handle.remountTaskpane();

  if (params.get('samples') === '1') {
    void loadSamplesLazily(port, 'mau-phu-luc-bdg.xlsx').then(() => handle.remountTaskpane());
  }
}

boot();
