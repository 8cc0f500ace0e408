/**
 * Re-checking only what an edit touched. `revalidate(previous, changes, snapshot)` returns the
 * report a full run over `snapshot` would (a property test compares both after every edit of
 * random edit sequences), redoing:
 *   - the binding of each edited annex (tables, rows, columns found again);
 *   - when the binding is the same: the cell rules on the edited rows only (a cell rule reads
 *     its own row), the annex rules over that annex (totals, duplicates, sequences); when it
 *     changed: every rule over that annex;
 *   - every workbook rule (duplicate document numbers, register order, …), the indicators,
 *     the order, explanations and causes of the findings.
 * Anything else that changed (sheets added, renamed or reordered, markers, settings, merges,
 * the stamp or the explanations, an edit outside the checked annexes or in their title rows, a
 * title-recognised sheet that stops fitting its template, a rule that threw) makes it a full run. `previous` is consumed: its annex views are reused.
 */
import { parseRangeA1 } from '../sheet/address';
import {
  SETTINGS_SHEET,
  type EditedRange,
  type RawCell,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../sheet/workbook';
import type { ReportSettings } from '../settings';
import { cellText, isFooterCell, rowMarks, type BoundTable } from './bind';
import { compileCellRules } from './cell-pass';
import {
  annexState,
  bindState,
  defaultLayout,
  defaultNow,
  FindingSink,
  RULE_PLAN,
  runAnnexRules,
  runCells,
  runEngine,
  runWorkbookRules,
  finish,
  ownLayout,
  type AnnexState,
  type EngineState,
} from './validate';

/** Edited rows per sheet name, or 'all' for a range too large or unreadable. */
type Touched = Map<string, Set<number> | 'all'>;
/** Edited columns per sheet name (0-based). */
type TouchedCols = Map<string, Set<number>>;

/** Rows of a range beyond which the annex is simply re-checked whole. */
const MAX_ROWS = 500;
/** Title rows: an edit there may change which template the sheet is. */
const TITLE_ROWS = 5;

function touchedRows(changes: readonly EditedRange[], cols: TouchedCols): Touched {
  const out: Touched = new Map();
  for (const c of changes) {
    const key = c.sheet;
    const seen = out.get(key);
    if (seen === 'all') continue;
    const r = parseRangeA1(c.range);
    if (!r || r.r2 - r.r1 > MAX_ROWS || r.c2 - r.c1 > 200) {
      out.set(key, 'all');
      continue;
    }
    const mine = cols.get(key) ?? new Set<number>();
    for (let i = r.c1; i <= r.c2; i++) mine.add(i);
    cols.set(key, mine);
    const rows = seen ?? new Set<number>();
    for (let i = r.r1; i <= r.r2; i++) rows.add(i);
    out.set(key, rows);
  }
  return out;
}

function sameCell(a: RawCell | undefined, b: RawCell | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.t === b.t && a.v === b.v && a.f === b.f && a.nf === b.nf;
}

/** Rows whose cells differ between two versions of a sheet (a fresh read of the workbook). */
function diffRows(before: SheetSnapshot, after: SheetSnapshot, into: Set<number>, cols: Set<number>): void {
  const n = Math.max(before.cells.length, after.cells.length);
  for (let r = 0; r < n; r++) {
    const x = before.cells[r];
    const y = after.cells[r];
    if (x === y) continue;
    const w = Math.max(x?.length ?? 0, y?.length ?? 0);
    for (let c = 0; c < w; c++)
      if (!sameCell(x?.[c], y?.[c])) {
        into.add(r);
        cols.add(c);
      }
  }
}

const json = (v: unknown) => JSON.stringify(v ?? null);

/** True when nothing but annex cells may differ between the two snapshots. */
function sameFrame(a: WorkbookSnapshot, b: WorkbookSnapshot): boolean {
  if (a === b) return true;
  if (a.sheets.length !== b.sheets.length) return false;
  for (let i = 0; i < a.sheets.length; i++) {
    const x = a.sheets[i]!;
    const y = b.sheets[i]!;
    if (x.name !== y.name || x.visibility !== y.visibility || json(x.merges) !== json(y.merges)) return false;
  }
  return (
    json(a.markers) === json(b.markers) &&
    json(a.settings) === json(b.settings) &&
    json(a.stamp) === json(b.stamp) &&
    json(a.explanations) === json(b.explanations) &&
    json(a.definedNames) === json(b.definedNames) &&
    json(a.unreadableSheets) === json(b.unreadableSheets) &&
    a.date1904 === b.date1904
  );
}

function sameTables(a: readonly BoundTable[], b: readonly BoundTable[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.table.key !== y.table.key ||
      x.numberRow !== y.numberRow ||
      x.end !== y.end ||
      x.rows.length !== y.rows.length
    )
      return false;
    for (const [k, c] of x.cols) if (y.cols.get(k)?.col !== c.col) return false;
    for (let j = 0; j < x.rows.length; j++) {
      const p = x.rows[j]!;
      const q = y.rows[j]!;
      if (p.key !== q.key || p.kind !== q.kind || p.row !== q.row || p.def?.key !== q.def?.key || p.parent !== q.parent)
        return false;
    }
  }
  return true;
}

function sameFindings(a: FindingSink, b: FindingSink): boolean {
  if (a.list.length !== b.list.length) return false;
  for (let i = 0; i < a.list.length; i++) if (json(a.list[i]) !== json(b.list[i])) return false;
  return true;
}

function copyLabels(into: readonly BoundTable[], from: readonly BoundTable[]): void {
  for (let i = 0; i < into.length; i++)
    for (let j = 0; j < into[i]!.rows.length; j++) into[i]!.rows[j]!.label = from[i]!.rows[j]!.label;
}

/**
 * True when edits of these rows and columns cannot change how the annex binds: every edited
 * row is a bound non-total row that stays non-empty, no cell of the row could start a footer
 * or a column-number row, and an edited label or match cell leaves a data row a data row (in a
 * table without fixed rows, which are found by their match text: the new texts mark no total
 * row and no group heading). (What binding reads of a data row is exactly that.) Only for
 * annexes bound without errors, where no layout variant was tried. The caller takes over the
 * edited rows' labels (relabel).
 */
function bindsTheSame(
  a: AnnexState,
  settings: ReportSettings,
  sheet: SheetSnapshot,
  rows: ReadonlySet<number>,
  cols: ReadonlySet<number>,
): boolean {
  if (a.view.layout !== defaultLayout(a.view.def, settings) || a.binding.list.some((f) => f.severity === 'error'))
    return false;
  for (const r of rows) {
    const table = a.view.tables.find((t) => r > t.numberRow && r < t.end);
    if (!table) return false;
    const bound = table.rows.find((x) => x.row === r);
    if (!bound || bound.kind === 'total') return false;
    const cells = sheet.cells[r] ?? [];
    const label = table.cols.get(table.table.labelColumn)?.col;
    const match = table.cols.get(table.table.matchColumn)?.col;
    if ((label !== undefined && cols.has(label)) || (match !== undefined && cols.has(match))) {
      if (bound.kind !== 'data' || table.table.rows.some((x) => x.kind === 'fixed')) return false;
      const text = (c: number | undefined) => (c !== undefined && c >= 0 ? cellText(cells[c]) : '');
      if (rowMarks(table.table).of(text(label), text(match)) !== undefined) return false;
    }
    let filled = false;
    for (const b of table.cols.values()) if (b.col >= 0 && cellText(cells[b.col]) !== '') filled = true;
    if (!filled) return false;
    for (let c = 0; c < cells.length; c++) {
      if (isFooterCell(cells[c])) return false;
      if (c < 6 && cells[c]?.t === 's' && /^\s*\(\d{1,3}\)\s*$/.test(String(cells[c]!.v))) return false;
    }
  }
  return true;
}

/** The keys of the bound columns at these sheet columns, in any table of the annex. */
function editedKeys(a: AnnexState, cols: ReadonlySet<number>): Set<string> {
  const keys = new Set<string>();
  for (const t of a.view.tables) for (const [key, b] of t.cols) if (b.col >= 0 && cols.has(b.col)) keys.add(key);
  return keys;
}

/** The edited rows' labels, as binding would read them now (bindsTheSame said nothing else changes). */
function relabel(a: AnnexState, sheet: SheetSnapshot, rows: ReadonlySet<number>, cols: ReadonlySet<number>): void {
  for (const t of a.view.tables) {
    const label = t.cols.get(t.table.labelColumn)?.col ?? -1;
    if (label < 0 || !cols.has(label)) continue;
    for (const r of rows)
      for (const at of a.view.boundRowsAt(r)) if (at.table === t) at.row.label = cellText(sheet.cells[r]?.[label]);
  }
}

export function revalidate(
  previous: EngineState,
  changes: readonly EditedRange[],
  snapshot: WorkbookSnapshot = previous.snapshot,
): EngineState {
  const now = previous.options.now ?? defaultNow;
  const started = now();
  const full = () => runEngine(snapshot, previous.options);
  if (previous.failed || !sameFrame(previous.snapshot, snapshot)) return full();

  const touchedCols: TouchedCols = new Map();
  const touched = touchedRows(changes, touchedCols);
  const bySheet = new Map(previous.annexes.map((a, i) => [a.view.sheet.name, i]));
  // A fresh read: every row that differs counts, whatever the host reported.
  if (snapshot !== previous.snapshot) {
    for (let i = 0; i < snapshot.sheets.length; i++) {
      const before = previous.snapshot.sheets[i]!;
      const after = snapshot.sheets[i]!;
      const t = touched.get(after.name);
      if (t === 'all') continue;
      const rows = t ?? new Set<number>();
      const cols = touchedCols.get(after.name) ?? new Set<number>();
      diffRows(before, after, rows, cols);
      if (rows.size) {
        touched.set(after.name, rows);
        touchedCols.set(after.name, cols);
      }
    }
  }
  for (const [sheet, rows] of touched) {
    // Other sheets are read too (a title typed there, a table of the officer's own that looks like an annex).
    if (sheet === SETTINGS_SHEET || !bySheet.has(sheet)) return full();
    if (rows === 'all' || [...rows].some((r) => r < TITLE_ROWS)) return full();
  }

  const sheetOf = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const ctx = { settings: previous.settings, indicators: previous.indicators };
  const compiled = compileCellRules(RULE_PLAN.cell);
  const failures = new FindingSink();
  const annexes: AnnexState[] = previous.annexes.slice();
  for (const [name, rows] of touched) {
    const i = bySheet.get(name);
    if (i === undefined) continue;
    const old = previous.annexes[i]!;
    const sheet = sheetOf.get(name)!;
    if (rows === 'all') return full();
    const keep = bindsTheSame(old, previous.settings, sheet, rows, touchedCols.get(name) ?? new Set());
    const next = keep ? undefined : bindState(old.view.def, sheet, previous.settings);
    // A sheet known by its title only whose structure no longer fits is described, not checked.
    if (next && old.byTitle && ownLayout(next.binding.list)) return full();
    let a: AnnexState;
    if (
      !next ||
      (old.view.layout === next.view.layout &&
        sameTables(old.view.tables, next.view.tables) &&
        sameFindings(old.binding, next.binding))
    ) {
      // Same tables (the edited rows' labels taken over): the old view's column caches stay, but for the edited rows.
      if (next) copyLabels(old.view.tables, next.view.tables);
      else relabel(old, sheet, rows, touchedCols.get(name) ?? new Set());
      const cells = old.cells.without(rows);
      a = annexState(old.view.fork(sheet, rows), old.binding, new FindingSink(), cells, old.byTitle);
      runCells(ctx, a, compiled, failures, rows);
      const edit = { columns: editedKeys(old, touchedCols.get(name) ?? new Set()), before: old.rules };
      if (!runAnnexRules(ctx, a, failures, rows, undefined, edit)) return full();
    } else {
      a = annexState(next.view, next.binding, next.rules, next.cells, old.byTitle);
      runCells(ctx, a, compiled, failures);
      if (!runAnnexRules(ctx, a, failures)) return full();
    }
    annexes[i] = a;
  }
  if (failures.list.length) return full();
  // Sheets not edited keep their views; the snapshot they point at may be a fresh read with equal cells.
  for (let i = 0; i < annexes.length; i++) {
    const a = annexes[i]!;
    const sheet = sheetOf.get(a.view.sheet.name)!;
    if (a.view.sheet !== sheet)
      annexes[i] = annexState(a.view.fork(sheet, new Set()), a.binding, a.rules, a.cells, a.byTitle);
  }
  const wb = runWorkbookRules(ctx, annexes);
  if (!wb.ok) return full();
  return finish({ ...previous, snapshot, annexes, workbook: wb.sink }, started, now);
}
