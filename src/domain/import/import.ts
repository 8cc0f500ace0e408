/**
 * The import engine: table grids in (every table of a Word document, every sheet of a
 * workbook, or a selected range), standard annex data out — with the column mapping of each
 * source table, the fate of every source cell, and the list of what could not be placed.
 *
 *   grids → findTables → recognise each table (best template table by its headers, its
 *   rows and the title above it) → map columns → assign rows → place values → check the
 *   typed percentages and totals against what the annex computes.
 *
 * Zero silent misplacements: a value goes to a standard cell only when its column and its
 * row are both clear; everything else is listed with the reason.
 */
import { getIndicatorSet } from '../indicators/load';
import type { Indicator } from '../indicators/schema';
import { roundTo } from '../parse/number';
import { compareStated } from '../rules/arithmetic-ratio';
import { defaultSettings, LEVELS, type Level, type ReportSettings } from '../settings';
import { TEMPLATES } from '../templates/catalog';
import type { AnnexData, WorkbookData } from '../templates/fill';
import type { DataValue } from '../templates/render';
import type { Layout, Table } from '../templates/schema';
import { buildLayout, type TemplateDef } from '../templates/template';
import { looseKey, textKey } from '../text/normalize';
import { mapColumns, type ColumnChoice, type ColumnOverrides } from './columns';
import { clauses, extractResult, extractTarget, type Extraction } from './extract';
import { cellOf, type GridCell, type TableGrid } from './grid';
import { findTables, GridReader, type TableSpan } from './header';
import { assignRows, type RowChoice, type RowContext } from './rows';
import { targetsOf, type Target } from './targets';
import { levelsOf, tokensOf, Weights, yearsOf, type LevelFact } from './text';
import type {
  AnnexImport,
  CellFate,
  CellRecord,
  CellTarget,
  ImportNote,
  ImportOptions,
  ImportResult,
  InferredSetting,
  TableImport,
  Unplaced,
} from './types';
import { classify, convertFor, convertSplit, type UnplacedReason } from './values';

/** One table of one template, ready to be matched. */
export interface TemplateTable {
  templateId: string;
  def: TemplateDef;
  layout: Layout;
  table: Table;
  targets: Target[];
  byId: Map<string, Target>;
  /** Words of the annex's title and heading (to read the title above a source table). */
  titleTokens: string[];
}

const TT_CACHE = new Map<string, TemplateTable[]>();

/** The template tables for these settings (built once per settings: layouts are not cheap). */
export function templateTables(settings: ReportSettings, only?: string): TemplateTable[] {
  const k = `${only ?? '*'}|${JSON.stringify(settings)}`;
  let hit = TT_CACHE.get(k);
  if (!hit) {
    hit = buildTemplateTables(settings, only);
    if (TT_CACHE.size > 16) TT_CACHE.clear();
    TT_CACHE.set(k, hit);
  }
  return hit;
}

function buildTemplateTables(settings: ReportSettings, only?: string): TemplateTable[] {
  const out: TemplateTable[] = [];
  for (const def of TEMPLATES) {
    if (only && def.id !== only) continue;
    const layout = buildLayout(def, settings);
    for (const table of layout.tables) {
      const targets = targetsOf(def.id, table);
      out.push({
        templateId: def.id,
        def,
        layout,
        table,
        targets,
        byId: new Map(targets.map((t) => [t.id, t])),
        titleTokens: tokensOf([...layout.heading, table.caption ?? ''].join(' ')),
      });
    }
  }
  return out;
}

/** Every word any template header (or an alternative title) uses: how a header row is recognised. */
export function headerVocabulary(tts: readonly TemplateTable[]): Set<string> {
  const v = new Set<string>();
  for (const tt of tts)
    for (const t of tt.targets) {
      for (const w of t.tokens) if (!w.includes(' ')) v.add(w);
      for (const a of t.aliasTokens) for (const w of a) if (!w.includes(' ')) v.add(w);
    }
  for (const w of ['nam', 'cap', 'so', 'luong', 'ty', 'le', 'tong', 'stt']) v.add(w);
  return v;
}

const key = (tt: TemplateTable) => `${tt.templateId}#${tt.table.key}`;

interface Detection {
  tt?: TemplateTable;
  choices: ColumnChoice[];
  score: number;
  candidates: { templateId: string; tableKey: string; score: number }[];
  reason?: 'table-unrecognised' | 'table-ambiguous';
}

const ACCEPT = 0.34;

function evaluate(
  span: TableSpan,
  tt: TemplateTable,
  overrides?: ColumnOverrides,
): { score: number; choices: ColumnChoice[] } {
  const choices = mapColumns(span, tt.targets, overrides);
  const mapped = choices.filter((c) => (c.status === 'mapped' || c.status === 'chosen') && c.target);
  const headed = choices.filter((c) => c.header.length > 0);
  if (mapped.length < 2) return { score: 0, choices };
  // Exact titles count most: a near match explains a column less than a match.
  const explained =
    mapped.reduce((s, c) => s + (c.status === 'chosen' ? 1 : c.score * c.score), 0) / Math.max(1, headed.length);
  const inputKeys = new Set(tt.table.columns.filter((c) => c.input).map((c) => c.key));
  const covered = new Set<string>();
  for (const c of mapped) for (const k of tt.byId.get(c.target!)!.keys) if (inputKeys.has(k)) covered.add(k);
  const coverage = inputKeys.size ? covered.size / inputKeys.size : 0;
  const ctx = contextScore(span.before, tt);
  return { score: 0.65 * explained + 0.15 * coverage + 0.2 * ctx, choices };
}

function contextScore(before: readonly string[], tt: TemplateTable): number {
  const lines = before.slice(-5);
  if (!lines.length) return 0;
  if (lines.some((l) => textKey(l) === textKey(tt.layout.title))) return 1;
  const w = new Weights([tt.titleTokens]);
  return Math.max(...lines.map((l) => w.covers(tokensOf(l), tt.titleTokens)));
}

function detect(
  span: TableSpan,
  tts: readonly TemplateTable[],
  forced?: string,
  overrides?: ColumnOverrides,
): Detection {
  const pool = forced ? tts.filter((tt) => key(tt) === forced || tt.templateId === forced) : tts;
  const scored = pool.map((tt) => ({ tt, ...evaluate(span, tt, overrides) })).sort((a, b) => b.score - a.score);
  const candidates = scored
    .filter((x) => x.score > 0)
    .slice(0, 3)
    .map((x) => ({ templateId: x.tt.templateId, tableKey: x.tt.table.key, score: Math.round(x.score * 1000) / 1000 }));
  const best = scored[0];
  if (!best || best.score < (forced ? 0.15 : ACCEPT))
    return { choices: best?.choices ?? [], score: best?.score ?? 0, candidates, reason: 'table-unrecognised' };
  const second = scored.find((x) => x.tt.templateId !== best.tt.templateId);
  if (!forced && second && best.score - second.score < 0.04)
    return { choices: best.choices, score: best.score, candidates, reason: 'table-ambiguous' };
  return { tt: best.tt, choices: best.choices, score: best.score, candidates };
}

/** Report year and budget years as the tables' own headers say them. */
function inferYears(spans: readonly TableSpan[]): InferredSetting[] {
  const out: InferredSetting[] = [];
  let year: InferredSetting | undefined;
  let from: InferredSetting | undefined;
  for (const s of spans) {
    for (const c of s.columns) {
      for (const h of c.path) {
        const k = looseKey(h);
        const y = yearsOf(h);
        if (!year && /(thuc hien nam|chi tieu nam|chi tieu thuc hien nam)/.test(k) && y.points.length === 1)
          year = { field: 'reportYear', value: y.points[0]!, from: h };
        if (!year && /nhu cau kinh phi nam/.test(k) && y.points.length === 1)
          year = { field: 'reportYear', value: y.points[0]! - 1, from: h };
        if (/kinh phi/.test(k) && y.ranges.length === 1) {
          const [a, b] = y.ranges[0]!;
          if (!from) from = { field: 'budgetFromYear', value: a, from: h };
          if (!year) year = { field: 'reportYear', value: b, from: h };
        }
      }
    }
  }
  if (year) out.push(year);
  if (from) out.push(from);
  return out;
}

function applyInferred(base: ReportSettings, inferred: readonly InferredSetting[]): ReportSettings {
  const s: ReportSettings = { ...base };
  for (const i of inferred) {
    if (i.field === 'reportYear') s.reportYear = Number(i.value);
    if (i.field === 'budgetFromYear') s.budgetFromYear = Number(i.value);
    if (i.field === 'levels') s.levels = String(i.value).split(',') as Level[];
  }
  if (s.budgetFromYear > s.reportYear) s.budgetFromYear = s.reportYear;
  return s;
}

/** Levels the level-dependent tables name (PL-I columns, PL-CB rows). */
function inferLevels(spans: readonly TableSpan[], dets: readonly Detection[]): InferredSetting | undefined {
  const found = new Set<LevelFact>();
  let from = '';
  spans.forEach((s, i) => {
    const id = dets[i]?.tt?.templateId;
    if (id !== 'PL-I' && id !== 'PL-CB') return;
    const g = new GridReader(s.grid);
    const texts: string[] = [];
    if (id === 'PL-I') for (const c of s.columns) texts.push(...c.path);
    else for (let r = s.bodyStart; r <= s.bodyEnd; r++) texts.push(...g.ownCells(r).map((x) => x.text));
    for (const t of texts)
      for (const l of levelsOf(t)) {
        if (!found.has(l) && !from) from = t;
        found.add(l);
      }
  });
  if (!found.size) return undefined;
  const levels = LEVELS.filter((l) => found.has(l) || (l === 'tinh' && found.size > 0));
  return { field: 'levels', value: levels.join(','), from };
}

// ---------------------------------------------------------------------------------------

interface Work {
  span: TableSpan;
  id: string;
  ordinal: number;
  det: Detection;
  continues?: string;
}

function spanOrdinals(grids: readonly TableGrid[], vocab: ReadonlySet<string>): Work[] {
  const out: Work[] = [];
  grids.forEach((grid, gi) => {
    const spans = findTables(grid, vocab);
    spans.forEach((span, si) => {
      const id = spans.length > 1 ? `${grid.id}#${si + 1}` : grid.id;
      const ordinal = grid.origin.kind === 'word' ? grid.origin.table : gi + 1;
      out.push({ span, id, ordinal, det: { choices: [], score: 0, candidates: [] } });
    });
  });
  return out;
}

function fixedNames(tt: TemplateTable, settings: ReportSettings): Map<string, string> {
  const set = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet();
  const out = new Map<string, string>();
  for (const r of tt.table.rows) {
    if (r.kind !== 'fixed') continue;
    const ind = r.indicatorId ? set?.indicators.find((i) => i.id === r.indicatorId) : undefined;
    out.set(r.key, ind ? ind.name : String(r.cells[tt.table.labelColumn] ?? r.cells[tt.table.matchColumn] ?? r.key));
  }
  return out;
}

function indicatorOf(settings: ReportSettings, rowKey: string): Indicator | undefined {
  const set = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet();
  return set?.indicators.find((i) => i.id === rowKey);
}

export function importTables(grids: readonly TableGrid[], options: ImportOptions = {}): ImportResult {
  const base = options.settings ?? defaultSettings();
  const vocab = headerVocabulary(templateTables(base));
  const work = spanOrdinals(grids, vocab);
  const notes: ImportNote[] = [];
  const inferredYears = inferYears(work.map((w) => w.span));
  let settings = options.inferSettings ? applyInferred(base, inferredYears) : base;
  let tts = templateTables(settings, options.templateId);

  const runDetection = () => {
    for (const w of work) {
      const o = options.overrides?.tables?.[w.id];
      if (w.span.headerTop < 0) continue;
      if (o?.template === null) {
        w.det = { choices: [], score: 0, candidates: [], reason: 'table-unrecognised' };
        continue;
      }
      w.det = detect(w.span, tts, o?.template ?? undefined, o?.columns);
    }
  };
  runDetection();
  const inferred: InferredSetting[] = options.inferSettings ? [...inferredYears] : [];
  const levels = inferLevels(
    work.map((w) => w.span),
    work.map((w) => w.det),
  );
  if (options.inferSettings && levels && levels.value !== settings.levels.join(',')) {
    inferred.push(levels);
    settings = applyInferred(settings, [levels]);
    tts = templateTables(settings, options.templateId);
    runDetection();
  } else if (options.inferSettings && levels) inferred.push(levels);
  if (!options.inferSettings) {
    for (const i of [...inferredYears, ...(levels ? [levels] : [])]) {
      const current = i.field === 'levels' ? settings.levels.join(',') : settings[i.field];
      if (String(current) !== String(i.value))
        notes.push({
          kind: 'settings-differ',
          data: { field: i.field, table: String(i.value), settings: String(current), from: i.from },
        });
    }
  } else
    for (const i of inferred)
      notes.push({ kind: 'settings-inferred', data: { field: i.field, value: String(i.value), from: i.from } });

  // A table without a header after a recognised one of the same width continues it (next page).
  for (let i = 1; i < work.length; i++) {
    const w = work[i]!;
    if (w.span.headerTop >= 0) continue;
    const prev = work
      .slice(0, i)
      .reverse()
      .find((p) => p.det.tt);
    if (!prev || prev.span.columns.length !== w.span.columns.length) {
      w.det = { choices: [], score: 0, candidates: [], reason: 'table-unrecognised' };
      continue;
    }
    w.det = {
      tt: prev.det.tt!,
      choices: prev.det.choices.map((c) => ({ ...c })),
      score: prev.det.score,
      candidates: prev.det.candidates,
    };
    w.continues = prev.continues ?? prev.id;
    notes.push({ kind: 'table-continued', tableId: w.id, data: { of: prev.id } });
  }

  const data: WorkbookData = {};
  const tables: TableImport[] = [];
  const contexts = new Map<string, RowContext>();
  const placedRows = new Map<string, Set<string>>();
  for (const w of work) {
    const g = new GridReader(w.span.grid);
    const tt = w.det.tt;
    const rec: TableImport = {
      id: w.id,
      origin: w.span.grid.origin,
      ordinal: w.ordinal,
      rows: g.height,
      cols: g.width,
      headerTop: w.span.headerTop,
      bodyStart: w.span.bodyStart,
      bodyEnd: w.span.bodyEnd,
      before: w.span.before.slice(-4),
      score: Math.round(w.det.score * 1000) / 1000,
      candidates: w.det.candidates,
      ...(w.continues ? { continues: w.continues } : {}),
      columns: w.det.choices,
      rowChoices: [],
      cells: [],
    };
    if (tt) {
      rec.templateId = tt.templateId;
      rec.tableKey = tt.table.key;
      let ctx = contexts.get(key(tt));
      if (!ctx) {
        ctx = {
          table: tt.table,
          targets: tt.byId,
          columns: w.det.choices,
          fixedNames: fixedNames(tt, settings),
          dataOffset: 0,
          matched: new Set(),
          subCount: new Map(),
        };
        contexts.set(key(tt), ctx);
      }
      ctx = { ...ctx, columns: w.det.choices };
      const rows = assignRows(w.span, ctx);
      const shared = contexts.get(key(tt))!;
      shared.dataOffset = rows.reduce((n, r) => (r.role.kind === 'data' ? Number(r.role.key) : n), shared.dataOffset);
      rec.rowChoices = rows;
      const annex = (data[tt.templateId] ??= {});
      const seen = (placedRows.get(tt.templateId) ?? new Set<string>()) as Set<string>;
      placedRows.set(tt.templateId, seen);
      place(w, rec, tt, rows, annex, settings, notes, seen);
    } else {
      // Nothing recognised: every value is listed once, with the table.
      for (let r = w.span.bodyStart; r <= w.span.bodyEnd; r++)
        for (const x of g.ownCells(r))
          rec.cells.push({
            r,
            c: x.c,
            text: x.text,
            fate: { kind: 'unplaced', reason: w.det.reason ?? 'table-unrecognised' },
          });
    }
    tables.push(rec);
  }
  for (const [id, annex] of Object.entries(data)) if (Object.keys(annex).length === 0) delete data[id];

  const annexes: AnnexImport[] = [];
  for (const t of tables) {
    if (!t.templateId || !data[t.templateId]) continue;
    let a = annexes.find((x) => x.templateId === t.templateId);
    if (!a) {
      a = { templateId: t.templateId, tables: [], rows: 0, values: 0 };
      annexes.push(a);
    }
    a.tables.push(t.id);
  }
  for (const a of annexes) {
    const annex = data[a.templateId]!;
    a.rows = Object.keys(annex).length;
    a.values = Object.values(annex).reduce(
      (n, row) => n + Object.values(row).filter((v) => v !== null && v !== '').length,
      0,
    );
  }
  return { settings, inferred, tables, annexes, data, unplaced: collectUnplaced(tables), notes };
}

// ---------------------------------------------------------------------------------------

/** "11/29" and the rest: the text of a row joined with the rows continued from it. */
function logicalCell(span: TableSpan, g: GridReader, head: number, parts: number[], c: number): GridCell {
  const own = (r: number) =>
    g.merges.isCovered(r, c) && r !== head ? '' : cellOf(span.grid, ...g.merges.ownerOf(r, c)).text;
  const texts = [head, ...parts].map(own).filter((t) => t !== '');
  if (parts.length === 0 || texts.length <= 1) {
    const [or, oc] = g.merges.ownerOf(head, c);
    const cell = cellOf(span.grid, or, oc);
    if (texts.length === 1 && cell.text === '') return { text: texts[0]! };
    return cell;
  }
  let text = texts[0]!;
  for (const t of texts.slice(1)) text += /[-/]$/.test(text) ? t : ` ${t}`;
  return { text };
}

function place(
  w: Work,
  rec: TableImport,
  tt: TemplateTable,
  rows: RowChoice[],
  annex: AnnexData,
  settings: ReportSettings,
  notes: ImportNote[],
  seen: Set<string>,
): void {
  const span = w.span;
  const g = new GridReader(span.grid);
  const multi = tt.layout.tables.length > 1;
  const rowKey = (k: string) => (multi ? `${tt.table.key}.${k}` : k);
  const fates = new Map<string, CellFate>();
  const setFate = (r: number, c: number, f: CellFate) => fates.set(`${r},${c}`, f);
  const mapped = new Map<number, Target>();
  for (const c of rec.columns)
    if ((c.status === 'mapped' || c.status === 'chosen') && c.target) mapped.set(c.index, tt.byId.get(c.target)!);
  const continuations = new Map<number, number[]>();
  for (const rc of rows)
    if (rc.role.kind === 'continuation')
      continuations.set(rc.role.of, [...(continuations.get(rc.role.of) ?? []), rc.row]);
  const at = (templateRow: string, col: string): CellTarget => ({
    templateId: tt.templateId,
    table: tt.table.key,
    row: templateRow,
    col,
  });
  const put = (row: string, col: string, value: DataValue) => {
    const k = rowKey(row);
    (annex[k] ??= {})[col] = value;
  };
  const computedChecks: { r: number; c: number; t: Target; row: string }[] = [];
  const totals: { r: number }[] = [];
  const columnFate = (c: number): CellFate | undefined => {
    const ch = rec.columns.find((x) => x.index === c);
    if (!ch || ch.status === 'mapped' || ch.status === 'chosen') return undefined;
    if (ch.status === 'ignored') return { kind: 'unplaced', reason: 'not-written' };
    return { kind: 'unplaced', reason: ch.status === 'ambiguous' ? 'column-ambiguous' : 'no-column' };
  };

  for (const rc of rows) {
    const r = rc.row;
    const cells = g.ownCells(r);
    const role = rc.role;
    if (role.kind === 'skip') {
      for (const x of cells) setFate(r, x.c, { kind: 'skipped' });
      continue;
    }
    if (role.kind === 'heading') {
      for (const x of cells) setFate(r, x.c, { kind: 'heading' });
      continue;
    }
    if (role.kind === 'unknown') {
      for (const x of cells) setFate(r, x.c, { kind: 'unplaced', reason: role.reason });
      continue;
    }
    if (role.kind === 'continuation') continue; // follows its head row below
    if (role.kind === 'total') {
      totals.push({ r });
      continue;
    }
    const keys = role.kind === 'fixed' ? role.keys : [role.key];
    const dupe = keys.find((k) => seen.has(rowKey(k)));
    if (dupe !== undefined) {
      for (const x of cells) setFate(r, x.c, { kind: 'unplaced', reason: 'duplicate-row' });
      continue;
    }
    keys.forEach((k) => seen.add(rowKey(k)));
    const parts = continuations.get(r) ?? [];
    const rowsOfCell = [r, ...parts];
    const fateAll = (c: number, f: CellFate) => {
      for (const rr of rowsOfCell)
        if (!g.merges.isCovered(rr, c) || rr === r)
          if (cellOf(span.grid, ...g.merges.ownerOf(rr, c)).text !== '') setFate(rr, c, f);
    };
    const rowIsSub = role.kind === 'sub';
    for (let c = 0; c < g.width; c++) {
      const cell = logicalCell(span, g, r, parts, c);
      if (cell.text === '') continue;
      const t = mapped.get(c);
      if (!t) {
        fateAll(c, columnFate(c) ?? { kind: 'unplaced', reason: 'no-column' });
        continue;
      }
      if (t.kind === 'label') {
        if (rowIsSub && t.column && t.column.kind === 'label') {
          put(keys[0]!, t.column.key, cell.text);
          fateAll(c, { kind: 'placed', to: [at(keys[0]!, t.column.key)] });
        } else fateAll(c, { kind: 'label' });
        continue;
      }
      if (t.kind === 'computed') {
        if (keys.length === 1) computedChecks.push({ r, c, t, row: keys[0]! });
        else fateAll(c, { kind: 'unplaced', reason: 'several-values' });
        continue;
      }
      if (t.kind === 'split') {
        if (keys.length !== 1) {
          fateAll(c, { kind: 'unplaced', reason: 'several-values' });
          continue;
        }
        const s = convertSplit(cell);
        if (!s.ok) fateAll(c, { kind: 'unplaced', reason: s.reason });
        else if (!('empty' in s)) {
          put(keys[0]!, t.keys[0]!, s.num);
          put(keys[0]!, t.keys[1]!, s.den);
          fateAll(c, { kind: 'placed', to: [at(keys[0]!, t.keys[0]!), at(keys[0]!, t.keys[1]!)] });
        }
        continue;
      }
      // An input column.
      const col = t.column!;
      if (t.freeText) {
        const f = placeFreeText(tt, settings, keys, col.key, cell.text, put, at, notes, rec.id, r, c);
        fateAll(c, f);
        continue;
      }
      if (keys.length > 1 && col.kind !== 'text') {
        fateAll(c, { kind: 'unplaced', reason: 'several-values' });
        continue;
      }
      const templateRow = tt.table.rows.find((x) => x.key === keys[0]);
      const conv = convertFor(col, cell, templateRow?.lists[col.key]);
      if (!conv.ok) {
        fateAll(c, { kind: 'unplaced', reason: conv.reason });
        continue;
      }
      if (conv.value === null) continue;
      for (const k of keys) put(k, col.key, conv.value);
      if (conv.note === 'text-kept')
        notes.push({
          kind: 'text-kept',
          tableId: rec.id,
          r,
          c,
          data: { text: cell.text, column: col.header.join(' – ') },
        });
      fateAll(c, { kind: 'placed', to: keys.map((k) => at(k, col.key)) });
    }
  }

  // Typed percentages: compared with what the annex computes from the placed counts.
  for (const x of computedChecks) {
    const col = x.t.column!;
    const text = cellOf(span.grid, x.r, x.c).text;
    if (!col.ratio) {
      setFate(x.r, x.c, { kind: 'checked', ok: true });
      continue;
    }
    const row = annex[rowKey(x.row)] ?? {};
    const num = row[col.ratio.num];
    const den = row[col.ratio.den];
    const v = classify(cellOf(span.grid, x.r, x.c));
    if (v.cls === 'na') {
      setFate(x.r, x.c, { kind: 'checked', ok: true });
      continue;
    }
    if (typeof num !== 'number' || typeof den !== 'number' || den === 0) {
      setFate(x.r, x.c, { kind: 'unplaced', reason: 'percent-without-counts' });
      continue;
    }
    const templateRow = tt.table.rows.find((r) => r.key === x.row);
    const exact = (num / den) * (templateRow?.ratioBase ?? col.ratio.base);
    if (v.cls !== 'num') {
      notes.push({
        kind: 'percent-unreadable',
        tableId: rec.id,
        r: x.r,
        c: x.c,
        data: { text, exact: roundTo(exact, 2), num, den },
      });
      setFate(x.r, x.c, { kind: 'checked', ok: false });
      continue;
    }
    const cmp = compareStated(v.num!, v.decimals ?? 0, exact);
    if (cmp !== 'ok')
      notes.push({
        kind: cmp === 'truncated' ? 'percent-truncated' : 'percent-differs',
        tableId: rec.id,
        r: x.r,
        c: x.c,
        data: { text, exact: roundTo(exact, 2), num, den },
      });
    setFate(x.r, x.c, { kind: 'checked', ok: cmp === 'ok' });
  }

  // Totals: the annex sums its rows; the typed total is compared with that sum.
  for (const { r } of totals) {
    for (const x of g.ownCells(r)) {
      const t = mapped.get(x.c);
      if (!t || t.kind === 'label' || t.column?.kind === 'name' || t.column?.kind === 'seq') {
        setFate(r, x.c, t ? { kind: 'label' } : { kind: 'heading' });
        continue;
      }
      const v = classify(cellOf(span.grid, r, x.c));
      if (v.cls === 'na' || v.cls === 'empty') {
        setFate(r, x.c, { kind: 'checked', ok: true });
        continue;
      }
      const keysToSum = t.kind === 'split' ? t.keys : t.column?.summable ? [t.column.key] : [];
      if (!keysToSum.length) {
        setFate(r, x.c, { kind: 'checked', ok: true });
        continue;
      }
      const sums = keysToSum.map((k) => sumColumn(annex, multi ? `${tt.table.key}.` : '', k, tt.table));
      const stated =
        t.kind === 'split' && v.cls === 'frac' ? [v.frac!.num, v.frac!.den] : v.cls === 'num' ? [v.num!] : undefined;
      const ok =
        stated !== undefined && stated.length === sums.length && stated.every((s, i) => Math.abs(s - sums[i]!) < 1e-6);
      if (!ok)
        notes.push({
          kind: 'total-differs',
          tableId: rec.id,
          r,
          c: x.c,
          data: { text: v.text, sum: sums.map((s) => String(roundTo(s, 2))).join('/'), column: t.path.join(' – ') },
        });
      setFate(r, x.c, { kind: 'checked', ok });
    }
  }

  // Continued rows share their head row's fate (already set through fateAll); every other cell is recorded.
  for (let r = span.bodyStart; r <= span.bodyEnd; r++) {
    for (const x of g.ownCells(r)) {
      const f = fates.get(`${r},${x.c}`) ?? { kind: 'unplaced' as const, reason: 'no-column' as UnplacedReason };
      rec.cells.push({ r, c: x.c, text: x.text, fate: f });
    }
  }
}

function sumColumn(annex: AnnexData, prefix: string, col: string, table: Table): number {
  let s = 0;
  const dataKeys = new Set(table.rows.filter((r) => r.kind === 'data' || r.kind === 'fixed').map((r) => r.key));
  for (const [k, row] of Object.entries(annex)) {
    if (prefix && !k.startsWith(prefix)) continue;
    const rk = prefix ? k.slice(prefix.length) : k;
    if (!/^\d+$/.test(rk) && !dataKeys.has(rk)) continue;
    const v = row[col];
    if (typeof v === 'number') s += v;
  }
  return s;
}

/** A sentence in a result or target column (seed 000): its number, its fraction, or why not. */
function placeFreeText(
  tt: TemplateTable,
  settings: ReportSettings,
  keys: string[],
  colKey: string,
  text: string,
  put: (row: string, col: string, v: DataValue) => void,
  at: (row: string, col: string) => CellTarget,
  notes: ImportNote[],
  tableId: string,
  r: number,
  c: number,
): CellFate {
  const parts = keys.length > 1 ? alignClauses(text, keys, settings) : [{ key: keys[0]!, text }];
  if (!parts) return { kind: 'unplaced', reason: 'several-values' };
  const to: CellTarget[] = [];
  let unplaced: UnplacedReason | undefined;
  for (const p of parts) {
    const ind = indicatorOf(settings, p.key);
    const unit = ind?.unit ?? '%';
    const isBool = ind?.kind === 'bool' || ind?.localBool === true;
    const row = tt.table.rows.find((x) => x.key === p.key);
    if (colKey === 'ket_qua') {
      const e = extractResult(p.text, unit, isBool);
      const placed = placeResult(e, p.key, row?.skip.includes('tu_so') ?? false, put, at);
      if (placed.note) notes.push({ kind: placed.note, tableId, r, c, data: placed.noteData ?? {} });
      // The officer's words stay with the value, in "Ghi chú / giải trình".
      if (!isOnlyTheValue(p.text, e)) {
        put(p.key, 'ghi_chu', p.text);
        to.push(at(p.key, 'ghi_chu'));
      }
      to.push(...placed.to);
      if (placed.reason) unplaced = placed.reason;
    } else {
      const e = extractTarget(p.text, unit);
      if (e.kind === 'number') {
        put(p.key, colKey, e.value);
        to.push(at(p.key, colKey));
      } else unplaced = e.kind === 'several' ? 'several-values' : 'no-number';
    }
  }
  if (to.length === 0) return { kind: 'unplaced', reason: unplaced ?? 'no-number' };
  return unplaced ? { kind: 'placed', to, left: unplaced } : { kind: 'placed', to };
}

function isOnlyTheValue(text: string, e: Extraction): boolean {
  const t = looseKey(text);
  if (e.kind === 'number' || e.kind === 'qualified' || e.kind === 'latest-year') return t === looseKey(e.text);
  return false;
}

function placeResult(
  e: Extraction,
  rowKey: string,
  noFraction: boolean,
  put: (row: string, col: string, v: DataValue) => void,
  at: (row: string, col: string) => CellTarget,
): {
  to: CellTarget[];
  reason?: UnplacedReason;
  note?: ImportNote['kind'];
  noteData?: Record<string, string | number>;
} {
  switch (e.kind) {
    case 'fraction': {
      if (noFraction) return { to: [], reason: 'fraction-in-single' };
      put(rowKey, 'tu_so', e.num);
      put(rowKey, 'mau_so', e.den);
      const out: ReturnType<typeof placeResult> = { to: [at(rowKey, 'tu_so'), at(rowKey, 'mau_so')] };
      if (e.percent !== undefined) {
        const exact = (e.num / e.den) * 100;
        const decimals = (e.percentText ?? '').split(/[.,]/)[1]?.replace(/\D/g, '').length ?? 0;
        const cmp = compareStated(e.percent, decimals, exact);
        if (cmp !== 'ok') {
          out.note = cmp === 'truncated' ? 'percent-truncated' : 'percent-differs';
          out.noteData = { text: e.percentText ?? '', exact: roundTo(exact, 2), num: e.num, den: e.den };
        }
      }
      return out;
    }
    case 'number':
      put(rowKey, 'ket_qua', e.value);
      return { to: [at(rowKey, 'ket_qua')] };
    case 'latest-year':
      put(rowKey, 'ket_qua', e.value);
      return { to: [at(rowKey, 'ket_qua')], note: 'latest-year', noteData: { year: e.year, value: e.text } };
    case 'qualified':
      put(rowKey, 'ket_qua', e.text);
      return { to: [at(rowKey, 'ket_qua')] };
    case 'bool':
      put(rowKey, 'ket_qua', e.value);
      return { to: [at(rowKey, 'ket_qua')] };
    case 'several':
      return { to: [], reason: 'several-values' };
    case 'none':
      return { to: [], reason: 'no-number' };
  }
}

/** "…tiểu học đạt 100%; trung học cơ sở đạt trên 100%" over 5.2a and 5.2b: one clause each, in order, when the words agree. */
function alignClauses(
  text: string,
  keys: string[],
  settings: ReportSettings,
): { key: string; text: string }[] | undefined {
  // Clauses without a number belong to the clause before them.
  const raw = clauses(text);
  const merged: string[] = [];
  for (const c of raw) {
    if (merged.length && !/\d/.test(c)) merged[merged.length - 1] += `; ${c}`;
    else merged.push(c);
  }
  const names = keys.map((k) => tokensOf(indicatorOf(settings, k)?.name ?? k));
  const w = new Weights(names);
  const best = (clause: string) => {
    const t = tokensOf(clause);
    const s = names.map((n) => w.covers(t, n));
    const order = s.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
    return { i: order[0]!.i, clear: order.length < 2 || order[0]!.v - order[1]!.v >= 0.1 };
  };
  if (merged.length === keys.length) {
    // In order, unless the words clearly say otherwise.
    const contradicts = merged.some((c, i) => {
      const b = best(c);
      return b.clear && b.i !== i;
    });
    if (!contradicts) return merged.map((c, i) => ({ key: keys[i]!, text: c }));
    return undefined;
  }
  if (merged.length < keys.length) {
    const out: { key: string; text: string }[] = [];
    for (const c of merged) {
      const b = best(c);
      if (!b.clear || out.some((x) => x.key === keys[b.i])) return undefined;
      out.push({ key: keys[b.i]!, text: c });
    }
    return out;
  }
  return undefined;
}

const COLUMN_REASONS = new Set<UnplacedReason>([
  'no-column',
  'column-ambiguous',
  'not-written',
  'table-unrecognised',
  'table-ambiguous',
]);
const ROW_REASONS = new Set<UnplacedReason>([
  'row-unknown',
  'row-ambiguous',
  'row-under-unknown',
  'row-outside-groups',
  'duplicate-row',
]);

/** Everything not placed, listed once per column (a whole column), per row (a whole row) or per cell. */
function collectUnplaced(tables: readonly TableImport[]): Unplaced[] {
  const out: Unplaced[] = [];
  for (const t of tables) {
    const byColumn = new Map<string, Unplaced>();
    const byRow = new Map<string, Unplaced>();
    const continued = new Set(t.rowChoices.filter((x) => x.role.kind === 'continuation').map((x) => x.row));
    for (const cell of t.cells) {
      if (continued.has(cell.r) && (cell.fate.kind === 'placed' || cell.fate.kind === 'unplaced')) continue;
      if (cell.fate.kind === 'placed' && cell.fate.left) {
        out.push({ tableId: t.id, r: cell.r, c: cell.c, text: cell.text, reason: cell.fate.left });
        continue;
      }
      if (cell.fate.kind !== 'unplaced') continue;
      const reason = cell.fate.reason;
      if (reason === 'table-unrecognised' || reason === 'table-ambiguous') {
        const k = 'table';
        const u = byColumn.get(k);
        if (u) u.count = (u.count ?? 1) + 1;
        else {
          const entry: Unplaced = { tableId: t.id, r: cell.r, c: cell.c, text: cell.text, reason, count: 1 };
          const cands = t.candidates.map((x) => x.templateId);
          if (cands.length) entry.candidates = cands;
          byColumn.set(k, entry);
          out.push(entry);
        }
        continue;
      }
      if (COLUMN_REASONS.has(reason)) {
        const k = `${cell.c}:${reason}`;
        const u = byColumn.get(k);
        if (u) {
          u.count = (u.count ?? 1) + 1;
          continue;
        }
        const entry: Unplaced = { tableId: t.id, r: cell.r, c: cell.c, text: cell.text, reason, count: 1 };
        const ch = t.columns.find((x) => x.index === cell.c);
        if (ch?.candidates.length) entry.candidates = ch.candidates.map((x) => x.id);
        byColumn.set(k, entry);
        out.push(entry);
        continue;
      }
      if (ROW_REASONS.has(reason)) {
        const k = `${cell.r}:${reason}`;
        const u = byRow.get(k);
        if (u) {
          u.count = (u.count ?? 1) + 1;
          continue;
        }
        const entry: Unplaced = { tableId: t.id, r: cell.r, c: cell.c, text: cell.text, reason, count: 1 };
        const rc = t.rowChoices.find((x) => x.row === cell.r);
        if (rc) {
          if (rc.label) entry.text = rc.label;
          if (rc.role.kind === 'unknown' && rc.role.candidates) entry.candidates = rc.role.candidates;
        }
        byRow.set(k, entry);
        out.push(entry);
        continue;
      }
      out.push({ tableId: t.id, r: cell.r, c: cell.c, text: cell.text, reason });
    }
  }
  return out;
}

export type { CellRecord };
