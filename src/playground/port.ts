/**
 * The playground's workbook: the in-memory WorkbookPort plus what a spreadsheet window needs —
 * change notifications for the grid, the active sheet, how cells look (from the inserted plans
 * or the opened .xlsx), recalculation of the templates' formulas after typing (as Excel does),
 * and highlights whose original fills can be seeded from a file.
 */
import { MemoryWorkbookPort, MEMORY_HIGHLIGHT } from '../adapters/memory/memory-port';
import { evaluateSheet, type FValue } from '../adapters/exceljs/formula';
import { a1, parseRangeA1, rangeA1 } from '../domain/sheet/address';
import type { CellStyle, SheetPlan } from '../domain/sheet/plan';
import {
  cellFormat,
  rawCell,
  highlightFill,
  type CellRef,
  type HighlightRef,
  type RawCell,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../domain/sheet/workbook';

export { MEMORY_HIGHLIGHT };

/** How one cell looks: the plan's style without the fill (fills live in `port.fills`). */
export interface CellLook extends Omit<CellStyle, 'fill'> {
  /** Number format the cell keeps when typed into. */
  nf?: string;
  /** Locked cell of a protected sheet (Excel would refuse typing until the sheet is unprotected). */
  locked?: boolean;
  /** The input message Excel shows for the cell (data validation prompt). */
  prompt?: string;
}

export interface SheetLook {
  /** Column widths in Excel characters; missing = Excel's default 8.43. */
  widths: number[];
  /** "A1" → look */
  cells: Map<string, CellLook>;
  protect?: boolean;
}

/** A workbook to load: the snapshot plus what the grid needs to draw it. */
export interface LoadedWorkbook {
  snapshot: WorkbookSnapshot;
  /** "Sheet!A1" → "#RRGGBB" */
  fills?: Map<string, string>;
  looks?: Map<string, SheetLook>;
  /** Cells the file says are highlighted: "Sheet!A1" → original fill (null = none). */
  highlighted?: Map<string, string | null>;
  /** Name of the file it came from. */
  fileName?: string;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

function splitKey(k: string): CellRef {
  const bang = k.lastIndexOf('!');
  return { sheet: k.slice(0, bang), cell: k.slice(bang + 1) };
}

export function looksOfPlan(plan: SheetPlan): SheetLook {
  const cells = new Map<string, CellLook>();
  for (const c of plan.cells) {
    const style = c.style ? plan.styles[c.style] : undefined;
    const look: CellLook = {};
    if (style) {
      const { fill: _fill, ...rest } = style;
      void _fill;
      Object.assign(look, rest);
    }
    if (c.numFmt) look.nf = c.numFmt;
    if (plan.protect && !c.input) look.locked = true;
    if (c.validation?.prompt) look.prompt = c.validation.prompt;
    cells.set(a1(c.row, c.col), look);
  }
  return { widths: [...plan.columnWidths], cells, protect: plan.protect };
}

/** A formula result as the cell Excel would save (what the exceljs reader produces). */
function resultCell(f: string, nf: string | undefined, v: FValue | undefined): RawCell {
  const format = cellFormat(nf);
  if (v === undefined || v === null) return rawCell('f', null, f, format);
  if (typeof v === 'number') return rawCell('n', v, f, format);
  if (typeof v === 'string') return rawCell('s', v, f, format);
  if (typeof v === 'boolean') return rawCell('b', v, f, format);
  return rawCell('e', v.error, f, format);
}

function literalOf(c: RawCell): FValue {
  switch (c.t) {
    case 'n':
    case 's':
    case 'b':
      return c.v;
    case 'e':
      return { error: c.v };
    case 'd':
      return c.v;
    default:
      return null;
  }
}

/** Recomputes the cached results of a sheet's formulas (same-sheet references only). */
export function recalcSheet(sheet: SheetSnapshot): void {
  const formulas = new Map<number, string>();
  const literals = new Map<number, FValue>();
  sheet.cells.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (!c) return;
      const k = r * 16384 + col;
      if (c.f) formulas.set(k, c.f);
      else literals.set(k, literalOf(c));
    }),
  );
  if (!formulas.size) return;
  const results = evaluateSheet(formulas, literals);
  for (const [k, f] of formulas) {
    const r = Math.floor(k / 16384);
    const col = k % 16384;
    const old = sheet.cells[r]![col]!;
    const v = results.get(k);
    // A formula the evaluator does not understand keeps the result it had (from the file).
    if (v === undefined && old.t !== 'f') continue;
    sheet.cells[r]![col] = resultCell(f, old.nf, v);
  }
}

export type Listener = () => void;

export class PlaygroundPort extends MemoryWorkbookPort {
  /** Bumped on every change; the grid re-renders when it moves. */
  version = 0;
  /** The sheet on screen (Excel's active sheet). */
  activeSheet: string | undefined;
  /** "Sheet name" → how its cells look. */
  readonly looks = new Map<string, SheetLook>();
  /** Bumped whenever a cell is selected (from the task pane or a click), to scroll it into view. */
  selectionSeq = 0;
  /** Where the workbook came from ("" = new). */
  fileName = '';
  /** Highlighted cells and their original fills (null = none), in the order highlighted. */
  private originals = new Map<string, string | null>();
  private listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  protected changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  override async insertSheet(plan: SheetPlan): Promise<{ sheetName: string }> {
    const result = await super.insertSheet(plan);
    this.looks.set(result.sheetName, looksOfPlan(plan));
    const sheet = this.sheet(result.sheetName);
    if (sheet) recalcSheet(sheet);
    // Like Excel: the new sheet comes to the front with A1 selected.
    this.activeSheet = result.sheetName;
    this.selection = { sheet: result.sheetName, cell: 'A1' };
    this.selectionSeq++;
    this.changed();
    return result;
  }

  override async highlight(cells: HighlightRef[]): Promise<void> {
    for (const ref of cells) {
      if (!ref.cell || !this.sheet(ref.sheet)) continue;
      const k = key(this.sheet(ref.sheet)!.name, ref.cell);
      if (!this.originals.has(k)) this.originals.set(k, this.fills.get(k) ?? null);
      this.fills.set(k, highlightFill(ref));
    }
    this.changed();
  }

  override async clearHighlights(): Promise<void> {
    for (const [k, fill] of this.originals) {
      if (fill === null) this.fills.delete(k);
      else this.fills.set(k, fill);
    }
    this.originals.clear();
    this.changed();
  }

  override highlighted(): CellRef[] {
    return [...this.originals.keys()].map(splitKey);
  }

  /** Highlighted cells with their original fills ("Sheet!A1" → "#RRGGBB" | null). */
  highlightOriginals(): Map<string, string | null> {
    return new Map(this.originals);
  }

  override async select(ref: CellRef): Promise<void> {
    const sheet = this.sheet(ref.sheet);
    // A cell or a block ("C10:C21", a group of repeated findings), as Excel's Range.select().
    const block = ref.cell ? parseRangeA1(ref.cell) : undefined;
    const cell = block ? rangeA1(block.r1, block.c1, block.r2, block.c2) : 'A1';
    await super.select(sheet ? { sheet: sheet.name, cell } : ref);
    if (sheet) this.activeSheet = sheet.name;
    this.selectionSeq++;
    this.changed();
  }

  /** A click in the grid: the same as select(), without waiting. */
  selectCell(sheet: string, cell: string): void {
    this.selection = { sheet, cell: cell.toUpperCase() };
    this.activeSheet = sheet;
    this.selectionSeq++;
    this.changed();
  }

  /** A click on a sheet tab. */
  activate(sheet: string): void {
    if (this.activeSheet === sheet) return;
    this.activeSheet = sheet;
    // Excel's active cell moves with the sheet; this one does not remember a cell per sheet.
    this.selection = { sheet, cell: 'A1' };
    this.selectionSeq++;
    this.changed();
  }

  override async writeSettings(settings: unknown): Promise<void> {
    await super.writeSettings(settings);
    this.changed();
  }

  override async writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void> {
    await super.writeCheckRecord(record);
    this.changed();
  }

  /** Typing recalculates the sheet's formulas (as Excel does) before the task pane hears of the edit. */
  protected override afterEdit(sheet: SheetSnapshot): void {
    recalcSheet(sheet);
    this.changed();
  }

  /** Replaces the whole workbook (a new file, an opened .xlsx, the samples). */
  load(book: LoadedWorkbook): void {
    const s = this.snapshot;
    s.sheets.splice(0, s.sheets.length, ...book.snapshot.sheets);
    s.markers.splice(0, s.markers.length, ...book.snapshot.markers);
    if (book.snapshot.settings !== undefined) s.settings = book.snapshot.settings;
    else delete s.settings;
    if (book.snapshot.stamp !== undefined) s.stamp = book.snapshot.stamp;
    else delete s.stamp;
    if (book.snapshot.explanations !== undefined) s.explanations = book.snapshot.explanations;
    else delete s.explanations;
    this.fills.clear();
    for (const [k, v] of book.fills ?? []) this.fills.set(k, v);
    this.looks.clear();
    for (const [k, v] of book.looks ?? []) this.looks.set(k, v);
    this.originals = new Map(book.highlighted ?? []);
    this.plans.splice(0, this.plans.length);
    this.selection = undefined;
    this.activeSheet = s.sheets.find((x) => (x.visibility ?? 'visible') === 'visible')?.name;
    this.fileName = book.fileName ?? '';
    this.changed();
  }

  /** The plan a sheet was inserted from in this session, if any. */
  planOf(sheetName: string): SheetPlan | undefined {
    return this.plans.find((p) => p.sheetName === sheetName)?.plan;
  }
}
