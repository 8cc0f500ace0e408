/**
 * WorkbookPort over the Excel JavaScript API (Office.js).
 *
 * Round trips (context.sync) are the cost that matters in Office — every sync crosses the
 * add-in/Excel process boundary (and the network in Excel for the web). Budgets:
 *
 * - read():          2 syncs whatever the number of sheets and rows (1: sheet list + names;
 *                    2: every sheet's used range, merged areas, settings). If Excel rejects
 *                    that batch for size (5 MB response limit of Excel for the web), it falls
 *                    back to chunked reads (1 sync for addresses + 1 per ~25,000 cells, the
 *                    chunk halved again whenever a batch is still too big).
 * - insertSheet():   2 syncs for plans up to CELLS_PER_SYNC (20,000) cells in the bounding
 *                    box; above that, one extra sync per further 20,000-cell row band, so a
 *                    single request stays far below 5 MB.
 * - highlight():     2 syncs (1: original fills + stored originals; 2: fills + store).
 * - clearHighlights: 2 syncs (1: stored originals; 2: restore + forget).
 * - select():        1 sync.
 * - writeSettings(): 2 syncs (sheet list, then write).
 * The same budgets hold on ExcelApi 1.1–1.3 (no extra sync: the old paths only swap calls).
 *
 * highlight/clear read the store from the hidden settings sheet with `getItem`, which fails if
 * the sheet is missing (we never chain calls on a *OrNullObject proxy). The port remembers the
 * sheet list from its last call; with a stale or empty memory it tries optimistically and, on
 * ItemNotFound, reloads the list and retries (2 extra syncs, only in that case).
 *
 * Capabilities (requirement sets are cumulative):
 * - namedItems (ExcelApi 1.4): getUsedRangeOrNullObject, names.add (the annex identity marker).
 * - dataValidation (ExcelApi 1.8): native validation; also implies 1.7, used for hyperlinks,
 *   NamedItem.formula and protection's selectionMode.
 * - pageLayout (ExcelApi 1.9): print setup; getCellProperties/setCellProperties for exact fills.
 * - insertFromWorkbook (ExcelApi 1.13): also gives getMergedAreasOrNullObject (merges in read()).
 * Levels without a capability of their own (1.2, 1.7) are asked through `supports` (see
 * `apiSupport`): Office's isSetSupported, or inferred from the capabilities.
 *
 * Every Office.js API this port calls, with its requirement set (from the ExcelApi reference /
 * @types/office-js), and what happens below it:
 *
 * | API                                                 | ExcelApi | below it                         |
 * |-----------------------------------------------------|----------|----------------------------------|
 * | workbook.worksheets.load(items/name,visibility)     | 1.1      |                                  |
 * | worksheets.getItem / add / getActiveWorksheet       | 1.1      |                                  |
 * | Worksheet.activate, Worksheet.getRange(address?)    | 1.1      |                                  |
 * | Worksheet.visibility (read)                         | 1.1      |                                  |
 * | Worksheet.visibility (write: settings VeryHidden)   | 1.2      | settings sheet stays visible     |
 * | Worksheet.getUsedRange()                            | 1.1      | (blank sheet → A1, never throws) |
 * | Worksheet.getUsedRange(valuesOnly)                  | 1.2      | getUsedRange(): formatted cells  |
 * |                                                     |          | count too (empty cells skipped)  |
 * | Worksheet.getUsedRangeOrNullObject(valuesOnly)      | 1.4      | getUsedRange(true) / ()          |
 * | WorksheetCollection.getItemOrNullObject             | 1.4      | not used: sheet list is loaded   |
 * | names.load(items/name,type,value)                   | 1.1      |                                  |
 * | NamedItem.formula                                   | 1.7      | NamedItem.value (1.1)            |
 * | NamedItem.comment (not loaded)                      | 1.4      |                                  |
 * | NamedItemCollection.add (identity marker)           | 1.4      | no marker: known by title, name  |
 * | Range.values/formulas/numberFormat/valueTypes/address| 1.1     |                                  |
 * | Range.select                                        | 1.1      |                                  |
 * | Range.format.font/fill/borders/alignment/wrapText   | 1.1      |                                  |
 * | RangeFill.clear                                     | 1.1      |                                  |
 * | Range.merge                                         | 1.2      | skipped (titles not merged)      |
 * | RangeFormat.columnWidth / rowHeight                 | 1.2      | skipped (Excel's default sizes)  |
 * | RangeFormat.protection.locked                       | 1.2      | skipped (no protection anyway)   |
 * | Worksheet.protection.protect(options)               | 1.2      | sheet left unprotected           |
 * | WorksheetProtectionOptions.selectionMode            | 1.7      | option left out                  |
 * | Worksheet.freezePanes                               | 1.7      | no frozen panes                  |
 * | Range.hyperlink                                     | 1.7      | link text only                   |
 * | Range.dataValidation                                | 1.8      | no native validation             |
 * | Worksheet.pageLayout, Range.get/setCellProperties   | 1.9      | no print setup; fill colour only |
 * | Range.getMergedAreasOrNullObject (RangeAreas 1.9)   | 1.13     | merges not read                  |
 *
 * The isNullObject property is only read on objects from *OrNullObject calls (1.4+).
 */
import type { Capabilities } from '../../app/types';
import { excelSerialToIso } from '../../domain/parse/date';
import { a1, columnLetter, parseA1, parseRangeA1, rangeA1 } from '../../domain/sheet/address';
import { freeSheetName } from '../../domain/sheet/names';
import type { CellStyle, DataValidationSpec, SheetPlan } from '../../domain/sheet/plan';
import {
  cellFormat,
  rawCell,
  HIGHLIGHT_FILLS,
  highlightFill,
  markerName,
  parseMarkerName,
  SELECTION_MAX_CELLS,
  SETTINGS_SHEET,
  type AnnexMarker,
  type CellRef,
  type HighlightRef,
  type RawCell,
  type SelectionBlock,
  type SheetSnapshot,
  type Visibility,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../../domain/sheet/workbook';
import { TEMPLATE_IDS } from '../../domain/templates/info';
import { recogniseSheets } from '../../domain/templates/recognize-sheets';
import { apiSupport, detectCapabilities } from './capabilities';
import { OFFICE_MSG } from '../../domain/messages/office';
import { checkRecordFromValues, prepareCheckRecord, queueCheckRecord, SETTINGS_READ_RANGE } from './check-record';
import { addressLists, RANGE_OP_BYTES, rangeOpBytes, RequestMeter } from './request-size';
import {
  bandArrays,
  columnWidthPoints,
  entriesOf,
  groupRects,
  layoutOf,
  officeErrorAlert,
  officePrompt,
  officeRule,
  rectAddress,
  rowBands,
  validationKey,
  type Rect,
} from './plan-writer';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** An error's highlight: the light red of Excel's "Light Red Fill" (warnings: HIGHLIGHT_FILLS.warning). */
export const HIGHLIGHT_FILL = HIGHLIGHT_FILLS.error;
/** Cells of the plan's bounding box written per sync (see insertSheet). */
export const CELLS_PER_SYNC = 20_000;
/**
 * Response bytes per cell of the used range read (values and number formats of every cell,
 * formulas of the formula cells, as Excel's JSON): measured through the serializer bridge on
 * the bench's eight annexes — 20.9 at 1,000 rows (1,409,741 bytes, 67,867 cells), 20.4 at
 * 10,000 — and taken ~15 % higher. (With valueTypes and every cell's formulas, as before: 34.)
 */
export const READ_BYTES_PER_CELL = 24;
/**
 * Planned response bytes of one read batch: ~3.4 MB real at the measured density, under Excel
 * on the web's 5 MB (5,242,880) with a third to spare for text-heavy sheets; a batch refused
 * anyway is halved.
 */
export const READ_BUDGET = 4_000_000;
/**
 * The first rows of every sheet's used range, read with its address (ExcelApi 1.4+): titles for
 * recognition, all the engine reads of a sheet that is not an annex (it looks there for a table
 * resembling an annex), and a sample of each sheet's response bytes per cell.
 */
export const HEAD_ROWS = 60;
/** A head with at least this many cells sets its sheet's density. */
const DENSITY_SAMPLE_CELLS = 100;
/** The measured density is planned with this margin (the rest of a sheet may be denser). */
const READ_DENSITY_MARGIN = 1.3;
/** Never plan below this many bytes per cell (empty cells: "" and "General"). */
const READ_MIN_BYTES_PER_CELL = 14;
/** Where annex titles are (the engine recognises a title in A1:A4). */
const TITLE_RANGE = 'A1:A4';
/**
 * Cells per getMergedAreasOrNullObject call: Excel refuses a range holding more than 512 merged
 * areas, and an area covers at least 2 cells, so a band of at most 1,024 cells never fails.
 */
export const MERGE_BAND_CELLS = 1024;
/** getMergedAreasOrNullObject calls one read may make (~700 request bytes each). */
export const MAX_MERGE_BANDS = 3000;

/** Row bands of a rectangle of at most MERGE_BAND_CELLS cells (whole rows; wide rows alone). */
export function mergeBands(rect: Rect): Rect[] {
  const width = rect.c2 - rect.c1 + 1;
  const rows = Math.max(1, Math.floor(MERGE_BAND_CELLS / width));
  const out: Rect[] = [];
  for (let r1 = rect.r1; r1 <= rect.r2; r1 += rows) out.push({ ...rect, r1, r2: Math.min(rect.r2, r1 + rows - 1) });
  return out;
}
/** Highlighting more cells than this is not useful to the officer; the rest are skipped. */
export const MAX_HIGHLIGHT_CELLS = 10_000;
/** The highlight store: JSON split over these settings-sheet cells (32,767 characters each). */
export const HIGHLIGHT_STORE_RANGE = 'B1:B20';
const STORE_CELLS = 20;
const STORE_CHUNK = 32_000;

/* ------------------------------------------------------------------ capabilities */

// In capabilities.ts (light, for the task pane's first paint); re-exported for the adapter's callers.
export { apiSupport, detectCapabilities, levelOf, versionAtLeast } from './capabilities';

/* ------------------------------------------------------------------ read helpers */

/**
 * Does this number format show a date? Quoted text, escapes, [colour]/[$-locale] sections and
 * padding are ignored; a "d" or "y" left means a date; "m" alone (without h/s) is a month.
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return false;
  const section = numberFormat.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(section)) return false; // elapsed time: [h]:mm
  const s = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  if (/[dy]/i.test(s)) return true;
  return /m/i.test(s) && !/[hs]/i.test(s) && !/0|#/.test(s);
}

/** One cell from Office's parallel arrays to a RawCell (undefined when empty). */
export function toRawCell(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: unknown,
  date1904 = false,
): RawCell | undefined {
  const nfText = typeof numberFormat === 'string' ? numberFormat : undefined;
  // `formulas` returns the text itself for a text cell that looks like a formula ("=1+1" typed
  // into a text cell or with a quote prefix): only a formula has a value different from its text.
  const f =
    typeof formula === 'string' && formula.startsWith('=') && !(typeof value === 'string' && value === formula)
      ? formula
      : undefined;
  const nf = cellFormat(nfText);
  switch (valueType) {
    case 'Empty':
      return f ? rawCell('s', '', f, nf) : undefined;
    case 'Double':
    case 'Integer':
      if (typeof value === 'number') {
        if (isDateFormat(nfText) && value >= (date1904 ? 0 : 1) && value < 2958466)
          return rawCell('d', excelSerialToIso(value, date1904), f, nf);
        return rawCell('n', value, f, nf);
      }
      break;
    case 'Boolean':
      return rawCell('b', value === true || value === 'TRUE', f, nf);
    case 'Error':
      return rawCell('e', String(value), f, nf);
    case 'String':
      return rawCell('s', String(value ?? ''), f, nf);
  }
  if (value === '' || value === null || value === undefined) return f ? rawCell('s', '', f, nf) : undefined;
  if (typeof value === 'number') return rawCell('n', value, f, nf);
  if (typeof value === 'boolean') return rawCell('b', value, f, nf);
  return rawCell('s', String(value), f, nf);
}

/** Excel's error values as `values` returns them (text, like any string). */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/**
 * Range.valueTypes derived from a value (so read() need not ask Excel for it: ~8 bytes a cell
 * of every response). Only an officer's text that is exactly an error code ("#N/A" typed with a
 * quote) reads as the error it looks like.
 */
export function valueTypeOf(value: unknown): string {
  if (value === '' || value === null || value === undefined) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return typeof value === 'string' && ERROR_VALUE.test(value) ? 'Error' : 'String';
}

/** "'PL I'!B3:F20" → the A1 part ("B3:F20"). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** The sheet of a defined name's reference: "='Sheet name'!$A$1" or "Sheet1!$A$1". */
export function sheetOfReference(ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  // A name whose sheet was deleted: Excel writes "=#REF!$A$1" (or "#REF!"), no sheet.
  if (/^=?#REF!/i.test(ref.trim())) return undefined;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(ref.trim());
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** Merged ranges from a RangeAreas address ("Sheet1!A1:C1, Sheet1!A2:B2"). */
export function mergesFromAddress(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g))
    out.push(m[1]!.replace(/\$/g, ''));
  return out;
}

function visibilityOf(v: string): Visibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const isSettingsSheet = (name: string): boolean => sameName(name, SETTINGS_SHEET);

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

const isItemNotFound = (e: unknown): boolean => errorCode(e) === 'ItemNotFound';
const isPayloadLimit = (e: unknown): boolean => /PayloadSizeLimitExceeded/.test(errorCode(e) ?? '');

/** Writes Office's parallel arrays of a block starting at (row0, col0) into a grid. */
function fillGrid(
  grid: (RawCell | undefined)[][],
  row0: number,
  col0: number,
  values: unknown[][],
  formulas: unknown[][],
  numberFormat: unknown[][],
  valueTypes: unknown[][] | undefined,
  date1904 = false,
): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const vals = values[i]!;
    let line: (RawCell | undefined)[] | undefined;
    for (let j = 0; j < vals.length; j++) {
      const type = valueTypes ? valueTypes[i]?.[j] : valueTypeOf(vals[j]);
      const cell = toRawCell(vals[j], formulas[i]?.[j], numberFormat[i]?.[j], type, date1904);
      if (!cell) continue;
      const r = row0 + i;
      if (!line) {
        while (grid.length <= r) grid.push([]);
        line = grid[r]!;
      }
      const c = col0 + j;
      while (line.length < c) line.push(undefined);
      line[c] = cell;
      count++;
    }
  }
  return count;
}

function parseSettings(values: unknown[][] | undefined): unknown {
  const text = values?.[0]?.[0];
  if (typeof text !== 'string' || !text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

interface QueuedCells {
  range: Excel.Range;
  /** The formula cells (ExcelApi 1.9): only their formulas are asked for. */
  formulas?: Excel.RangeAreas;
}

const utf8 = new TextEncoder();
const jsonLength = (v: unknown): number => utf8.encode(JSON.stringify(v) ?? '').length;

/**
 * Writes a loaded block into the sheet's grid (row0/col0: its top-left) and says how many cells
 * and response bytes it held (the JSON Excel sent for it, approximately: its density).
 */
function absorbCells(
  sheet: SheetSnapshot,
  row0: number,
  col0: number,
  q: QueuedCells,
  date1904: boolean,
): { cells: number; bytes: number } {
  const values = q.range.values;
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  let formulas: unknown[][];
  let formulaBytes = 0;
  if (!q.formulas) {
    formulas = q.range.formulas;
    formulaBytes = jsonLength(formulas);
  } else {
    formulas = Array.from({ length: rows }, () => new Array<unknown>(cols));
    if (!q.formulas.isNullObject)
      for (const area of q.formulas.areas.items) {
        const at = parseA1(localAddress(area.address).split(':')[0]!.replace(/\$/g, ''));
        if (!at) continue;
        formulaBytes += jsonLength(area.formulas) + area.address.length;
        area.formulas.forEach((line, i) =>
          line.forEach((f, j) => {
            const row = formulas[at.row - row0 + i];
            if (row) row[at.col - col0 + j] = f;
          }),
        );
      }
  }
  const nf = q.range.numberFormat;
  for (let r = row0; r < row0 + rows; r++) if (sheet.cells[r]) sheet.cells[r] = [];
  fillGrid(sheet.cells, row0, col0, values, formulas, nf, undefined, date1904);
  return { cells: rows * cols, bytes: jsonLength(values) + jsonLength(nf) + formulaBytes };
}

/** The date-system probe's answer (see queueDateSystemProbe): true only for a clear 0. */
function dateSystemIs1904(probe: Excel.FunctionResult<number> | undefined): boolean {
  try {
    return probe?.value === 0;
  } catch {
    return false;
  }
}

/* ------------------------------------------------------------------ highlight store */

/** A fill as stored: null = No Fill. `p` missing = read without ExcelApi 1.9 (pattern unknown). */
export interface StoredFill {
  c: string;
  p?: string;
  t?: number | null;
  pc?: string | null;
}

export interface HighlightStore {
  v: 1;
  fills: (StoredFill | null)[];
  /** sheet → A1 → index into fills */
  cells: Record<string, Record<string, number>>;
  /** sheet (as in `cells`) → Worksheet.id when highlighted: finds the sheet after a rename. */
  ids?: Record<string, string>;
}

export function emptyStore(): HighlightStore {
  return { v: 1, fills: [], cells: {} };
}

export function parseStore(values: unknown[][] | undefined): HighlightStore {
  const text = (values ?? []).map((row) => (typeof row[0] === 'string' ? row[0] : '')).join('');
  if (!text.trim()) return emptyStore();
  try {
    const s = JSON.parse(text) as Partial<HighlightStore>;
    if (s && s.v === 1 && Array.isArray(s.fills) && s.cells && typeof s.cells === 'object') return s as HighlightStore;
  } catch {
    // a damaged store is forgotten rather than blocking highlighting
  }
  return emptyStore();
}

function storeLookup(store: HighlightStore, sheet: string, cell: string): number | undefined {
  for (const [name, cells] of Object.entries(store.cells))
    if (sameName(name, sheet) && cells[cell] !== undefined) return cells[cell];
  return undefined;
}

function storeSheetKey(store: HighlightStore, sheet: string): string {
  return Object.keys(store.cells).find((n) => sameName(n, sheet)) ?? sheet;
}

function storeAdd(store: HighlightStore, sheet: string, cell: string, fill: StoredFill | null): void {
  const k = JSON.stringify(fill);
  let idx = store.fills.findIndex((f) => JSON.stringify(f) === k);
  if (idx < 0) idx = store.fills.push(fill) - 1;
  const existing = Object.keys(store.cells).find((n) => sameName(n, sheet)) ?? sheet;
  (store.cells[existing] ??= {})[cell] = idx;
}

/** Splits the store JSON over the store cells. */
export function storeChunks(store: HighlightStore): string[][] {
  const empty = Object.keys(store.cells).length === 0;
  const text = empty ? '' : JSON.stringify(store);
  const parts: string[][] = [];
  for (let i = 0; i < STORE_CELLS; i++) parts.push([text.slice(i * STORE_CHUNK, (i + 1) * STORE_CHUNK)]);
  if (text.length > STORE_CELLS * STORE_CHUNK) throw new Error(OFFICE_MSG.highlightStoreTooLong);
  return parts;
}

/** Expands refs (single cells or ranges) to unique cells, capped at MAX_HIGHLIGHT_CELLS. */
export function expandRefs(refs: readonly HighlightRef[]): HighlightRef[] {
  const seen = new Set<string>();
  const out: HighlightRef[] = [];
  const push = (sheet: string, cell: string, kind: HighlightRef['kind']): boolean => {
    const k = `${sheet.toLowerCase()}!${cell}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(kind ? { sheet, cell, kind } : { sheet, cell });
    }
    return out.length < MAX_HIGHLIGHT_CELLS;
  };
  for (const ref of refs) {
    if (!ref.cell) continue;
    const r = parseRangeA1(ref.cell.replace(/\$/g, ''));
    if (!r) continue;
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) if (!push(ref.sheet, a1(row, col), ref.kind)) return out;
  }
  return out;
}

/* ------------------------------------------------------------------ the port */

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

export class OfficeWorkbookPort implements WorkbookPort {
  /** Sheet names seen by the last call (a hint for highlight/clear; never trusted blindly). */
  private knownSheets?: string[];
  /** The markers of the read in progress (recognition between its syncs). */
  private lastMarkers: AnnexMarker[] = [];

  constructor(
    private readonly run: ExcelRun = defaultRun,
    readonly capabilities: Capabilities = detectCapabilities(),
    private readonly knownTemplateIds: readonly string[] = TEMPLATE_IDS,
    /** ExcelApi levels without a capability of their own (1.2, 1.7); see apiSupport. */
    private readonly supports: (version: string) => boolean = apiSupport(capabilities),
  ) {}

  /* ---------------------------------------------------------------- read */

  /** The settings JSON alone: the sheet list, then A1 of the settings sheet (2 syncs, no cell data). */
  async readSettings(): Promise<unknown> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      this.knownSheets = worksheets.items.map((ws) => ws.name);
      const settingsName = this.knownSheets.find(isSettingsSheet);
      if (!settingsName) return undefined;
      const cell = worksheets.getItem(settingsName).getRange('A1').load('values');
      await context.sync();
      return parseSettings(cell.values);
    });
  }

  /**
   * "Dùng vùng đang chọn": the selected range (a single cell: its sheet's used range) as a
   * sheet of its own. Sync 1: the range's address and size and the 1904 date system; sync 2
   * (only when it is at most SELECTION_MAX_CELLS, so the response stays well under 5 MB): its
   * values, formulas, number formats, types and merged areas (ExcelApi 1.13). Reads only.
   */
  async readSelection(): Promise<SelectionBlock | undefined> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address,cellCount');
      const dateProbe = this.queueDateSystemProbe(context);
      await context.sync(); // 1
      const date1904 = dateSystemIs1904(dateProbe);
      let range: Excel.Range = selected;
      let address = selected.address;
      if (selected.cellCount <= 1) {
        // *OrNullObject is ExcelApi 1.4; before it, getUsedRange (an empty sheet: A1).
        const used = (
          this.capabilities.namedItems
            ? selected.worksheet.getUsedRangeOrNullObject(true)
            : selected.worksheet.getUsedRange(true)
        ).load('address,cellCount');
        await context.sync();
        if (used.isNullObject) return undefined;
        range = used;
        address = used.address;
        if (used.cellCount > SELECTION_MAX_CELLS) throw new Error(OFFICE_MSG.selectionTooLarge(used.cellCount));
      } else if (selected.cellCount > SELECTION_MAX_CELLS) {
        throw new Error(OFFICE_MSG.selectionTooLarge(selected.cellCount));
      }
      range.load('values,formulas,numberFormat,valueTypes');
      const ws = range.worksheet.load('name');
      const merged = this.capabilities.insertFromWorkbook
        ? range.getMergedAreasOrNullObject().load('address')
        : undefined;
      await context.sync(); // 2
      const start = parseA1(localAddress(address).split(':')[0] ?? 'A1') ?? { row: 0, col: 0 };
      const cells: (RawCell | undefined)[][] = [];
      fillGrid(cells, 0, 0, range.values, range.formulas, range.numberFormat, range.valueTypes, date1904);
      const sheet: SheetSnapshot = { name: ws.name, visibility: 'visible', cells };
      if (merged && !merged.isNullObject) {
        // Merged areas relative to the block's top-left.
        sheet.merges = mergesFromAddress(merged.address).flatMap((m) => {
          const r = parseRangeA1(m);
          return r ? [rangeA1(r.r1 - start.row, r.c1 - start.col, r.r2 - start.row, r.c2 - start.col)] : [];
        });
      }
      return { sheet, row0: start.row, col0: start.col };
    });
  }

  async read(): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets.load('items/name,items/visibility');
      // NamedItem.formula is ExcelApi 1.7 (implied by 1.8); `value` gives the address without "=".
      const names = wb.names.load(
        this.capabilities.dataValidation ? 'items/name,items/type,items/formula' : 'items/name,items/type,items/value',
      );
      const dateProbe = this.queueDateSystemProbe(context);
      await context.sync(); // 1
      const date1904 = dateSystemIs1904(dateProbe);

      const infos = worksheets.items.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws.visibility) }));
      this.knownSheets = infos.map((i) => i.name);
      const markers = this.markersOf(names.items);
      this.lastMarkers = markers;
      const settingsName = infos.find((i) => isSettingsSheet(i.name))?.name;
      const data = infos.filter((i) => !isSettingsSheet(i.name));

      const result = await this.readChunked(context, data, settingsName, date1904);
      const snapshot: WorkbookSnapshot = { sheets: result.sheets, markers };
      if (date1904) snapshot.date1904 = true;
      if (result.settings !== undefined) snapshot.settings = result.settings;
      Object.assign(snapshot, result.record);
      return snapshot;
    });
  }

  /**
   * The workbook's date system, read without changing anything: DATE(1904,1,1) is 0 in the 1904
   * system and 1462 in the 1900 one (Workbook.functions, ExcelApi 1.2; Office.js has no
   * date-system property). Below 1.2 the 1900 system is assumed (Windows' default).
   */
  private queueDateSystemProbe(context: Excel.RequestContext): Excel.FunctionResult<number> | undefined {
    if (!this.supports('1.2')) return undefined;
    return context.workbook.functions.date(1904, 1, 1).load('value');
  }

  private markersOf(items: Excel.NamedItem[]): AnnexMarker[] {
    const markers: AnnexMarker[] = [];
    for (const item of items) {
      const parsed = parseMarkerName(item.name, this.knownTemplateIds);
      if (!parsed) continue;
      const sheetName = sheetOfReference(this.capabilities.dataValidation ? item.formula : item.value);
      if (!sheetName) continue; // =#REF!: the sheet was deleted
      markers.push({ name: item.name, templateId: parsed.templateId, sheetName });
    }
    return markers;
  }

  /**
   * Sync 2: every sheet's used-range address and its first rows (A1:A4, where titles are), the
   * settings cells. Then the annexes are recognised as the engine does (markers, then titles)
   * and sync 3+ read only what validation needs, planned from the addresses before sending:
   * annex sheets whole (values, number formats, formulas — on ExcelApi 1.9 only of the formula
   * cells, found with getSpecialCells — and merged areas in row bands small enough never to hold
   * more than 512), other sheets only their first OTHER_SHEET_ROWS rows (the engine looks there
   * for a table that resembles an annex). Each batch's response is planned under READ_BUDGET. A batch Excel still refuses for size (very long texts) is halved: a safety
   * net, not the plan.
   */
  private async readChunked(
    context: Excel.RequestContext,
    data: { name: string; visibility: Visibility }[],
    settingsName: string | undefined,
    date1904: boolean,
  ) {
    const nullable = this.capabilities.namedItems;
    const special = this.capabilities.pageLayout; // getSpecialCells: ExcelApi 1.9
    const withMerges = this.capabilities.insertFromWorkbook; // getMergedAreasOrNullObject: 1.13
    const heads = data.map((info) => {
      const ws = context.workbook.worksheets.getItem(info.name);
      if (nullable) {
        // ExcelApi 1.4+: the first rows of the used range come with its address (getUsedRange
        // never gives a null object: a blank sheet's is A1), and show each sheet's density.
        const usedRange = ws.getUsedRange(true);
        const used = usedRange.load('address');
        const headRange = usedRange.getIntersectionOrNullObject(ws.getRange(`1:${HEAD_ROWS}`));
        return { ...info, used, head: this.queueCells(headRange, special) };
      }
      // Below ExcelApi 1.4: getUsedRange (a blank sheet gives A1, read as empty); below 1.2 it
      // cannot ignore formatting, so formatted empty cells widen the block (they yield nothing).
      const used = (this.supports('1.2') ? ws.getUsedRange(true) : ws.getUsedRange()).load('address');
      const first = ws.getRange(TITLE_RANGE).load('values');
      return { ...info, used, first };
    });
    const settingsCell = settingsName
      ? context.workbook.worksheets.getItem(settingsName).getRange(SETTINGS_READ_RANGE).load('values')
      : undefined;
    await context.sync(); // 2

    const sheets: SheetSnapshot[] = heads.map((h) => ({ name: h.name, visibility: h.visibility, cells: [] }));
    /** Response bytes per cell of each sheet, measured on its head (else READ_BYTES_PER_CELL). */
    const density = heads.map(() => READ_BYTES_PER_CELL);
    const rects = heads.map((h) => parseRangeA1(localAddress(h.used.address).replace(/\$/g, '')));
    heads.forEach((h, i) => {
      if ('first' in h) {
        fillGrid(sheets[i]!.cells, 0, 0, h.first.values ?? [], [], [], undefined, date1904);
        return;
      }
      if (h.head.range.isNullObject) return;
      const at = parseA1(localAddress(h.head.range.address).split(':')[0]!.replace(/\$/g, '')) ?? { row: 0, col: 0 };
      const got = absorbCells(sheets[i]!, at.row, at.col, h.head, date1904);
      if (got.cells >= DENSITY_SAMPLE_CELLS)
        density[i] = Math.max(READ_MIN_BYTES_PER_CELL, (got.bytes / got.cells) * READ_DENSITY_MARGIN);
    });
    const annexes = new Set(recogniseSheets({ sheets, markers: this.lastMarkers }).map((r) => r.sheet.name));

    // The plan: the rest of each annex (and the first rows of a sheet read without a head), in
    // row bands packed into batches by their planned response bytes; merged areas of annexes.
    type Piece = { sheet: number; rect: Rect; merges?: Rect[] };
    const pending: Piece[] = [];
    const mergesUnread = new Set<number>();
    let bandsLeft = MAX_MERGE_BANDS;
    heads.forEach((h, i) => {
      const r = rects[i];
      if (!r) return;
      const annex = annexes.has(h.name);
      const from = 'first' in h ? r.r1 : Math.max(r.r1, HEAD_ROWS);
      const to = annex ? r.r2 : Math.min(r.r2, HEAD_ROWS - 1);
      let bands = annex && withMerges ? mergeBands(r) : undefined;
      if (bands && bands.length > bandsLeft) {
        // Too many calls for one read (an enormous annex): merges left unread, and said so.
        bands = undefined;
        mergesUnread.add(i);
      } else if (bands) bandsLeft -= bands.length;
      if (from <= to) pending.push({ sheet: i, rect: { ...r, r1: from, r2: to }, ...(bands ? { merges: bands } : {}) });
      else if (bands) pending.push({ sheet: i, rect: { ...r, r1: 1, r2: 0 }, merges: bands });
    });
    const bytesOf = (p: Piece): number =>
      Math.max(0, p.rect.r2 - p.rect.r1 + 1) * (p.rect.c2 - p.rect.c1 + 1) * density[p.sheet]!;
    const merges = new Map<number, string[]>();
    let scale = 1; // halved when Excel refuses a batch for size anyway
    while (pending.length) {
      type Loaded = Piece & { cells?: QueuedCells; merged: Excel.RangeAreas[] };
      const batch: Loaded[] = [];
      let bytes = 0;
      while (pending.length) {
        const p = pending[0]!;
        const b = bytesOf(p) / scale;
        const room = READ_BUDGET - bytes;
        if (b > room) {
          // Fill the batch: the rows that fit now, the rest in the next one.
          const perRow = b / (p.rect.r2 - p.rect.r1 + 1);
          const fit = Math.floor(room / perRow);
          if (fit >= 1 && p.rect.r2 > p.rect.r1) {
            const r2 = p.rect.r1 + fit - 1;
            const { merges: m, ...rest } = p;
            pending.splice(
              0,
              1,
              { ...rest, rect: { ...p.rect, r2 }, ...(m ? { merges: m } : {}) },
              { ...rest, rect: { ...p.rect, r1: r2 + 1 } },
            );
            continue;
          }
          if (batch.length) break;
        }
        pending.shift();
        bytes += b;
        const ws = context.workbook.worksheets.getItem(heads[p.sheet]!.name);
        const loaded: Loaded = { ...p, merged: [] };
        if (p.rect.r1 <= p.rect.r2) loaded.cells = this.queueCells(ws.getRange(rectAddress(p.rect)), special);
        for (const band of p.merges ?? [])
          loaded.merged.push(ws.getRange(rectAddress(band)).getMergedAreasOrNullObject().load('address'));
        batch.push(loaded);
      }
      try {
        await context.sync(); // 3+
      } catch (e) {
        if (!isPayloadLimit(e) && batch.some((b) => b.merged.length)) {
          // Excel refused the merged areas (nothing else in the batch can fail on a sheet that
          // exists): read the cells again without them and say the merge check was not done.
          for (const b of batch) if (b.merged.length) mergesUnread.add(b.sheet);
          pending.unshift(...batch.map(({ sheet, rect }) => ({ sheet, rect })));
          continue;
        }
        const single = batch.length === 1 && batch[0]!.rect.r1 >= batch[0]!.rect.r2;
        if (!isPayloadLimit(e) || single) throw e;
        pending.unshift(...batch.map(({ sheet, rect, merges: m }) => ({ sheet, rect, ...(m ? { merges: m } : {}) })));
        scale /= 2;
        continue;
      }
      for (const b of batch) {
        if (b.cells) absorbCells(sheets[b.sheet]!, b.rect.r1, b.rect.c1, b.cells, date1904);
        for (const m of b.merged)
          if (!m.isNullObject) {
            const list = merges.get(b.sheet) ?? [];
            list.push(...mergesFromAddress(m.address));
            merges.set(b.sheet, list);
          }
      }
    }
    for (const [i, list] of merges) sheets[i]!.merges = [...new Set(list)];
    for (const i of mergesUnread) sheets[i]!.mergesUnread = true;
    return {
      sheets,
      settings: parseSettings(settingsCell?.values),
      record: checkRecordFromValues(settingsCell?.values),
    };
  }

  /** Queues what validation needs of a block: values, number formats, formulas (see readChunked). */
  private queueCells(range: Excel.Range, special: boolean): QueuedCells {
    if (!special) return { range: range.load('address,values,formulas,numberFormat') };
    range.load('address,values,numberFormat');
    return { range, formulas: range.getSpecialCellsOrNullObject('Formulas').load('areas/address,areas/formulas') };
  }

  /* ---------------------------------------------------------------- insert */

  async insertSheet(plan: SheetPlan): Promise<{ sheetName: string }> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets.load('items/name');
      // The marker needs names.add (ExcelApi 1.4); without it the annex is known by its title.
      const names = this.capabilities.namedItems && plan.templateId ? wb.names.load('items/name') : undefined;
      await context.sync(); // 1

      const taken = worksheets.items.map((w) => w.name);
      const sheetName = freeSheetName(plan.name, taken);
      const ws = worksheets.add(sheetName);
      await this.writePlan(context, ws, plan);

      if (plan.templateId && names) {
        const used = new Set(names.items.map((n) => n.name.toUpperCase()));
        let n = 1;
        while (used.has(markerName(plan.templateId, n).toUpperCase())) n++;
        wb.names.add(markerName(plan.templateId, n), ws.getRange('A1'), OFFICE_MSG.markerComment);
      }
      ws.activate();
      await context.sync(); // 2 (+1 per extra 20,000-cell band)
      this.knownSheets = [...taken, sheetName];
      return { sheetName };
    });
  }

  /** Queues the whole plan on a new sheet. Syncs only between row bands of big plans. */
  private async writePlan(context: Excel.RequestContext, ws: Excel.Worksheet, plan: SheetPlan): Promise<void> {
    const caps = this.capabilities;
    const layout = layoutOf(plan);
    const box = { r1: 0, c1: 0, r2: layout.maxRow, c2: layout.maxCol };

    // Base font on the used block; styles override size/bold/italic below.
    const base = ws.getRange(rectAddress(box)).format.font;
    base.name = plan.font.name;
    base.size = plan.font.size;

    // Content: number formats first (text cells get "@"), then values and formulas, per band.
    const bands = rowBands(layout, CELLS_PER_SYNC);
    for (let i = 0; i < bands.length; i++) {
      const [r1, r2] = bands[i]!;
      if (i > 0) await context.sync();
      const { numberFormat, formulas } = bandArrays(layout, r1, r2);
      const range = ws.getRange(rectAddress({ r1, c1: 0, r2, c2: layout.maxCol }));
      range.numberFormat = numberFormat;
      range.formulas = formulas;
    }

    // Styles: one range per rectangle of equal style.
    const styleRects = groupRects(entriesOf(layout.styleAt).map((e) => ({ r: e.r, c: e.c, key: e.value })));
    for (const [name, rects] of styleRects) {
      const style = plan.styles[name];
      if (!style) continue;
      for (const rect of rects) this.applyStyle(ws.getRange(rectAddress(rect)), style, rect);
    }

    // Merges, sizes, locking and protection are ExcelApi 1.2: skipped on 1.1 (content intact).
    const api12 = this.supports('1.2');
    if (api12) for (const m of plan.merges) ws.getRange(rectAddress(m)).merge(false);

    // Column widths (characters → points, see columnWidthPoints) and row heights (points).
    for (let c = 0; api12 && c < plan.columnWidths.length;) {
      const w = plan.columnWidths[c]!;
      let c2 = c;
      while (c2 + 1 < plan.columnWidths.length && plan.columnWidths[c2 + 1] === w) c2++;
      if (w > 0) ws.getRange(`${columnLetter(c)}:${columnLetter(c2)}`).format.columnWidth = columnWidthPoints(w);
      c = c2 + 1;
    }
    for (const [row, h] of api12 ? Object.entries(plan.rowHeights ?? {}) : []) {
      const r = Number(row);
      if (Number.isInteger(r) && r >= 0 && h > 0) ws.getRange(`${r + 1}:${r + 1}`).format.rowHeight = h;
    }

    const cells = [...layout.cells.values()];

    // Input cells are unlocked so the officer can type once the sheet is protected.
    const inputs = groupRects(cells.filter((c) => c.input).map((c) => ({ r: c.row, c: c.col, key: 'input' })));
    if (api12)
      for (const rect of inputs.get('input') ?? []) ws.getRange(rectAddress(rect)).format.protection.locked = false;

    if (caps.dataValidation) {
      const specs = new Map<string, DataValidationSpec>();
      const groups = groupRects(
        cells
          .filter((c) => c.validation)
          .map((c) => {
            const k = validationKey(c.validation!, c.row, c.col);
            if (!specs.has(k)) specs.set(k, c.validation!);
            return { r: c.row, c: c.col, key: k };
          }),
      );
      for (const [k, rects] of groups) {
        const spec = specs.get(k)!;
        for (const rect of rects) {
          const rule = officeRule(spec, rect.r1, rect.c1);
          if (!rule) continue;
          const dv = ws.getRange(rectAddress(rect)).dataValidation;
          dv.rule = rule;
          dv.prompt = officePrompt(spec);
          dv.errorAlert = officeErrorAlert(spec);
        }
      }
      // Links inside the workbook (ExcelApi 1.7, implied by 1.8). Without it the text stays.
      for (const c of cells) {
        if (!c.link) continue;
        const target = `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell.replace(/\$/g, '')}`;
        const text =
          c.value === null || c.value === undefined || c.value === ''
            ? `${c.link.sheet}!${c.link.cell}`
            : String(c.value);
        ws.getRange(a1(c.row, c.col)).hyperlink = { documentReference: target, textToDisplay: text };
      }
    }

    if (caps.pageLayout) {
      const pl = ws.pageLayout;
      pl.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      pl.paperSize = 'A4';
      // verticalFitToPages 0 = "automatic" (fit all columns on one page, as many pages tall as needed).
      if (plan.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (plan.print.titleRows) pl.setPrintTitleRows(`$${plan.print.titleRows[0] + 1}:$${plan.print.titleRows[1] + 1}`);
    }

    // Freeze panes: ExcelApi 1.7.
    if (plan.freeze && this.supports('1.7')) {
      const { rows, cols } = plan.freeze;
      if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(rangeA1(0, 0, rows - 1, cols - 1));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else if (cols > 0) ws.freezePanes.freezeColumns(cols);
    }

    // Last: protection (no password, nothing hidden from the officer).
    if (plan.protect && api12) {
      const options: Excel.WorksheetProtectionOptions = {
        allowFormatCells: true,
        allowAutoFilter: true,
        allowInsertRows: true,
        allowDeleteRows: true,
      };
      if (this.supports('1.7')) options.selectionMode = 'Normal';
      ws.protection.protect(options);
    }
  }

  private applyStyle(range: Excel.Range, style: CellStyle, rect: Rect): void {
    const f = range.format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.italic !== undefined) f.font.italic = style.italic;
    if (style.size !== undefined) f.font.size = style.size;
    if (style.fontColor) f.font.color = style.fontColor;
    if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
    if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.fill) f.fill.color = style.fill;
    if (style.border) {
      for (const edge of EDGES) f.borders.getItem(edge).style = 'Continuous';
      if (rect.r2 > rect.r1) f.borders.getItem('InsideHorizontal').style = 'Continuous';
      if (rect.c2 > rect.c1) f.borders.getItem('InsideVertical').style = 'Continuous';
    }
  }

  /* ---------------------------------------------------------------- highlight */

  /**
   * Sync 1: the sheet list, the store, the target sheets' protection and the original fills
   * (more syncs only when the fill reads pass the request budget). Sync 2: the store with every
   * new original, alone — Office does not roll a batch back, so once the fills start, whatever
   * fails afterwards (a sheet re-protected, renamed or deleted between syncs) leaves no cell
   * coloured whose original is not stored. Sync 3+: the fills, cells grouped into rectangles and
   * (ExcelApi 1.9) address lists, each batch under REQUEST_BUDGET. Cells on a sheet protected
   * against formatting are left alone (neither stored nor coloured).
   */
  async highlight(refs: HighlightRef[]): Promise<void> {
    const targets = expandRefs(refs);
    if (!targets.length) return;
    await this.run(async (context) => {
      let loaded: HighlightLoad;
      // Without a sheet list from an earlier call, ask for it first (1 small sync) rather than
      // risk a big fill-reading batch failing on a settings sheet that does not exist yet.
      const known = this.knownSheets ?? (await this.refreshSheets(context));
      try {
        loaded = await this.loadForHighlight(context, targets, known);
      } catch (e) {
        if (!isItemNotFound(e)) throw e;
        loaded = await this.loadForHighlight(context, targets, await this.refreshSheets(context));
      }
      const { sheets, store, reads } = loaded;
      const sheetNames = sheets.map((s) => s.name);

      // A store range missing from the first attempt while the sheet exists (another runtime
      // created it meanwhile): read it before merging.
      let current = store;
      const settingsName = sheetNames.find(isSettingsSheet);
      if (!current && settingsName) {
        const r = context.workbook.worksheets.getItem(settingsName).getRange(HIGHLIGHT_STORE_RANGE).load('values');
        await context.sync();
        current = parseStore(r.values);
      }
      const merged = current ?? emptyStore();
      for (const read of reads)
        read.cells.forEach((ref, i) => {
          // Already highlighted: keep the original stored the first time, never our colour.
          if (storeLookup(merged, ref.sheet, ref.cell) !== undefined) return;
          storeAdd(merged, ref.sheet, ref.cell, this.originalFill(read, i));
        });
      for (const s of sheets)
        if (s.id && merged.cells[storeSheetKey(merged, s.name)]) (merged.ids ??= {})[s.name] = s.id;

      this.writeStore(context, sheetNames, merged);
      await context.sync(); // 2: the originals are safe before any cell changes

      const fillable = reads.flatMap((r) => r.cells);
      const groups = new Map<string, { sheet: string; color: string; cells: { r: number; c: number }[] }>();
      for (const ref of fillable) {
        const color = highlightFill(ref);
        const k = `${ref.sheet.toLowerCase()}\u0000${color}`;
        const p = parseA1(ref.cell)!;
        let g = groups.get(k);
        if (!g) groups.set(k, (g = { sheet: ref.sheet, color, cells: [] }));
        g.cells.push({ r: p.row, c: p.col });
      }
      const meter = new RequestMeter();
      for (const g of groups.values()) {
        const ws = context.workbook.worksheets.getItem(g.sheet);
        for (const address of this.areaAddresses(g.cells)) {
          const bytes = rangeOpBytes(address, g.color);
          if (meter.wouldOverflow(bytes)) {
            await context.sync(); // 3+
            meter.reset();
          }
          meter.add(bytes);
          this.areas(ws, address).format.fill.color = g.color;
        }
      }
      await context.sync();
    });
  }

  /** Rectangles of the cells as A1 addresses: joined into getRanges lists on ExcelApi 1.9. */
  private areaAddresses(cells: { r: number; c: number }[]): string[] {
    const rects = groupRects(cells.map((c) => ({ r: c.r, c: c.c, key: 0 }))).get(0) ?? [];
    const addresses = rects.map(rectAddress);
    return this.capabilities.pageLayout ? addressLists(addresses) : addresses;
  }

  /** One range or (ExcelApi 1.9) an address list, as far as a fill is concerned. */
  private areas(ws: Excel.Worksheet, address: string): { format: { fill: Excel.RangeFill } } {
    return this.capabilities.pageLayout ? ws.getRanges(address) : ws.getRange(address);
  }

  private async refreshSheets(context: Excel.RequestContext): Promise<string[]> {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    this.knownSheets = worksheets.items.map((w) => w.name);
    return this.knownSheets;
  }

  /**
   * Sync 1 of highlight (more only if the fill reads pass the request budget): sheet list,
   * stored originals, protection of the target sheets and the current fill of every target.
   */
  private async loadForHighlight(
    context: Excel.RequestContext,
    targets: HighlightRef[],
    known: string[] | undefined,
  ): Promise<HighlightLoad> {
    const worksheets = context.workbook.worksheets.load('items/name,items/id');
    const assumeSettings = known ? known.some(isSettingsSheet) : true;
    const storeRange = assumeSettings
      ? worksheets.getItem(SETTINGS_SHEET).getRange(HIGHLIGHT_STORE_RANGE).load('values')
      : undefined;
    const bySheet = new Map<string, { name: string; cells: HighlightRef[] }>();
    for (const ref of targets) {
      if (known && !known.some((n) => sameName(n, ref.sheet))) continue;
      const k = ref.sheet.toLowerCase();
      let g = bySheet.get(k);
      if (!g) bySheet.set(k, (g = { name: ref.sheet, cells: [] }));
      g.cells.push(ref);
    }
    const protections = new Map<string, Excel.WorksheetProtection>();
    if (this.supports('1.2'))
      for (const [k, g] of bySheet) protections.set(k, worksheets.getItem(g.name).protection.load('protected,options'));

    // Fill reads: per rectangle with ExcelApi 1.9 (getCellProperties tells No Fill from white),
    // else per cell (a rectangle's colour is null when its cells differ).
    const reads: HighlightRead[] = [];
    const meter = new RequestMeter();
    const flush = async () => {
      await context.sync(); // 1 (+1 per further budget)
      meter.reset();
    };
    for (const g of bySheet.values()) {
      const ws = worksheets.getItem(g.name);
      const byCell = new Map(g.cells.map((ref) => [ref.cell, ref]));
      const pts = g.cells.map((ref) => {
        const p = parseA1(ref.cell)!;
        return { r: p.row, c: p.col, key: 0 };
      });
      const rects = this.capabilities.pageLayout
        ? (groupRects(pts).get(0) ?? [])
        : pts.map((p) => ({ r1: p.r, c1: p.c, r2: p.r, c2: p.c }));
      for (const rect of rects) {
        const address = rectAddress(rect);
        const bytes = rangeOpBytes(address, FILL_PROPS);
        if (meter.wouldOverflow(bytes)) await flush();
        meter.add(bytes);
        const range = ws.getRange(address);
        const cells: HighlightRef[] = [];
        for (let r = rect.r1; r <= rect.r2; r++)
          for (let c = rect.c1; c <= rect.c2; c++) cells.push(byCell.get(a1(r, c))!);
        const read: HighlightRead = { sheetKey: g.name.toLowerCase(), rect, cells, range };
        if (this.capabilities.pageLayout) read.props = range.getCellProperties({ format: { fill: FILL_PROPS } });
        else range.format.fill.load('color');
        reads.push(read);
      }
    }
    await context.sync(); // 1 (or the last read batch)
    const sheets = worksheets.items.map((w) => ({ name: w.name, id: this.sheetId(w) }));
    this.knownSheets = sheets.map((s) => s.name);
    // Sheets protected against formatting: left alone (a fill there would fail the batch).
    const locked = new Set<string>();
    for (const [k, p] of protections) if (p.protected && !p.options?.allowFormatCells) locked.add(k);
    return {
      sheets,
      store: storeRange ? parseStore(storeRange.values) : undefined,
      reads: reads.filter((r) => !locked.has(r.sheetKey)),
    };
  }

  /** Worksheet.id when it was loaded (ExcelApi 1.1; a stable key across renames). */
  private sheetId(w: Excel.Worksheet): string | undefined {
    try {
      return typeof w.id === 'string' && w.id ? w.id : undefined;
    } catch {
      return undefined;
    }
  }

  private originalFill(read: HighlightRead, index: number): StoredFill | null {
    const width = read.rect.c2 - read.rect.c1 + 1;
    const i = Math.floor(index / width);
    const j = index % width;
    if (read.props) {
      const fill = read.props.value[i]?.[j]?.format?.fill;
      // "No Fill" reads back as #FFFFFF like white: pattern None / tintAndShade null tell them apart.
      if (
        !fill ||
        fill.pattern === 'None' ||
        (fill.pattern === undefined && (fill.tintAndShade === null || fill.tintAndShade === undefined))
      )
        return null;
      const stored: StoredFill = { c: fill.color ?? '#FFFFFF', p: fill.pattern ?? 'Solid' };
      if (fill.tintAndShade !== null && fill.tintAndShade !== undefined) stored.t = fill.tintAndShade;
      if (fill.patternColor !== null && fill.patternColor !== undefined) stored.pc = fill.patternColor;
      return stored;
    }
    // Without ExcelApi 1.9 only the colour is known and No Fill reads as #FFFFFF like white:
    // both are restored as No Fill (white cells lose their fill; they look the same except
    // that gridlines show again).
    const color = read.range.format.fill.color;
    return !color || color.toUpperCase() === '#FFFFFF' ? null : { c: color };
  }

  private settingsSheet(context: Excel.RequestContext, sheetNames: string[]): Excel.Worksheet {
    const existing = sheetNames.find(isSettingsSheet);
    if (existing) return context.workbook.worksheets.getItem(existing);
    const ws = context.workbook.worksheets.add(SETTINGS_SHEET);
    // Setting visibility is ExcelApi 1.2: on 1.1 the settings sheet stays visible (read() and
    // the engine skip it by name).
    if (this.supports('1.2')) ws.visibility = 'VeryHidden';
    sheetNames.push(SETTINGS_SHEET);
    this.knownSheets = [...sheetNames];
    return ws;
  }

  private writeStore(context: Excel.RequestContext, sheetNames: string[], store: HighlightStore): void {
    const chunks = storeChunks(store);
    const range = this.settingsSheet(context, sheetNames).getRange(HIGHLIGHT_STORE_RANGE);
    range.numberFormat = chunks.map(() => ['@']);
    range.values = chunks;
  }

  /**
   * Sync 1: sheet list (names, ids), protection and the store. Sync 2+: the restores, grouped
   * by stored fill into rectangles / address lists under REQUEST_BUDGET; the last batch also
   * forgets what it restored. A sheet found by its id follows a rename; a sheet protected
   * against formatting keeps its entries for a later clear; a deleted sheet's are dropped.
   */
  async clearHighlights(): Promise<void> {
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name,items/id');
      const known = this.knownSheets;
      const assumeSettings = known ? known.some(isSettingsSheet) : true;
      let storeRange = assumeSettings
        ? worksheets.getItem(SETTINGS_SHEET).getRange(HIGHLIGHT_STORE_RANGE).load('values')
        : undefined;
      let sheets: { name: string; id?: string }[];
      try {
        await context.sync(); // 1
        sheets = worksheets.items.map((w) => ({ name: w.name, id: this.sheetId(w) }));
        this.knownSheets = sheets.map((s) => s.name);
      } catch (e) {
        if (!isItemNotFound(e) || !storeRange) throw e;
        // No settings sheet: nothing was ever highlighted by us.
        this.knownSheets = (known ?? []).filter((n) => !isSettingsSheet(n));
        return;
      }
      const sheetNames = sheets.map((s) => s.name);
      const settingsName = sheetNames.find(isSettingsSheet);
      if (!settingsName) return;
      if (!storeRange) {
        storeRange = worksheets.getItem(settingsName).getRange(HIGHLIGHT_STORE_RANGE).load('values');
        await context.sync();
      }
      const store = parseStore(storeRange.values);
      if (!Object.keys(store.cells).length) return;

      // Where each stored sheet is now: by id (follows renames), else by name.
      const targets: { stored: string; name: string }[] = [];
      for (const stored of Object.keys(store.cells)) {
        const id = store.ids?.[stored];
        const now = (id && sheets.find((s) => s.id === id)) || sheets.find((s) => sameName(s.name, stored));
        if (now) targets.push({ stored, name: now.name });
      }
      const protections = new Map<string, Excel.WorksheetProtection>();
      if (this.supports('1.2') && targets.length) {
        for (const t of targets)
          protections.set(t.stored, worksheets.getItem(t.name).protection.load('protected,options'));
        await context.sync();
      }
      const kept = emptyStore();
      const meter = new RequestMeter();
      for (const t of targets) {
        const p = protections.get(t.stored);
        if (p && p.protected && !p.options?.allowFormatCells) {
          // Cannot restore now: keep the originals for the next clear.
          kept.cells[t.stored] = {};
          for (const [cell, idx] of Object.entries(store.cells[t.stored]!))
            storeAdd(kept, t.stored, cell, store.fills[idx] ?? null);
          if (store.ids?.[t.stored]) (kept.ids ??= {})[t.stored] = store.ids[t.stored]!;
          continue;
        }
        const ws = worksheets.getItem(t.name);
        const byFill = new Map<number, { r: number; c: number }[]>();
        for (const [cell, idx] of Object.entries(store.cells[t.stored]!)) {
          const pt = parseA1(cell);
          if (!pt) continue;
          const list = byFill.get(idx);
          if (list) list.push({ r: pt.row, c: pt.col });
          else byFill.set(idx, [{ r: pt.row, c: pt.col }]);
        }
        for (const [idx, cells] of byFill) {
          const fill = store.fills[idx] ?? null;
          for (const address of this.areaAddresses(cells)) {
            const bytes = rangeOpBytes(address, fill) + (fill?.p && fill.p !== 'Solid' ? 2 * RANGE_OP_BYTES : 0);
            if (meter.wouldOverflow(bytes)) {
              await context.sync(); // 2+
              meter.reset();
            }
            meter.add(bytes);
            this.restoreFill(this.areas(ws, address).format.fill, fill);
          }
        }
      }
      this.writeStore(context, sheetNames, kept);
      await context.sync(); // last: restores and the store forgotten
    });
  }

  private restoreFill(target: Excel.RangeFill, fill: StoredFill | null): void {
    // No Fill, or a white read without ExcelApi 1.9 (No Fill and white were indistinguishable).
    if (!fill || (fill.p === undefined && fill.c.toUpperCase() === '#FFFFFF')) {
      target.clear();
      return;
    }
    target.color = fill.c; // a solid fill of that colour
    if (this.capabilities.pageLayout && fill.p !== undefined) {
      // RangeFill.pattern / tintAndShade / patternColor: ExcelApi 1.9.
      if (fill.p !== 'Solid') target.pattern = fill.p as Excel.FillPattern;
      if (fill.t !== undefined && fill.t !== null && fill.t !== 0) target.tintAndShade = fill.t;
      if (fill.pc && fill.p !== 'Solid') target.patternColor = fill.pc;
    }
  }

  /* ---------------------------------------------------------------- select / settings */

  async select(ref: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(ref.cell || 'A1').select();
      try {
        await context.sync(); // 1
      } catch (e) {
        if (isItemNotFound(e)) throw new Error(OFFICE_MSG.sheetNotFound(ref.sheet), { cause: e });
        if (errorCode(e) === 'InvalidOperation') throw new Error(OFFICE_MSG.sheetHidden(ref.sheet), { cause: e });
        throw e;
      }
    });
  }

  async writeSettings(settings: unknown): Promise<void> {
    const text = JSON.stringify(settings ?? {});
    if (text.length > 32767) throw new Error(OFFICE_MSG.settingsTooLong(text.length));
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name');
      await context.sync(); // 1
      const sheetNames = worksheets.items.map((w) => w.name);
      this.knownSheets = sheetNames;
      const cell = this.settingsSheet(context, sheetNames).getRange('A1');
      cell.numberFormat = [['@']];
      cell.values = [[text]];
      await context.sync(); // 2
    });
  }

  /**
   * The validation stamp and/or explanations (check-record.ts): 1 sync when the sheet list is
   * known from the read before (the usual "Kiểm tra": read, then stamp), else 2.
   */
  async writeCheckRecord(record: { stamp?: unknown; explanations?: unknown }): Promise<void> {
    const prepared = prepareCheckRecord(record);
    await this.run(async (context) => {
      const known = this.knownSheets;
      if (known) {
        try {
          queueCheckRecord(this.settingsSheet(context, [...known]), prepared);
          await context.sync(); // 1
          return;
        } catch (e) {
          // The sheet list changed since (settings sheet deleted, or made by another runtime):
          // nothing was written (the failing call comes before the writes); ask Excel and retry.
          if (!isItemNotFound(e) && errorCode(e) !== 'ItemAlreadyExists') throw e;
        }
      }
      const sheetNames = await this.refreshSheets(context);
      queueCheckRecord(this.settingsSheet(context, sheetNames), prepared);
      await context.sync();
    });
  }
}

interface HighlightRead {
  sheetKey: string;
  rect: Rect;
  /** The targets of the rectangle, row by row. */
  cells: HighlightRef[];
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface HighlightLoad {
  sheets: { name: string; id?: string }[];
  /** undefined when the store was not read (settings sheet believed missing) */
  store: HighlightStore | undefined;
  reads: HighlightRead[];
}

const FILL_PROPS = { color: true, pattern: true, tintAndShade: true, patternColor: true };
