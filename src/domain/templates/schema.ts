/**
 * Annex templates are data: a layout of tables, columns and rows, built from the report
 * settings and checked by zod. The renderer (render.ts) turns a layout into a SheetPlan;
 * the binder (engine/bind.ts) finds the same tables again in a filled workbook.
 */
import { z } from '../zod';
import { KeptMap } from '../kept-map';

export const COLUMN_KINDS = [
  'seq', // Số TT — label, not an input
  'label', // printed label (indicator name, unit) — not an input
  'name', // locality / unit name typed by the officer
  'text', // free text input
  'count', // whole number ≥ 0
  'money', // amount ≥ 0 in the table's money unit
  'decimal', // a number ≥ 0 (indicator values, targets)
  'percent', // a share 0–100, computed from a ratio or typed
  'date',
  'list',
  'docNumber',
  'status', // Đạt / Chưa đạt / Chưa có số liệu (formula)
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const columnSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  /** Header path, top to bottom; adjacent columns sharing a prefix are merged. */
  header: z.array(z.string().min(1)).min(1),
  kind: z.enum(COLUMN_KINDS),
  width: z.number().positive(),
  /** The officer types here (unlocked, data validation). */
  input: z.boolean(),
  /** An empty input cell is a gap. */
  required: z.boolean().default(false),
  /** "-" or "x" (not applicable) is allowed. */
  allowNA: z.boolean().default(false),
  /** Percent computed by formula from two columns of the same row. */
  ratio: z.object({ num: z.string(), den: z.string(), base: z.number().default(100) }).optional(),
  /**
   * Status formula: value column and target column(s) of the same row. With `both`, the cell
   * shows the verdict against the first target (local) and against the row's `nationalColumn`.
   */
  status: z.object({ value: z.string(), targets: z.array(z.string()).min(1), both: z.boolean().optional() }).optional(),
  /** The total row sums this column. */
  summable: z.boolean().default(false),
  list: z.array(z.string()).optional(),
  moneyUnit: z.enum(['dong', 'trieu-dong']).optional(),
  /** Year of a year column (PL-III), for the year-order check. */
  year: z.number().int().optional(),
  /** Text with a unit ("108 bé trai/100 bé gái", "03 tin/quý") is accepted and read. */
  allowUnitText: z.boolean().default(false),
  /** Values are in the row's unit (`Row.unitText`, the indicator's) and may be typed with it ("1,7 lần"). */
  unitOfRow: z.boolean().default(false),
  numFmt: z.string().optional(),
});
export type Column = z.infer<typeof columnSchema>;

export const rowSchema = z.object({
  key: z.string().min(1),
  /**
   * data: an officer's row (repeatable); fixed: a row the template defines (indicator, post);
   * group: a heading row ("I. ĐỊA PHƯƠNG", "MỤC TIÊU 1 …"); total: "Tổng".
   */
  kind: z.enum(['data', 'fixed', 'group', 'total']),
  /** Literal cells (labels, STT) by column key. */
  cells: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Input columns of this row that are required (default: the columns' own flag). */
  required: z.array(z.string()).optional(),
  /** Input columns that do not apply to this row (left locked and empty). */
  skip: z.array(z.string()).default([]),
  /** Per-row list values for a column (e.g. Có/Không for a yes/no indicator). */
  lists: z.record(z.string(), z.array(z.string())).default({}),
  indicatorId: z.string().optional(),
  /** Sub-rows (per level) may be added under this fixed row. */
  allowSubRows: z.boolean().default(false),
  /** Scale of this row's ratio column (100 for %, 100000 for maternal mortality …). */
  ratioBase: z.number().optional(),
  /** Direction of this row's status formula (indicator rows): the national milestone's comparison. */
  direction: z.enum(['gte', 'gt', 'lte', 'lt', 'eq100', 'bool']).optional(),
  /** Comparison against the local target (the indicator's own direction). */
  localDirection: z.enum(['gte', 'gt', 'lte', 'lt', 'eq100', 'bool']).optional(),
  /** The indicator's unit, stripped from a value typed with it ("1,7 lần"). */
  unitText: z.string().optional(),
  /** The column holding the national target compared, and its milestone year ("2025"). */
  nationalColumn: z.string().optional(),
  nationalYear: z.string().optional(),
});
export type Row = z.infer<typeof rowSchema>;
export type RowInput = z.input<typeof rowSchema>;

/**
 * A table whose columns and rows are checked by `column` and `row`: the table schema itself, and
 * (parseLayout) the same table over columns and rows already checked one by one.
 */
const tableOf = <C extends z.ZodType<Column>, R extends z.ZodType<Row>>(column: C, row: R) =>
  z
    .object({
      key: z.string().regex(/^[a-z0-9_]+$/),
      caption: z.string().optional(),
      unitNote: z.string().optional(),
      columns: z.array(column).min(2),
      rows: z.array(row).min(1),
      /** The column whose text identifies fixed, group and total rows. */
      matchColumn: z.string(),
      /** The label column ("Địa phương", "Chỉ tiêu") where "Tổng" is written. */
      labelColumn: z.string(),
      /** Officers may add or remove data rows. */
      repeatRows: z.boolean(),
      /** Pairs where people without events (or the reverse) is inconsistent (PL-II). */
      pairs: z.array(z.object({ events: z.string(), people: z.string() })).default([]),
    })
    .superRefine((t, ctx) => {
      const keys = new Set<string>();
      for (const [i, c] of t.columns.entries()) {
        if (keys.has(c.key))
          ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `Trùng khóa cột "${c.key}"` });
        keys.add(c.key);
      }
      for (const [i, c] of t.columns.entries()) {
        for (const ref of [c.ratio?.num, c.ratio?.den, c.status?.value, ...(c.status?.targets ?? [])]) {
          if (ref !== undefined && !keys.has(ref))
            ctx.addIssue({
              code: 'custom',
              path: ['columns', i],
              message: `Cột "${c.key}" tham chiếu cột không có: "${ref}"`,
            });
        }
        if (c.kind === 'list' && !c.list?.length)
          ctx.addIssue({ code: 'custom', path: ['columns', i], message: `Cột danh sách "${c.key}" không có giá trị` });
      }
      for (const k of [t.matchColumn, t.labelColumn]) {
        if (!keys.has(k)) ctx.addIssue({ code: 'custom', path: ['matchColumn'], message: `Không có cột "${k}"` });
      }
      const rowKeys = new Set<string>();
      for (const [i, r] of t.rows.entries()) {
        if (rowKeys.has(r.key))
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'key'], message: `Trùng khóa dòng "${r.key}"` });
        rowKeys.add(r.key);
        for (const k of [
          ...Object.keys(r.cells),
          ...(r.required ?? []),
          ...r.skip,
          ...(r.nationalColumn ? [r.nationalColumn] : []),
        ]) {
          if (!keys.has(k))
            ctx.addIssue({
              code: 'custom',
              path: ['rows', i],
              message: `Dòng "${r.key}" nói tới cột không có: "${k}"`,
            });
        }
      }
    });

export const tableSchema = tableOf(columnSchema, rowSchema);
export type Table = z.infer<typeof tableSchema>;

const layoutOf = <T extends z.ZodType<Table>>(table: T) =>
  z.object({
    templateId: z.string(),
    /** "Phụ lục I" */
    title: z.string(),
    /** Title lines in capitals. */
    heading: z.array(z.string()).min(1),
    /** "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)" */
    attachLine: z.string(),
    tables: z.array(table).min(1),
    /** Signature block: left and right captions. */
    signature: z.object({ left: z.string(), right: z.string(), note: z.string() }),
  });

export const layoutSchema = layoutOf(tableSchema);
export type Layout = z.infer<typeof layoutSchema>;

/** A layout over columns and rows parseLayout has already checked: everything else as layoutSchema checks it. */
const checkedLayoutSchema = layoutOf(tableOf(z.custom<Column>(), z.custom<Row>()));

/**
 * Columns and rows checked before, by their content (JSON): a template builds the same columns
 * and data rows for every unit's settings (aggregating 100 units built 303 layouts, whose tables
 * differ only in a few rows and captions), and checking each against its schema was most of the
 * time building one took. Parsed objects are shared between layouts, which are never changed
 * after building. The last ELEMENTS_KEPT of each are kept.
 */
const ELEMENTS_KEPT = 4096;
const parsedColumns = new KeptMap<string, Column>(ELEMENTS_KEPT);
const parsedRows = new KeptMap<string, Row>(ELEMENTS_KEPT);

function parsedOnce<T>(
  memo: KeptMap<string, T>,
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] } {
  const key = JSON.stringify(input);
  const kept = memo.get(key);
  if (kept !== undefined) return { ok: true, value: kept };
  const r = schema.safeParse(input);
  if (!r.success) return { ok: false, issues: r.error.issues };
  memo.set(key, r.data);
  return { ok: true, value: r.data };
}

/**
 * layoutSchema.safeParse, with each column and row checked once per content (parsedOnce): the
 * same layout when it is valid; when not, the first invalid column or row's issues (their paths
 * from the layout), else what checking it whole finds.
 */
export function parseLayout(
  input: LayoutInput,
): { success: true; data: Layout } | { success: false; issues: z.core.$ZodIssue[] } {
  const tables = (input as { tables?: unknown }).tables;
  if (!Array.isArray(tables)) return fromZod(layoutSchema.safeParse(input));
  const checked: unknown[] = [];
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t] as { columns?: unknown; rows?: unknown } | null;
    if (table === null || typeof table !== 'object' || !Array.isArray(table.columns) || !Array.isArray(table.rows))
      return fromZod(layoutSchema.safeParse(input));
    const columns: Column[] = [];
    for (let i = 0; i < table.columns.length; i++) {
      const r = parsedOnce(parsedColumns, columnSchema, table.columns[i]);
      if (!r.ok) return { success: false, issues: within(r.issues, ['tables', t, 'columns', i]) };
      columns.push(r.value);
    }
    const rows: Row[] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const r = parsedOnce(parsedRows, rowSchema, table.rows[i]);
      if (!r.ok) return { success: false, issues: within(r.issues, ['tables', t, 'rows', i]) };
      rows.push(r.value);
    }
    checked.push({ ...table, columns, rows });
  }
  return fromZod(checkedLayoutSchema.safeParse({ ...input, tables: checked }));
}

function fromZod(
  r: z.ZodSafeParseResult<Layout>,
): { success: true; data: Layout } | { success: false; issues: z.core.$ZodIssue[] } {
  return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues };
}

function within(issues: z.core.$ZodIssue[], at: PropertyKey[]): z.core.$ZodIssue[] {
  return issues.map((i) => ({ ...i, path: [...at, ...i.path] }));
}
export type LayoutInput = z.input<typeof layoutSchema>;

/** Row keys an officer's data asks for, per table (to add data rows beyond the defaults). */
export type RowRequest = Record<string, string[]>;
