/**
 * Officer data → a rendered annex: `{ rowKey: { colKey: value } }`, with "table.row" keys for
 * templates of several tables. Used by `phuluc new --data`, the samples and test fixtures.
 * `checkAnnexData` says which keys do not exist before anything is written.
 */
import type { ReportSettings } from '../settings';
import { getTemplate } from './catalog';
import { renderLayout, type DataValue, type RenderResult, type TableData } from './render';
import type { Layout, Row } from './schema';
import { buildLayout, type TemplateDef } from './template';

/** Officer data for one template: rowKey → colKey → value; "table.row" keys address other tables. */
export type AnnexData = Record<string, Record<string, DataValue>>;
/** Officer data for a workbook: templateId → AnnexData. */
export type WorkbookData = Record<string, AnnexData>;

export function splitTableData(
  tableKeys: string[],
  data: AnnexData,
): { byTable: Record<string, TableData>; rowRequest: Record<string, string[]> } {
  const byTable: Record<string, TableData> = {};
  for (const [rowKey, cols] of Object.entries(data)) {
    const dot = rowKey.indexOf('.');
    const prefix = dot > 0 ? rowKey.slice(0, dot) : '';
    const [table, row] = tableKeys.includes(prefix) ? [prefix, rowKey.slice(dot + 1)] : [tableKeys[0]!, rowKey];
    (byTable[table] ??= {})[row] = cols;
  }
  const rowRequest: Record<string, string[]> = {};
  for (const [t, rows] of Object.entries(byTable)) rowRequest[t] = Object.keys(rows);
  return { byTable, rowRequest };
}

const isCount = (k: string) => /^\d+$/.test(k);

/** "1.1+2": the second sub-row under fixed row 1.1 ("UBND cấp huyện 30 %, UBND cấp xã 35 %", seed 004). */
const SUB_ROW = /^(.+)\+(\d{1,3})$/;

/** Sub-rows the data asks for, after their fixed row (which must allow them); their labels come from the data. */
function withSubRows(layout: Layout, rowRequest: Record<string, string[]>, byTable: Record<string, TableData>): Layout {
  const tables = layout.tables.map((t) => {
    const subs = (rowRequest[t.key] ?? [])
      .map((k) => ({ k, m: SUB_ROW.exec(k) }))
      .filter((x) => x.m && t.rows.some((r) => r.key === x.m![1] && r.kind === 'fixed' && r.allowSubRows))
      .sort((a, b) => Number(a.m![2]) - Number(b.m![2]));
    if (!subs.length) return t;
    const labels = t.columns.filter((c) => c.kind === 'label').map((c) => c.key);
    const rows: Row[] = [];
    for (const r of t.rows) {
      rows.push(r);
      for (const s of subs.filter((x) => x.m![1] === r.key)) {
        const cells: Record<string, string> = {};
        for (const l of labels) {
          const v = byTable[t.key]?.[s.k]?.[l];
          if (typeof v === 'string' || typeof v === 'number') cells[l] = String(v);
        }
        rows.push({ key: s.k, kind: 'data', cells, skip: r.skip, lists: r.lists, allowSubRows: false, required: [] });
      }
    }
    return { ...t, rows };
  });
  return { ...layout, tables };
}

/** The layout with the data rows the officer's data asks for (repeatable tables), and sub-rows under fixed rows. */
export function layoutFor(def: TemplateDef, settings: ReportSettings, data: AnnexData = {}): Layout {
  const base = buildLayout(def, settings);
  const { rowRequest } = splitTableData(
    base.tables.map((t) => t.key),
    data,
  );
  const requests: Record<string, string[]> = {};
  for (const t of base.tables) {
    if (!t.repeatRows) continue;
    const fixedKeys = new Set(t.rows.filter((r) => r.kind !== 'data').map((r) => r.key));
    const wanted = (rowRequest[t.key] ?? []).filter((k) => !fixedKeys.has(k));
    const defaults = t.rows.filter((r) => r.kind === 'data').map((r) => r.key);
    const merged = [...defaults, ...wanted.filter((k) => !defaults.includes(k))];
    requests[t.key] = merged.sort((a, b) => (isCount(a) && isCount(b) ? Number(a) - Number(b) : 0));
  }
  const { byTable } = splitTableData(
    base.tables.map((t) => t.key),
    data,
  );
  return withSubRows(buildLayout(def, settings, requests), rowRequest, byTable);
}

/**
 * Values given for computed cells (a % or "Tổng" formula) replace the formula, as when an
 * officer types over it — the validator must see such sheets too (seed: "38" typed as the %).
 */
function typeOverFormulas(result: RenderResult, byTable: Record<string, TableData>): void {
  const index = new Map(result.plan.cells.map((c, i) => [c.row * 16384 + c.col, i]));
  for (const pos of result.tables) {
    for (const [rowKey, cols] of Object.entries(byTable[pos.key] ?? {})) {
      const row = pos.rows[rowKey];
      if (row === undefined) continue;
      for (const [colKey, value] of Object.entries(cols)) {
        const col = pos.cols[colKey];
        if (col === undefined || value === undefined) continue;
        const i = index.get(row * 16384 + col);
        const cell = i === undefined ? undefined : result.plan.cells[i];
        if (!cell || !cell.formula || cell.input) continue;
        const typed = { ...cell };
        delete typed.formula;
        delete typed.result;
        if (value !== null && typeof value === 'object') {
          if ('date' in value) typed.date = value.date;
          else typed.formula = value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
          typed.value = undefined;
        } else if (typeof value === 'string') {
          typed.value = value;
          typed.numFmt = '@';
        } else typed.value = value;
        result.plan.cells[i!] = typed;
      }
    }
  }
}

export function renderAnnex(
  templateId: string,
  settings: ReportSettings,
  data: AnnexData = {},
  sheetName?: string,
): RenderResult {
  const def = getTemplate(templateId);
  if (!def) throw new Error(`Unknown template ${templateId}`);
  const layout = layoutFor(def, settings, data);
  const { byTable } = splitTableData(
    layout.tables.map((t) => t.key),
    data,
  );
  const result = renderLayout(layout, byTable, sheetName ?? def.sheetName);
  typeOverFormulas(result, byTable);
  return result;
}

// ---------------------------------------------------------------------------------------

export type DataProblem =
  | { kind: 'template'; templateId: string }
  | { kind: 'not-object'; templateId: string; row?: string }
  | { kind: 'table'; templateId: string; table: string; tables: string[] }
  | { kind: 'row'; templateId: string; table: string; row: string; rows: string[] }
  | { kind: 'column'; templateId: string; table: string; row: string; column: string; columns: string[] }
  | { kind: 'not-input'; templateId: string; table: string; row: string; column: string }
  | { kind: 'value'; templateId: string; table: string; row: string; column: string; value: string };

function describe(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function isDataValue(v: unknown): v is DataValue {
  if (v === null || typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length !== 1) return false;
  if (keys[0] === 'date')
    return (
      typeof o.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(o.date) &&
      !Number.isNaN(Date.parse(`${o.date}T00:00:00Z`))
    );
  if (keys[0] === 'formula') return typeof o.formula === 'string' && o.formula.replace(/^=/, '').trim() !== '';
  return false;
}

/** Every key of the officer's data that does not exist in the template (nothing is written). */
export function checkAnnexData(templateId: string, settings: ReportSettings, data: unknown): DataProblem[] {
  const def = getTemplate(templateId);
  if (!def) return [{ kind: 'template', templateId }];
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return [{ kind: 'not-object', templateId: def.id }];
  const problems: DataProblem[] = [];
  const rows = data as Record<string, unknown>;
  for (const [rowKey, cols] of Object.entries(rows)) {
    if (cols === null || typeof cols !== 'object' || Array.isArray(cols))
      problems.push({ kind: 'not-object', templateId: def.id, row: rowKey });
  }
  if (problems.length) return problems;
  const layout = layoutFor(def, settings, rows as AnnexData);
  const base = buildLayout(def, settings);
  const baseRows = new Set(base.tables.flatMap((t) => t.rows.map((r) => `${t.key}.${r.key}`)));
  const tableKeys = layout.tables.map((t) => t.key);
  for (const [rowKey, cols] of Object.entries(rows as AnnexData)) {
    const dot = rowKey.indexOf('.');
    const prefix = dot > 0 ? rowKey.slice(0, dot) : '';
    let table = layout.tables[0]!;
    let key = rowKey;
    if (tableKeys.includes(prefix)) {
      table = layout.tables.find((t) => t.key === prefix)!;
      key = rowKey.slice(dot + 1);
    } else if (layout.tables.length > 1 && dot > 0 && !baseRows.has(`${table.key}.${rowKey}`)) {
      problems.push({ kind: 'table', templateId: def.id, table: prefix, tables: tableKeys });
      continue;
    }
    const row = table.rows.find((r) => r.key === key);
    const writable = table.rows.filter((r) => r.kind !== 'group').map((r) => r.key);
    const sub = !!row && SUB_ROW.test(key) && !baseRows.has(`${table.key}.${key}`);
    const extra = !baseRows.has(`${table.key}.${key}`) && !isCount(key) && !sub;
    if (!row || row.kind === 'group' || extra) {
      problems.push({
        kind: 'row',
        templateId: def.id,
        table: table.key,
        row: rowKey,
        rows: table.repeatRows ? [...writable.filter((k) => !isCount(k)), '1, 2, 3 …'] : writable,
      });
      continue;
    }
    for (const [colKey, value] of Object.entries(cols)) {
      const col = table.columns.find((c) => c.key === colKey);
      if (!col) {
        problems.push({
          kind: 'column',
          templateId: def.id,
          table: table.key,
          row: rowKey,
          column: colKey,
          columns: table.columns.filter((c) => c.input || c.ratio || c.summable).map((c) => c.key),
        });
        continue;
      }
      const computed = !!col.ratio || !!col.status || (row.kind === 'total' && col.summable);
      // A sub-row's own label ("UBND cấp huyện") is written into the template's label column.
      const input = (col.input || (sub && col.kind === 'label')) && row.kind !== 'total' && !row.skip.includes(col.key);
      if (!input && !(computed && !(col.ratio && row.skip.includes(col.ratio.num)))) {
        problems.push({ kind: 'not-input', templateId: def.id, table: table.key, row: rowKey, column: colKey });
        continue;
      }
      if (!isDataValue(value))
        problems.push({
          kind: 'value',
          templateId: def.id,
          table: table.key,
          row: rowKey,
          column: colKey,
          value: describe(value),
        });
    }
  }
  return problems;
}
