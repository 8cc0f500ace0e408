/**
 * WorkbookPort over an in-memory exceljs Workbook (CLI, Node tests). Highlights remember each
 * cell's original fill in the settings sheet (B1, JSON) so they can be cleared exactly — also
 * after the file was saved and opened again.
 */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../domain/sheet/plan';
import {
  highlightFill,
  SETTINGS_SHEET,
  type CellRef,
  type HighlightRef,
  type WorkbookPort,
} from '../../domain/sheet/workbook';
import { settingsOf, workbookToSnapshot, type ReadResult } from './read';
import { applyPlan, keepSettingsSheetLast } from './write';
import { writeCheckRecordTo } from './check-record';

/** The fill that marks a cell (HIGHLIGHT_FILLS: light red for errors, yellow for warnings). */
export function highlightFillOf(ref: HighlightRef): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${highlightFill(ref).slice(1)}` } };
}

/** An error's highlight fill. */
export const HIGHLIGHT_FILL: ExcelJS.Fill = highlightFillOf({ sheet: '', cell: '', kind: 'error' });

/** cell key "Sheet!A1" → the original fill (null = no fill). */
type SavedFills = Record<string, ExcelJS.Fill | null>;

export function settingsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  let ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) ws = wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  keepSettingsSheetLast(wb);
  return ws;
}

/** Stores settings JSON as text in A1 of the veryHidden settings sheet. */
export function writeSettingsTo(wb: ExcelJS.Workbook, settings: unknown): void {
  const cell = settingsSheet(wb).getCell('A1');
  cell.value = JSON.stringify(settings);
  cell.style = { ...cell.style, numFmt: '@' };
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class ExceljsWorkbookPort implements WorkbookPort {
  /** The last cell asked for with select(). */
  selection: CellRef | undefined;

  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async fromFile(input: string | Buffer): Promise<ExceljsWorkbookPort> {
    // Node only (reads the file system): loaded on use, and never bundled for a browser, so
    // this module stays browser-safe.
    const { loadWorkbook } = await import(/* webpackIgnore: true */ './read-file');
    return new ExceljsWorkbookPort(await loadWorkbook(input));
  }

  async read(): Promise<ReadResult> {
    return workbookToSnapshot(this.workbook);
  }

  async readSettings(): Promise<unknown> {
    return settingsOf(this.workbook).settings;
  }

  async insertSheet(plan: SheetPlan): Promise<{ sheetName: string }> {
    const { sheetName } = await applyPlan(this.workbook, plan);
    return { sheetName };
  }

  private savedFills(): SavedFills {
    const ws = this.workbook.getWorksheet(SETTINGS_SHEET);
    const v = ws?.getCell('B1').value;
    if (typeof v !== 'string' || v === '') return {};
    try {
      const parsed = JSON.parse(v) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as SavedFills) : {};
    } catch {
      return {};
    }
  }

  private storeFills(fills: SavedFills): void {
    const ws = settingsSheet(this.workbook);
    const cell = ws.getCell('B1');
    cell.value = Object.keys(fills).length ? JSON.stringify(fills) : null;
  }

  async highlight(cells: HighlightRef[]): Promise<void> {
    const fills = this.savedFills();
    for (const ref of cells) {
      const ws = this.workbook.getWorksheet(ref.sheet);
      if (!ws || !ref.cell) continue;
      const key = `${ref.sheet}!${ref.cell}`;
      const cell = ws.getCell(ref.cell);
      // Styles are shared between cells in exceljs: replace the style object, never mutate it.
      if (!(key in fills)) fills[key] = cell.style?.fill ? clone(cell.style.fill) : null;
      cell.style = { ...cell.style, fill: highlightFillOf(ref) };
    }
    this.storeFills(fills);
  }

  async clearHighlights(): Promise<void> {
    const fills = this.savedFills();
    for (const [key, fill] of Object.entries(fills)) {
      const bang = key.lastIndexOf('!');
      const ws = this.workbook.getWorksheet(key.slice(0, bang));
      if (!ws) continue;
      const cell = ws.getCell(key.slice(bang + 1));
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (fill) style.fill = fill;
      else delete style.fill;
      cell.style = style;
    }
    this.storeFills({});
  }

  async select(ref: CellRef): Promise<void> {
    this.selection = ref;
    const idx = this.workbook.worksheets.findIndex((w) => w.name === ref.sheet);
    const ws = this.workbook.worksheets[idx];
    if (!ws) return;
    const view = ws.views[0] ?? {};
    ws.views = [{ ...view, activeCell: ref.cell } as ExcelJS.WorksheetView];
    const book = this.workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 20000, visibility: 'visible' };
    this.workbook.views = [{ ...book, activeTab: idx, firstSheet: 0 } as ExcelJS.WorkbookView];
  }

  async writeSettings(settings: unknown): Promise<void> {
    writeSettingsTo(this.workbook, settings);
  }

  async writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void> {
    writeCheckRecordTo(this.workbook, record);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
