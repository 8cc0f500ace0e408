/**
 * Aggregation ("tổng hợp"): the receiving level's officer gets 20–100 unit workbooks and
 * needs one annex per template with one row per reporting unit and live totals. Copying
 * rows by hand and recomputing totals is where most arithmetic errors come from, so this
 * module does it: validate every file, leave out (or mark) files with errors, report
 * duplicates instead of summing them twice, and render merged annexes with the normal
 * template renderer so they validate clean and keep their formulas.
 *
 * Pure: snapshots in, SheetPlans out. Reading files and writing the workbook is the caller's job.
 */
import type { AnnexView, CellView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import { cellText } from '../engine/bind';
import type { Reading } from '../engine/read-cell';
import { inspectSnapshot } from '../engine/validate';
import { formatVnDate } from '../parse/date';
import { decimalsOf, roundTo } from '../parse/number';
import type { Report } from '../report/schema';
import { defaultSettings, parseSettings, type ReportSettings } from '../settings';
import type { PlanCell, SheetPlan } from '../sheet/plan';
import type { WorkbookSnapshot } from '../sheet/workbook';
import { getTemplate } from '../templates/catalog';
import { renderLayout, STYLES, type RenderResult, type TableData } from '../templates/render';
import type { Column, Layout, Table } from '../templates/schema';
import { buildLayout, type TemplateDef } from '../templates/template';
import { normalizeText, textKey } from '../text/normalize';
import type { StampCheck } from '../stamp/check-schema';
import { stampSentence } from '../messages/stamp';
import {
  AGGREGATE_NOTES,
  AGGREGATE_SHEET_NAME,
  GHI_CHU_INVALID,
  INCLUSION_LABEL,
  STATUS_SHEET,
  type Inclusion,
} from '../messages/aggregate';

export type { Inclusion } from '../messages/aggregate';

/** Templates whose rows are per-unit counts that can be summed upward. */
export const AGGREGATABLE = ['PL-I', 'PL-II', 'PL-III'] as const;
export type AggregatableId = (typeof AGGREGATABLE)[number];

export interface AggregateInput {
  fileName: string;
  snapshot?: WorkbookSnapshot;
  /** Why the file could not be read (adapter error), when it could not. */
  unreadable?: string;
}

export interface AggregateOptions {
  /** The receiving level's settings: its unit name, levels, report year, report number and date. */
  settings: ReportSettings;
  /** Include files that have errors (their rows are marked); default is to leave them out. */
  includeInvalid: boolean;
}

/** One input file as the status sheet lists it. */
export interface UnitStatus {
  /** STT on the status sheet (1-based, in the merged order). */
  index: number;
  /** The reporting unit: the file's settings unitName, else its first locality, else the file name. */
  unitName: string;
  fileName: string;
  /** The file's report date (ISO), from its settings. */
  reportDate?: string;
  /** Aggregatable annexes found in the file. */
  annexes: string[];
  /** Aggregated annexes the file lacks (its rows there stay empty: gaps). */
  missing: string[];
  errors: number;
  warnings: number;
  /** Warnings the unit explained (giải trình), part of `warnings`. */
  explained: number;
  /** The unit's explained warnings as "Sheet!Cell: text", in report order. */
  explanations: string[];
  /** The unit's validation stamp, verified against its annexes as received. */
  stamp?: StampCheck;
  inclusion: Inclusion;
  /** The Vietnamese "Đưa vào tổng hợp" label. */
  label: string;
  /** For duplicates: the file kept for this unit. */
  duplicateOf?: string;
  /** Vietnamese notes (status sheet "Ghi chú"). */
  notes: string[];
  /** The file's full validation report (absent for unreadable files). */
  report?: Report;
}

/** A merged cell value: a number, "-" (not applicable in every row of the unit) or null (a gap). */
export type MergedValue = number | '-' | null;

export interface AggregateResult {
  /** One merged annex per aggregated template, in catalog order. */
  plans: SheetPlan[];
  /** "Tình hình nộp báo cáo". */
  status: SheetPlan;
  /** Every input, in the status sheet's order. */
  units: UnitStatus[];
  /** Merged officer data per template: templateId → table key → row "1".."n" (units in order) → column → value. */
  data: Record<string, Record<string, TableData>>;
  /** What the "Tổng" row's formulas compute: templateId → table key → column → value. */
  totals: Record<string, Record<string, Record<string, number>>>;
  /** Settings for the merged workbook: the receiving level's, with `units` = the included units in order. */
  settings: ReportSettings;
}

// ---------------------------------------------------------------------------------------------
// Reading one unit file

interface ReadFile {
  input: AggregateInput;
  unitName: string;
  reportDate?: string;
  report?: Report;
  /** First recognised sheet of each aggregatable template. */
  views: Map<string, AnnexView>;
  notes: string[];
}

const TEXT_MAX = 2000;
const collator = new Intl.Collator('vi');
const byText = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

function fileSettings(snapshot: WorkbookSnapshot): { settings: ReportSettings; unitName: string } {
  const parsed = parseSettings(snapshot.settings ?? {});
  if (parsed.ok) return { settings: parsed.settings, unitName: parsed.settings.unitName };
  // Invalid settings (the report says so): still take the unit name when it is there.
  const raw = snapshot.settings as { unitName?: unknown } | undefined;
  return { settings: defaultSettings(), unitName: typeof raw?.unitName === 'string' ? raw.unitName : '' };
}

function readFile(input: AggregateInput): ReadFile {
  const snapshot = input.snapshot!;
  const { settings, unitName: settingsUnit } = fileSettings(snapshot);
  // The annexes validation already bound (and read) are the ones aggregated: no second pass.
  const { report, annexes } = inspectSnapshot(snapshot);
  const views = new Map<string, AnnexView>();
  const sheetsOf = new Map<string, string[]>();
  for (const view of annexes) {
    if (!(AGGREGATABLE as readonly string[]).includes(view.templateId)) continue;
    const names = sheetsOf.get(view.templateId) ?? [];
    names.push(view.sheet.name);
    sheetsOf.set(view.templateId, names);
    if (!views.has(view.templateId)) views.set(view.templateId, view);
  }
  const notes: string[] = [];
  for (const [id, names] of sheetsOf)
    if (names.length > 1) notes.push(AGGREGATE_NOTES.annexTwice(getTemplate(id)!.title, names.join(', ')));
  if (views.size === 0) notes.push(AGGREGATE_NOTES.noAnnex);

  let unitName = normalizeText(settingsUnit);
  if (!unitName) unitName = firstLocality(views);
  if (!unitName) unitName = normalizeText(input.fileName);
  return { input, unitName, reportDate: settings.reportDate, report, views, notes };
}

/** "Đơn vị 1", "Đơn vị 2" …: what a template inserted without settings writes — not a name. */
const PLACEHOLDER = /^Đơn vị \d+$/i;

/** The locality written in the first data row of the first aggregatable annex. */
function firstLocality(views: Map<string, AnnexView>): string {
  for (const id of AGGREGATABLE) {
    const view = views.get(id);
    if (!view) continue;
    for (const table of view.tables) {
      const row = table.rows.find((r) => r.kind === 'data');
      const label = row ? normalizeText(row.label) : '';
      if (label && !PLACEHOLDER.test(label)) return label;
    }
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// One unit's values for one merged table

interface UnitTable {
  values: Record<string, MergedValue>;
  /** Vietnamese notes for the status sheet. */
  notes: string[];
  /** The unit's own "Ghi chú" texts. */
  ghiChu: string[];
}

const header = (c: Column) => c.header.join(' – ');

/**
 * The reading of `key` in `row`, with one repair the validator also makes: "11/29" typed in
 * the numerator cell with an empty denominator cell counts as 11 of 29 (reported as an error
 * by the type rules, so it only reaches a merged sheet with --include-invalid).
 */
function effectiveReading(
  view: AnnexView,
  table: BoundTable,
  row: BoundRow,
  key: string,
): { reading: Reading; cell?: CellView } {
  const cell = view.cell(table, row, key);
  const reading: Reading = cell?.reading ?? { s: 'empty' };
  for (const c of table.table.columns) {
    if (!c.ratio) continue;
    if (c.ratio.num === key && reading.s === 'frac') {
      const den = view.cell(table, row, c.ratio.den)?.reading;
      if (!den || den.s === 'empty') return { reading: { s: 'num', value: reading.num, decimals: 0 }, cell };
    }
    if (c.ratio.den === key && reading.s === 'empty') {
      const num = view.cell(table, row, c.ratio.num)?.reading;
      if (num?.s === 'frac') return { reading: { s: 'num', value: num.den, decimals: 0 }, cell };
    }
  }
  return { reading, cell };
}

/**
 * A unit's value for one summable column. The unit's file may list several rows (a district
 * file listing its communes): the sum of its data rows, which is also what a consistent
 * "Tổng" row holds. The "Tổng" row is only taken on its own when the rows hold no number and
 * the officer typed the total by hand (a formula total over empty rows caches 0, which would
 * turn a gap into a zero). "-" only when every row is "-"; empty (a gap) otherwise.
 */
function unitColumn(view: AnnexView, table: BoundTable, col: Column, notes: string[]): MergedValue {
  const rows = table.rows.filter((r) => r.kind === 'data');
  let sum = 0;
  let decimals = 0;
  let anyNum = false;
  let allNA = rows.length > 0;
  for (const row of rows) {
    const { reading, cell } = effectiveReading(view, table, row, col.key);
    if (reading.s === 'na') continue;
    allNA = false;
    if (reading.s === 'empty') continue;
    if (reading.s === 'num') {
      sum += reading.value;
      decimals = Math.max(decimals, reading.decimals);
      anyNum = true;
      continue;
    }
    // Text, a date where a count belongs, a formula error …: never guessed.
    notes.push(
      AGGREGATE_NOTES.unreadableCell(view.def.title, `${view.sheet.name}!${cell?.address ?? ''}`, header(col)),
    );
    return null;
  }
  const totalRow = table.rows.find((r) => r.kind === 'total');
  const total = totalRow ? view.cell(table, totalRow, col.key)?.reading : undefined;
  if (anyNum) {
    const value = roundTo(sum, Math.min(decimals, 10));
    if (total?.s === 'num' && Math.abs(total.value - sum) > 1e-6 * Math.max(1, Math.abs(sum))) {
      notes.push(AGGREGATE_NOTES.totalMismatch(view.def.title, header(col)));
    }
    return value;
  }
  if (allNA) return '-';
  if (total?.s === 'num' && !total.formula) {
    notes.push(AGGREGATE_NOTES.totalOnly(view.def.title, header(col)));
    return total.value;
  }
  return null;
}

function unitTable(view: AnnexView, merged: Table): UnitTable | undefined {
  const bound = view.tables.find((t) => t.table.key === merged.key);
  if (!bound) return undefined;
  const out: UnitTable = { values: {}, notes: [], ghiChu: [] };
  for (const col of merged.columns) {
    if (!col.summable || !col.input) continue;
    if (!bound.cols.has(col.key)) {
      out.values[col.key] = null; // the unit's sheet was made for another year or level set: a gap
      continue;
    }
    out.values[col.key] = unitColumn(view, bound, col, out.notes);
  }
  // Columns of the unit's sheet the merged template does not have (other years or levels).
  const dropped: string[] = [];
  const mergedKeys = new Set(merged.columns.map((c) => c.key));
  const dataRows = bound.rows.filter((r) => r.kind === 'data');
  for (const b of bound.cols.values()) {
    if (!b.def.summable || mergedKeys.has(b.def.key) || b.col < 0) continue;
    if (dataRows.some((r) => view.cell(bound, r, b.def.key)?.reading.s !== 'empty')) dropped.push(`"${header(b.def)}"`);
  }
  if (dropped.length) out.notes.push(AGGREGATE_NOTES.columnsNotMerged(view.def.title, dropped.join(', ')));
  // Free-text notes of the unit's rows travel with it (labelled by locality when there are several).
  if (mergedKeys.has('ghi_chu') && bound.cols.has('ghi_chu')) {
    for (const r of dataRows) {
      const text = cellText(view.raw(bound, r, 'ghi_chu'));
      if (text) out.ghiChu.push(dataRows.length > 1 && r.label ? `${r.label}: ${text}` : text);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Merged annexes

/** The values the merged sheet's formulas compute, written as cached results too. */
function fillResults(
  rendered: RenderResult,
  layout: Layout,
  data: Record<string, TableData>,
): Record<string, Record<string, number>> {
  const byPos = new Map<string, PlanCell>();
  for (const c of rendered.plan.cells) byPos.set(`${c.row}:${c.col}`, c);
  const totals: Record<string, Record<string, number>> = {};
  for (const table of layout.tables) {
    const pos = rendered.tables.find((t) => t.key === table.key)!;
    const rows = data[table.key] ?? {};
    const sums: Record<string, number> = {};
    for (const c of table.columns) {
      if (!c.summable) continue;
      let s = 0;
      let decimals = 0;
      for (const values of Object.values(rows)) {
        const v = values[c.key];
        if (typeof v === 'number') {
          s += v;
          decimals = Math.max(decimals, decimalsOf(v));
        }
      }
      sums[c.key] = roundTo(s, decimals);
    }
    totals[table.key] = sums;
    const at = (rowKey: string, colKey: string) => byPos.get(`${pos.rows[rowKey]}:${pos.cols[colKey]}`);
    for (const row of table.rows) {
      if (row.kind === 'group') continue;
      const isTotal = row.kind === 'total';
      const value = (key: string): unknown => (isTotal ? sums[key] : rows[row.key]?.[key]);
      for (const c of table.columns) {
        const cell = at(row.key, c.key);
        if (!cell?.formula) continue;
        if (isTotal && c.summable) cell.result = sums[c.key]!;
        else if (c.ratio) {
          const num = value(c.ratio.num);
          const den = value(c.ratio.den);
          const base = row.ratioBase ?? c.ratio.base;
          cell.result =
            typeof num === 'number' && typeof den === 'number' && den > 0 ? roundTo((num / den) * base, 2) : '';
        }
      }
    }
  }
  return totals;
}

function clip(text: string): string {
  return text.length <= TEXT_MAX ? text : `${text.slice(0, TEXT_MAX - 1)}…`;
}

interface Included {
  file: ReadFile;
  status: UnitStatus;
}

function mergeTemplate(def: TemplateDef, settings: ReportSettings, included: Included[]) {
  const layout = buildLayout(def, settings);
  const data: Record<string, TableData> = {};
  for (const table of layout.tables) {
    const rows: TableData = {};
    const dataKeys = table.rows.filter((r) => r.kind === 'data').map((r) => r.key);
    included.forEach(({ file, status }, i) => {
      const values: TableData[string] = { [table.labelColumn]: status.unitName };
      const view = file.views.get(def.id);
      const ut = view ? unitTable(view, table) : undefined;
      for (const col of table.columns) if (col.summable && col.input) values[col.key] = ut?.values[col.key] ?? null;
      if (ut) status.notes.push(...ut.notes);
      // Marking a unit included despite errors: only where the template has a "Ghi chú"
      // column (PL-III table 1, kp_1898). PL-I, PL-II and PL-III table 2 (kp_ctmtqg) have no
      // free-text column, so there the mark is on the status sheet only ("Đưa vào tổng hợp").
      if (table.columns.some((c) => c.key === 'ghi_chu')) {
        const parts = [
          ...(status.inclusion === 'included-invalid' ? [GHI_CHU_INVALID(status.errors)] : []),
          ...(ut?.ghiChu ?? []),
        ];
        if (parts.length) values.ghi_chu = clip(parts.join('; '));
      }
      rows[dataKeys[i]!] = values;
    });
    data[table.key] = rows;
  }
  const rendered = renderLayout(layout, data, AGGREGATE_SHEET_NAME(def.sheetName));
  const totals = fillResults(rendered, layout, data);
  return { plan: rendered.plan, data, totals };
}

// ---------------------------------------------------------------------------------------------
// Status sheet

function statusPlan(units: UnitStatus[], receiver: string): SheetPlan {
  const cells: PlanCell[] = [];
  const merges: SheetPlan['merges'] = [];
  const width = STATUS_SHEET.headers.length;
  let r = 0;
  const line = (value: string, style: string) => {
    cells.push({ row: r, col: 0, value, style });
    merges.push({ r1: r, c1: 0, r2: r, c2: width - 1 });
    r++;
  };
  line(STATUS_SHEET.title, 'title');
  line(receiver ? STATUS_SHEET.receiver(receiver) : STATUS_SHEET.receiverUnknown, 'attach');
  const count = (...k: Inclusion[]) => units.filter((u) => k.includes(u.inclusion)).length;
  line(
    STATUS_SHEET.summary({
      files: units.length,
      included: count('included', 'included-invalid'),
      invalid: count('included-invalid', 'excluded-invalid'),
      duplicate: count('duplicate'),
      unreadable: count('unreadable'),
    }),
    'caption',
  );
  r++;
  const headerRow = r;
  STATUS_SHEET.headers.forEach((h, c) => cells.push({ row: r, col: c, value: h, style: 'header' }));
  r++;
  if (units.length === 0) line(STATUS_SHEET.none, 'label');
  for (const u of units) {
    const row: [string | number, string][] = [
      [u.index, 'seq'],
      [u.unitName, 'label'],
      [u.fileName, 'label'],
      [u.reportDate ? formatVnDate(u.reportDate) : '', 'seq'],
      [u.annexes.map(annexTitle).join(', '), 'label'],
      [u.missing.map(annexTitle).join(', '), 'label'],
      [u.inclusion === 'unreadable' ? '' : u.errors, 'seq'],
      [u.inclusion === 'unreadable' ? '' : u.warnings, 'seq'],
      [u.label, 'label'],
      [clip(u.notes.join(' ')), 'label'],
      [u.inclusion === 'unreadable' ? '' : u.explained, 'seq'],
      [u.inclusion === 'unreadable' ? '' : stampSentence(u.stamp), 'label'],
      [clip(u.explanations.join('\n')), 'label'],
    ];
    row.forEach(([value, style], c) =>
      cells.push({ row: r, col: c, value, style, ...(typeof value === 'string' ? { numFmt: '@' } : {}) }),
    );
    r++;
  }
  return {
    name: STATUS_SHEET.name,
    cells,
    styles: STYLES,
    merges,
    columnWidths: [6, 24, 26, 12, 20, 20, 8, 10, 22, 60, 10, 36, 50],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: [headerRow, headerRow] },
    protect: false,
    freeze: { rows: headerRow + 1, cols: 0 },
    font: { name: 'Times New Roman', size: 12 },
  };
}

/** The unit's explained warnings, each as "Sheet!Cell: text". */
export function explanationLines(report: Report): string[] {
  return report.findings
    .filter((f) => f.severity === 'warning' && f.explanation)
    .map((f) => STATUS_SHEET.explanation(f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '', f.explanation!));
}

function annexTitle(id: string): string {
  return getTemplate(id)?.title ?? id;
}

// ---------------------------------------------------------------------------------------------
// The whole aggregation

export function aggregate(inputs: readonly AggregateInput[], opts: AggregateOptions): AggregateResult {
  // Deterministic whatever order the files came in: by file name first, so "the first file of a unit" is well defined.
  const files = [...inputs].sort((a, b) => byText(a.fileName, b.fileName));
  const entries: { file?: ReadFile; status: UnitStatus }[] = files.map((input) => {
    const base = {
      index: 0,
      fileName: input.fileName,
      annexes: [] as string[],
      missing: [] as string[],
      errors: 0,
      warnings: 0,
      explained: 0,
      explanations: [] as string[],
      notes: [] as string[],
    };
    if (!input.snapshot || input.unreadable !== undefined) {
      return {
        status: {
          ...base,
          unitName: normalizeText(input.fileName),
          inclusion: 'unreadable',
          label: INCLUSION_LABEL.unreadable,
          notes: [AGGREGATE_NOTES.unreadable(normalizeText(input.unreadable ?? ''))],
        },
      };
    }
    const file = readFile(input);
    const status: UnitStatus = {
      ...base,
      unitName: file.unitName,
      ...(file.reportDate ? { reportDate: file.reportDate } : {}),
      annexes: AGGREGATABLE.filter((id) => file.views.has(id)),
      errors: file.report!.stats.errors,
      warnings: file.report!.stats.warnings,
      explained: file.report!.stats.explained ?? 0,
      explanations: explanationLines(file.report!),
      ...(file.report!.stamp ? { stamp: file.report!.stamp } : {}),
      inclusion: 'included',
      label: INCLUSION_LABEL.included,
      notes: [...file.notes],
      report: file.report,
    };
    return { file, status };
  });

  // The same unit twice (two files for one commune): keep one, never sum both. An intact file
  // before one with an annex that could not be read (a damaged copy), then a file without errors
  // before one with errors (the corrected file sent again), then the first by file name.
  const damaged = (e: (typeof entries)[number]) =>
    e.status.report?.findings.some((f) => f.messageId === 'structure/annex-unreadable') ?? false;
  const rank = (e: (typeof entries)[number]) => (damaged(e) ? 2 : 0) + (e.status.errors > 0 ? 1 : 0);
  const keptOf = new Map<string, (typeof entries)[number]>();
  const duplicates: { e: (typeof entries)[number]; kept: (typeof entries)[number] }[] = [];
  for (const e of [...entries].sort((a, b) => rank(a) - rank(b))) {
    if (!e.file) continue;
    const key = textKey(e.status.unitName);
    const kept = keptOf.get(key);
    if (kept === undefined) {
      keptOf.set(key, e);
      continue;
    }
    e.status.inclusion = 'duplicate';
    e.status.duplicateOf = kept.status.fileName;
    duplicates.push({ e, kept });
  }
  for (const e of entries) {
    if (!e.file || e.status.inclusion === 'duplicate' || e.status.errors === 0) continue;
    e.status.inclusion = opts.includeInvalid ? 'included-invalid' : 'excluded-invalid';
    e.status.notes.unshift(
      opts.includeInvalid ? AGGREGATE_NOTES.includedInvalid(e.status.errors) : AGGREGATE_NOTES.errors(e.status.errors),
    );
  }
  // Said once the kept file's own inclusion is known: "(đã lấy tệp đó)" only when it was taken.
  for (const { e, kept } of duplicates) {
    const taken = kept.status.inclusion === 'included' || kept.status.inclusion === 'included-invalid';
    e.status.notes.unshift(AGGREGATE_NOTES.duplicateOf(kept.status.fileName, taken));
  }
  for (const e of entries) e.status.label = INCLUSION_LABEL[e.status.inclusion];

  // Stable order: unit name (Vietnamese collation), then file name; a duplicate right after the file kept for its unit.
  const keptName = new Map(
    entries
      .filter((e) => e.file && e.status.inclusion !== 'duplicate')
      .map((e) => [textKey(e.status.unitName), e.status.unitName]),
  );
  const sortName = (e: (typeof entries)[number]) =>
    e.file ? (keptName.get(textKey(e.status.unitName)) ?? e.status.unitName) : e.status.unitName;
  const dupRank = (e: (typeof entries)[number]) => (e.status.inclusion === 'duplicate' ? 1 : 0);
  entries.sort(
    (a, b) =>
      byText(sortName(a), sortName(b)) || dupRank(a) - dupRank(b) || byText(a.status.fileName, b.status.fileName),
  );
  entries.forEach((e, i) => (e.status.index = i + 1));

  const included: Included[] = entries
    .filter((e) => e.file && (e.status.inclusion === 'included' || e.status.inclusion === 'included-invalid'))
    .map((e) => ({ file: e.file!, status: e.status }));
  // Templates some included file has (a left-out file's annexes would be all-empty sheets that fail
  // their own check); included units lacking one get an empty row there (a visible gap).
  const present = AGGREGATABLE.filter((id) => included.some((u) => u.file.views.has(id)));
  for (const e of entries) if (e.file) e.status.missing = present.filter((id) => !e.file!.views.has(id));
  const settings: ReportSettings = { ...opts.settings, units: included.map((u) => u.status.unitName) };

  const plans: SheetPlan[] = [];
  const data: AggregateResult['data'] = {};
  const totals: AggregateResult['totals'] = {};
  if (included.length > 0) {
    for (const id of present) {
      const merged = mergeTemplate(getTemplate(id)!, settings, included);
      plans.push(merged.plan);
      data[id] = merged.data;
      totals[id] = merged.totals;
    }
  }
  const units = entries.map((e) => e.status);
  return { plans, status: statusPlan(units, opts.settings.unitName), units, data, totals, settings };
}
