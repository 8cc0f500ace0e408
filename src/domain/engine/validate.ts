/**
 * The engine: a workbook snapshot in, a report out. Recognise annexes, bind their tables,
 * run every rule that applies, compute indicator results, word the findings. Pure and
 * read-only; bad content becomes findings, never exceptions.
 */
import { getIndicatorSet } from '../indicators/load';
import type { IndicatorSet } from '../indicators/schema';
import { formatMessage } from '../messages';
import { UNREADABLE_REASON } from '../messages/reader';
import { type Finding, type Report, type Severity } from '../report/schema';
import { RULES } from '../rules/registry';
import { appliesTo, type RuleContext, type RuleDraft } from '../rules/types';
import { defaultSettings, parseSettings, type Level, type ReportSettings } from '../settings';
import { a1, columnLetter } from '../sheet/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../sheet/workbook';
import { buildLayout, type TemplateDef } from '../templates/template';
import { applyStoredExplanations, storedExplanations } from '../explanations/store';
import { checkStamp } from '../stamp/stamp';
import { AnnexView } from './annex-view';
import { bindLayout, cellText, type Draft } from './bind';
import { computeIndicators } from './indicators';
import { recognise } from './recognize';

export interface ValidateOptions {
  /** Settings given by the caller (CLI --settings); otherwise those stored in the workbook. */
  settings?: unknown;
  /** Clock for stats.ms (tests pass a fake). */
  now?: () => number;
}

const LEVEL_VARIANTS: Level[][] = [['tinh', 'huyen', 'xa'], ['tinh', 'xa'], ['huyen', 'xa'], ['xa']];

/** Years written in the header ("Năm 2018" …), to rebuild year columns the sheet was made with. */
function headerYears(sheet: SheetSnapshot): number[] {
  const years = new Set<number>();
  for (let r = 0; r < Math.min(sheet.cells.length, 30); r++) {
    for (const c of sheet.cells[r] ?? []) {
      const m = /^Năm (\d{4})$/.exec(cellText(c));
      if (m) years.add(Number(m[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

function errorsOf(findings: Draft[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

/** Binds with the settings; if the structure does not fit, tries the level and year variants the sheet may have been made with. */
export function bindAnnex(def: TemplateDef, sheet: SheetSnapshot, settings: ReportSettings) {
  let layout = buildLayout(def, settings);
  let bound = bindLayout(sheet, layout);
  if (errorsOf(bound.findings) === 0) return { layout, bound };
  const candidates: ReportSettings[] = [];
  const years = headerYears(sheet);
  const yearVariants: Partial<ReportSettings>[] = [{}];
  if (years.length >= 1) {
    const y = years[years.length - 1]!;
    yearVariants.push(
      { budgetFromYear: years[0]!, reportYear: y },
      { budgetFromYear: years[0]!, reportYear: y - 1 },
      { reportYear: y },
      { reportYear: y - 1 },
    );
  }
  for (const levels of LEVEL_VARIANTS) for (const yv of yearVariants) candidates.push({ ...settings, ...yv, levels });
  for (const s of candidates) {
    if (s.budgetFromYear > s.reportYear) continue;
    let l;
    try {
      l = buildLayout(def, s);
    } catch {
      continue;
    }
    const b = bindLayout(sheet, l);
    if (errorsOf(b.findings) < errorsOf(bound.findings)) {
      layout = l;
      bound = b;
      if (errorsOf(b.findings) === 0) break;
    }
  }
  return { layout, bound };
}

function resolveSettings(snapshot: WorkbookSnapshot, given: unknown, push: (f: Finding) => void): ReportSettings {
  const source = given ?? snapshot.settings;
  if (source === undefined) return defaultSettings();
  const parsed = parseSettings(source);
  if (parsed.ok) return parsed.settings;
  push({
    rule: 'structure/settings',
    messageId: 'settings/invalid',
    severity: 'warning',
    sheet: '',
    cell: '',
    message: formatMessage('settings/invalid', { detail: parsed.errors.join('; ') }),
  });
  return defaultSettings();
}

export function validateSnapshot(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): Report {
  return inspectSnapshot(snapshot, options).report;
}

/** The report and the annexes it was made from (bound tables, cached cell readings), for callers that go on reading them (aggregation). */
export function inspectSnapshot(
  snapshot: WorkbookSnapshot,
  options: ValidateOptions = {},
): { report: Report; annexes: AnnexView[] } {
  const now = options.now ?? (() => (typeof performance !== 'undefined' ? performance.now() : Date.now()));
  const started = now();
  const findings: Finding[] = [];
  const settings = resolveSettings(snapshot, options.settings, (f) => findings.push(f));
  const indicators: IndicatorSet = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet()!;

  const annexes: AnnexView[] = [];
  const recognised = recognise(snapshot);
  for (const r of recognised) {
    const { layout, bound } = bindAnnex(r.def, r.sheet, settings);
    const view = new AnnexView(r.def, r.sheet, layout, bound.tables);
    annexes.push(view);
    for (const d of bound.findings) findings.push(toFinding(d, 'structure/table', d.severity ?? 'error', view));
  }

  for (const rule of RULES) {
    const report = (view: AnnexView | undefined) => (d: RuleDraft) =>
      findings.push(toFinding(d, rule.id, d.severity ?? rule.defaultSeverity, view));
    const ctxFor = (view: AnnexView | undefined): RuleContext => ({ settings, indicators, report: report(view) });
    try {
      if (rule.scope === 'workbook') rule.check(annexes, ctxFor(undefined));
      else for (const a of annexes) if (appliesTo(rule, a.templateId)) rule.check(a, ctxFor(a));
    } catch (e) {
      // A rule must never stop validation; say which one failed so it gets fixed.
      findings.push({
        rule: rule.id,
        messageId: 'internal/rule-failed',
        severity: 'warning',
        sheet: '',
        cell: '',
        message: formatMessage('internal/rule-failed', { rule: rule.id, detail: (e as Error).message }),
      });
    }
  }

  const unreadable = unreadableAnnexes(snapshot);
  for (const u of unreadable) findings.push(u);

  if (recognised.length === 0 && unreadable.length === 0) {
    findings.push({
      rule: 'structure/known-template',
      messageId: 'structure/unknown-workbook',
      severity: 'error',
      sheet: '',
      cell: '',
      message: formatMessage('structure/unknown-workbook'),
    });
  }

  const indicatorResults = computeIndicators(annexes, settings, indicators, findings);
  // The officer's explanations from the pane first (kept only while their row is unchanged).
  applyStoredExplanations(findings, snapshot, storedExplanations(snapshot));
  applyExplanations(findings, settings, annexes);
  linkCauses(findings);
  findings.sort(compareFindings(snapshot));

  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const report: Report = {
    valid: count('error') === 0,
    stats: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      explained: findings.filter((f) => f.severity === 'warning' && !!f.explanation).length,
      sheets: annexes.length,
      cells: annexes.reduce((n, a) => n + a.cellsRead(), 0),
      ms: Math.round((now() - started) * 100) / 100,
    },
    annexes: annexes.map((a) => {
      const mine = findings.filter((f) => f.sheet === a.sheet.name);
      return {
        templateId: a.templateId,
        sheet: a.sheet.name,
        title: a.def.title,
        errors: mine.filter((f) => f.severity === 'error').length,
        warnings: mine.filter((f) => f.severity === 'warning').length,
        infos: mine.filter((f) => f.severity === 'info').length,
      };
    }),
    findings,
    indicators: indicatorResults,
    stamp: checkStamp(snapshot),
  };
  return { report, annexes };
}

/**
 * Annexes the file marks but whose sheet could not be read (the file lists the sheet, but its
 * part is missing, its relationship dangles, or its bytes are damaged). Each is an error, so a
 * damaged file is never "ready to send". (A marker naming a sheet the file does not list at
 * all is a deleted annex, not a damaged one: nothing to report here.)
 */
function unreadableAnnexes(snapshot: WorkbookSnapshot): Finding[] {
  const broken = new Map((snapshot.unreadableSheets ?? []).map((u) => [u.name.toLowerCase(), u]));
  const out: Finding[] = [];
  if (broken.size === 0) return out;
  const present = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const seen = new Set<string>();
  for (const m of snapshot.markers) {
    const key = m.sheetName.toLowerCase();
    const u = broken.get(key);
    if (!u || present.has(key) || seen.has(key)) continue;
    seen.add(key);
    const data = { templateId: m.templateId, sheet: u.name, reason: UNREADABLE_REASON[u.reason] };
    out.push({
      rule: 'structure/annex-readable',
      messageId: 'structure/annex-unreadable',
      severity: 'error',
      sheet: data.sheet,
      cell: '',
      templateId: m.templateId,
      message: formatMessage('structure/annex-unreadable', data),
      data,
    });
  }
  return out;
}

function toFinding(d: RuleDraft, rule: string, severity: Severity, view: AnnexView | undefined): Finding {
  const hasCell = d.row !== undefined;
  const col = d.col ?? 0;
  const cell = hasCell ? a1(d.row!, col) : '';
  const header = view && d.col !== undefined ? columnHeader(view, d.col) : undefined;
  const data = { column: header, ...(d.data ?? {}) };
  const f: Finding = {
    rule,
    messageId: d.messageId,
    severity,
    sheet: view?.sheet.name ?? (d.data?.sheet as string | undefined) ?? '',
    cell,
    message: formatMessage(d.messageId, data),
  };
  if (hasCell) {
    f.row = d.row! + 1;
    f.column = columnLetter(col);
    if (header) f.columnLabel = header;
  }
  if (view) f.templateId = view.templateId;
  if (d.indicatorId) f.indicatorId = d.indicatorId;
  if (d.value !== undefined && d.value !== '') f.value = d.value;
  if (d.expected !== undefined && d.expected !== '') f.expected = d.expected;
  if (d.data) f.data = d.data;
  if (d.causedBy?.length) {
    f.causedBy = d.causedBy.map((c) => ({
      sheet: f.sheet,
      cell: a1(c.row, c.col),
      ...(c.messageId ? { messageId: c.messageId } : {}),
    }));
  }
  return f;
}

/**
 * Completes each cause reference with the finding at that cell (the one named, else the first
 * there), so the pane can put causes first; a reference to a cell with no finding keeps only
 * the cell.
 */
export function linkCauses(findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.cell === '') continue;
    const k = `${f.sheet}!${f.cell}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  for (const f of findings) {
    if (!f.causedBy) continue;
    f.causedBy = f.causedBy.map((c) => {
      const there = (byCell.get(`${c.sheet}!${c.cell}`) ?? []).filter((x) => x !== f);
      const cause = there.find((x) => x.messageId === c.messageId) ?? (c.messageId ? undefined : there[0]);
      return cause
        ? { sheet: c.sheet, cell: c.cell, rule: cause.rule, messageId: cause.messageId }
        : { sheet: c.sheet, cell: c.cell };
    });
  }
}

function columnHeader(view: AnnexView, col: number): string | undefined {
  for (const t of view.tables) for (const b of t.cols.values()) if (b.col === col) return b.def.header.join(' – ');
  return undefined;
}

/** Warnings the officer explained (settings, or the CLQG "Ghi chú / giải trình" cell of the row) are shown as explained. */
function applyExplanations(findings: Finding[], settings: ReportSettings, annexes: AnnexView[]): void {
  const notes = new Map<string, string>();
  for (const a of annexes) {
    for (const { table, row } of a.dataRows()) {
      const note = table.cols.get('ghi_chu');
      if (!note || note.col < 0 || !row.def?.indicatorId) continue;
      const text = cellText(a.sheet.cells[row.row]?.[note.col]);
      if (text) notes.set(`${a.sheet.name}!${row.row + 1}`, text);
    }
  }
  for (const f of findings) {
    if (f.severity === 'error' || f.explanation) continue;
    const e =
      settings.explanations[`${f.rule}@${f.sheet}!${f.cell}`] ??
      (f.indicatorId ? settings.explanations[`${f.rule}@${f.indicatorId}`] : undefined) ??
      (f.row !== undefined ? notes.get(`${f.sheet}!${f.row}`) : undefined);
    if (e) f.explanation = e;
  }
}

/** Sheet order, then row, then column (A < B < … < Z < AA). */
function compareFindings(snapshot: WorkbookSnapshot) {
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const col = (f: Finding) => f.column ?? '';
  return (a: Finding, b: Finding) => {
    const ca = col(a);
    const cb = col(b);
    return (
      (order.get(a.sheet) ?? -1) - (order.get(b.sheet) ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      ca.length - cb.length ||
      (ca < cb ? -1 : ca > cb ? 1 : 0)
    );
  };
}
