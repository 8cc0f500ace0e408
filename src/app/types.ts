/**
 * What the task pane and the ribbon commands can ask for. One implementation
 * (createAddinService in service.ts) works over any WorkbookPort, so the same UI runs
 * in Excel (Office.js adapter), in the browser playground (in-memory adapter) and in tests.
 */
import type { CompareResult } from '../domain/compare/compare';
import type { ColumnStatus } from '../domain/import/columns';
import type { ImportOverrides } from '../domain/import/types';
import type { Finding, Report } from '../domain/report/schema';
import type { ReportSettings, ReportSettingsInput } from '../domain/settings';
import type { CellRef, EditedRange, StopWatching } from '../domain/sheet/workbook';

export interface TemplateInfo {
  id: string;
  title: string;
  description: string;
  sheetName: string;
}

/** Which optional Excel features this host has (ExcelApi requirement sets). */
export interface Capabilities {
  /**
   * ExcelApi 1.4: *OrNullObject getters and adding defined names (the annex identity marker).
   * Without it (Excel 2016 MSI: 1.1–1.3) annexes are recognised by their title.
   */
  namedItems: boolean;
  /** ExcelApi 1.8: native data validation on input cells */
  dataValidation: boolean;
  /** ExcelApi 1.9: page layout (print setup) and cell properties (exact fill restore) */
  pageLayout: boolean;
  /** ExcelApi 1.13: insert sheets from another workbook (aggregation) */
  insertFromWorkbook: boolean;
}

export interface ValidateProgress {
  phase: 'reading' | 'checking' | 'done';
  /** 0..1 */
  fraction: number;
}

/** One unit file the officer picked for aggregation: its name and its bytes. */
export interface AggregateFile {
  name: string;
  data: ArrayBuffer;
}

/** Reading file `index` (1-based) of `total`. */
export interface AggregateFilesProgress {
  index: number;
  total: number;
  fileName: string;
}

export interface AggregateFilesResult {
  /** Sheets inserted: the merged annexes, then the "Tình hình nộp báo cáo" status sheet (always last). */
  sheets: string[];
  /** Files whose rows are in the merged annexes (with --include-invalid, files with errors too). */
  included: number;
  /** Files left out: with errors (unless includeInvalid) or unreadable. */
  excluded: number;
  /** Second files of a unit already included (never summed twice). */
  duplicates: number;
}

/** A check that records its stamp in the workbook ("Kiểm tra" from the pane or the ribbon). */
export interface StampedCheck {
  /** The report; its `stamp` is the stamp just written (or, if writing failed, the one found). */
  report: Report;
  /** Vietnamese sentence when the stamp (or explanation) could not be written; the report stands. */
  stampError?: string;
}

/** What "Nhập từ bảng có sẵn…" reads: a picked .xlsx/.docx, or the selected range. */
export type ImportSource = { kind: 'file'; file: AggregateFile } | { kind: 'selection' };

export type { ImportOverrides } from '../domain/import/types';

/** One source table as the preview shows it. */
export interface ImportPreviewTable {
  id: string;
  /** "Bảng 3 (tệp Word)", "Trang "Sheet1"". */
  name: string;
  rows: number;
  cols: number;
  /** The line `phuluc import` prints for it ("… → Phụ lục I (PL-I)"). */
  summary: string;
  templateId?: string;
  templateTitle?: string;
  /** "1 dòng số liệu, 1 dòng tổng (đối chiếu)". */
  rowsLine: string;
  columns: { index: number; header: string; status: ColumnStatus; target: string | null; text: string }[];
  /** What a column of this table can be set to (the officer's list). */
  options: { id: string; label: string }[];
}

export interface ImportPreview {
  sourceName: string;
  tables: ImportPreviewTable[];
  annexes: { templateId: string; title: string; rows: number; values: number }[];
  /** Lines of what could not be placed and why (the first is the heading). */
  unplaced: string[];
  notes: string[];
  /** Why nothing can be inserted (no table recognised, no value placed). */
  nothing?: string;
}

/** Where a check ran, as the stamp records it. */
export type CheckOrigin = 'taskpane' | 'ribbon' | 'playground' | 'cli';

export interface AddinService {
  catalog(): TemplateInfo[];
  capabilities(): Capabilities;
  /** Vietnamese sentences about features this Excel lacks (empty when everything works). */
  limitations(): string[];
  loadSettings(): Promise<ReportSettings>;
  saveSettings(settings: ReportSettingsInput): Promise<ReportSettings>;
  /** Inserts one annex sheet; returns the sheet name actually used. */
  insert(templateId: string, settings: ReportSettings): Promise<{ sheetName: string }>;
  validate(onProgress?: (p: ValidateProgress) => void): Promise<Report>;
  /**
   * Calls `onChange` with the ranges the officer edits, as they are edited, so the task pane can
   * re-check. Resolves to undefined where the host cannot report edits (Excel below ExcelApi
   * 1.7): the pane then marks its results as out of date instead. Never writes.
   */
  watchChanges(onChange: (changes: EditedRange[]) => void): Promise<StopWatching | undefined>;
  /** The report again after the officer's edits `changes` (reads the workbook; never writes). */
  recheck(changes: EditedRange[]): Promise<Report>;
  /**
   * "Kiểm tra": validates, then records the validation stamp in the workbook (time, versions,
   * counts, hash of the annexes' input values). Never changes officer data. `validate` alone
   * (live re-checks) writes nothing.
   */
  validateAndStamp(onProgress?: (p: ValidateProgress) => void): Promise<StampedCheck>;
  /**
   * Stores (or, for an empty text, removes) the officer's explanation of a warning in the
   * workbook, then re-checks and re-stamps so the counts include it.
   */
  explain(finding: Finding, text: string): Promise<StampedCheck>;
  goTo(ref: CellRef): Promise<void>;
  highlight(report: Report): Promise<number>;
  clearHighlights(): Promise<void>;
  /** Writes the "Kết quả kiểm tra" sheet; returns its name. */
  exportReport(report: Report): Promise<{ sheetName: string }>;
  /**
   * Aggregation: reads the unit files, merges PL-I/II/III one row per unit, and inserts the
   * merged annexes and the "Tình hình nộp báo cáo" sheet into the open workbook.
   */
  aggregateFiles(
    files: AggregateFile[],
    options: { includeInvalid: boolean },
    onProgress?: (p: AggregateFilesProgress) => void,
  ): Promise<AggregateFilesResult>;
  /**
   * "So sánh với năm trước": compares the open workbook with last year's file (read, never
   * changed) — the result `phuluc compare` gives. Throws with a Vietnamese sentence when the
   * file cannot be read or has no annex in common with the workbook. Writes nothing.
   */
  compareWithLastYear(file: AggregateFile): Promise<CompareResult>;
  /** Inserts the "So sánh với năm trước" sheet (a new sheet; never over one); returns its name. */
  writeCompareSheet(result: CompareResult): Promise<{ sheetName: string }>;
  /** Whether "Dùng vùng đang chọn" can work here (the host can read the selection). */
  canImportSelection(): boolean;
  /**
   * "Nhập từ bảng có sẵn…": the tables of the source, recognised and mapped (with the officer's
   * corrections), and what could not be placed. Reads only; throws a Vietnamese sentence when
   * the source cannot be read.
   */
  importPreview(source: ImportSource, overrides?: ImportOverrides): Promise<ImportPreview>;
  /** Inserts the annexes of that preview (new sheets, never over one); returns their names. */
  importInsert(source: ImportSource, overrides?: ImportOverrides): Promise<{ sheets: string[] }>;
}
