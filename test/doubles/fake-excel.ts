/**
 * A fake of exactly the Excel JavaScript API subset that OfficeWorkbookPort uses, so the port
 * can be tested (and benchmarked) without Excel. It keeps Office's programming model:
 *
 * - Every call on a proxy only QUEUES an operation; `context.sync()` runs the queue in order
 *   and counts the round trip (`FakeExcel.syncCount`).
 * - A loaded property is readable only after the sync that ran its load; reading it earlier
 *   throws `PropertyNotLoaded` as Office does (this catches "sync per cell" mistakes and
 *   reads before sync).
 * - A failing operation rejects the sync; the rest of that batch is dropped (no rollback of
 *   what already ran, as in Office).
 * - Request and response payloads are estimated per sync and rejected above 5 MB
 *   (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, the Excel on the
 *   web limits), so chunking logic can be exercised.
 * - Input is parsed like Excel (en-US): a string written through `values` or `formulas`
 *   starting with "=" becomes a formula, "8/9" becomes a date serial, "1,250" a number,
 *   "-abc" a #NAME? formula — unless the cell's numberFormat is "@" (text) or the string
 *   starts with an apostrophe (quote prefix, not stored).
 * - "No Fill" reads back as color "#FFFFFF" (like a white fill); getCellProperties tells them
 *   apart with pattern "None" and tintAndShade null.
 * - Protected sheets reject writes to locked cells, and formatting unless allowFormatCells.
 * - `Excel.run` fails if the batch leaves queued operations that were never synced.
 * - A requirement level (`new FakeExcel({ apiVersion: '1.1' })`, default "1.13"): calling a
 *   method, setting or loading a property above it throws `ApiNotFound` at once (as an office.js
 *   too old for the call, or a host rejecting it). Levels follow the ExcelApi reference:
 *   1.2 getUsedRange(valuesOnly), merge, column widths/row heights, format protection, sheet
 *   protection, setting visibility; 1.4 *OrNullObject getters, names.add, NamedItem.comment;
 *   1.7 NamedItem.formula, hyperlink, freezePanes; 1.8 dataValidation; 1.9 pageLayout, cell
 *   properties; 1.13 getMergedAreasOrNullObject.
 *
 * Formulas are not evaluated: a formula's cached value comes from `FakeExcel.calc`
 * (default 0) or from what a test seeds.
 */
import { a1, parseA1, quoteSheet } from '../../src/domain/sheet/address';

/* ------------------------------------------------------------------ errors */

export type FakeErrorCode =
  | 'ApiNotFound'
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'AccessDenied'
  | 'InvalidObjectPath'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

/** Shaped like OfficeExtension.Error: a `code` string the caller can test. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

/* ------------------------------------------------------------------ model */

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeFill {
  color: string;
  pattern: string;
  tintAndShade: number | null;
  patternColor: string | null;
}

export interface FakeBorder {
  style: string;
  color?: string;
  weight?: string;
}

export interface FakeValidation {
  rule?: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title?: string; message?: string };
  errorAlert?: { showAlert: boolean; style?: string; title?: string; message?: string };
}

export interface FakeCell {
  /** '' when empty. For an error, the error text ("#DIV/0!"). */
  value: string | number | boolean;
  error?: boolean;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  /** null = No Fill */
  fill: FakeFill | null;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders: Record<string, FakeBorder>;
  locked: boolean;
  validation?: FakeValidation;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export type SeedCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | {
      value?: string | number | boolean;
      formula?: string;
      error?: string;
      date?: string;
      numberFormat?: string;
      fill?: string | null;
    };

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const MB5 = 5 * 1024 * 1024;
/** getMergedAreasOrNullObject fails on a range holding more merged areas than this. */
export const MAX_MERGED_AREAS = 512;
/** Longest address list the fake's getRanges accepts (Excel's limit for a reference text). */
export const MAX_AREAS_ADDRESS = 8192;

function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General', fill: null, font: {}, borders: {}, locked: true };
}

function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  yellow: '#FFFF00',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  orange: '#FFA500',
  pink: '#FFC0CB',
};

export function normalizeColor(color: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new FakeOfficeError('InvalidArgument', `Invalid color "${color}"`);
}

/** A1 / range / whole column / whole row address → rectangle. */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const s = bare.replace(/\$/g, '').trim().toUpperCase();
  const col = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (col) {
    const a = parseA1(`${col[1]}1`)!;
    const b = parseA1(`${col[2]}1`)!;
    return { r1: 0, c1: Math.min(a.col, b.col), r2: MAX_ROWS - 1, c2: Math.max(a.col, b.col) };
  }
  const row = /^(\d+):(\d+)$/.exec(s);
  if (row) {
    const a = Number(row[1]) - 1;
    const b = Number(row[2]) - 1;
    return { r1: Math.min(a, b), c1: 0, r2: Math.max(a, b), c2: MAX_COLS - 1 };
  }
  const [from, to] = s.split(':');
  const p = parseA1(from ?? '');
  const q = to === undefined ? p : parseA1(to);
  if (!p || !q || s.split(':').length > 2) throw new FakeOfficeError('InvalidArgument', `Invalid address "${address}"`);
  const rect = {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
  if (rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS)
    throw new FakeOfficeError('InvalidArgument', `Address out of the grid "${address}"`);
  return rect;
}

function rectA1(r: Rect): string {
  return r.r1 === r.r2 && r.c1 === r.c2 ? a1(r.r1, r.c1) : `${a1(r.r1, r.c1)}:${a1(r.r2, r.c2)}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function cellCount(r: Rect): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a value as JSON (what goes on the wire; Vietnamese letters take 2–3 bytes). */
function jsonSize(v: unknown): number {
  if (v === undefined) return 0;
  try {
    const text = JSON.stringify(v);
    return text === undefined ? 0 : utf8.encode(text).length;
  } catch {
    return 0;
  }
}

let sheetIds = 0;

export class FakeSheet {
  name: string;
  /** Worksheet.id: stable across renames, as Excel's. */
  readonly id = `{00000000-0001-0000-0000-${String(++sheetIds).padStart(12, '0')}}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string } = { protected: false };
  pageLayout: { orientation?: string; paperSize?: string; zoom?: Record<string, unknown>; printTitleRows?: string } =
    {};
  freeze: { rows: number; cols: number } = { rows: 0, cols: 0 };
  /** Whole-sheet default font (Calibri 11 like a new workbook). */
  defaultFont = { name: 'Calibri', size: 11 };

  constructor(
    name: string,
    private readonly wb: FakeExcel,
  ) {
    this.name = name;
  }

  private key(r: number, c: number): string {
    return `${r}:${c}`;
  }

  cellAt(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }

  ensure(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Test helper: the cell at an A1 address, or undefined when never touched. */
  get(address: string): FakeCell | undefined {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return this.cellAt(p.row, p.col);
  }

  /** Test helper: the fill of a cell (null = No Fill). */
  fillOf(address: string): FakeFill | null {
    return this.get(address)?.fill ?? null;
  }

  /** Test helper: seeds one cell directly (no parsing, no queue). Strings are stored as text. */
  set(address: string, seed: SeedCell): this {
    const p = parseA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    const cell = this.ensure(p.row, p.col);
    applySeed(cell, seed, this.wb);
    return this;
  }

  /** Test helper: seeds a block of rows starting at `topLeft`. */
  setRows(topLeft: string, rows: SeedCell[][]): this {
    const p = parseA1(topLeft);
    if (!p) throw new Error(`bad address ${topLeft}`);
    rows.forEach((row, i) =>
      row.forEach((seed, j) => {
        if (seed === undefined) return;
        applySeed(this.ensure(p.row + i, p.col + j), seed, this.wb);
      }),
    );
    return this;
  }

  /** Test helper: seeds a merged area. */
  merge(range: string): this {
    this.merges.push(parseAddress(range));
    return this;
  }

  usedRect(valuesOnly: boolean): Rect | undefined {
    let r: Rect | undefined;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== '' || cell.formula !== undefined;
      const hasFormat =
        cell.numberFormat !== 'General' ||
        cell.fill !== null ||
        Object.keys(cell.font).length > 0 ||
        Object.keys(cell.borders).length > 0 ||
        !cell.locked ||
        !!cell.validation;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, col] = k.split(':').map(Number) as [number, number];
      if (!r) r = { r1: row, c1: col, r2: row, c2: col };
      else {
        r.r1 = Math.min(r.r1, row);
        r.c1 = Math.min(r.c1, col);
        r.r2 = Math.max(r.r2, row);
        r.c2 = Math.max(r.c2, col);
      }
    }
    return r;
  }

  /** "'Sheet name'!A1:C5" as Office writes addresses. */
  address(rect: Rect): string {
    return `${quoteSheet(this.name)}!${rectA1(rect)}`;
  }
}

function applySeed(cell: FakeCell, seed: SeedCell, wb: FakeExcel): void {
  if (seed === null || seed === undefined) {
    cell.value = '';
    delete cell.formula;
    delete cell.error;
    return;
  }
  if (typeof seed !== 'object') {
    cell.value = seed;
    delete cell.formula;
    delete cell.error;
    return;
  }
  if (seed.numberFormat !== undefined) cell.numberFormat = seed.numberFormat;
  if (seed.fill !== undefined)
    cell.fill =
      seed.fill === null
        ? null
        : { color: normalizeColor(seed.fill), pattern: 'Solid', tintAndShade: 0, patternColor: null };
  if (seed.date !== undefined) {
    cell.value = isoToSerial(seed.date) - (wb.date1904 ? 1462 : 0);
    if (seed.numberFormat === undefined) cell.numberFormat = 'dd/mm/yyyy';
  }
  if (seed.formula !== undefined) {
    cell.formula = seed.formula;
    cell.value = seed.value ?? (seed.error !== undefined ? seed.error : wb.calc(seed.formula, '', ''));
  } else if (seed.value !== undefined) {
    cell.value = seed.value;
  }
  if (seed.error !== undefined) {
    cell.value = seed.error;
    cell.error = true;
  }
}

/* ------------------------------------------------------------------ request context */

type Op = { run: () => void; bytes: number };

/**
 * The request size model, calibrated against Office.js's serializer (test/office/calibration
 * .test.ts): every queued call costs its object path and Instantiate/Query/Method action
 * (OP_REQUEST_BYTES) plus its arguments as UTF-8 JSON; a write through a navigation property
 * (range.format, .format.fill, .font, .protection, .dataValidation) also pays that path's
 * object, once per proxy (NAV_REQUEST_BYTES a level).
 */
export const OP_REQUEST_BYTES = 170;
export const NAV_REQUEST_BYTES = 150;

export class FakeContext {
  ops: Op[] = [];
  readonly workbook: WorkbookProxy;
  /** Response bytes of the sync in progress. */
  responseBytes = 0;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(run: () => void, bytes = 100): void {
    this.ops.push({ run, bytes: OP_REQUEST_BYTES + bytes });
  }

  addResponse(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > this.fake.maxResponseBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `Response payload over ${this.fake.maxResponseBytes} bytes`,
      );
    }
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.fake.syncCount++;
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.fake.peakRequestBytes = Math.max(this.fake.peakRequestBytes, requestBytes);
    this.fake.requestLog.push({ ops: ops.length, bytes: requestBytes });
    if (requestBytes > this.fake.maxRequestBytes) {
      this.fake.failedSyncs++;
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `Request payload ${requestBytes} bytes over ${this.fake.maxRequestBytes}`,
      );
    }
    this.responseBytes = 0;
    await Promise.resolve();
    try {
      this.fake.onSync?.(this.fake.syncCount - 1);
      for (const op of ops) op.run();
    } catch (e) {
      this.fake.failedSyncs++;
      throw e;
    } finally {
      this.fake.responseBytesTotal += this.responseBytes;
    }
    this.fake.peakResponseBytes = Math.max(this.fake.peakResponseBytes, this.responseBytes);
  }
}

/* ------------------------------------------------------------------ proxy base */

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s));
  return parseLoad(spec.select);
}

abstract class ProxyBase {
  protected readonly props = new Map<string, unknown>();
  protected nullState: 'unknown' | 'null' | 'value' = 'unknown';
  /** Navigation levels below a range/worksheet (format = 1, format.fill = 2): see NAV_REQUEST_BYTES. */
  protected navLevels = 0;
  private navPaid = false;

  /** The navigation objects' request bytes, the first time this proxy is written to. */
  protected navBytes(): number {
    if (this.navPaid) return 0;
    this.navPaid = true;
    return this.navLevels * NAV_REQUEST_BYTES;
  }

  constructor(readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (this.nullState === 'unknown')
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is only known after context.sync()');
    return this.nullState === 'null';
  }

  protected read<T>(prop: string): T {
    if (this.nullState === 'null')
      throw new FakeOfficeError(
        'InvalidObjectPath',
        `Cannot read '${prop}' of a null object: check isNullObject first.`,
      );
    if (!this.props.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.props.get(prop) as T;
  }

  /** Loads properties now (inside an op already running: a navigation load's items). */
  loadNow(props: string[]): void {
    for (const p of props) {
      const v = this.fetch(p);
      this.context.addResponse(jsonSize(v) + p.length + 4);
      this.props.set(p, v);
    }
  }

  /** Queues a property write; the local value is readable right away (as in Office). */
  protected write(prop: string, value: unknown, apply: () => void): void {
    this.props.set(prop, value);
    this.context.queue(apply, jsonSize(value) + prop.length + this.navBytes());
  }

  protected abstract scalarProps(): string[];
  protected abstract fetch(prop: string): unknown;

  /** The ExcelApi level a property needs (undefined: 1.1). Checked on load. */
  protected minApi(_prop: string): string | undefined {
    return undefined;
  }

  /** Sub-objects reachable by "format/fill/color" style paths. */
  protected child(_name: string): ProxyBase | undefined {
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const wanted = parseLoad(spec);
    // A bare load() loads what the host has; a named property above its level throws.
    const props = wanted.length
      ? wanted
      : this.scalarProps().filter((p) => this.context.fake.supports(this.minApi(p) ?? '1.1'));
    const own: string[] = [];
    for (const p of props) {
      const slash = p.indexOf('/');
      if (slash > 0 && p.slice(0, slash) !== 'items') {
        const child = this.child(p.slice(0, slash));
        if (!child) throw new FakeOfficeError('InvalidArgument', `Cannot load "${p}"`);
        child.load(p.slice(slash + 1));
      } else own.push(p);
    }
    if (own.length) {
      for (const p of own) {
        if (!this.scalarProps().includes(p))
          throw new FakeOfficeError('InvalidArgument', `Unknown property "${p}" on ${this.constructor.name}`);
        const need = this.minApi(p);
        if (need) this.context.fake.requireApi(need, `${this.constructor.name.replace(/Proxy$/, '')}.${p}`);
      }
      this.context.queue(
        () => {
          if (this.nullState === 'null') return; // loading a null object loads nothing
          for (const p of own) {
            const v = this.fetch(p);
            this.context.addResponse(jsonSize(v) + p.length + 4);
            this.props.set(p, v);
          }
        },
        40 + own.join(',').length,
      );
    }
    return this;
  }
}

/* ------------------------------------------------------------------ workbook */

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly functions: FunctionsProxy;
  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.functions = new FunctionsProxy(context);
  }

  /** Workbook.getSelectedRange (ExcelApi 1.1): the range `fake.selection` names (A1 of the first sheet by default). */
  getSelectedRange(): RangeProxy {
    const ws = new WorksheetProxy(this.context);
    const r = new RangeProxy(this.context, ws);
    this.context.queue(() => {
      const fake = this.context.fake;
      const sel = fake.selection ?? (fake.sheets[0] ? { sheet: fake.sheets[0].name, address: 'A1' } : undefined);
      const sheet = sel ? fake.findSheet(sel.sheet) : undefined;
      if (!sel || !sheet) throw new FakeOfficeError('ItemNotFound', 'Nothing is selected');
      ws.bind(sheet);
      r.bindRect(parseAddress(sel.address));
    });
    return r;
  }
}

/** Workbook.functions (ExcelApi 1.2): only DATE, which answers in the workbook's date system. */
class FunctionsProxy {
  constructor(private readonly context: FakeContext) {}

  date(year: number, month: number, day: number): FunctionResultProxy {
    this.context.fake.requireApi('1.2', 'Workbook.functions');
    const result = new FunctionResultProxy(this.context);
    this.context.queue(() => {
      const serial = Date.UTC(year, month - 1, day) / 86400000 + 25569;
      const fake = this.context.fake;
      const v = fake.date1904 ? serial - 1462 : serial < 61 ? serial - 1 : serial;
      result.bind(v < 0 ? '#NUM!' : v, v < 0 ? '#NUM!' : null);
    }, 30);
    return result;
  }
}

class FunctionResultProxy extends ProxyBase {
  private v: unknown;
  private e: string | null = null;
  bind(v: unknown, error: string | null): void {
    this.v = v;
    this.e = error;
    this.nullState = 'value';
  }
  protected scalarProps(): string[] {
    return ['value', 'error'];
  }
  protected fetch(prop: string): unknown {
    return prop === 'value' ? this.v : this.e;
  }
  get value(): unknown {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }
}

class WorksheetCollectionProxy extends ProxyBase {
  private loadedItems?: WorksheetProxy[];

  get items(): WorksheetProxy[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load('items/...') and sync first.",
      );
    return this.loadedItems;
  }

  protected scalarProps(): string[] {
    return [];
  }

  protected fetch(): unknown {
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const props = parseLoad(spec)
      .map((p) => (p.startsWith('items/') ? p.slice(6) : p))
      .filter((p) => p !== 'items');
    const itemProps = props.length ? props : WorksheetProxy.SCALARS;
    for (const p of itemProps)
      if (!WorksheetProxy.SCALARS.includes(p))
        throw new FakeOfficeError('InvalidArgument', `Unknown worksheet property "${p}"`);
    this.context.queue(() => {
      const fake = this.context.fake;
      this.loadedItems = fake.sheets.map((s) => {
        const ws = new WorksheetProxy(this.context);
        ws.bind(s);
        ws.setLoaded(itemProps);
        return ws;
      });
      this.context.addResponse(fake.sheets.length * 40);
    }, 60);
    return this;
  }

  add(name?: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.context);
    this.context.queue(() => {
      const fake = this.context.fake;
      const wanted = name ?? `Sheet${fake.sheets.length + 1}`;
      fake.guardStructure('add a sheet');
      validateSheetName(wanted);
      if (fake.findSheet(wanted))
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${wanted}" already exists`);
      const sheet = new FakeSheet(wanted, fake);
      fake.sheets.push(sheet);
      ws.bind(sheet);
    }, jsonSize(name));
    return ws;
  }

  getItem(name: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.context);
    this.context.queue(() => {
      const s = this.context.fake.findSheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (worksheet "${name}").`);
      ws.bind(s);
    }, jsonSize(name));
    return ws;
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    this.context.fake.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
    const ws = new WorksheetProxy(this.context);
    this.context.queue(() => {
      const s = this.context.fake.findSheet(name);
      if (s) ws.bind(s);
      else ws.bindNull();
    }, jsonSize(name));
    return ws;
  }

  getActiveWorksheet(): WorksheetProxy {
    const ws = new WorksheetProxy(this.context);
    this.context.queue(() => {
      const s = this.context.fake.activeSheet ?? this.context.fake.sheets[0];
      if (!s) throw new FakeOfficeError('ItemNotFound', 'No sheet');
      ws.bind(s);
    });
    return ws;
  }
}

function validateSheetName(name: string): void {
  if (
    !name.trim() ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new FakeOfficeError('InvalidArgument', `Invalid sheet name "${name}"`);
  }
}

class WorksheetProxy extends ProxyBase {
  static readonly SCALARS = ['name', 'visibility', 'position', 'id'];
  private sheet?: FakeSheet;
  readonly protection: WorksheetProtectionProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly freezePanes: FreezePanesProxy;

  constructor(context: FakeContext) {
    super(context);
    this.protection = new WorksheetProtectionProxy(context, this);
    this.pageLayout = new PageLayoutProxy(context, this);
    this.freezePanes = new FreezePanesProxy(context, this);
  }

  bind(s: FakeSheet): void {
    this.sheet = s;
    this.nullState = 'value';
  }

  bindNull(): void {
    this.nullState = 'null';
  }

  setLoaded(props: string[]): void {
    for (const p of props) this.props.set(p, this.fetch(p));
  }

  /** The sheet, when the op creating this proxy has run. */
  target(): FakeSheet {
    if (this.nullState === 'null')
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The worksheet is a null object: methods and properties cannot be used on it.',
      );
    if (!this.sheet) throw new FakeOfficeError('InvalidObjectPath', 'The worksheet proxy was not resolved');
    return this.sheet;
  }

  protected scalarProps(): string[] {
    return WorksheetProxy.SCALARS;
  }

  protected fetch(prop: string): unknown {
    const s = this.target();
    switch (prop) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.context.fake.sheets.indexOf(s);
      case 'id':
        return s.id;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.write('name', value, () => {
      const s = this.target();
      this.context.fake.guardStructure('rename a sheet');
      validateSheetName(value);
      const other = this.context.fake.findSheet(value);
      if (other && other !== s)
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${value}" already exists`);
      s.name = value;
    });
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(value: string) {
    this.context.fake.requireApi('1.2', 'setting Worksheet.visibility');
    this.write('visibility', value, () => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden')
        throw new FakeOfficeError('InvalidArgument', `Invalid visibility ${value}`);
      const s = this.target();
      if (s.visibility !== value) this.context.fake.guardStructure('hide or show a sheet');
      if (value !== 'Visible') {
        const visible = this.context.fake.sheets.filter((x) => x !== s && x.visibility === 'Visible');
        if (!visible.length)
          throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet');
        if (this.context.fake.activeSheet === s) this.context.fake.activeSheet = visible[0];
      }
      s.visibility = value;
    });
  }

  activate(): void {
    this.context.queue(() => {
      const s = this.target();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet');
      this.context.fake.activeSheet = s;
    });
  }

  delete(): void {
    this.context.queue(() => {
      const fake = this.context.fake;
      const s = this.target();
      fake.guardStructure('delete a sheet');
      fake.sheets = fake.sheets.filter((x) => x !== s);
      for (const n of fake.names) if (n.sheet === s) n.sheet = null;
      if (fake.activeSheet === s) fake.activeSheet = fake.sheets.find((x) => x.visibility === 'Visible');
    });
  }

  getRange(address?: string): RangeProxy {
    const r = new RangeProxy(this.context, this);
    this.context.queue(() => {
      this.target();
      r.bindRect(address === undefined ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 } : parseAddress(address));
    }, jsonSize(address));
    return r;
  }

  /** Worksheet.getRanges (ExcelApi 1.9): "A1:B2, D5" → the areas, written to as one. */
  getRanges(address: string): RangeListProxy {
    this.context.fake.requireApi('1.9', 'Worksheet.getRanges');
    const list = new RangeListProxy(this.context);
    this.context.queue(() => {
      const rects = address.split(/[,;]/).map((a) => parseAddress(a.trim()));
      if (address.length > MAX_AREAS_ADDRESS)
        throw new FakeOfficeError('InvalidArgument', `getRanges address over ${MAX_AREAS_ADDRESS} characters`);
      list.bind(
        rects.map((rect) => {
          const r = new RangeProxy(this.context, this);
          r.bindRect(rect);
          return r;
        }),
      );
    }, jsonSize(address));
    return list;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.context.fake.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
    const r = new RangeProxy(this.context, this);
    this.context.queue(() => {
      const rect = this.target().usedRect(!!valuesOnly);
      if (rect) r.bindRect(rect);
      else r.bindNull();
    });
    return r;
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.context.fake.requireApi('1.2', 'Worksheet.getUsedRange(valuesOnly)');
    const r = new RangeProxy(this.context, this);
    this.context.queue(() => {
      r.bindRect(this.target().usedRect(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 });
    });
    return r;
  }
}

class WorksheetProtectionProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }

  protected scalarProps(): string[] {
    return ['protected', 'options'];
  }

  protected fetch(prop: string): unknown {
    const p = this.ws.target().protection;
    return prop === 'protected' ? p.protected : p.options;
  }

  protected override minApi(): string {
    return '1.2';
  }

  get protected(): boolean {
    return this.read('protected');
  }

  get options(): Record<string, unknown> {
    return this.read('options');
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.fake.requireApi('1.2', 'WorksheetProtection.protect');
    if (options?.selectionMode !== undefined)
      this.context.fake.requireApi('1.7', 'WorksheetProtectionOptions.selectionMode');
    if (password !== undefined) this.context.fake.requireApi('1.7', 'WorksheetProtection.protect(password)');
    this.context.queue(() => {
      const s = this.ws.target();
      if (s.protection.protected) throw new FakeOfficeError('InvalidOperation', 'The sheet is already protected');
      s.protection = {
        protected: true,
        options: { ...(options ?? {}) },
        ...(password !== undefined ? { password } : {}),
      };
    }, jsonSize(options));
  }

  unprotect(password?: string): void {
    this.context.fake.requireApi('1.2', 'WorksheetProtection.unprotect');
    this.context.queue(() => {
      const s = this.ws.target();
      if (s.protection.password !== undefined && s.protection.password !== password)
        throw new FakeOfficeError('InvalidArgument', 'Wrong password');
      s.protection = { protected: false };
    });
  }
}

class PageLayoutProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }

  protected scalarProps(): string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }

  protected override minApi(): string {
    return '1.9';
  }

  protected fetch(prop: string): unknown {
    const p = this.ws.target().pageLayout as Record<string, unknown>;
    return p[prop];
  }

  private requireApi(): void {
    this.context.fake.requireApi('1.9', 'Worksheet.pageLayout');
  }

  get orientation(): string {
    return this.read('orientation');
  }

  set orientation(v: string) {
    this.requireApi();
    this.write('orientation', v, () => {
      if (v !== 'Landscape' && v !== 'Portrait') throw new FakeOfficeError('InvalidArgument', `orientation ${v}`);
      this.ws.target().pageLayout.orientation = v;
    });
  }

  get paperSize(): string {
    return this.read('paperSize');
  }

  set paperSize(v: string) {
    this.requireApi();
    this.write('paperSize', v, () => {
      if (!/^(A3|A4|A5|Letter|Legal)$/.test(v)) throw new FakeOfficeError('InvalidArgument', `paperSize ${v}`);
      this.ws.target().pageLayout.paperSize = v;
    });
  }

  get zoom(): Record<string, unknown> {
    return this.read('zoom');
  }

  set zoom(v: Record<string, unknown>) {
    this.requireApi();
    this.write('zoom', v, () => {
      this.ws.target().pageLayout.zoom = { ...v };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.requireApi();
    this.context.queue(() => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new FakeOfficeError('InvalidArgument', `print title rows ${rows}`);
      this.ws.target().pageLayout.printTitleRows = rows;
    });
  }
}

class FreezePanesProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {}

  freezeRows(count = 1): void {
    this.context.fake.requireApi('1.7', 'WorksheetFreezePanes.freezeRows');
    this.context.queue(() => {
      this.ws.target().freeze = { rows: count, cols: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.context.fake.requireApi('1.7', 'WorksheetFreezePanes.freezeColumns');
    this.context.queue(() => {
      this.ws.target().freeze = { rows: 0, cols: count };
    });
  }

  freezeAt(range: string | RangeProxy): void {
    this.context.fake.requireApi('1.7', 'WorksheetFreezePanes.freezeAt');
    this.context.queue(() => {
      const rect = typeof range === 'string' ? parseAddress(range) : range.rect();
      if (rect.r1 !== 0 || rect.c1 !== 0)
        throw new FakeOfficeError('InvalidArgument', 'freezeAt needs a range starting at A1');
      this.ws.target().freeze = { rows: rect.r2 + 1, cols: rect.c2 + 1 };
    });
  }

  unfreeze(): void {
    this.context.fake.requireApi('1.7', 'WorksheetFreezePanes.unfreeze');
    this.context.queue(() => {
      this.ws.target().freeze = { rows: 0, cols: 0 };
    });
  }
}

/* ------------------------------------------------------------------ names */

export interface FakeName {
  name: string;
  /** null when the sheet was deleted (formula becomes =#REF!) */
  sheet: FakeSheet | null;
  address: string;
  comment?: string;
}

function validateDefinedName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255)
    throw new FakeOfficeError('InvalidArgument', `Invalid name "${name}"`);
  if (/^[A-Za-z]{1,3}\d{1,7}$/.test(name) || /^[RrCc]\d*$/.test(name) || /^R\d+C\d+$/i.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `The name "${name}" looks like a cell reference`);
  }
}

function nameFormula(n: FakeName): string {
  // Excel keeps the cell part when the sheet goes: "=#REF!$A$1" (type "Error", value "#REF!").
  if (!n.sheet) return `=#REF!${n.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
  const abs = n.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `=${quoteSheet(n.sheet.name)}!${abs}`;
}

class NamedItemCollectionProxy extends ProxyBase {
  private loadedItems?: NamedItemProxy[];

  get items(): NamedItemProxy[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load('items/...') and sync first.",
      );
    return this.loadedItems;
  }

  protected scalarProps(): string[] {
    return [];
  }

  protected fetch(): unknown {
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const props = parseLoad(spec)
      .map((p) => (p.startsWith('items/') ? p.slice(6) : p))
      .filter((p) => p !== 'items');
    const itemProps = props.length ? props : NamedItemProxy.SCALARS;
    for (const p of itemProps) {
      if (!NamedItemProxy.SCALARS.includes(p))
        throw new FakeOfficeError('InvalidArgument', `Unknown name property "${p}"`);
      if (p === 'formula') this.context.fake.requireApi('1.7', 'NamedItem.formula');
      if (p === 'comment') this.context.fake.requireApi('1.4', 'NamedItem.comment');
    }
    this.context.queue(() => {
      this.loadedItems = this.context.fake.names.map((n) => {
        const item = new NamedItemProxy(this.context, n);
        item.setLoaded(itemProps);
        this.context.addResponse(80);
        return item;
      });
    }, 60);
    return this;
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this.context.fake.requireApi('1.4', 'NamedItemCollection.add');
    const holder: { n?: FakeName } = {};
    const item = new NamedItemProxy(this.context, holder);
    this.context.queue(
      () => {
        const fake = this.context.fake;
        validateDefinedName(name);
        if (fake.names.some((n) => n.name.toUpperCase() === name.toUpperCase()))
          throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists`);
        if (comment !== undefined && comment.length > 255)
          throw new FakeOfficeError('InvalidArgument', 'Comment over 255 characters');
        let entry: FakeName;
        if (typeof reference === 'string') {
          const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
          if (!m) throw new FakeOfficeError('InvalidArgument', `Unsupported reference ${reference}`);
          const sheet = fake.findSheet((m[1] ?? m[2] ?? '').replace(/''/g, "'"));
          if (!sheet) throw new FakeOfficeError('InvalidReference', reference);
          entry = { name, sheet, address: rectA1(parseAddress(m[3]!)) };
        } else {
          entry = { name, sheet: reference.sheetTarget(), address: rectA1(reference.rect()) };
        }
        if (comment !== undefined) entry.comment = comment;
        fake.names.push(entry);
        holder.n = entry;
        item.resolve();
      },
      name.length + (comment?.length ?? 0),
    );
    return item;
  }
}

class NamedItemProxy extends ProxyBase {
  static readonly SCALARS = ['name', 'type', 'formula', 'value', 'comment', 'visible'];
  private readonly holder: { n?: FakeName };

  constructor(context: FakeContext, n: FakeName | { n?: FakeName }) {
    super(context);
    this.holder = 'address' in n ? { n: n as FakeName } : (n as { n?: FakeName });
    if (this.holder.n) this.nullState = 'value';
  }

  resolve(): void {
    this.nullState = 'value';
  }

  setLoaded(props: string[]): void {
    for (const p of props) this.props.set(p, this.fetch(p));
  }

  protected scalarProps(): string[] {
    return NamedItemProxy.SCALARS;
  }

  protected fetch(prop: string): unknown {
    const n = this.holder.n;
    if (!n) throw new FakeOfficeError('InvalidObjectPath', 'Unresolved name');
    switch (prop) {
      case 'name':
        return n.name;
      case 'type':
        return n.sheet ? 'Range' : 'Error';
      case 'formula':
        return nameFormula(n);
      case 'value':
        return n.sheet ? nameFormula(n).slice(1) : '#REF!';
      case 'comment':
        return n.comment ?? '';
      case 'visible':
        return true;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get formula(): string {
    return this.read('formula');
  }
  get value(): unknown {
    return this.read('value');
  }
  get comment(): string {
    return this.read('comment');
  }
}

/* ------------------------------------------------------------------ ranges */

type CellVisitor = (cell: FakeCell, r: number, c: number) => void;

class RangeProxy extends ProxyBase {
  static readonly SCALARS = [
    'values',
    'formulas',
    'numberFormat',
    'valueTypes',
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'cellCount',
    'hyperlink',
  ];
  private r?: Rect;
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  constructor(
    context: FakeContext,
    readonly ws: WorksheetProxy,
  ) {
    super(context);
    this.format = new RangeFormatProxy(context, this);
    this.dataValidation = new DataValidationProxy(context, this);
  }

  bindRect(r: Rect): void {
    this.r = r;
    this.nullState = 'value';
  }

  bindNull(): void {
    this.nullState = 'null';
  }

  rect(): Rect {
    if (this.nullState === 'null') throw new FakeOfficeError('InvalidObjectPath', 'The range is a null object.');
    if (!this.r) throw new FakeOfficeError('InvalidObjectPath', 'The range proxy was not resolved');
    return this.r;
  }

  sheetTarget(): FakeSheet {
    return this.ws.target();
  }

  /** Range.worksheet: the sheet the range is on. */
  get worksheet(): WorksheetProxy {
    return this.ws;
  }

  /** Visits every cell of the range (creating them), refusing absurd sizes. */
  each(fn: CellVisitor, create = true): void {
    const r = this.rect();
    if (cellCount(r) > 2_000_000)
      throw new FakeOfficeError('InvalidArgument', 'Fake refuses to iterate over more than 2,000,000 cells');
    const s = this.sheetTarget();
    for (let row = r.r1; row <= r.r2; row++) {
      for (let col = r.c1; col <= r.c2; col++) {
        const cell = create ? s.ensure(row, col) : (s.cellAt(row, col) ?? emptyCell());
        fn(cell, row, col);
      }
    }
  }

  grid<T>(fn: (cell: FakeCell, r: number, c: number) => T): T[][] {
    const r = this.rect();
    if (cellCount(r) > 2_000_000)
      throw new FakeOfficeError('InvalidArgument', 'Fake refuses to read more than 2,000,000 cells');
    const s = this.sheetTarget();
    const out: T[][] = [];
    for (let row = r.r1; row <= r.r2; row++) {
      const line: T[] = [];
      for (let col = r.c1; col <= r.c2; col++) line.push(fn(s.cellAt(row, col) ?? emptyCell(), row, col));
      out.push(line);
    }
    return out;
  }

  /** Rejects a change on a protected sheet unless allowed. */
  guard(kind: 'content' | 'format' | 'structure' | 'columns' | 'rows'): void {
    const s = this.sheetTarget();
    if (!s.protection.protected) return;
    const o = s.protection.options ?? {};
    const deny = (): never => {
      throw new FakeOfficeError(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet (${s.name}).`,
      );
    };
    if (kind === 'format' && !o.allowFormatCells) deny();
    if (kind === 'columns' && !o.allowFormatColumns) deny();
    if (kind === 'rows' && !o.allowFormatRows) deny();
    if (kind === 'structure') deny();
    if (kind === 'content') this.each((cell) => cell.locked && deny(), false);
  }

  private checkShape(values: unknown, what: string): unknown[][] {
    const r = this.rect();
    if (
      !Array.isArray(values) ||
      values.length !== r.r2 - r.r1 + 1 ||
      values.some((row) => !Array.isArray(row) || row.length !== r.c2 - r.c1 + 1)
    ) {
      // Office accepts a single scalar for the whole range too.
      if (!Array.isArray(values))
        return Array.from({ length: r.r2 - r.r1 + 1 }, () => Array.from({ length: r.c2 - r.c1 + 1 }, () => values));
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
      );
    }
    return values as unknown[][];
  }

  protected scalarProps(): string[] {
    return RangeProxy.SCALARS;
  }

  protected override minApi(prop: string): string | undefined {
    return prop === 'hyperlink' ? '1.7' : undefined;
  }

  protected override child(name: string): ProxyBase | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected fetch(prop: string): unknown {
    const r = this.rect();
    const s = this.sheetTarget();
    switch (prop) {
      case 'values':
        return this.grid((c) => c.value);
      case 'formulas':
        return this.grid((c) => c.formula ?? c.value);
      case 'numberFormat':
        return this.grid((c) => c.numberFormat);
      case 'valueTypes':
        return this.grid((c) =>
          c.error
            ? 'Error'
            : c.value === ''
              ? 'Empty'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      case 'address':
        return s.address(r);
      case 'rowIndex':
        return r.r1;
      case 'columnIndex':
        return r.c1;
      case 'rowCount':
        return r.r2 - r.r1 + 1;
      case 'columnCount':
        return r.c2 - r.c1 + 1;
      case 'cellCount':
        return cellCount(r);
      case 'hyperlink':
        return s.cellAt(r.r1, r.c1)?.hyperlink ?? null;
      default:
        return undefined;
    }
  }

  private writeInputs(values: unknown, prop: string): void {
    this.write(prop, values, () => {
      const grid = this.checkShape(values, prop);
      this.guard('content');
      const r = this.rect();
      this.each((cell, row, col) => {
        const v = grid[row - r.r1]![col - r.c1];
        enterValue(cell, v, this.context.fake, this.sheetTarget(), row, col);
      });
    });
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.writeInputs(v, 'values');
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeInputs(v, 'formulas');
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', v, () => {
      const grid = this.checkShape(v, 'numberFormat');
      this.guard('format');
      const r = this.rect();
      this.each((cell, row, col) => {
        const f = grid[row - r.r1]![col - r.c1];
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw new FakeOfficeError('InvalidArgument', 'numberFormat must be text');
        cell.numberFormat = f;
      });
    });
  }

  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  get cellCount(): number {
    return this.read('cellCount');
  }

  get hyperlink(): FakeCell['hyperlink'] {
    return this.read('hyperlink');
  }
  set hyperlink(link: FakeCell['hyperlink']) {
    this.context.fake.requireApi('1.7', 'Range.hyperlink');
    this.write('hyperlink', link, () => {
      this.guard('content');
      if (
        link?.documentReference !== undefined &&
        !/^(?:'(?:[^']|'')+'|[^!']+)!\$?[A-Z]{1,3}\$?\d+$/.test(link.documentReference)
      ) {
        throw new FakeOfficeError('InvalidArgument', `Bad documentReference ${link.documentReference}`);
      }
      this.each((cell) => {
        if (!link) delete cell.hyperlink;
        else {
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) {
            cell.value = link.textToDisplay;
            delete cell.formula;
            delete cell.error;
          }
        }
      });
    });
  }

  merge(across = false): void {
    this.context.fake.requireApi('1.2', 'Range.merge');
    this.context.queue(() => {
      this.guard('structure');
      const r = this.rect();
      const s = this.sheetTarget();
      const parts: Rect[] = across
        ? Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => ({ r1: r.r1 + i, c1: r.c1, r2: r.r1 + i, c2: r.c2 }))
        : [r];
      for (const p of parts) {
        if (cellCount(p) < 2) continue;
        if (s.merges.some((m) => intersects(m, p)))
          throw new FakeOfficeError('InvalidOperation', `Cannot merge ${rectA1(p)}: overlaps another merged area`);
        // Excel keeps only the top-left value.
        for (let row = p.r1; row <= p.r2; row++)
          for (let col = p.c1; col <= p.c2; col++) {
            if (row === p.r1 && col === p.c1) continue;
            const c = s.cellAt(row, col);
            if (c) {
              c.value = '';
              delete c.formula;
              delete c.error;
            }
          }
        s.merges.push(p);
      }
    });
  }

  unmerge(): void {
    this.context.fake.requireApi('1.2', 'Range.unmerge');
    this.context.queue(() => {
      const r = this.rect();
      const s = this.sheetTarget();
      s.merges = s.merges.filter((m) => !intersects(m, r));
    });
  }

  select(): void {
    this.context.queue(() => {
      const s = this.sheetTarget();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select on a hidden sheet');
      this.context.fake.activeSheet = s;
      this.context.fake.selection = { sheet: s.name, address: rectA1(this.rect()) };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.fake.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    const areas = new RangeAreasProxy(this.context);
    this.context.queue(() => {
      const r = this.rect();
      const s = this.sheetTarget();
      if (this.context.fake.refuseMergedAreas)
        throw new FakeOfficeError('InvalidOperation', 'This operation is not supported for this range.');
      const found = s.merges.filter((m) => intersects(m, r));
      // Excel refuses a range holding more merged areas than this (the whole batch fails).
      if (found.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError('InvalidOperation', `The range has more than ${MAX_MERGED_AREAS} merged areas.`);
      if (found.length) areas.bind(s, found);
      else areas.bindNull();
    });
    return areas;
  }

  /** Range.getRow (ExcelApi 1.1): one row of the range (Office.js splits big writes with it). */
  getRow(row: number): RangeProxy {
    const out = new RangeProxy(this.context, this.ws);
    this.context.queue(() => {
      const a = this.rect();
      if (row < 0 || a.r1 + row > a.r2) throw new FakeOfficeError('InvalidArgument', `Row ${row} outside the range`);
      out.bindRect({ ...a, r1: a.r1 + row, r2: a.r1 + row });
    }, 30);
    return out;
  }

  /** Range.getBoundingRect (ExcelApi 1.1). */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    const out = new RangeProxy(this.context, this.ws);
    this.context.queue(() => {
      const a = this.rect();
      const b = typeof other === 'string' ? parseAddress(other) : other.rect();
      out.bindRect({
        r1: Math.min(a.r1, b.r1),
        c1: Math.min(a.c1, b.c1),
        r2: Math.max(a.r2, b.r2),
        c2: Math.max(a.c2, b.c2),
      });
    }, 40);
    return out;
  }

  /** Range.getIntersectionOrNullObject (ExcelApi 1.4). */
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    this.context.fake.requireApi('1.4', 'Range.getIntersectionOrNullObject');
    const out = new RangeProxy(this.context, this.ws);
    this.context.queue(() => {
      const a = this.rect();
      const b = typeof other === 'string' ? parseAddress(other) : other.rect();
      if (!intersects(a, b)) out.bindNull();
      else
        out.bindRect({
          r1: Math.max(a.r1, b.r1),
          c1: Math.max(a.c1, b.c1),
          r2: Math.min(a.r2, b.r2),
          c2: Math.min(a.c2, b.c2),
        });
    }, 40);
    return out;
  }

  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): only "Formulas" (column runs of formula cells). */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    this.context.fake.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
    if (cellType !== 'Formulas')
      throw new FakeOfficeError('InvalidArgument', `The fake supports only Formulas, not ${cellType}`);
    const areas = new RangeAreasProxy(this.context, this.ws);
    this.context.queue(() => {
      const r = this.rect();
      const s = this.sheetTarget();
      const found: Rect[] = [];
      for (let col = r.c1; col <= r.c2; col++) {
        let start = -1;
        for (let row = r.r1; row <= r.r2 + 1; row++) {
          const has = row <= r.r2 && s.cellAt(row, col)?.formula !== undefined;
          if (has && start < 0) start = row;
          if (!has && start >= 0) {
            found.push({ r1: start, c1: col, r2: row - 1, c2: col });
            start = -1;
          }
        }
      }
      if (found.length) areas.bind(s, found);
      else areas.bindNull();
    }, 40);
    return areas;
  }

  getCellProperties(options: {
    format?: { fill?: Record<string, boolean> };
    address?: boolean;
  }): ClientResult<unknown[][]> {
    this.context.fake.requireApi('1.9', 'Range.getCellProperties');
    const result = new ClientResult<unknown[][]>();
    this.context.queue(() => {
      const s = this.sheetTarget();
      const wanted = options.format?.fill ?? {};
      const grid = this.grid((cell, row, col) => {
        const out: Record<string, unknown> = {};
        if (options.address) out.address = `${quoteSheet(s.name)}!${a1(row, col)}`;
        if (options.format?.fill) {
          const f = cell.fill;
          const full: Record<string, unknown> = f
            ? { color: f.color, pattern: f.pattern, tintAndShade: f.tintAndShade, patternColor: f.patternColor }
            : { color: '#FFFFFF', pattern: 'None', tintAndShade: null, patternColor: null };
          const fill: Record<string, unknown> = {};
          for (const k of Object.keys(wanted)) if (wanted[k]) fill[k] = full[k];
          out.format = { fill };
        }
        return out;
      });
      this.context.addResponse(jsonSize(grid));
      result.set(grid);
    }, jsonSize(options));
    return result;
  }

  setCellProperties(values: { format?: { fill?: Partial<FakeFill> } }[][]): void {
    this.context.fake.requireApi('1.9', 'Range.setCellProperties');
    this.context.queue(() => {
      const grid = this.checkShape(values, 'setCellProperties') as { format?: { fill?: Partial<FakeFill> } }[][];
      this.guard('format');
      const r = this.rect();
      this.each((cell, row, col) => {
        const fill = grid[row - r.r1]![col - r.c1]?.format?.fill;
        if (!fill) return;
        if (fill.pattern === 'None') {
          cell.fill = null;
          return;
        }
        const base = cell.fill ?? { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0, patternColor: null };
        cell.fill = {
          color: fill.color !== undefined ? normalizeColor(fill.color) : base.color,
          pattern: fill.pattern ?? base.pattern,
          tintAndShade: fill.tintAndShade !== undefined ? fill.tintAndShade : base.tintAndShade,
          patternColor: fill.patternColor !== undefined ? fill.patternColor : base.patternColor,
        };
      });
    }, jsonSize(values));
  }
}

/** Excel's parsing of typed input (en-US), applied to strings written through values/formulas. */
function enterValue(cell: FakeCell, v: unknown, fake: FakeExcel, sheet: FakeSheet, row: number, col: number): void {
  if (v === null || v === undefined) return; // null leaves the cell unchanged
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string')
    throw new FakeOfficeError('InvalidArgument', `Unsupported cell value ${JSON.stringify(v)}`);
  if (v.length > 32767) throw new FakeOfficeError('InvalidArgument', 'Text over 32,767 characters');
  if (v === '') {
    cell.value = '';
    return;
  }
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (v.startsWith('=') && v.length > 1) {
    cell.formula = v;
    const result = fake.calc(v, sheet.name, a1(row, col));
    cell.value = result;
    if (typeof result === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(result)) cell.error = true;
    return;
  }
  const t = v.trim();
  const num = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%)?$/.exec(t);
  if (num) {
    let n = Number(`${num[1] ?? ''}${num[2]!.replace(/,/g, '')}${num[3] ?? ''}`);
    if (num[4]) {
      n /= 100;
      if (cell.numberFormat === 'General') cell.numberFormat = '0%';
    } else if (num[2]!.includes(',') && cell.numberFormat === 'General') cell.numberFormat = '#,##0';
    cell.value = n;
    return;
  }
  if (/^[+-]./.test(t)) {
    // Excel reads "-abc" as the formula =-abc
    cell.formula = `=${t}`;
    cell.value = '#NAME?';
    cell.error = true;
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
    return;
  }
  const md = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (md) {
    const m = Number(md[1]);
    const d = Number(md[2]);
    const y = md[3] === undefined ? fake.currentYear : md[3].length === 2 ? 2000 + Number(md[3]) : Number(md[3]);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      cell.value = Date.UTC(y, m - 1, d) / 86400000 + 25569 - (fake.date1904 ? 1462 : 0);
      if (cell.numberFormat === 'General') cell.numberFormat = md[3] === undefined ? 'd-mmm' : 'm/d/yyyy';
      return;
    }
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    cell.value = isoToSerial(t) - (fake.date1904 ? 1462 : 0);
    if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy';
    return;
  }
  cell.value = v;
}

class ClientResult<T> {
  private v?: T;
  private done = false;
  set(v: T): void {
    this.v = v;
    this.done = true;
  }
  get value(): T {
    if (!this.done)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()".',
      );
    return this.v as T;
  }
}

class RangeAreasProxy extends ProxyBase {
  private sheet?: FakeSheet;
  private areaRects: Rect[] = [];
  /** RangeAreas.areas: a RangeCollection of the areas (loadable as "areas/formulas"). */
  readonly areas: RangeCollectionProxy;

  constructor(
    context: FakeContext,
    private readonly ws?: WorksheetProxy,
  ) {
    super(context);
    this.areas = new RangeCollectionProxy(context);
  }

  bind(sheet: FakeSheet, areas: Rect[]): void {
    this.sheet = sheet;
    this.areaRects = areas;
    this.nullState = 'value';
    if (this.ws)
      this.areas.bind(
        areas.map((rect) => {
          const r = new RangeProxy(this.context, this.ws!);
          r.bindRect(rect);
          return r;
        }),
      );
  }

  protected override child(name: string): ProxyBase | undefined {
    return name === 'areas' ? this.areas : undefined;
  }

  bindNull(): void {
    this.nullState = 'null';
  }

  protected scalarProps(): string[] {
    return ['address', 'areaCount'];
  }

  protected fetch(prop: string): unknown {
    if (this.nullState === 'null') throw new FakeOfficeError('InvalidObjectPath', 'The RangeAreas is a null object.');
    const s = this.sheet!;
    return prop === 'address' ? this.areaRects.map((r) => s.address(r)).join(', ') : this.areaRects.length;
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

/** RangeAreas from Worksheet.getRanges, as far as the port writes to it: format.fill. */
/** A RangeCollection (RangeAreas.areas): `items`, loaded per item. */
class RangeCollectionProxy extends ProxyBase {
  private ranges: RangeProxy[] = [];
  private loaded = false;
  bind(ranges: RangeProxy[]): void {
    this.ranges = ranges;
  }
  get items(): RangeProxy[] {
    if (!this.loaded) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.ranges;
  }
  protected scalarProps(): string[] {
    return [];
  }
  protected fetch(): unknown {
    return undefined;
  }
  override load(spec?: LoadSpec): this {
    const props = parseLoad(spec).map((p) => (p.startsWith('items/') ? p.slice(6) : p));
    this.context.queue(() => {
      this.loaded = true;
      for (const r of this.ranges) r.loadNow(props);
    }, 40);
    return this;
  }
}

class RangeListProxy {
  private ranges: RangeProxy[] = [];
  readonly format: { fill: RangeListFill };
  constructor(readonly context: FakeContext) {
    this.format = { fill: new RangeListFill(context, () => this.ranges) };
  }
  bind(ranges: RangeProxy[]): void {
    this.ranges = ranges;
  }
}

class RangeListFill {
  constructor(
    private readonly context: FakeContext,
    private readonly ranges: () => RangeProxy[],
  ) {}
  private apply(patch: Partial<FakeFill>, bytes: number): void {
    this.context.queue(() => {
      for (const r of this.ranges()) RangeFillProxy.patch(r, patch);
    }, bytes);
  }
  set color(v: string) {
    this.apply({ color: v }, jsonSize(v));
  }
  set pattern(v: string) {
    this.apply({ pattern: v }, jsonSize(v));
  }
  set tintAndShade(v: number) {
    this.apply({ tintAndShade: v }, jsonSize(v));
  }
  set patternColor(v: string) {
    this.apply({ patternColor: v }, jsonSize(v));
  }
  clear(): void {
    this.context.queue(() => {
      for (const r of this.ranges()) {
        r.guard('format');
        r.each((c) => (c.fill = null));
      }
    });
  }
}

class RangeFormatProxy extends ProxyBase {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly borders: RangeBorderCollectionProxy;
  readonly protection: FormatProtectionProxy;

  constructor(
    context: FakeContext,
    readonly range: RangeProxy,
  ) {
    super(context);
    this.navLevels = 1;
    this.fill = new RangeFillProxy(context, range);
    this.font = new RangeFontProxy(context, range);
    this.borders = new RangeBorderCollectionProxy(context, range);
    this.protection = new FormatProtectionProxy(context, range);
  }

  protected override child(name: string): ProxyBase | undefined {
    return name === 'fill'
      ? this.fill
      : name === 'font'
        ? this.font
        : name === 'protection'
          ? this.protection
          : undefined;
  }

  protected scalarProps(): string[] {
    return ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'];
  }

  protected override minApi(prop: string): string | undefined {
    return prop === 'columnWidth' || prop === 'rowHeight' ? '1.2' : undefined;
  }

  protected fetch(prop: string): unknown {
    const r = this.range.rect();
    const s = this.range.sheetTarget();
    const uniform = <T>(vals: T[]): T | null => (vals.every((v) => v === vals[0]) ? (vals[0] ?? null) : null);
    switch (prop) {
      case 'columnWidth': {
        const ws: number[] = [];
        for (let c = r.c1; c <= Math.min(r.c2, r.c1 + 1000); c++) ws.push(s.columnWidths.get(c) ?? 48);
        return uniform(ws);
      }
      case 'rowHeight': {
        const hs: number[] = [];
        for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 1000); row++) hs.push(s.rowHeights.get(row) ?? 15);
        return uniform(hs);
      }
      case 'horizontalAlignment':
        return uniform(this.range.grid((c) => c.hAlign ?? 'General').flat());
      case 'verticalAlignment':
        return uniform(this.range.grid((c) => c.vAlign ?? 'Bottom').flat());
      case 'wrapText':
        return uniform(this.range.grid((c) => c.wrap ?? false).flat());
      default:
        return undefined;
    }
  }

  private setCells(prop: string, value: unknown, fn: (c: FakeCell) => void): void {
    this.write(prop, value, () => {
      this.range.guard('format');
      this.range.each(fn);
    });
  }

  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.context.fake.requireApi('1.2', 'RangeFormat.columnWidth');
    this.write('columnWidth', v, () => {
      this.range.guard('columns');
      if (!(v >= 0 && v <= 255 * 7.5)) throw new FakeOfficeError('InvalidArgument', `columnWidth ${v}`);
      const r = this.range.rect();
      const s = this.range.sheetTarget();
      for (let c = r.c1; c <= r.c2; c++) s.columnWidths.set(c, v);
    });
  }

  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.context.fake.requireApi('1.2', 'RangeFormat.rowHeight');
    this.write('rowHeight', v, () => {
      this.range.guard('rows');
      if (!(v >= 0 && v <= 409)) throw new FakeOfficeError('InvalidArgument', `rowHeight ${v}`);
      const r = this.range.rect();
      const s = this.range.sheetTarget();
      for (let row = r.r1; row <= r.r2; row++) s.rowHeights.set(row, v);
    });
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    if (!['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'].includes(v))
      throw new FakeOfficeError('InvalidArgument', `horizontalAlignment ${v}`);
    this.setCells('horizontalAlignment', v, (c) => (c.hAlign = v));
  }

  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v))
      throw new FakeOfficeError('InvalidArgument', `verticalAlignment ${v}`);
    this.setCells('verticalAlignment', v, (c) => (c.vAlign = v));
  }

  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells('wrapText', v, (c) => (c.wrap = v));
  }
}

class RangeFillProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.navLevels = 2;
  }

  protected scalarProps(): string[] {
    return ['color', 'pattern', 'tintAndShade', 'patternColor'];
  }

  protected fetch(prop: string): unknown {
    const vals = this.range
      .grid((c) => {
        const f = c.fill;
        if (prop === 'color') return f?.color ?? '#FFFFFF';
        if (prop === 'pattern') return f?.pattern ?? 'None';
        if (prop === 'tintAndShade') return f ? f.tintAndShade : null;
        return f ? f.patternColor : null;
      })
      .flat();
    return vals.every((v) => v === vals[0]) ? (vals[0] ?? null) : null;
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v, () => {
      const color = normalizeColor(v);
      this.range.guard('format');
      this.range.each((c) => (c.fill = { color, pattern: 'Solid', tintAndShade: 0, patternColor: null }));
    });
  }

  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(v: string) {
    this.context.fake.requireApi('1.9', 'RangeFill.pattern');
    this.write('pattern', v, () => RangeFillProxy.patch(this.range, { pattern: v }));
  }
  get tintAndShade(): number | null {
    return this.read('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.context.fake.requireApi('1.9', 'RangeFill.tintAndShade');
    this.write('tintAndShade', v, () => RangeFillProxy.patch(this.range, { tintAndShade: v }));
  }
  get patternColor(): string | null {
    return this.read('patternColor');
  }
  set patternColor(v: string) {
    this.context.fake.requireApi('1.9', 'RangeFill.patternColor');
    this.write('patternColor', v, () => RangeFillProxy.patch(this.range, { patternColor: v }));
  }

  /** Sets part of a fill on every cell (setting a colour makes the pattern Solid, as Excel). */
  static patch(range: RangeProxy, patch: Partial<FakeFill>): void {
    range.guard('format');
    range.each((c) => {
      const base = c.fill ?? { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0, patternColor: null };
      if (patch.pattern === 'None') {
        c.fill = null;
        return;
      }
      if (patch.color !== undefined) {
        // Setting a colour makes a plain solid fill (as RangeFill.color does).
        c.fill = { color: normalizeColor(patch.color), pattern: 'Solid', tintAndShade: 0, patternColor: null };
        return;
      }
      c.fill = {
        color: base.color,
        pattern: patch.pattern ?? base.pattern,
        tintAndShade: patch.tintAndShade !== undefined ? patch.tintAndShade : base.tintAndShade,
        patternColor:
          patch.patternColor === undefined
            ? base.patternColor
            : patch.patternColor && normalizeColor(patch.patternColor),
      };
    });
  }

  clear(): void {
    this.context.queue(() => {
      this.range.guard('format');
      this.range.each((c) => (c.fill = null));
    });
  }
}

class RangeFontProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.navLevels = 2;
  }

  protected scalarProps(): string[] {
    return ['name', 'size', 'bold', 'italic', 'color'];
  }

  protected fetch(prop: string): unknown {
    const s = this.range.sheetTarget();
    const vals = this.range
      .grid((c) => {
        const f = c.font as Record<string, unknown>;
        if (prop === 'name') return f.name ?? s.defaultFont.name;
        if (prop === 'size') return f.size ?? s.defaultFont.size;
        if (prop === 'color') return f.color ?? '#000000';
        return f[prop] ?? false;
      })
      .flat();
    return vals.every((v) => v === vals[0]) ? (vals[0] ?? null) : null;
  }

  private set(prop: 'name' | 'size' | 'bold' | 'italic' | 'color', v: unknown): void {
    this.write(prop, v, () => {
      this.range.guard('format');
      const value = prop === 'color' ? normalizeColor(String(v)) : v;
      this.range.each((c) => ((c.font as Record<string, unknown>)[prop] = value));
    });
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v);
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.set('size', v);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.set('color', v);
  }
}

const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

class RangeBorderCollectionProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {}

  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError('InvalidArgument', `Border index ${index}`);
    return new RangeBorderProxy(this.context, this.range, index);
  }
}

class RangeBorderProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
    private readonly index: string,
  ) {}

  private apply(patch: Partial<FakeBorder>): void {
    this.context.queue(() => {
      this.range.guard('format');
      const r = this.range.rect();
      this.range.each((cell, row, col) => {
        // Edges apply to the cells on that edge; insides to every cell (stored per cell).
        const on =
          (this.index === 'EdgeTop' && row === r.r1) ||
          (this.index === 'EdgeBottom' && row === r.r2) ||
          (this.index === 'EdgeLeft' && col === r.c1) ||
          (this.index === 'EdgeRight' && col === r.c2) ||
          (this.index === 'InsideHorizontal' && r.r1 !== r.r2) ||
          (this.index === 'InsideVertical' && r.c1 !== r.c2) ||
          this.index.startsWith('Diagonal');
        if (!on) return;
        cell.borders[this.index] = { ...{ style: 'Continuous' }, ...cell.borders[this.index], ...patch };
      });
    }, 40);
  }

  set style(v: string) {
    this.apply({ style: v });
  }
  set color(v: string) {
    this.apply({ color: normalizeColor(v) });
  }
  set weight(v: string) {
    this.apply({ weight: v });
  }
}

class FormatProtectionProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.navLevels = 2;
  }

  protected scalarProps(): string[] {
    return ['locked'];
  }

  protected override minApi(): string {
    return '1.2';
  }

  protected fetch(): unknown {
    const vals = this.range.grid((c) => c.locked).flat();
    return vals.every((v) => v === vals[0]) ? (vals[0] ?? null) : null;
  }

  get locked(): boolean {
    return this.read('locked');
  }
  set locked(v: boolean) {
    this.context.fake.requireApi('1.2', 'FormatProtection.locked');
    this.write('locked', v, () => {
      this.range.guard('structure');
      this.range.each((c) => (c.locked = v));
    });
  }
}

const RULE_KINDS = ['wholeNumber', 'decimal', 'list', 'date', 'time', 'textLength', 'custom'];
const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

class DataValidationProxy extends ProxyBase {
  constructor(
    context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super(context);
    this.navLevels = 1;
  }

  protected scalarProps(): string[] {
    return ['rule', 'prompt', 'errorAlert'];
  }

  protected override minApi(): string {
    return '1.8';
  }

  protected fetch(prop: string): unknown {
    const r = this.range.rect();
    const v = this.range.sheetTarget().cellAt(r.r1, r.c1)?.validation as Record<string, unknown> | undefined;
    return v?.[prop] ?? null;
  }

  private requireApi(): void {
    this.context.fake.requireApi('1.8', 'Range.dataValidation');
  }

  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
  set rule(rule: Record<string, unknown>) {
    this.requireApi();
    this.write('rule', rule, () => {
      this.range.guard('structure');
      const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]!))
        throw new FakeOfficeError(
          'InvalidArgument',
          `A data validation rule needs exactly one criterion, got ${kinds.join(',')}`,
        );
      const kind = kinds[0]!;
      const body = rule[kind] as Record<string, unknown>;
      if (kind === 'list') {
        if (typeof body.source !== 'string' || !body.source)
          throw new FakeOfficeError('InvalidArgument', 'list.source');
        if (body.source.length > 255) throw new FakeOfficeError('InvalidArgument', 'list.source over 255 characters');
      } else if (kind === 'custom') {
        if (typeof body.formula !== 'string' || !body.formula.startsWith('='))
          throw new FakeOfficeError('InvalidArgument', 'custom.formula');
      } else {
        if (!OPERATORS.includes(String(body.operator)))
          throw new FakeOfficeError('InvalidArgument', `operator ${String(body.operator)}`);
        if (body.formula1 === undefined || body.formula1 === null)
          throw new FakeOfficeError('InvalidArgument', 'formula1');
        if (
          (body.operator === 'Between' || body.operator === 'NotBetween') &&
          (body.formula2 === undefined || body.formula2 === null)
        )
          throw new FakeOfficeError('InvalidArgument', 'formula2');
      }
      this.range.each((c) => {
        if (c.validation?.rule && JSON.stringify(c.validation.rule) !== JSON.stringify(rule)) {
          throw new FakeOfficeError(
            'InvalidOperation',
            'The range already has a different data validation rule: call clear() first',
          );
        }
        c.validation = { ...c.validation, rule: { ...rule } };
      });
    });
  }

  get prompt(): FakeValidation['prompt'] {
    return this.read('prompt');
  }
  set prompt(p: FakeValidation['prompt']) {
    this.requireApi();
    this.write('prompt', p, () => {
      this.range.guard('structure');
      if ((p?.title?.length ?? 0) > 32 || (p?.message?.length ?? 0) > 255)
        throw new FakeOfficeError('InvalidArgument', 'Prompt title over 32 or message over 255 characters');
      this.range.each((c) => (c.validation = { ...c.validation, prompt: p && { ...p } }));
    });
  }

  get errorAlert(): FakeValidation['errorAlert'] {
    return this.read('errorAlert');
  }
  set errorAlert(e: FakeValidation['errorAlert']) {
    this.requireApi();
    this.write('errorAlert', e, () => {
      this.range.guard('structure');
      if ((e?.title?.length ?? 0) > 32 || (e?.message?.length ?? 0) > 255)
        throw new FakeOfficeError('InvalidArgument', 'Alert title over 32 or message over 255 characters');
      if (e?.style !== undefined && !['Stop', 'Warning', 'Information'].includes(e.style))
        throw new FakeOfficeError('InvalidArgument', `alert style ${e.style}`);
      this.range.each((c) => (c.validation = { ...c.validation, errorAlert: e && { ...e } }));
    });
  }

  clear(): void {
    this.requireApi();
    this.context.queue(() => {
      this.range.guard('structure');
      this.range.each((c) => delete c.validation, false);
    });
  }
}

/* ------------------------------------------------------------------ the fake host */

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports (default "1.13"). */
  apiVersion?: string;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** Year used when Excel completes "8/9" into a date (default 2024). */
  currentYear?: number;
  /** The workbook counts dates from 1904 (Excel for Mac's old default). */
  date1904?: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1v, a2v] = have.split('.').map(Number) as [number, number];
  const [b1v, b2v] = want.split('.').map(Number) as [number, number];
  return a1v > b1v || (a1v === b1v && a2v >= b2v);
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Every context.sync() across all runs. */
  syncCount = 0;
  runCount = 0;
  peakRequestBytes = 0;
  peakResponseBytes = 0;
  requestLog: { ops: number; bytes: number }[] = [];
  /** Estimated response bytes of every sync so far, and the syncs that failed. */
  responseBytesTotal = 0;
  failedSyncs = 0;
  readonly apiVersion: string;
  maxRequestBytes: number;
  maxResponseBytes: number;
  currentYear: number;
  date1904: boolean;
  /**
   * Workbook structure protection (Review › Protect Workbook): sheets cannot be added, deleted,
   * renamed, hidden or shown; Excel refuses with AccessDenied.
   */
  structureProtected = false;
  /** getMergedAreasOrNullObject fails whatever the range (a host refusing it). */
  refuseMergedAreas = false;
  /** Called as each sync starts, with its 0-based index (failure injection between syncs). */
  onSync?: (index: number) => void;
  /** Cached result of a formula written through the API (formulas are not evaluated). */
  calc: (formula: string, sheet: string, cell: string) => string | number | boolean = () => 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.13';
    this.maxRequestBytes = options.maxRequestBytes ?? MB5;
    this.maxResponseBytes = options.maxResponseBytes ?? MB5;
    this.currentYear = options.currentYear ?? 2024;
    this.date1904 = options.date1904 ?? false;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  /** Throws AccessDenied when the workbook's structure is protected. */
  guardStructure(what: string): void {
    if (this.structureProtected)
      throw new FakeOfficeError('AccessDenied', `The workbook's structure is protected: cannot ${what}.`);
  }

  /** Throws ApiNotFound when the host's level is below `version`. */
  requireApi(version: string, what: string): void {
    if (!this.supports(version))
      throw new FakeOfficeError(
        'ApiNotFound',
        `${what} needs ExcelApi ${version}; this host supports ExcelApi ${this.apiVersion}`,
      );
  }

  /** Drop-in for Excel.run. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.ops.length)
      throw new Error(`Excel.run finished with ${ctx.ops.length} queued operation(s) that were never synced`);
    return result;
  };

  /** Counts syncs made by `fn`. */
  async countSyncs<T>(fn: () => Promise<T>): Promise<{ result: T; syncs: number }> {
    const before = this.syncCount;
    const result = await fn();
    return { result, syncs: this.syncCount - before };
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string, visibility: FakeSheet['visibility'] = 'Visible'): FakeSheet {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const s = new FakeSheet(name, this);
    s.visibility = visibility;
    this.sheets.push(s);
    if (!this.activeSheet && visibility === 'Visible') this.activeSheet = s;
    return s;
  }

  /** Simulates the officer renaming a sheet (names follow, as in Excel). */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** Simulates a workbook-level defined name. */
  addName(name: string, sheet: string, address: string): void {
    this.names.push({ name, sheet: this.sheet(sheet), address });
  }

  nameFormula(name: string): string | undefined {
    const n = this.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
    return n && nameFormula(n);
  }
}
