/**
 * A rule is one small module: an id ("family/name"), a default severity, the message ids it
 * reports (wording lives in ../messages.ts), where it applies, and a check that reports
 * findings — never throws, never changes anything.
 */
import type { IndicatorSet } from '../indicators/schema';
import type { ReportSettings } from '../settings';
import type { Severity } from '../report/schema';
import type { AnnexView, CellView } from '../engine/annex-view';
import type { BoundRow, BoundTable, Draft } from '../engine/bind';
import type { CellState } from '../engine/cell-state';
import type { RawCell } from '../sheet/workbook';
import type { Column, ColumnKind, Table } from '../templates/schema';

export type RuleFamily =
  'structure' | 'presence' | 'type' | 'domain' | 'arithmetic' | 'consistency' | 'target' | 'document' | 'text';

/** A cell of the same sheet that causes a finding (0-based), optionally the message reported there. */
export interface CauseDraft {
  row: number;
  col: number;
  messageId?: string;
}

export interface RuleDraft extends Draft {
  /** Indicator the finding is about (CLQG, KH). */
  indicatorId?: string;
  /** Cells whose own findings this one is a consequence of (the engine resolves them to findings). */
  causedBy?: CauseDraft[];
}

export interface RuleContext {
  settings: ReportSettings;
  indicators: IndicatorSet;
  report(d: RuleDraft): void;
}

interface RuleBase {
  id: string;
  family: RuleFamily;
  description: string;
  defaultSeverity: Severity;
  /** Message ids this rule may report; each must exist in MESSAGES. */
  messages: readonly string[];
}

export interface AnnexRule extends RuleBase {
  scope: 'annex';
  /** Template ids this rule checks ('*' for all). */
  templates: readonly string[] | '*';
  /**
   * Each finding is at a row and depends only on that row's cells (and the bound structure):
   * re-checking after an edit runs the rule over the edited rows only (revalidate). Leave it
   * out when a finding compares rows (totals, duplicates, sequences).
   */
  rowLocal?: true;
  /**
   * The columns (keys) whose data-row cells the rule reads, when those and the bound structure
   * are all it reads: a re-check after an edit of other columns only keeps its findings
   * (revalidate). Leave it out when unsure; the rule then runs at every re-check. ([] for a rule
   * that reads no data-row cell: merges, visibility, headers, which rows are bound.)
   */
  reads?: readonly string[];
  check(annex: AnnexView, ctx: RuleContext): void;
}

/**
 * A workbook rule sees every annex. Its findings have no annex of their own: put the sheet
 * they belong to in `data.sheet` (the engine uses it as the finding's sheet).
 */
export interface WorkbookRule extends RuleBase {
  scope: 'workbook';
  check(annexes: readonly AnnexView[], ctx: RuleContext): void;
}

/** Where a cell rule's cell is: its annex, table and row. */
export interface CellPlace {
  annex: AnnexView;
  table: BoundTable;
  row: BoundRow;
}

/**
 * A cell rule looks at one input cell at a time (the cells of AnnexView.inputCells: data rows,
 * input and % columns, not those the row skips). It declares what it reads — the column kinds
 * and the cell states — and the engine calls `check` only for those cells, in one pass over
 * the column caches shared by every cell rule, without making a reading for any other cell.
 * This is the easy way to write a per-cell rule, and the fast one. `check` reports at its cell.
 */
export interface CellRule extends RuleBase {
  scope: 'cell';
  templates: readonly string[] | '*';
  /** Column kinds whose cells the rule reads ('*': every input column). */
  kinds: readonly ColumnKind[] | '*';
  /** Cell states the rule looks at; other cells never reach `check`. */
  states: readonly CellState[];
  /**
   * The numbers the rule reports at, of a cell that holds one — 'num' (a number Excel holds) or
   * 'num-text' (text read as a number: the value of its reading) — declared where it can say so:
   * those below `below`, above `above`, or (`fraction`) not whole — any of them; every other
   * number never reaches `check`. The pass joins the declarations of a column's rules into one
   * range of numbers none of them reports at, and passes over a number in it with one compare,
   * calling no rule: the easy way to write such a test, and the fast one. Where the numbers
   * depend on the column (its money unit), a function of the column gives them, once per column;
   * `{}` says the rule reports at no number there. A declaration may hold more numbers than
   * `check` reports at (`check` still decides), never fewer.
   */
  numbers?: NumberRange | ((column: Column) => NumberRange);
  /**
   * A test on the column, once per table column before any of its cells (`table`: the
   * template's table, `templateId` its annex): false skips the whole column. It must be true
   * wherever `check` may report at a cell of the column.
   */
  column?: (col: Column, where: { table: Table; templateId: string }) => boolean;
  /** A cheap test on the raw cell (before any reading is made): false skips the cell. */
  raw?: (raw: RawCell | undefined) => boolean;
  /** `cell` and `at` are lent for the call (the pass moves them on): read them, keep nothing of them. */
  check(cell: CellView, at: CellPlace, ctx: RuleContext): void;
}

/** The numbers a cell rule reports at (CellRule.numbers): below `below`, above `above`, or not whole when `fraction`. */
export interface NumberRange {
  below?: number;
  above?: number;
  fraction?: boolean;
}

export type Rule = AnnexRule | CellRule | WorkbookRule;

export function appliesTo(rule: AnnexRule | CellRule, templateId: string): boolean {
  return rule.templates === '*' || rule.templates.includes(templateId);
}
