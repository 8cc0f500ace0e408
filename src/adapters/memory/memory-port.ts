/**
 * WorkbookPort over a plain WorkbookSnapshot, for unit tests and the browser playground.
 * No exceljs, no Node modules. Fills live in a per-cell map so highlight/clearHighlights
 * can be checked to restore exactly (including "no fill").
 */
import { a1, parseA1, parseRangeA1, rangeA1 } from '../../domain/sheet/address';
import { freeSheetName, type SheetPlan } from '../../domain/sheet/plan';
import { planToSnapshot } from '../../domain/sheet/snapshot';
import {
  HIGHLIGHT_FILLS,
  highlightFill,
  markerName,
  sameShape,
  SELECTION_MAX_CELLS,
  type CellRef,
  type HighlightRef,
  type EditedRange,
  type RawCell,
  type SelectionBlock,
  type SheetSnapshot,
  type StopWatching,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../../domain/sheet/workbook';

/** Fill colour of an error highlight ("#RRGGBB"); warnings get HIGHLIGHT_FILLS.warning. */
export const MEMORY_HIGHLIGHT = HIGHLIGHT_FILLS.error;

const key = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

function cloneSnapshot(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: s.sheets.map((sh) => ({
      ...sh,
      cells: sh.cells.map((row) => (row ? row.map((c) => (c ? sameShape(c) : c)) : [])),
      ...(sh.merges ? { merges: [...sh.merges] } : {}),
    })),
    markers: s.markers.map((m) => ({ ...m })),
    ...(s.settings !== undefined ? { settings: JSON.parse(JSON.stringify(s.settings)) as unknown } : {}),
    ...(s.stamp !== undefined ? { stamp: JSON.parse(JSON.stringify(s.stamp)) as unknown } : {}),
    ...(s.explanations !== undefined ? { explanations: JSON.parse(JSON.stringify(s.explanations)) as unknown } : {}),
  };
}

export class MemoryWorkbookPort implements WorkbookPort {
  readonly snapshot: WorkbookSnapshot;
  /** Cell fills, "Sheet!A1" → "#RRGGBB"; absent = no fill. */
  readonly fills = new Map<string, string>();
  /** Original fills of highlighted cells (null = had no fill). */
  private saved = new Map<string, string | null>();
  /** The cell last selected (goTo). */
  selection: CellRef | undefined;
  /** Every plan inserted, for tests that look at styles or validation. */
  readonly plans: { sheetName: string; plan: SheetPlan }[] = [];
  /** Who is told about the officer's edits (watchChanges). */
  private watchers = new Set<(changes: EditedRange[]) => void>();

  constructor(snapshot: WorkbookSnapshot = { sheets: [], markers: [] }) {
    this.snapshot = cloneSnapshot(snapshot);
  }

  async read(): Promise<WorkbookSnapshot> {
    return cloneSnapshot(this.snapshot);
  }

  async insertSheet(plan: SheetPlan): Promise<{ sheetName: string }> {
    const sheetName = freeSheetName(
      plan.name,
      this.snapshot.sheets.map((s) => s.name),
    );
    const sheet = planToSnapshot(plan, sheetName);
    sheet.visibility = 'visible';
    this.snapshot.sheets.push(sheet);
    for (const c of plan.cells) {
      const fill = c.style ? plan.styles[c.style]?.fill : undefined;
      if (fill) this.fills.set(key(sheetName, a1(c.row, c.col)), fill.toUpperCase());
    }
    if (plan.templateId) {
      const taken = new Set(this.snapshot.markers.map((m) => m.name.toUpperCase()));
      let n = 1;
      while (taken.has(markerName(plan.templateId, n).toUpperCase())) n++;
      this.snapshot.markers.push({ name: markerName(plan.templateId, n), templateId: plan.templateId, sheetName });
    }
    this.plans.push({ sheetName, plan });
    return { sheetName };
  }

  async highlight(cells: HighlightRef[]): Promise<void> {
    for (const ref of cells) {
      if (!ref.cell || !this.sheet(ref.sheet)) continue;
      const k = key(ref.sheet, ref.cell);
      if (!this.saved.has(k)) this.saved.set(k, this.fills.get(k) ?? null);
      this.fills.set(k, highlightFill(ref));
    }
  }

  async clearHighlights(): Promise<void> {
    for (const [k, fill] of this.saved) {
      if (fill === null) this.fills.delete(k);
      else this.fills.set(k, fill);
    }
    this.saved.clear();
  }

  async select(ref: CellRef): Promise<void> {
    this.selection = { ...ref };
  }

  /**
   * The selected range (select() with "A1:D10") as a sheet of its own; a single selected cell
   * gives its whole sheet (as the Office adapter gives the used range).
   */
  async readSelection(): Promise<SelectionBlock | undefined> {
    const ref = this.selection;
    const sheet = ref ? this.sheet(ref.sheet) : undefined;
    if (!ref || !sheet) return undefined;
    const range = parseRangeA1(ref.cell);
    if (!range || (range.r1 === range.r2 && range.c1 === range.c2))
      return { sheet: cloneSnapshot({ sheets: [sheet], markers: [] }).sheets[0]!, row0: 0, col0: 0 };
    if ((range.r2 - range.r1 + 1) * (range.c2 - range.c1 + 1) > SELECTION_MAX_CELLS) return undefined;
    const cells = sheet.cells
      .slice(range.r1, range.r2 + 1)
      .map((row) => (row ?? []).slice(range.c1, range.c2 + 1).map((c) => (c ? { ...c } : c)));
    const merges: string[] = [];
    for (const m of sheet.merges ?? []) {
      const r = parseRangeA1(m);
      if (!r || r.r1 < range.r1 || r.c1 < range.c1 || r.r2 > range.r2 || r.c2 > range.c2) continue;
      merges.push(rangeA1(r.r1 - range.r1, r.c1 - range.c1, r.r2 - range.r1, r.c2 - range.c1));
    }
    return { sheet: { name: sheet.name, visibility: 'visible', cells, merges }, row0: range.r1, col0: range.c1 };
  }

  async readSettings(): Promise<unknown> {
    const s = this.snapshot.settings;
    return s === undefined ? undefined : (JSON.parse(JSON.stringify(s)) as unknown);
  }

  async writeSettings(settings: unknown): Promise<void> {
    this.snapshot.settings = JSON.parse(JSON.stringify(settings ?? {})) as unknown;
  }

  async writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void> {
    if (record.stamp !== undefined) this.snapshot.stamp = JSON.parse(JSON.stringify(record.stamp)) as unknown;
    if (record.explanations !== undefined)
      this.snapshot.explanations = JSON.parse(JSON.stringify(record.explanations)) as unknown;
  }

  /** Which cells are highlighted now. */
  highlighted(): CellRef[] {
    return [...this.saved.keys()].map((k) => {
      const bang = k.lastIndexOf('!');
      return { sheet: k.slice(0, bang), cell: k.slice(bang + 1) };
    });
  }

  sheet(name: string): SheetSnapshot | undefined {
    const lower = name.toLowerCase();
    return this.snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Types into a cell (playground, tests); `undefined` clears it. Watchers hear of it, as Excel's onChanged. */
  setCell(sheetName: string, address: string, raw: RawCell | undefined): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`No sheet "${sheetName}"`);
    const at = parseA1(address);
    if (!at) throw new Error(`Bad cell address "${address}"`);
    for (let r = sheet.cells.length; r <= at.row; r++) sheet.cells[r] = [];
    const row = (sheet.cells[at.row] ??= []);
    row[at.col] = sameShape(raw);
    this.afterEdit(sheet);
    this.reportEdits([{ sheet: sheet.name, range: a1(at.row, at.col) }]);
  }

  /** Runs after an edit is written, before watchers hear of it (the playground recalculates formulas here). */
  protected afterEdit(_sheet: SheetSnapshot): void {}

  /**
   * The officer's edits, as they happen: only typing (setCell) is reported — inserting a sheet,
   * highlighting or saving settings is the add-in's own doing, as in Excel. Never writes.
   */
  async watchChanges(onChange: (changes: EditedRange[]) => void): Promise<StopWatching> {
    this.watchers.add(onChange);
    return async () => {
      this.watchers.delete(onChange);
    };
  }

  /** How many subscriptions are open (tests check that the task pane stops its own). */
  watcherCount(): number {
    return this.watchers.size;
  }

  protected reportEdits(changes: EditedRange[]): void {
    for (const w of [...this.watchers]) {
      try {
        w(changes.map((c) => ({ ...c })));
      } catch {
        // One subscriber's failure must not stop the edit or the others.
      }
    }
  }

  getCell(sheetName: string, address: string): RawCell | undefined {
    const at = parseA1(address);
    return at ? this.sheet(sheetName)?.cells[at.row]?.[at.col] : undefined;
  }

  /** Renames a sheet the way Excel does: the marker follows it. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!sheet) throw new Error(`No sheet "${from}"`);
    for (const m of this.snapshot.markers) if (m.sheetName === sheet.name) m.sheetName = to;
    for (const [k, v] of [...this.fills]) {
      if (k.startsWith(`${sheet.name}!`)) {
        this.fills.delete(k);
        this.fills.set(`${to}!${k.slice(sheet.name.length + 1)}`, v);
      }
    }
    sheet.name = to;
  }
}
