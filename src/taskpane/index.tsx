/**
 * Mounts the task pane on an element with a given AddinService. Office-free: the Office boot
 * lives in office-entry.tsx; the browser playground and tests call mountTaskpane directly.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { AddinService } from '../app/types';
import { App } from './App';

export interface MountOptions {
  /** "insert" | "validate" | "indicators" | "export" | "aggregate"; anything else opens the first tab. */
  initialTab?: string | null;
}

export function mountTaskpane(element: HTMLElement, service: AddinService, opts: MountOptions = {}): Root {
  const root = createRoot(element);
  root.render(<App service={service} tab={opts.initialTab} />);
  return root;
}

export { App } from './App';
export type { AppProps } from './App';
