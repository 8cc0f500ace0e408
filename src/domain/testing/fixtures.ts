/** Test fixtures: build annex sheets from templates and officer data, as `phuluc new --data` would. */
import { defaultSettings, type ReportSettings, type ReportSettingsInput } from '../settings';
import { planToSnapshot } from '../sheet/snapshot';
import { markerName, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/workbook';
import { getTemplate } from '../templates/catalog';
import { renderLayout, type DataValue, type TableData } from '../templates/render';
import { buildLayout } from '../templates/template';

/** Officer data for one template: rowKey → colKey → value; "table.row" keys address other tables. */
export type AnnexData = Record<string, Record<string, DataValue>>;

export function splitTableData(tableKeys: string[], data: AnnexData): { byTable: Record<string, TableData>; rowRequest: Record<string, string[]> } {
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

export function renderAnnex(templateId: string, settings: ReportSettings, data: AnnexData = {}, sheetName?: string) {
  const def = getTemplate(templateId);
  if (!def) throw new Error(`Unknown template ${templateId}`);
  const base = buildLayout(def, settings);
  const { byTable, rowRequest } = splitTableData(base.tables.map((t) => t.key), data);
  // Only repeatable tables take extra data rows; fixed tables keep their rows.
  const requests: Record<string, string[]> = {};
  for (const t of base.tables) {
    if (!t.repeatRows) continue;
    const fixedKeys = new Set(t.rows.filter((r) => r.kind !== 'data').map((r) => r.key));
    const wanted = (rowRequest[t.key] ?? []).filter((k) => !fixedKeys.has(k));
    const defaults = t.rows.filter((r) => r.kind === 'data').map((r) => r.key);
    const merged = [...defaults, ...wanted.filter((k) => !defaults.includes(k))];
    requests[t.key] = merged.sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : 0));
  }
  const layout = buildLayout(def, settings, requests);
  return renderLayout(layout, byTable, sheetName ?? def.sheetName);
}

export function annexSheet(templateId: string, data: AnnexData = {}, settings: ReportSettingsInput = {}, sheetName?: string): SheetSnapshot {
  return planToSnapshot(renderAnnex(templateId, defaultSettings(settings), data, sheetName).plan);
}

/** A workbook of annex sheets with identity markers. */
export function workbookOf(sheets: { templateId: string; sheet: SheetSnapshot }[], settings?: ReportSettingsInput): WorkbookSnapshot {
  const counts = new Map<string, number>();
  return {
    sheets: sheets.map((s) => s.sheet),
    markers: sheets.map(({ templateId, sheet }) => {
      const n = (counts.get(templateId) ?? 0) + 1;
      counts.set(templateId, n);
      return { name: markerName(templateId, n), templateId, sheetName: sheet.name };
    }),
    ...(settings ? { settings } : {}),
  };
}

export function singleAnnex(templateId: string, data: AnnexData = {}, settings: ReportSettingsInput = {}): WorkbookSnapshot {
  return workbookOf([{ templateId, sheet: annexSheet(templateId, data, settings) }], settings);
}
