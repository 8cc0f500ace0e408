/**
 * The workbook port: the only way the domain sees a workbook.
 * Adapters (Office.js, exceljs, in-memory) produce a WorkbookSnapshot in one batched read
 * and apply SheetPlans / highlights. Nothing here knows about Office, exceljs or the DOM.
 */
import type { SheetPlan } from './plan';

/** One cell as Excel holds it. Empty cells are `undefined` in the grid. */
export type RawCell =
  | { t: 'n'; v: number; f?: string; nf?: string }
  | { t: 's'; v: string; f?: string; nf?: string }
  | { t: 'b'; v: boolean; f?: string; nf?: string }
  /** A real Excel date; `v` is the ISO date `YYYY-MM-DD` (time dropped). */
  | { t: 'd'; v: string; f?: string; nf?: string }
  /** A formula error such as `#DIV/0!`. */
  | { t: 'e'; v: string; f?: string; nf?: string }
  /** A formula whose result is not known (no cached value). */
  | { t: 'f'; v: null; f: string; nf?: string };

/**
 * A cell, as every adapter makes it: always the four fields t, v, f, nf in this order (f and nf
 * undefined when absent). One object shape for every cell of every workbook, whichever adapter
 * read it: the engine's loops read millions of cells, and cells of four shapes (with and without
 * a formula or a format) make each of those reads polymorphic and deoptimise the loops' code as
 * each new shape turns up.
 */
export function rawCell(t: 'n', v: number, f?: string, nf?: string): RawCell;
export function rawCell(t: 's' | 'd' | 'e', v: string, f?: string, nf?: string): RawCell;
export function rawCell(t: 'b', v: boolean, f?: string, nf?: string): RawCell;
export function rawCell(t: 'f', v: null, f: string, nf?: string): RawCell;
export function rawCell(t: RawCell['t'], v: RawCell['v'], f?: string, nf?: string): RawCell;
export function rawCell(t: RawCell['t'], v: RawCell['v'], f?: string, nf?: string): RawCell {
  return { t, v, f, nf } as RawCell;
}

/** A cell's number format as a RawCell keeps it: none for Excel's "General" (or no text). */
export function cellFormat(nf: unknown): string | undefined {
  return typeof nf === 'string' && nf !== '' && nf !== 'General' ? nf : undefined;
}

/** The same cell in the one shape (rawCell); undefined stays undefined. */
export function sameShape(c: RawCell | undefined): RawCell | undefined {
  return c === undefined ? undefined : rawCell(c.t, c.v, c.f, c.nf);
}

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  visibility?: Visibility;
  /** Row-major grid starting at A1; rows and cells may be missing (empty). */
  cells: (RawCell | undefined)[][];
  /** Merged ranges in A1 notation ("A1:C1"). */
  merges?: string[];
  /**
   * The adapter could not read this sheet's merged areas (Excel refused, or too many to ask
   * for): `merges` is incomplete and the merged-input check says it was not done.
   */
  mergesUnread?: boolean;
}

/** An annex identity marker: a workbook-level defined name pointing into the annex sheet. */
export interface AnnexMarker {
  /** The defined name, e.g. PHULUC_PL_I or PHULUC_PL_I_2 */
  name: string;
  templateId: string;
  /** The sheet the name currently points to (follows renames). */
  sheetName: string;
}

/** A defined name as the workbook stores it (file readers only; optional everywhere). */
export interface DefinedName {
  name: string;
  /** What it refers to, as written ("'PL-I'!$A$1", "#REF!", a constant or a formula). */
  ref: string;
  /** Set when the name belongs to one sheet (localSheetId), not the workbook. */
  localSheet?: string;
  hidden?: boolean;
}

/**
 * A sheet the workbook lists but whose content could not be read: its part is missing (or its
 * relationship dangles), or the part is damaged. If it is an annex, that is an error finding.
 */
export interface UnreadableSheet {
  name: string;
  visibility?: Visibility;
  reason: 'missing' | 'damaged';
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  markers: AnnexMarker[];
  /** Raw settings JSON stored in the workbook, if any (validated by the caller). */
  settings?: unknown;
  /** Raw validation stamp JSON stored in the workbook, if any (see domain/stamp). */
  stamp?: unknown;
  /** Raw explanations (giải trình) JSON stored in the workbook, if any (see domain/explanations). */
  explanations?: unknown;
  /** Every defined name (markers included), where the adapter can list them. */
  definedNames?: DefinedName[];
  /** Sheets listed in the workbook that could not be read (file readers). */
  unreadableSheets?: UnreadableSheet[];
  /** The workbook counts dates from 1904 (dates in `sheets` are already ISO either way). */
  date1904?: boolean;
}

export interface CellRef {
  sheet: string;
  /** A1 address */
  cell: string;
}

/** What a highlighted cell holds: an error or (only) a warning; they are coloured apart. */
export type HighlightKind = 'error' | 'warning';

/** A cell to highlight, coloured by its most severe finding (an error when not said). */
export interface HighlightRef extends CellRef {
  kind?: HighlightKind;
}

/**
 * The highlight fills, the same in every adapter and in the task pane's legend: Excel's own
 * "Light Red Fill" for errors and "Neutral" yellow for warnings ("#RRGGBB").
 */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = { error: '#FFC7CE', warning: '#FFEB9C' };

export function highlightFill(ref: HighlightRef): string {
  return HIGHLIGHT_FILLS[ref.kind ?? 'error'];
}

/** True for a fill one of our highlights put there ("#ffc7ce", "FFFFEB9C"…). */
export function isHighlightFill(color: string | null | undefined): boolean {
  const hex = (color ?? '').replace(/^#/, '').toUpperCase().slice(-6);
  return Object.values(HIGHLIGHT_FILLS).some((h) => h.slice(1) === hex);
}

/** A range the officer edited, as the host reports it: one cell ("C10") or a block ("C10:D12"). */
export interface EditedRange {
  sheet: string;
  range: string;
}

/** Stops a change subscription. */
export type StopWatching = () => Promise<void>;

/** What an adapter can do to a workbook. Reading never changes anything. */
export interface WorkbookPort {
  /** Everything validation needs, in one batched read. */
  read(): Promise<WorkbookSnapshot>;
  /** Only the stored report settings (the task pane opens with them; no sheet is read). */
  readSettings(): Promise<unknown>;
  /** Adds a sheet from a plan; never overwrites an existing sheet (a taken name gets a new one). */
  insertSheet(plan: SheetPlan): Promise<{ sheetName: string }>;
  /**
   * Marks cells in the colour of their kind (HIGHLIGHT_FILLS); remembers each cell's original
   * fill the first time, so clearHighlights restores it exactly (highlighting again only recolours).
   */
  highlight(cells: HighlightRef[]): Promise<void>;
  clearHighlights(): Promise<void>;
  select(ref: CellRef): Promise<void>;
  /** Stores report settings inside the workbook so they travel with the file. */
  writeSettings(settings: unknown): Promise<void>;
  /**
   * Stores the check record — the validation stamp and/or the explanations of warnings — in the
   * settings sheet (domain/stamp/storage.ts: C1, D1:D20), in one write; keys left out are kept.
   * Metadata only: never touches an annex or any officer cell.
   */
  writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void>;
  /**
   * Calls `onChange` with the ranges the officer edited, as they are edited (the task pane
   * re-checks them). Resolves to undefined where the host cannot report edits (Excel below
   * ExcelApi 1.7): the caller then marks its results as stale instead. Never writes.
   */
  watchChanges?(onChange: (changes: EditedRange[]) => void): Promise<StopWatching | undefined>;
  /**
   * The range the officer selected, as a sheet of its own (its cells from the selection's
   * top-left) with where it sits ("Nhập từ bảng có sẵn…" › "Dùng vùng đang chọn"). Undefined
   * when nothing usable is selected. Read-only; refuses a selection past SELECTION_MAX_CELLS.
   */
  readSelection?(): Promise<SelectionBlock | undefined>;
}

/** A selected block of cells: `sheet.cells[0][0]` is the sheet's cell (row0, col0). */
export interface SelectionBlock {
  sheet: SheetSnapshot;
  row0: number;
  col0: number;
}

/** The largest selection read for an import (well under Excel on the web's 5 MB response). */
export const SELECTION_MAX_CELLS = 20_000;

export const SETTINGS_SHEET = '_PhuLucCaiDat';
export const MARKER_PREFIX = 'PHULUC_';

export function markerName(templateId: string, instance = 1): string {
  const base = MARKER_PREFIX + templateId.replace(/[^A-Za-z0-9]/g, '_');
  return instance > 1 ? `${base}_${instance}` : base;
}

/** Reads a defined name back into a marker, or undefined if it is not ours. */
export function parseMarkerName(
  name: string,
  knownIds: readonly string[],
): { templateId: string; instance: number } | undefined {
  if (!name.toUpperCase().startsWith(MARKER_PREFIX)) return undefined;
  for (const id of [...knownIds].sort((a, b) => b.length - a.length)) {
    const base = markerName(id).toUpperCase();
    const upper = name.toUpperCase();
    if (upper === base) return { templateId: id, instance: 1 };
    const m = new RegExp(`^${base}_(\\d+)$`).exec(upper);
    if (m) return { templateId: id, instance: Number(m[1]) };
  }
  return undefined;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): RawCell | undefined {
  return sheet.cells[row]?.[col];
}
