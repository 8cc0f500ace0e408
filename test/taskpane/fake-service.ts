/** A hand-written AddinService that records every call and answers from configurable fields. */
import type { CompareResult } from '../../src/domain/compare/compare';
import { COMPARE_MSG } from '../../src/domain/messages/compare';
import type {
  AddinService,
  AggregateFile,
  AggregateFilesProgress,
  AggregateFilesResult,
  Capabilities,
  ImportOverrides,
  ImportPreview,
  ImportSource,
  StampedCheck,
  TemplateInfo,
  ValidateProgress,
} from '../../src/app/types';
import { MemoryWorkbookPort } from '../../src/adapters/memory/memory-port';
import type { Finding, Report } from '../../src/domain/report/schema';
import type { CellRef, EditedRange, StopWatching } from '../../src/domain/sheet/workbook';
import type { ReportSettings, ReportSettingsInput } from '../../src/domain/settings';
import { CATALOG, reportWithErrors, SETTINGS } from './fixtures';

export interface Call {
  method: keyof AddinService;
  args: unknown[];
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(err: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class FakeService implements AddinService {
  calls: Call[] = [];
  templates: TemplateInfo[] = CATALOG;
  caps: Capabilities = { dataValidation: true, pageLayout: true, insertFromWorkbook: true, namedItems: true };
  limits: string[] = [];
  settings: ReportSettings = SETTINGS;
  report: Report = reportWithErrors();
  /** Progress reported by validate() before it answers. */
  progress: ValidateProgress[] = [];
  /** When set, validate() waits for this before answering. */
  validateGate?: Promise<void>;
  /** What aggregateFiles() answers. */
  aggregateResult: AggregateFilesResult = {
    sheets: ['PL-I Nữ DTTS lãnh đạo (2)', 'PL-II Đề án 1898', 'Tình hình nộp báo cáo'],
    included: 2,
    excluded: 1,
    duplicates: 0,
  };
  /** When set, aggregateFiles() waits for this after reporting file `aggregatePauseAt` (1-based). */
  aggregateGate?: Promise<void>;
  aggregatePauseAt = 1;
  /** Method name → error to throw. */
  failures: Partial<Record<keyof AddinService, unknown>> = {};

  callsTo(method: keyof AddinService): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private record(method: keyof AddinService, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (method in this.failures) throw this.failures[method];
  }

  catalog(): TemplateInfo[] {
    this.calls.push({ method: 'catalog', args: [] });
    return this.templates;
  }
  capabilities(): Capabilities {
    return this.caps;
  }
  limitations(): string[] {
    return this.limits;
  }
  async loadSettings(): Promise<ReportSettings> {
    this.record('loadSettings');
    return this.settings;
  }
  async saveSettings(input: ReportSettingsInput): Promise<ReportSettings> {
    this.record('saveSettings', input);
    this.settings = { ...this.settings, ...(input as Partial<ReportSettings>) };
    return this.settings;
  }
  async insert(templateId: string, settings: ReportSettings): Promise<{ sheetName: string }> {
    this.record('insert', templateId, settings);
    const t = this.templates.find((x) => x.id === templateId);
    return { sheetName: `${t?.sheetName ?? templateId} (2)` };
  }
  async validate(onProgress?: (p: ValidateProgress) => void): Promise<Report> {
    this.record('validate');
    for (const p of this.progress) onProgress?.(p);
    if (this.validateGate) await this.validateGate;
    return this.report;
  }
  /** What watchChanges() answers: true = it watches (the callback lands in `onEdit`), false = cannot. */
  watches = true;
  /** How many times the task pane stopped watching. */
  stops = 0;
  /** The task pane's change callback while it watches. */
  onEdit?: (changes: EditedRange[]) => void;
  /** The report recheck() answers (defaults to `report`). */
  recheckReport?: Report;
  /** When set, recheck() waits for this before answering. */
  recheckGate?: Promise<void>;
  async watchChanges(onChange: (changes: EditedRange[]) => void): Promise<StopWatching | undefined> {
    this.record('watchChanges');
    if (!this.watches) return undefined;
    this.onEdit = onChange;
    return async () => {
      this.stops++;
      if (this.onEdit === onChange) this.onEdit = undefined;
    };
  }
  async recheck(changes: EditedRange[]): Promise<Report> {
    this.record('recheck', changes);
    if (this.recheckGate) await this.recheckGate;
    return this.recheckReport ?? this.report;
  }
  /** What validateAndStamp() / explain() add to the report: a stamp error, when set. */
  stampError?: string;
  /** Like the real service: the validation (recorded as 'validate' too), then the stamp. */
  async validateAndStamp(onProgress?: (p: ValidateProgress) => void): Promise<StampedCheck> {
    this.record('validateAndStamp');
    const report = await this.validate(onProgress);
    return this.stampError ? { report, stampError: this.stampError } : { report };
  }
  async explain(finding: Finding, text: string): Promise<StampedCheck> {
    this.record('explain', finding, text);
    const findings = this.report.findings.map((f): Finding => {
      if (f.rule !== finding.rule || f.sheet !== finding.sheet || f.cell !== finding.cell) return f;
      const copy: Finding = { ...f };
      if (text) copy.explanation = text;
      else delete copy.explanation;
      return copy;
    });
    const explained = findings.filter((f) => f.severity === 'warning' && f.explanation).length;
    this.report = { ...this.report, findings, stats: { ...this.report.stats, explained } };
    return { report: this.report };
  }
  async goTo(ref: CellRef): Promise<void> {
    this.record('goTo', ref);
  }
  async highlight(report: Report): Promise<number> {
    this.record('highlight', report);
    return report.findings.filter((f) => f.severity !== 'info').length;
  }
  async clearHighlights(): Promise<void> {
    this.record('clearHighlights');
  }
  async exportReport(report: Report): Promise<{ sheetName: string }> {
    this.record('exportReport', report);
    return { sheetName: 'Kết quả kiểm tra' };
  }
  async aggregateFiles(
    files: AggregateFile[],
    options: { includeInvalid: boolean },
    onProgress?: (p: AggregateFilesProgress) => void,
  ): Promise<AggregateFilesResult> {
    this.record('aggregateFiles', files, options);
    for (let i = 0; i < files.length; i++) {
      onProgress?.({ index: i + 1, total: files.length, fileName: files[i]!.name });
      if (this.aggregateGate && i + 1 === this.aggregatePauseAt) await this.aggregateGate;
    }
    return this.aggregateResult;
  }
  /** What compareWithLastYear() answers; unset, it refuses like a file with nothing in common. */
  compareResult?: CompareResult;
  async compareWithLastYear(file: AggregateFile): Promise<CompareResult> {
    this.record('compareWithLastYear', file);
    if (!this.compareResult) throw new Error(COMPARE_MSG.nothingInCommon);
    return this.compareResult;
  }
  async writeCompareSheet(result: CompareResult): Promise<{ sheetName: string }> {
    this.record('writeCompareSheet', result);
    return { sheetName: 'So sánh với năm trước' };
  }
  /** The workbook the import preview reads (its selection, its settings): the real import engine answers. */
  importPort = new MemoryWorkbookPort();
  selectionReadable = true;
  importSheets = ['PL-I Nữ DTTS lãnh đạo'];
  canImportSelection(): boolean {
    return this.selectionReadable;
  }
  async importPreview(source: ImportSource, overrides?: ImportOverrides): Promise<ImportPreview> {
    this.record('importPreview', source, overrides);
    // Loaded on use, as the service does (its readers need TextDecoder, which not every test installs).
    const { previewImport } = await import('../../src/app/import');
    return previewImport(this.importPort, source, overrides);
  }
  async importInsert(source: ImportSource, overrides?: ImportOverrides): Promise<{ sheets: string[] }> {
    this.record('importInsert', source, overrides);
    return { sheets: this.importSheets };
  }
}
