/**
 * One recognised annex with its bound tables, as rules see it. Cells are read through column
 * caches (columns.ts): each bound column keeps its cells' states as small integers and its
 * numbers in a typed array, filled once; a reading object (CellView) is made only for a cell
 * a rule asks for.
 */
import { a1 } from '../sheet/address';
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import type { Column, Layout } from '../templates/schema';
import type { TemplateDef } from '../templates/template';
import { boundTable, type BoundRow, type BoundTable } from './bind';
import { ColumnCache, numberAt, rawAt, stateAt } from './columns';
import { readCell, type Reading } from './read-cell';

export interface CellView {
  row: number;
  col: number;
  readonly address: string;
  raw: RawCell | undefined;
  reading: Reading;
  column: Column;
}

/** A cell as rules see it; the A1 address and the reading are made only when a rule asks for them. */
class Cell implements CellView {
  private read: Reading | undefined;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly raw: RawCell | undefined,
    readonly column: Column,
    private readonly cache: ColumnCache | undefined,
    private readonly index: number,
  ) {}

  get reading(): Reading {
    return (this.read ??= this.cache ? this.cache.reading(this.index) : readCell(this.raw, this.column));
  }

  get address(): string {
    return a1(this.row, this.col);
  }
}

interface TableCache {
  /** Column caches by key; null for a column missing from the sheet. */
  columns: Map<string, ColumnCache | null>;
  first: number;
}

export class AnnexView {
  private caches = new Map<BoundTable, TableCache>();
  /** What rules derived from one row (rowMemo), kept across edits of other rows. */
  private memos = new Map<string, Map<BoundRow, unknown>>();

  constructor(
    readonly def: TemplateDef,
    readonly sheet: SheetSnapshot,
    readonly layout: Layout,
    readonly tables: BoundTable[],
  ) {}

  /**
   * This annex over an edited sheet whose tables bind the same: a new view (rules may keep
   * things per view) that takes over this one's column caches, forgetting only `rows`
   * (0-based sheet rows). This view must not be used afterwards.
   */
  fork(sheet: SheetSnapshot, rows: ReadonlySet<number>): AnnexView {
    const next = new AnnexView(this.def, sheet, this.layout, this.tables);
    // Made from the bound tables only, which the fork shares.
    next.rowList = this.rowList;
    next.rowIndex = this.rowIndex;
    for (const [table, t] of this.caches) {
      for (const c of t.columns.values()) c?.rebase(sheet, rows);
      next.caches.set(table, t);
    }
    const edited: BoundRow[] = [];
    if (this.memos.size > 0) for (const r of rows) for (const at of this.boundRowsAt(r)) edited.push(at.row);
    for (const [name, m] of this.memos) {
      for (const row of edited) m.delete(row);
      next.memos.set(name, m);
    }
    return next;
  }

  /**
   * A value a rule derives from one row only (its cells and bound structure), made once and
   * kept while the row is not edited: `name` tells the kinds of values apart.
   */
  rowMemo<T>(name: string, row: BoundRow, make: (row: BoundRow) => T): T {
    let m = this.memos.get(name);
    if (!m) this.memos.set(name, (m = new Map()));
    if (m.has(row)) return m.get(row) as T;
    const v = make(row);
    m.set(row, v);
    return v;
  }

  /**
   * The same annex seen through only the rows in `rows` (0-based sheet rows): tables keep
   * their columns and caches, their row lists hold only those rows. For row-local rules.
   */
  restrict(rows: ReadonlySet<number>): AnnexView {
    const tables = this.tables.map((t) =>
      boundTable(
        t.table,
        t.numberRow,
        t.cols,
        t.rows.filter((r) => rows.has(r.row)),
        t.end,
      ),
    );
    const next = new AnnexView(this.def, this.sheet, this.layout, tables);
    this.tables.forEach((t, i) => next.caches.set(tables[i]!, this.cacheOf(t)));
    next.memos = this.memos;
    return next;
  }

  get templateId(): string {
    return this.def.id;
  }

  private cacheOf(table: BoundTable): TableCache {
    let t = this.caches.get(table);
    if (!t) {
      t = { columns: new Map(), first: table.numberRow + 1 };
      this.caches.set(table, t);
    }
    return t;
  }

  /**
   * The column cache of `key` in `table` (states and numbers of every row of the table), or
   * undefined when the column is missing from the sheet. The fast way for a rule to read a column.
   */
  column(table: BoundTable, key: string): ColumnCache | undefined {
    const t = this.last === table && this.lastCache ? this.lastCache : this.cacheOf(table);
    this.last = table;
    this.lastCache = t;
    const c = t.columns.get(key);
    if (c !== undefined) return c ?? undefined;
    const b = table.cols.get(key);
    // A missing column is remembered as null.
    const made = b && b.col >= 0 ? new ColumnCache(this.sheet, b, t.first, Math.max(0, table.end - t.first)) : null;
    t.columns.set(key, made);
    return made ?? undefined;
  }

  /** The table column() looked at last, and its caches (rules read one table at a time). */
  private last: BoundTable | undefined;
  private lastCache: TableCache | undefined;

  /**
   * The state of `key`'s cell in `row` (an index of CELL_STATES: ST_NUM, ST_EMPTY …), or -1 when
   * the column is missing from the sheet. Makes nothing: the fast way for a rule to look at a cell.
   */
  state(table: BoundTable, row: BoundRow, key: string): number {
    return stateAt(this.column(table, key), row);
  }

  /** The number of `key`'s cell in `row` (a 'num' or 'num-text' cell), else NaN. Makes nothing. */
  number(table: BoundTable, row: BoundRow, key: string): number {
    return numberAt(this.column(table, key), row);
  }

  /** The raw cell of `key` in `row` (undefined when empty or when the column is missing). Makes nothing. */
  raw(table: BoundTable, row: BoundRow, key: string): RawCell | undefined {
    return rawAt(this.column(table, key), row);
  }

  /**
   * The cell of `key` in `row`, or undefined when the column is missing from the sheet. A small
   * object over the column cache (its reading is kept there): made for the cells a rule reports
   * or reads in full, not for every cell.
   */
  cell(table: BoundTable, row: BoundRow, key: string): CellView | undefined {
    const cache = this.column(table, key);
    if (!cache) return undefined;
    const ri = row.row - cache.first;
    const raw = this.sheet.cells[row.row]?.[cache.col];
    return new Cell(row.row, cache.col, raw, cache.bound.def, cache.has(ri) ? cache : undefined, ri);
  }

  /** Rows that carry officer data (data, fixed and sub-rows), per table. */
  dataRows(): readonly { table: BoundTable; row: BoundRow }[] {
    if (!this.rowList) {
      const out: { table: BoundTable; row: BoundRow }[] = [];
      for (const table of this.tables) for (const row of table.rows) if (row.kind !== 'total') out.push({ table, row });
      this.rowList = out;
    }
    return this.rowList;
  }

  private rowList?: { table: BoundTable; row: BoundRow }[];

  /** Every bound row (of any kind, of any table) at a 0-based sheet row, with its table. */
  boundRowsAt(sheetRow: number): readonly { table: BoundTable; row: BoundRow }[] {
    if (!this.rowIndex) {
      const index = new Map<number, { table: BoundTable; row: BoundRow }[]>();
      for (const table of this.tables)
        for (const row of table.rows) {
          const there = index.get(row.row);
          if (there) there.push({ table, row });
          else index.set(row.row, [{ table, row }]);
        }
      this.rowIndex = index;
    }
    return this.rowIndex.get(sheetRow) ?? [];
  }

  /** The data row (data, fixed or sub-row) at a 0-based sheet row, with its table; undefined elsewhere. */
  dataRowAt(sheetRow: number): { table: BoundTable; row: BoundRow } | undefined {
    // A table binds each sheet row once, in row order: a binary search, not the whole index.
    for (const table of this.tables) {
      if (sheetRow <= table.numberRow || sheetRow >= table.end) continue;
      const rows = table.rows;
      let lo = 0;
      let hi = rows.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = rows[mid]!.row;
        if (r === sheetRow) {
          if (rows[mid]!.kind !== 'total') return { table, row: rows[mid]! };
          break;
        }
        if (r < sheetRow) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return undefined;
  }

  /** Bound rows by sheet row (made from the bound tables only: a fork shares it). */
  private rowIndex?: Map<number, { table: BoundTable; row: BoundRow }[]>;

  /**
   * Cells of data rows the officer types into (and computed % cells, which officers often
   * overwrite by hand), except those the row skips. (Per-cell rules are cell rules instead:
   * the engine runs them in one pass over the column caches, see rules/types.ts.)
   */
  inputCells(): readonly { table: BoundTable; row: BoundRow; cell: CellView }[] {
    if (this.inputs) return this.inputs;
    const out: { table: BoundTable; row: BoundRow; cell: CellView }[] = [];
    for (const { table, row } of this.dataRows()) {
      for (const c of table.table.columns) {
        if (!isInputColumn(c) || row.def?.skip.includes(c.key)) continue;
        const cell = this.cell(table, row, c.key);
        if (cell) out.push({ table, row, cell });
      }
    }
    this.inputs = out;
    return out;
  }

  private inputs?: { table: BoundTable; row: BoundRow; cell: CellView }[];

  /** Cells of the bound tables: every bound row × every column found in the sheet. */
  cellsRead(): number {
    let n = 0;
    for (const t of this.tables) {
      let cols = 0;
      for (const b of t.cols.values()) if (b.col >= 0) cols++;
      n += cols * t.rows.length;
    }
    return n;
  }
}

/** Columns the officer fills (and computed % columns, which officers often overwrite by hand). */
export function isInputColumn(c: Column): boolean {
  return c.input || !!c.ratio;
}
