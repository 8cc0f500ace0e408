/** One recognised annex with its bound tables and a per-cell reading cache, as rules see it. */
import { a1 } from '../sheet/address';
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import type { Column, Layout } from '../templates/schema';
import type { TemplateDef } from '../templates/template';
import type { BoundRow, BoundTable } from './bind';
import { readCell, type Reading } from './read-cell';

export interface CellView {
  row: number;
  col: number;
  readonly address: string;
  raw: RawCell | undefined;
  reading: Reading;
  column: Column;
}

/** A cell as rules see it; the A1 address is made only when a rule asks for it. */
class Cell implements CellView {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly raw: RawCell | undefined,
    readonly reading: Reading,
    readonly column: Column,
  ) {}

  get address(): string {
    return a1(this.row, this.col);
  }
}

export class AnnexView {
  private cache = new Map<number, CellView>();

  constructor(
    readonly def: TemplateDef,
    readonly sheet: SheetSnapshot,
    readonly layout: Layout,
    readonly tables: BoundTable[],
  ) {}

  get templateId(): string {
    return this.def.id;
  }

  /** The cell of `key` in `row`, or undefined when the column is missing from the sheet. */
  cell(table: BoundTable, row: BoundRow, key: string): CellView | undefined {
    const b = table.cols.get(key);
    if (!b || b.col < 0) return undefined;
    const id = row.row * 16384 + b.col;
    let v = this.cache.get(id);
    if (!v) {
      const raw = this.sheet.cells[row.row]?.[b.col];
      v = new Cell(row.row, b.col, raw, readCell(raw, b.def), b.def);
      this.cache.set(id, v);
    }
    return v;
  }

  /** Rows that carry officer data (data, fixed and sub-rows), per table. */
  *dataRows(): Generator<{ table: BoundTable; row: BoundRow }> {
    for (const table of this.tables) for (const row of table.rows) if (row.kind !== 'total') yield { table, row };
  }

  /**
   * Cells of data rows the officer types into (and computed % cells, which officers often
   * overwrite by hand), except those the row skips.
   */
  inputCells(): readonly { table: BoundTable; row: BoundRow; cell: CellView }[] {
    if (this.inputs) return this.inputs;
    const out: { table: BoundTable; row: BoundRow; cell: CellView }[] = [];
    for (const { table, row } of this.dataRows()) {
      for (const c of table.table.columns) {
        if (!(c.input || c.ratio) || row.def?.skip.includes(c.key)) continue;
        const cell = this.cell(table, row, c.key);
        if (cell) out.push({ table, row, cell });
      }
    }
    this.inputs = out;
    return out;
  }

  private inputs?: { table: BoundTable; row: BoundRow; cell: CellView }[];

  cellsRead(): number {
    return this.cache.size;
  }
}
