/** The add-in's operations over any WorkbookPort: insert, settings, validate, go to, highlight, export. */
import { LIMITATIONS, SERVICE_ERRORS } from '../domain/messages/service';
import { EXPLAIN_MSG, STAMP_MSG } from '../domain/messages/stamp';
import type { Report } from '../domain/report/schema';
import type { ReportSettings, ReportSettingsInput } from '../domain/settings';
import type { EngineState } from '../domain/engine/validate';
import type { HighlightRef, WorkbookPort, WorkbookSnapshot } from '../domain/sheet/workbook';
import { TEMPLATE_INFO } from '../domain/templates/info';
import type { AddinService, Capabilities, CheckOrigin, StampedCheck, TemplateInfo, ValidateProgress } from './types';

/**
 * The engine, the rules and the templates load on first use, in their own chunk: the task
 * pane paints its catalog and settings first (Excel on the web, slow connections).
 */
const loadEngine = () => import(/* webpackChunkName: "engine" */ './engine');
/** Settings are checked with zod (~26 KB gzip): loaded with the first settings read, after the pane paints. */
const loadSettingsSchema = () => import(/* webpackChunkName: "settings" */ '../domain/settings');
/** Aggregation brings exceljs (~250 KB gzip): its own chunk, loaded only when the officer uses it. */
const loadAggregate = () => import(/* webpackChunkName: "aggregate" */ './aggregate');
/** The comparison with last year: the engine and the reader, loaded when the officer compares. */
const loadCompare = () => import(/* webpackChunkName: "compare" */ './compare');
/** "Nhập từ bảng có sẵn…": the import engine and the .docx/.xlsx readers, loaded when the officer imports. */
const loadImport = () => import(/* webpackChunkName: "import" */ './import');

export const FULL_CAPABILITIES: Capabilities = {
  namedItems: true,
  dataValidation: true,
  pageLayout: true,
  insertFromWorkbook: true,
};

/**
 * The cells worth colouring in the sheet, each in the colour of its most severe finding: an
 * error (light red) or a warning (yellow). Infos are not coloured.
 */
export function cellsToHighlight(report: Report): HighlightRef[] {
  const byCell = new Map<string, HighlightRef>();
  for (const f of report.findings) {
    if (!f.cell || !f.sheet || f.severity === 'info') continue;
    const key = `${f.sheet}!${f.cell}`;
    const seen = byCell.get(key);
    if (!seen) byCell.set(key, { sheet: f.sheet, cell: f.cell, kind: f.severity });
    else if (f.severity === 'error') seen.kind = 'error';
  }
  return [...byCell.values()];
}

function errorText(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

export function createAddinService(
  port: WorkbookPort,
  caps: Capabilities = FULL_CAPABILITIES,
  origin: CheckOrigin = 'taskpane',
): AddinService {
  /** Writes the stamp of `report` (and the explanations, when given); the report then carries it. */
  async function record(
    engine: Awaited<ReturnType<typeof loadEngine>>,
    report: Report,
    snapshot: Awaited<ReturnType<WorkbookPort['read']>>,
    explanations?: unknown,
  ): Promise<StampedCheck> {
    const stamp = engine.makeStamp(report, snapshot, { now: new Date(), by: origin });
    try {
      await port.writeCheckRecord(explanations === undefined ? { stamp } : { stamp, explanations });
    } catch (e) {
      return { report, stampError: STAMP_MSG.writeFailed(errorText(e)) };
    }
    return { report: { ...report, stamp: engine.freshCheck(stamp) } };
  }

  /**
   * The last check's engine state: a live re-check starts from it and redoes only what the
   * edits touched (revalidate). Taken at the moment it is used (after the read), so re-checks
   * that overlap each start from the latest.
   */
  let last: EngineState | undefined;
  function check(engine: Awaited<ReturnType<typeof loadEngine>>, snapshot: WorkbookSnapshot): Report {
    last = engine.runEngine(snapshot);
    return last.report;
  }

  return {
    catalog(): TemplateInfo[] {
      return TEMPLATE_INFO.map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description,
        sheetName: t.sheetName,
      }));
    },
    capabilities: () => caps,
    limitations() {
      return (Object.keys(LIMITATIONS) as (keyof Capabilities)[]).filter((k) => !caps[k]).map((k) => LIMITATIONS[k]);
    },
    async loadSettings(): Promise<ReportSettings> {
      const [stored, { parseSettings, defaultSettings }] = await Promise.all([
        port.readSettings(),
        loadSettingsSchema(),
      ]);
      const parsed = parseSettings(stored ?? {});
      return parsed.ok ? parsed.settings : defaultSettings();
    },
    async saveSettings(input: ReportSettingsInput): Promise<ReportSettings> {
      const { parseSettings } = await loadSettingsSchema();
      const parsed = parseSettings(input);
      if (!parsed.ok) throw new Error(SERVICE_ERRORS.invalidSettings(parsed.errors.join('; ')));
      await port.writeSettings(parsed.settings);
      return parsed.settings;
    },
    async insert(templateId: string, settings: ReportSettings) {
      const { getTemplate, renderLayout, buildLayout } = await loadEngine();
      const def = getTemplate(templateId);
      if (!def) throw new Error(SERVICE_ERRORS.unknownTemplate(templateId));
      const { plan } = renderLayout(buildLayout(def, settings), {}, def.sheetName);
      return port.insertSheet(plan);
    },
    async validate(onProgress?: (p: ValidateProgress) => void): Promise<Report> {
      onProgress?.({ phase: 'reading', fraction: 0.1 });
      const [snapshot, engine] = await Promise.all([port.read(), loadEngine()]);
      onProgress?.({ phase: 'checking', fraction: 0.6 });
      const report = check(engine, snapshot);
      onProgress?.({ phase: 'done', fraction: 1 });
      return report;
    },
    async watchChanges(onChange) {
      return port.watchChanges ? port.watchChanges(onChange) : undefined;
    },
    async recheck(changes) {
      // The workbook as it is now, re-checked from the last check: only the edited annexes'
      // rows (and what depends on them) are redone; the report is the one a full check gives.
      const [snapshot, engine] = await Promise.all([port.read(), loadEngine()]);
      const from = last;
      last = from ? engine.revalidate(from, changes, snapshot) : engine.runEngine(snapshot);
      return last.report;
    },
    async validateAndStamp(onProgress?: (p: ValidateProgress) => void): Promise<StampedCheck> {
      onProgress?.({ phase: 'reading', fraction: 0.1 });
      const [snapshot, engine] = await Promise.all([port.read(), loadEngine()]);
      onProgress?.({ phase: 'checking', fraction: 0.6 });
      const report = check(engine, snapshot);
      const result = await record(engine, report, snapshot);
      onProgress?.({ phase: 'done', fraction: 1 });
      return result;
    },
    async explain(finding, text) {
      const [snapshot, engine] = await Promise.all([port.read(), loadEngine()]);
      if (!engine.explainable(finding)) throw new Error(EXPLAIN_MSG.notExplainable);
      const items = engine.withExplanation(
        engine.storedExplanations(snapshot),
        snapshot,
        finding,
        text,
        engine.localIso(new Date()),
      );
      const store = engine.toStore(items);
      const report = check(engine, { ...snapshot, explanations: store });
      const result = await record(engine, report, snapshot, store);
      if (result.stampError) throw new Error(result.stampError);
      return result;
    },
    goTo: (ref) => port.select(ref),
    async highlight(report: Report) {
      const cells = cellsToHighlight(report);
      await port.highlight(cells);
      return cells.length;
    },
    clearHighlights: () => port.clearHighlights(),
    async exportReport(report: Report) {
      const [{ reportSheetPlan }, stored, { parseSettings }] = await Promise.all([
        loadEngine(),
        port.readSettings(),
        loadSettingsSchema(),
      ]);
      const parsed = parseSettings(stored ?? {});
      return port.insertSheet(reportSheetPlan(report, new Date(), parsed.ok ? parsed.settings : undefined));
    },
    async aggregateFiles(files, options, onProgress) {
      const { aggregateFiles } = await loadAggregate();
      return aggregateFiles(port, files, options, onProgress);
    },
    async compareWithLastYear(file) {
      const { compareWithFile } = await loadCompare();
      return compareWithFile(port, file);
    },
    async writeCompareSheet(result) {
      const { writeCompareSheet } = await loadCompare();
      return writeCompareSheet(port, result);
    },
    canImportSelection: () => typeof port.readSelection === 'function',
    async importPreview(source, overrides) {
      const { previewImport } = await loadImport();
      return previewImport(port, source, overrides);
    },
    async importInsert(source, overrides) {
      const { insertImport } = await loadImport();
      return insertImport(port, source, overrides);
    },
  };
}
