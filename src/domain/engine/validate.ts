/**
 * The engine: a workbook snapshot in, a report out. Recognise annexes, bind their tables,
 * run every rule that applies, compute indicator results, word the findings. Pure and
 * read-only; bad content becomes findings, never exceptions.
 */
import { getIndicatorSet } from '../indicators/load';
import type { IndicatorSet } from '../indicators/schema';
import { formatMessage } from '../messages';
import { UNREADABLE_REASON } from '../messages/reader';
import { type Finding, type IndicatorResult, type Report, type Severity } from '../report/schema';
import { RULES } from '../rules/registry';
import {
  appliesTo,
  type AnnexRule,
  type CellRule,
  type Rule,
  type RuleContext,
  type RuleDraft,
  type WorkbookRule,
} from '../rules/types';
import { defaultSettings, parseSettings, type Level, type ReportSettings } from '../settings';
import { a1, columnLetter } from '../sheet/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../sheet/workbook';
import type { Layout } from '../templates/schema';
import { buildLayout, type TemplateDef } from '../templates/template';
import { applyStoredExplanations, storedExplanations } from '../explanations/store';
import { checkStamp } from '../stamp/stamp';
import { AnnexView } from './annex-view';
import { compileCellRules, runCellRules, type CompiledCellRule } from './cell-pass';
import { bindLayout, cellText, type Draft } from './bind';
import { computeIndicators } from './indicators';
import { recognise } from './recognize';
import { isOwnOutputSheet } from './own-sheets';
import { handMadeTables, type HandMadeTable } from '../import/hand-made';
import { SETTINGS_SHEET } from '../sheet/workbook';
import { getTemplate } from '../templates/catalog';
import { KeptMap } from '../kept-map';
import { templateInfo } from '../templates/info';

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

/**
 * Layouts built for one settings object, by template and variant: a workbook re-checked with
 * the same settings (revalidate) builds each layout once. Layouts are never changed after building.
 */
const layouts = new WeakMap<ReportSettings, Map<string, Layout>>();
/**
 * Layouts by template and the settings' content: every validation resolves its settings into a
 * new object, and the same settings give the same layout (building and checking one against its
 * schema took a megabyte per validation). The last 64 are kept.
 */
const layoutsByContent = new KeptMap<string, Layout>(64);

function layoutFor(def: TemplateDef, settings: ReportSettings, variant: Partial<ReportSettings>): Layout {
  let mine = layouts.get(settings);
  if (!mine) layouts.set(settings, (mine = new Map()));
  const key = `${def.id} ${JSON.stringify(variant)}`;
  let l = mine.get(key);
  if (!l) {
    const merged = { ...settings, ...variant };
    const content = `${def.id} ${JSON.stringify(merged)}`;
    l = layoutsByContent.get(content);
    if (!l) {
      l = buildLayout(def, merged);
      layoutsByContent.set(content, l);
    }
    mine.set(key, l);
  }
  return l;
}

/** The layout a template has with these settings (the one tried first). */
export function defaultLayout(def: TemplateDef, settings: ReportSettings): Layout {
  return layoutFor(def, settings, {});
}

/** Binds with the settings; if the structure does not fit, tries the level and year variants the sheet may have been made with. */
export function bindAnnex(def: TemplateDef, sheet: SheetSnapshot, settings: ReportSettings) {
  let layout = layoutFor(def, settings, {});
  let bound = bindLayout(sheet, layout);
  if (errorsOf(bound.findings) === 0) return { layout, bound };
  const candidates: Partial<ReportSettings>[] = [];
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
  for (const levels of LEVEL_VARIANTS) for (const yv of yearVariants) candidates.push({ ...yv, levels });
  for (const v of candidates) {
    const s = { ...settings, ...v };
    if (s.budgetFromYear > s.reportYear) continue;
    let l;
    try {
      l = layoutFor(def, settings, v);
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
  return runEngine(snapshot, options).report;
}

/** The report and the annexes it was made from (bound tables, cached cell readings), for callers that go on reading them (aggregation). */
export function inspectSnapshot(
  snapshot: WorkbookSnapshot,
  options: ValidateOptions = {},
): { report: Report; annexes: AnnexView[] } {
  const state = runEngine(snapshot, options);
  return { report: state.report, annexes: state.annexes.map((a) => a.view) };
}

/** Findings in the order they were made, each with its rank (settings, binding, the rule's place in RULES, workbook checks). */
export class FindingSink {
  readonly list: Finding[] = [];
  readonly ranks: number[] = [];
  push(f: Finding, rank: number): void {
    this.list.push(f);
    this.ranks.push(rank);
  }
}

/** A FindingSink whose findings each belong to a 0-based sheet row (-1: none), so an edited row's can be dropped. */
export class RowSink extends FindingSink {
  readonly rows: number[] = [];
  pushAt(f: Finding, rank: number, row: number): void {
    this.push(f, rank);
    this.rows.push(row);
  }
  /** rowOrder() as last made (it covers the findings pushed before it). */
  private sorted: Int32Array | undefined;
  /** A copy without the findings of `rows`, in row order (a re-check then only sorts what it adds). */
  without(rows: ReadonlySet<number>): RowSink {
    const next = new RowSink();
    const order = this.rowOrder();
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (!rows.has(this.rows[i]!)) next.pushAt(this.list[i]!, this.ranks[i]!, this.rows[i]!);
    }
    const sorted = new Int32Array(next.list.length);
    for (let i = 0; i < sorted.length; i++) sorted[i] = i;
    next.sorted = sorted;
    return next;
  }
  /** Indices of the findings by row, then in the order they were made. */
  rowOrder(): Int32Array {
    const n = this.list.length;
    const done = this.sorted;
    if (done && done.length === n) return done;
    const rows = this.rows;
    const before = (x: number, y: number) => rows[x]! - rows[y]! || x - y;
    const from = done ? done.length : 0;
    const added = new Int32Array(n - from);
    for (let k = 0; k < added.length; k++) added[k] = from + k;
    added.sort(before);
    if (!done) return (this.sorted = added);
    // Merge the sorted findings with the ones added since.
    const out = new Int32Array(n);
    let a = 0;
    let b = 0;
    for (let k = 0; k < n; k++)
      out[k] = b >= added.length || (a < done.length && before(done[a]!, added[b]!) < 0) ? done[a++]! : added[b++]!;
    return (this.sorted = out);
  }
}

export const RANK_SETTINGS = -2;
export const RANK_BINDING = -1;
export const RANK_HAND_MADE = 999;
export const RANK_UNREADABLE = 1000;
export const RANK_UNKNOWN = 1001;

/** One recognised annex: its view, its binding's findings, and what each kind of rule found there. */
export interface AnnexState {
  view: AnnexView;
  binding: FindingSink;
  /** Findings of annex rules (whole-annex checks). */
  rules: FindingSink;
  /** Findings of cell rules and row-local annex rules, each with its 0-based sheet row (they report at their own row). */
  cells: RowSink;
  /** Recognised by its title only (an edit may make it the officer's own layout). */
  byTitle: boolean;
}

/**
 * An annex's state, always made here: one object shape for every annex of every run and
 * re-check (a copy by spread has a shape of its own, and the code that reads annex states —
 * the rules' context, the report order — was deoptimised at each new one).
 */
export function annexState(
  view: AnnexView,
  binding: FindingSink,
  rules: FindingSink,
  cells: RowSink,
  byTitle: boolean,
): AnnexState {
  return { view, binding, rules, cells, byTitle };
}

/** Everything a validation computed, kept so that revalidate can redo only what an edit touched. */
export interface EngineState {
  snapshot: WorkbookSnapshot;
  options: ValidateOptions;
  settings: ReportSettings;
  indicators: IndicatorSet;
  head: FindingSink;
  annexes: AnnexState[];
  workbook: FindingSink;
  tail: FindingSink;
  /** A rule threw: incremental runs fall back to full ones. */
  failed: boolean;
  report: Report;
}

/** The rules by kind, each with its rank (its place in RULES). */
export const RULE_PLAN = (() => {
  const cell: { rule: CellRule; rank: number }[] = [];
  const annex: { rule: AnnexRule; rank: number }[] = [];
  const workbook: { rule: WorkbookRule; rank: number }[] = [];
  RULES.forEach((rule, rank) => {
    if (rule.scope === 'cell') cell.push({ rule, rank });
    else if (rule.scope === 'annex') annex.push({ rule, rank });
    else workbook.push({ rule, rank });
  });
  return { cell, annex, workbook };
})();

function failure(rule: Rule, e: unknown): Finding {
  // A rule must never stop validation; say which one failed so it gets fixed.
  return {
    rule: rule.id,
    messageId: 'internal/rule-failed',
    severity: 'warning',
    sheet: '',
    cell: '',
    message: formatMessage('internal/rule-failed', { rule: rule.id, detail: (e as Error)?.message ?? String(e) }),
  };
}

export function ruleContext(
  settings: ReportSettings,
  indicators: IndicatorSet,
  rule: Rule,
  view: AnnexView | undefined,
  push: (f: Finding) => void,
): RuleContext {
  return {
    settings,
    indicators,
    report: (d: RuleDraft) => push(toFinding(d, rule.id, d.severity ?? rule.defaultSeverity, view)),
  };
}

/** Binds one recognised annex and records its binding's findings. */
export function bindState(def: TemplateDef, sheet: SheetSnapshot, settings: ReportSettings): AnnexState {
  const { layout, bound } = bindAnnex(def, sheet, settings);
  const view = new AnnexView(def, sheet, layout, bound.tables);
  const binding = new FindingSink();
  for (const d of bound.findings)
    binding.push(toFinding(d, 'structure/table', d.severity ?? 'error', view), RANK_BINDING);
  return annexState(view, binding, new FindingSink(), new RowSink(), false);
}

/** Runs the cell rules over an annex (only `rows`, when given), filing findings by row. */
export function runCells(
  state: Pick<EngineState, 'settings' | 'indicators'>,
  a: AnnexState,
  compiled: CompiledCellRule[],
  failures: FindingSink,
  rows?: ReadonlySet<number>,
): void {
  runCellRules(
    a.view,
    compiled,
    (r) => ruleContext(state.settings, state.indicators, r.rule, a.view, (f) => byRow(a, f, r.rank)),
    (r, e) => failures.push(failure(r.rule, e), r.rank),
    rows,
  );
}

/** Files a finding of a row-local rule (or a cell rule) under its row. */
function byRow(a: AnnexState, f: Finding, rank: number): void {
  a.cells.pushAt(f, rank, f.row === undefined ? -1 : f.row - 1);
}

/** A re-check's edit of an annex: the column keys it touched, and the findings the annex rules made before. */
export interface AnnexEdit {
  columns: ReadonlySet<string>;
  before: FindingSink;
}

/** The rule reads none of the edited columns (it declares what it reads). */
function untouched(rule: AnnexRule, edit: AnnexEdit): boolean {
  if (!rule.reads) return false;
  for (let i = 0; i < rule.reads.length; i++) if (edit.columns.has(rule.reads[i]!)) return false;
  return true;
}

/** Takes over the findings a rule made before (in the order it made them), as running it again would make them. */
function keepFindings(into: FindingSink, before: FindingSink, rank: number): void {
  for (let i = 0; i < before.list.length; i++) if (before.ranks[i] === rank) into.push(before.list[i]!, rank);
}

/**
 * Runs the annex rules over one annex; with `rows`, the row-local ones over those rows only
 * (their findings filed by row). With `edit`, a whole-annex rule that reads none of the edited
 * columns keeps its findings. False when one threw.
 */
export function runAnnexRules(
  state: Pick<EngineState, 'settings' | 'indicators'>,
  a: AnnexState,
  failures: FindingSink,
  rows?: ReadonlySet<number>,
  dead?: Set<AnnexRule>,
  edit?: AnnexEdit,
): boolean {
  let ok = true;
  let restricted: AnnexView | undefined;
  for (const { rule, rank } of RULE_PLAN.annex) {
    if (dead?.has(rule) || !appliesTo(rule, a.view.templateId)) continue;
    if (edit && !rule.rowLocal && untouched(rule, edit)) {
      keepFindings(a.rules, edit.before, rank);
      continue;
    }
    const view = rule.rowLocal && rows ? (restricted ??= a.view.restrict(rows)) : a.view;
    const push = rule.rowLocal ? (f: Finding) => byRow(a, f, rank) : (f: Finding) => a.rules.push(f, rank);
    try {
      rule.check(view, ruleContext(state.settings, state.indicators, rule, a.view, push));
    } catch (e) {
      failures.push(failure(rule, e), rank);
      dead?.add(rule);
      ok = false;
    }
  }
  return ok;
}

/** Runs the workbook rules over every annex into a fresh sink. */
export function runWorkbookRules(state: Pick<EngineState, 'settings' | 'indicators'>, annexes: AnnexState[]) {
  const sink = new FindingSink();
  let ok = true;
  const views = annexes.map((a) => a.view);
  for (const { rule, rank } of RULE_PLAN.workbook) {
    try {
      rule.check(
        views,
        ruleContext(state.settings, state.indicators, rule, undefined, (f) => sink.push(f, rank)),
      );
    } catch (e) {
      sink.push(failure(rule, e), rank);
      ok = false;
    }
  }
  return { sink, ok };
}

/** A full validation, keeping what revalidate needs. */
export function runEngine(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): EngineState {
  const now = options.now ?? defaultNow;
  const started = now();
  const head = new FindingSink();
  const settings = resolveSettings(snapshot, options.settings, (f) => head.push(f, RANK_SETTINGS));
  const indicators: IndicatorSet = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet()!;
  const ctx = { settings, indicators };

  const recognised = recognise(snapshot);
  const annexes: AnnexState[] = [];
  /** Sheets recognised by their title only whose layout is the officer's own: described, not checked. */
  const handMade: HandMade[] = [];
  for (const r of recognised) {
    const a = bindState(r.def, r.sheet, settings);
    const why = r.by === 'title' ? ownLayout(a.binding.list) : undefined;
    // Checking it against the standard positions would mislabel its values ("92,3" read as a count).
    if (why) handMade.push({ sheet: r.sheet, def: r.def, why, table: handMadeTables(r.sheet, settings, r.def.id)[0] });
    else annexes.push(r.by === 'title' ? annexState(a.view, a.binding, a.rules, a.cells, true) : a);
  }
  // The other sheets the officer made: a table that looks like an annex is said so.
  const seen = new Set(recognised.map((r) => r.sheet.name));
  const marked = new Set(snapshot.markers.map((m) => m.sheetName.toLowerCase()));
  for (const sheet of snapshot.sheets) {
    if (seen.has(sheet.name) || sheet.name === SETTINGS_SHEET || sheet.visibility === 'veryHidden') continue;
    if (marked.has(sheet.name.toLowerCase()) || isOwnOutputSheet(sheet)) continue;
    for (const table of handMadeTables(sheet, settings)) {
      const def = getTemplate(table.templateId);
      if (def) handMade.push({ sheet, def, why: 'no-marker', table });
    }
  }
  // Annex rules stop at their first failure (for every annex), as one rule run would.
  const failures = new FindingSink();
  let failed = false;
  const compiled = compileCellRules(RULE_PLAN.cell);
  for (const a of annexes) runCells(ctx, a, compiled, failures);
  const dead = new Set<AnnexRule>();
  for (const a of annexes) if (!runAnnexRules(ctx, a, failures, undefined, dead)) failed = true;
  const wb = runWorkbookRules(ctx, annexes);
  for (let i = 0; i < failures.list.length; i++) wb.sink.push(failures.list[i]!, failures.ranks[i]!);
  if (failures.list.length || !wb.ok) failed = true;

  const tail = new FindingSink();
  for (const h of handMade) tail.push(handMadeFinding(h, annexes.length > 0), RANK_HAND_MADE);
  for (const u of unreadableAnnexes(snapshot)) tail.push(u, RANK_UNREADABLE);
  if (annexes.length === 0 && tail.list.length === 0) {
    tail.push(
      {
        rule: 'structure/known-template',
        messageId: 'structure/unknown-workbook',
        severity: 'error',
        sheet: '',
        cell: '',
        message: formatMessage('structure/unknown-workbook'),
      },
      RANK_UNKNOWN,
    );
  }
  return finish(
    { snapshot, options, settings, indicators, head, annexes, workbook: wb.sink, tail, failed },
    started,
    now,
  );
}

/** What a run computed before its report. */
export type EngineFrame = Omit<EngineState, 'report'>;

/**
 * The state with its report: one object shape for full runs and re-checks (a re-check's state
 * made by spreading the previous one had a shape of its own, and assemble and the report order
 * were deoptimised and compiled again on re-checks).
 */
export function finish(frame: EngineFrame, started: number, now: () => number): EngineState {
  const state: EngineState = {
    snapshot: frame.snapshot,
    options: frame.options,
    settings: frame.settings,
    indicators: frame.indicators,
    head: frame.head,
    annexes: frame.annexes,
    workbook: frame.workbook,
    tail: frame.tail,
    failed: frame.failed,
    report: undefined as unknown as Report, // set below, from the state itself
  };
  state.report = assemble(state, started, now);
  return state;
}

/**
 * The clock for stats.ms. One function for every run: a new closure per re-check made
 * assemble's optimised code give up at each call ("wrong call target").
 */
export const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Findings in report order: sheet (when given), row, column, the order the checks ran in
 * (rank), then the order they were made. Each finding's keys are kept beside it.
 */
interface Ordered {
  list: Finding[];
  sheets: Int32Array;
  rows: Int32Array;
  cols: Int32Array;
  ranks: Int32Array;
}

/** A finding's column as the report order compares it: -1 for a finding without one. */
function columnKey(f: Finding): number {
  return f.column === undefined || f.column === '' ? -1 : columnIndex(f.column);
}

/** An ordered list of n findings, to be filled. */
function newOrdered(n: number): Ordered {
  return {
    list: new Array<Finding>(n),
    sheets: new Int32Array(n),
    rows: new Int32Array(n),
    cols: new Int32Array(n),
    ranks: new Int32Array(n),
  };
}

/** Sorts findings (with their ranks, in the order they were made, and their sheets' places) into report order. */
function orderFindings(made: readonly Finding[], madeRanks: readonly number[], sheets?: Int32Array): Ordered {
  const n = made.length;
  const kSheet = sheets ?? new Int32Array(n);
  const kRow = new Int32Array(n);
  const kCol = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = made[i]!;
    kRow[i] = f.row ?? 0;
    kCol[i] = columnKey(f);
  }
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort(
    (x, y) =>
      kSheet[x]! - kSheet[y]! || kRow[x]! - kRow[y]! || kCol[x]! - kCol[y]! || madeRanks[x]! - madeRanks[y]! || x - y,
  );
  const out = newOrdered(n);
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    out.list[k] = made[i]!;
    out.sheets[k] = kSheet[i]!;
    out.rows[k] = kRow[i]!;
    out.cols[k] = kCol[i]!;
    out.ranks[k] = madeRanks[i]!;
  }
  return out;
}

/** An annex's findings in report order, kept while its sinks are the same (revalidate keeps those of the annexes not edited). */
const annexOrder = new WeakMap<RowSink, { binding: FindingSink; rules: FindingSink; ordered: Ordered }>();

/** Binding, annex-rule and cell findings of one annex (all at its sheet), in report order. */
function orderedAnnex(a: AnnexState): Ordered {
  const kept = annexOrder.get(a.cells);
  const n = a.binding.list.length + a.rules.list.length + a.cells.list.length;
  if (kept && kept.binding === a.binding && kept.rules === a.rules && kept.ordered.list.length === n)
    return kept.ordered;
  // The binding's and annex rules' findings are few: sorted in full.
  const made: Finding[] = [];
  const ranks: number[] = [];
  for (const s of [a.binding, a.rules])
    for (let i = 0; i < s.list.length; i++) {
      made.push(s.list[i]!);
      ranks.push(s.ranks[i]!);
    }
  const head = orderFindings(made, ranks);
  const cells = orderedCells(a.cells);
  const ordered = mergeOrdered(head, cells);
  annexOrder.set(a.cells, { binding: a.binding, rules: a.rules, ordered });
  return ordered;
}

/**
 * Cell findings in report order. They come in row order (rowOrder), so only the few of each row
 * move, to their place by column and rank: an insertion sort, stable like the full sort it
 * replaces, in linear time for rows of a finding or two.
 */
function orderedCells(sink: RowSink): Ordered {
  const order = sink.rowOrder();
  const n = order.length;
  const out = newOrdered(n);
  const { list, rows, cols, ranks } = out;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const f = sink.list[i]!;
    const row = f.row ?? 0;
    const col = columnKey(f);
    const rank = sink.ranks[i]!;
    let j = k;
    while (j > 0 && (rows[j - 1]! - row || cols[j - 1]! - col || ranks[j - 1]! - rank) > 0) {
      list[j] = list[j - 1]!;
      rows[j] = rows[j - 1]!;
      cols[j] = cols[j - 1]!;
      ranks[j] = ranks[j - 1]!;
      j--;
    }
    list[j] = f;
    rows[j] = row;
    cols[j] = col;
    ranks[j] = rank;
  }
  return out;
}

/** Two ordered lists of one sheet merged; on equal places `a`'s findings first (they were made first). */
function mergeOrdered(a: Ordered, b: Ordered): Ordered {
  const na = a.list.length;
  const nb = b.list.length;
  if (na === 0) return b;
  const n = na + nb;
  const out = newOrdered(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const fromA =
      j >= nb || (i < na && (a.rows[i]! - b.rows[j]! || a.cols[i]! - b.cols[j]! || a.ranks[i]! - b.ranks[j]!) <= 0);
    const src = fromA ? a : b;
    const x = fromA ? i++ : j++;
    out.list[k] = src.list[x]!;
    out.rows[k] = src.rows[x]!;
    out.cols[k] = src.cols[x]!;
    out.ranks[k] = src.ranks[x]!;
  }
  return out;
}

/**
 * Every finding in report order: sheet order, then row, column, rank, and the order they were
 * made (settings, each annex's binding, annex rules and cells, workbook checks, the tail). An
 * annex's findings are all at its own sheet, so each annex is ordered on its own (and kept
 * while unchanged) and merged with the few findings of the settings, workbook checks and tail.
 */
function reportOrder(state: Omit<EngineState, 'report'>): Finding[] {
  const sheetOrder = new Map(state.snapshot.sheets.map((s, i) => [s.name, i]));
  const sheetOf = (f: Finding) => sheetOrder.get(f.sheet) ?? -1;
  const made: Finding[] = [];
  const ranks: number[] = [];
  for (const s of [state.head, state.workbook, state.tail])
    for (let i = 0; i < s.list.length; i++) {
      made.push(s.list[i]!);
      ranks.push(s.ranks[i]!);
    }
  const loose = orderFindings(made, ranks, Int32Array.from(made, sheetOf));
  const blocks = state.annexes
    .map((a) => ({ sheet: sheetOrder.get(a.view.sheet.name) ?? -1, ordered: orderedAnnex(a) }))
    .sort((x, y) => x.sheet - y.sheet);
  let total = loose.list.length;
  for (const b of blocks) total += b.ordered.list.length;
  const out = new Array<Finding>(total);
  let n = 0;
  let l = 0;
  const L = loose.list.length;
  for (const { sheet, ordered: o } of blocks) {
    while (l < L && loose.sheets[l]! < sheet) out[n++] = loose.list[l++]!;
    // Merge with the loose findings of the same sheet (their ranks never equal an annex's).
    for (let k = 0; k < o.list.length;) {
      if (
        l < L &&
        loose.sheets[l] === sheet &&
        (loose.rows[l]! - o.rows[k]! || loose.cols[l]! - o.cols[k]! || loose.ranks[l]! - o.ranks[k]!) < 0
      )
        out[n++] = loose.list[l++]!;
      else out[n++] = o.list[k++]!;
    }
  }
  while (l < L) out[n++] = loose.list[l++]!;
  return out;
}

/** The CLQG sheet's errors in the order the rules made them (by rank, then as made). */
function clqgErrors(state: Omit<EngineState, 'report'>, clqg: AnnexView): Finding[] {
  const found: Finding[] = [];
  const ranks: number[] = [];
  const take = (s: FindingSink, order?: Int32Array) => {
    const n = order ? order.length : s.list.length;
    for (let k = 0; k < n; k++) {
      const i = order ? order[k]! : k;
      const f = s.list[i]!;
      if (f.severity === 'error' && f.sheet === clqg.sheet.name) {
        found.push(f);
        ranks.push(s.ranks[i]!);
      }
    }
  };
  take(state.head);
  for (const a of state.annexes) {
    // Every finding of another annex is at that annex's own sheet.
    if (a.view !== clqg) continue;
    take(a.binding);
    take(a.rules);
    take(a.cells, a.cells.rowOrder());
  }
  take(state.workbook);
  take(state.tail);
  const idx = Array.from(found.keys()).sort((x, y) => ranks[x]! - ranks[y]! || x - y);
  return idx.map((i) => found[i]!);
}

/**
 * The indicator results of the last report per CLQG view (and per settings, for a workbook
 * without one): a re-check of another annex, with the same CLQG errors, gives the same results.
 */
const lastIndicators = new WeakMap<
  object,
  { settings: ReportSettings; set: IndicatorSet; errors: Finding[]; results: IndicatorResult[] }
>();

function indicatorsOf(
  views: AnnexView[],
  clqg: AnnexView | undefined,
  settings: ReportSettings,
  set: IndicatorSet,
  errors: Finding[],
): IndicatorResult[] {
  const key: object = clqg ?? settings;
  const last = lastIndicators.get(key);
  if (
    last &&
    last.settings === settings &&
    last.set === set &&
    last.errors.length === errors.length &&
    last.errors.every((f, i) => f === errors[i])
  )
    return last.results.slice();
  const results = computeIndicators(views, settings, set, errors);
  lastIndicators.set(key, { settings, set, errors, results });
  return results.slice();
}

/** The report from the findings kept in a state: ordered, explained, causes linked, counted. */
export function assemble(state: Omit<EngineState, 'report'>, started: number, now: () => number): Report {
  const { snapshot, settings, indicators } = state;
  const views = state.annexes.map((a) => a.view);
  const clqg = views.find((v) => v.templateId === 'CLQG');
  // The indicators see the CLQG sheet's errors in the order the rules made them.
  const indicatorResults = indicatorsOf(views, clqg, settings, indicators, clqg ? clqgErrors(state, clqg) : []);

  // The kept findings stay as the rules made them: explanations and causes are added to copies of the findings they change.
  const findings = reportOrder(state);

  // The officer's explanations from the pane first (kept only while their row is unchanged).
  applyStoredExplanations(findings, snapshot, storedExplanations(snapshot));
  applyExplanations(findings, settings, views);
  linkCauses(findings);

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let explained = 0;
  const perSheet = new Map<string, { errors: number; warnings: number; infos: number }>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    let c = perSheet.get(f.sheet);
    if (!c) perSheet.set(f.sheet, (c = { errors: 0, warnings: 0, infos: 0 }));
    if (f.severity === 'error') {
      errors++;
      c.errors++;
    } else if (f.severity === 'warning') {
      warnings++;
      c.warnings++;
      if (f.explanation) explained++;
    } else {
      infos++;
      c.infos++;
    }
  }
  let cells = 0;
  const annexes: Report['annexes'] = [];
  for (const a of state.annexes) {
    const v = a.view;
    cells += v.cellsRead();
    const mine = perSheet.get(v.sheet.name);
    annexes.push({
      templateId: v.templateId,
      sheet: v.sheet.name,
      title: v.def.title,
      errors: mine ? mine.errors : 0,
      warnings: mine ? mine.warnings : 0,
      infos: mine ? mine.infos : 0,
    });
  }
  return {
    valid: errors === 0,
    stats: {
      errors,
      warnings,
      infos,
      explained,
      sheets: annexes.length,
      cells,
      ms: Math.round((now() - started) * 100) / 100,
    },
    annexes,
    findings,
    indicators: indicatorResults,
    stamp: checkStamp(snapshot),
  };
}

/** "A" → 0, "AA" → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
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

const NO_DATA: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The sentence of the last finding made from each data object: a rule that reports many cells
 * with one data object (type/number-text: one per distinct text of a column) gets one sentence
 * for all of them. A finding's data is never changed once reported, so the same id, data and
 * column header make the same sentence.
 */
const sentences = new WeakMap<object, { id: string; header: string | undefined; message: string }>();

export function messageOf(id: string, data: RuleDraft['data'], header: string | undefined): string {
  // The header is given beside the data, not spread into a copy of it (a copy per finding).
  if (data === undefined) return formatMessage(id, NO_DATA, header);
  const kept = sentences.get(data);
  if (kept !== undefined && kept.id === id && kept.header === header) return kept.message;
  const message = formatMessage(id, data, header);
  sentences.set(data, { id, header, message });
  return message;
}

function toFinding(d: RuleDraft, rule: string, severity: Severity, view: AnnexView | undefined): Finding {
  const hasCell = d.row !== undefined;
  const col = d.col ?? 0;
  const header = view && d.col !== undefined ? columnHeader(view, d.col) : undefined;
  const sheet = view?.sheet.name ?? (d.data?.sheet as string | undefined) ?? '';
  // Every field in one literal, those a finding lacks as undefined (JSON leaves them out): one
  // object of one shape, not a finding grown field by field through a dozen shapes, each growth
  // of its out-of-object fields another allocation (12,750 findings in the bench workbook).
  return {
    rule,
    messageId: d.messageId,
    severity,
    sheet,
    cell: hasCell ? a1(d.row!, col) : '',
    message: messageOf(d.messageId, d.data, header),
    row: hasCell ? d.row! + 1 : undefined,
    column: hasCell ? columnLetter(col) : undefined,
    columnLabel: hasCell && header ? header : undefined,
    templateId: view ? view.templateId : undefined,
    indicatorId: d.indicatorId ? d.indicatorId : undefined,
    value: d.value !== undefined && d.value !== '' ? d.value : undefined,
    expected: d.expected !== undefined && d.expected !== '' ? d.expected : undefined,
    data: d.data ? d.data : undefined,
    causedBy: d.causedBy?.length ? causes(d.causedBy, sheet) : undefined,
  };
}

/** A draft's causes as references (a function of its own: a closure in toFinding would make every finding allocate its context). */
function causes(causedBy: NonNullable<RuleDraft['causedBy']>, sheet: string): NonNullable<Finding['causedBy']> {
  return causedBy.map((c) => ({
    sheet,
    cell: a1(c.row, c.col),
    ...(c.messageId ? { messageId: c.messageId } : {}),
  }));
}

/**
 * Completes each cause reference with the finding at that cell (the one named, else the first
 * there), so the pane can put causes first; a reference to a cell with no finding keeps only
 * the cell.
 */
export function linkCauses(findings: Finding[]): void {
  // Only the cells some finding names as its cause are looked up.
  const wanted = new Set<string>();
  for (let i = 0; i < findings.length; i++) {
    const causes = findings[i]!.causedBy;
    if (causes) for (const c of causes) wanted.add(`${c.sheet}!${c.cell}`);
  }
  if (wanted.size === 0) return;
  const byCell = new Map<string, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.cell === '') continue;
    const k = `${f.sheet}!${f.cell}`;
    if (!wanted.has(k)) continue;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!f.causedBy) continue;
    findings[i] = {
      ...f,
      causedBy: f.causedBy.map((c) => {
        const there = (byCell.get(`${c.sheet}!${c.cell}`) ?? []).filter((x) => x !== f);
        const cause = there.find((x) => x.messageId === c.messageId) ?? (c.messageId ? undefined : there[0]);
        return cause
          ? { sheet: c.sheet, cell: c.cell, rule: cause.rule, messageId: cause.messageId }
          : { sheet: c.sheet, cell: c.cell };
      }),
    };
  }
}

/** Column headers per view by sheet column, made once (every finding names its column). */
const headers = new WeakMap<AnnexView, Map<number, string | undefined>>();

function columnHeader(view: AnnexView, col: number): string | undefined {
  let mine = headers.get(view);
  if (!mine) headers.set(view, (mine = new Map()));
  if (mine.has(col)) return mine.get(col);
  let found: string | undefined;
  search: for (const t of view.tables)
    for (const b of t.cols.values())
      if (b.col === col) {
        found = b.def.header.join(' – ');
        break search;
      }
  mine.set(col, found);
  return found;
}

/** The rules the officer explained some finding of in the settings ("rule@sheet!cell", "rule@indicator"), per settings object. */
const explainedRules = new WeakMap<ReportSettings, Set<string>>();

function rulesExplained(settings: ReportSettings): Set<string> {
  let rules = explainedRules.get(settings);
  if (!rules) {
    rules = new Set<string>();
    for (const key in settings.explanations) rules.add(key.slice(0, key.indexOf('@')));
    explainedRules.set(settings, rules);
  }
  return rules;
}

/**
 * Warnings the officer explained (settings, or the CLQG "Ghi chú / giải trình" cell of the row)
 * are shown as explained. Keys are built only for findings that may have an explanation: those
 * of an explained rule, and those on a sheet with notes.
 */
function applyExplanations(findings: Finding[], settings: ReportSettings, annexes: AnnexView[]): void {
  /** Notes by sheet, then 1-based row. */
  const notes = new Map<string, Map<number, string>>();
  for (const a of annexes) {
    for (const table of a.tables) {
      const note = table.cols.get('ghi_chu');
      if (!note || note.col < 0) continue;
      for (const row of table.rows) {
        if (row.kind === 'total' || !row.def?.indicatorId) continue;
        const text = cellText(a.sheet.cells[row.row]?.[note.col]);
        if (!text) continue;
        let mine = notes.get(a.sheet.name);
        if (!mine) notes.set(a.sheet.name, (mine = new Map()));
        mine.set(row.row + 1, text);
      }
    }
  }
  const rules = rulesExplained(settings);
  if (rules.size === 0 && notes.size === 0) return;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.severity === 'error' || f.explanation) continue;
    const stored = rules.has(f.rule);
    const sheetNotes = f.row !== undefined ? notes.get(f.sheet) : undefined;
    if (!stored && !sheetNotes) continue;
    const e =
      (stored
        ? (settings.explanations[`${f.rule}@${f.sheet}!${f.cell}`] ??
          (f.indicatorId ? settings.explanations[`${f.rule}@${f.indicatorId}`] : undefined))
        : undefined) ?? sheetNotes?.get(f.row!);
    if (e) findings[i] = { ...f, explanation: e };
  }
}

type HandMadeWhy = 'no-number-row' | 'headers-differ' | 'no-marker';

interface HandMade {
  sheet: SheetSnapshot;
  def: TemplateDef;
  why: HandMadeWhy;
  table: HandMadeTable | undefined;
}

/** A title-recognised sheet is the officer's own layout when its structure is not the template's. */
export function ownLayout(bound: readonly { messageId: string }[]): HandMadeWhy | undefined {
  if (bound.some((d) => d.messageId === 'structure/header-row-missing')) return 'no-number-row';
  const differ = bound.filter((d) =>
    ['structure/header-changed', 'structure/column-missing', 'structure/column-inserted'].includes(d.messageId),
  ).length;
  return differ >= 2 ? 'headers-differ' : undefined;
}

function handMadeFinding(h: HandMade, othersChecked: boolean): Finding {
  const data = {
    sheet: h.sheet.name,
    title: h.def.title,
    name: templateInfo(h.def.id).description.split(':')[0]!,
    templateId: h.def.id,
    cols: h.table?.cols ?? 0,
    rows: h.table?.rows ?? 0,
    why: h.why,
  };
  const row0 = h.table?.row0 ?? 0;
  const col0 = h.table?.col0 ?? 0;
  return {
    rule: 'structure/known-template',
    messageId: 'structure/hand-made-table',
    // Nothing of it is checked: an error when it is all the file has, a warning beside checked annexes.
    severity: othersChecked ? 'warning' : 'error',
    sheet: h.sheet.name,
    cell: a1(row0, col0),
    row: row0 + 1,
    column: columnLetter(col0),
    message: formatMessage('structure/hand-made-table', data),
    data,
  };
}
