/** What an import gives back: per source table its mapping, per annex its data, and everything not placed. */
import type { ReportSettings } from '../settings';
import type { WorkbookData } from '../templates/fill';
import type { ColumnChoice, ColumnOverrides } from './columns';
import type { GridOrigin } from './grid';
import type { RowChoice } from './rows';
import type { UnplacedReason } from './values';

/** One standard cell a source value went to. */
export interface CellTarget {
  templateId: string;
  table: string;
  row: string;
  col: string;
}

export type CellFate =
  /** `left`: part of it could not be placed (a sentence with two results: its words went to Ghi chú). */
  | { kind: 'placed'; to: CellTarget[]; left?: UnplacedReason }
  /** Used to recognise the row (its number, the indicator's name, the national target). */
  | { kind: 'label' }
  /** A heading row ("MỤC TIÊU 2 …", "II. ĐỊA PHƯƠNG"). */
  | { kind: 'heading' }
  /** A computed value (a % or a total): compared with what the annex computes. */
  | { kind: 'checked'; ok: boolean }
  | { kind: 'unplaced'; reason: UnplacedReason }
  /** Layout, not data: the column-number row, a header printed again. */
  | { kind: 'skipped' };

export interface CellRecord {
  r: number;
  c: number;
  text: string;
  fate: CellFate;
}

/** A source cell that was not placed, with why (and where it could go, when known). */
export interface Unplaced {
  tableId: string;
  r: number;
  c: number;
  text: string;
  reason: UnplacedReason;
  /** Template targets or rows it could be (officer-facing labels are built from these). */
  candidates?: string[];
  /** How many cells of the same column share this reason (listed once). */
  count?: number;
}

export type NoteKind =
  | 'percent-differs'
  | 'percent-truncated'
  | 'percent-unreadable'
  | 'total-differs'
  | 'latest-year'
  | 'several-clauses'
  | 'text-kept'
  | 'level-city'
  | 'settings-inferred'
  | 'settings-differ'
  | 'table-continued';

export interface ImportNote {
  kind: NoteKind;
  tableId?: string;
  r?: number;
  c?: number;
  data: Record<string, string | number>;
}

export interface TableImport {
  id: string;
  origin: GridOrigin;
  /** 1-based number of the table in its source, for messages ("bảng 3"). */
  ordinal: number;
  rows: number;
  cols: number;
  /** First grid row of the header, or -1. */
  headerTop: number;
  bodyStart: number;
  bodyEnd: number;
  /** Printed above the table (title, caption), nearest last. */
  before: string[];
  templateId?: string;
  tableKey?: string;
  /** How sure the recognition is, 0..1, and the other templates it resembled. */
  score: number;
  candidates: { templateId: string; tableKey: string; score: number }[];
  /** Continues the table before it (a table split over two pages). */
  continues?: string;
  columns: ColumnChoice[];
  rowChoices: RowChoice[];
  cells: CellRecord[];
}

export interface AnnexImport {
  templateId: string;
  /** Source tables that fill it. */
  tables: string[];
  /** Data rows placed. */
  rows: number;
  /** Values placed. */
  values: number;
}

export interface InferredSetting {
  field: 'reportYear' | 'budgetFromYear' | 'levels';
  value: string | number;
  from: string;
}

export interface ImportResult {
  settings: ReportSettings;
  inferred: InferredSetting[];
  tables: TableImport[];
  annexes: AnnexImport[];
  data: WorkbookData;
  unplaced: Unplaced[];
  notes: ImportNote[];
}

/** Officer's corrections in the preview, per source table id. */
export interface ImportOverrides {
  tables?: Record<
    string,
    {
      /** "PL-I", "PL-III#kp_ctmtqg"; null: do not import this table. */
      template?: string | null;
      columns?: ColumnOverrides;
    }
  >;
}

export interface ImportOptions {
  /** Settings to build the annexes with (the workbook's, or --settings). */
  settings?: ReportSettings;
  /** Take the report year, budget years and levels from the tables (no settings given). */
  inferSettings?: boolean;
  /** Only this template ("--template PL-II"). */
  templateId?: string;
  overrides?: ImportOverrides;
}
