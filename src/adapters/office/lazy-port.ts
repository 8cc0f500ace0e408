/**
 * The Office adapter, loaded in its own chunk: the task pane paints without it (it is about a
 * fifth of the pane's script) and starts loading it at once; every port call waits for it.
 * Behaves as OfficeWorkbookPort with the same capabilities.
 */
import type { Capabilities } from '../../app/types';
import type { SheetPlan } from '../../domain/sheet/plan';
import type {
  CellRef,
  HighlightRef,
  SelectionBlock,
  WorkbookPort,
  WorkbookSnapshot,
} from '../../domain/sheet/workbook';
import type { OfficeWorkbookPort } from './office-port';

export const loadOfficeAdapter = () => import(/* webpackChunkName: "office-port" */ './office-port');

export class LazyOfficePort implements WorkbookPort {
  private port?: Promise<OfficeWorkbookPort>;

  constructor(readonly capabilities: Capabilities) {}

  /** Starts loading the adapter (once; again after a failed load); the first call of any method does too. */
  load(): Promise<OfficeWorkbookPort> {
    this.port ??= loadOfficeAdapter().then(
      (m) => new m.OfficeWorkbookPort(undefined, this.capabilities),
      (err: unknown) => {
        this.port = undefined; // a network hiccup: the next call tries again
        throw err;
      },
    );
    return this.port;
  }

  async read(): Promise<WorkbookSnapshot> {
    return (await this.load()).read();
  }
  async readSettings(): Promise<unknown> {
    return (await this.load()).readSettings();
  }
  async readSelection(): Promise<SelectionBlock | undefined> {
    return (await this.load()).readSelection();
  }
  async insertSheet(plan: SheetPlan): Promise<{ sheetName: string }> {
    return (await this.load()).insertSheet(plan);
  }
  async highlight(cells: HighlightRef[]): Promise<void> {
    return (await this.load()).highlight(cells);
  }
  async clearHighlights(): Promise<void> {
    return (await this.load()).clearHighlights();
  }
  async select(ref: CellRef): Promise<void> {
    return (await this.load()).select(ref);
  }
  async writeSettings(settings: unknown): Promise<void> {
    return (await this.load()).writeSettings(settings);
  }
  async writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void> {
    return (await this.load()).writeCheckRecord(record);
  }
}
