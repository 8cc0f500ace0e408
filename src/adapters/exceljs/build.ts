/** Whole workbooks of annexes (`phuluc new`, samples, tests) and the edits Excel itself would make. */
import ExcelJS from 'exceljs';
import type { ReportSettings } from '../../domain/settings';
import type { SheetPlan } from '../../domain/sheet/plan';
import { quoteSheet } from '../../domain/sheet/address';
import { parseMarkerName } from '../../domain/sheet/workbook';
import { TEMPLATE_IDS } from '../../domain/templates/catalog';
import { renderAnnex, type WorkbookData } from '../../domain/templates/fill';
import { writeSettingsTo } from './port';
import { sheetOfRange } from './read';
import { applyPlan } from './write';

export interface BuiltAnnex {
  templateId: string;
  sheetName: string;
  marker?: string;
}

/** A new workbook with one sheet per template (officer data filled in) and the settings sheet. */
export async function buildAnnexWorkbook(
  templateIds: readonly string[],
  settings: ReportSettings,
  data: WorkbookData = {},
): Promise<{ workbook: ExcelJS.Workbook; annexes: BuiltAnnex[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phụ lục BĐG';
  workbook.created = new Date();
  const annexes: BuiltAnnex[] = [];
  for (const id of templateIds) {
    const { plan } = renderAnnex(id, settings, data[id] ?? {});
    const r = await applyPlan(workbook, plan);
    annexes.push({ templateId: id, sheetName: r.sheetName, ...(r.marker ? { marker: r.marker } : {}) });
  }
  writeSettingsTo(workbook, settings);
  return { workbook, annexes };
}

/**
 * A new workbook from ready sheet plans (the merged annexes and the status sheet of
 * `phuluc aggregate`), in order, with markers for the annexes and the settings sheet last.
 */
export async function buildPlansWorkbook(
  plans: readonly SheetPlan[],
  settings: ReportSettings,
): Promise<{ workbook: ExcelJS.Workbook; sheets: BuiltAnnex[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phụ lục BĐG';
  workbook.created = new Date();
  const sheets: BuiltAnnex[] = [];
  for (const plan of plans) {
    const r = await applyPlan(workbook, plan);
    sheets.push({
      templateId: plan.templateId ?? '',
      sheetName: r.sheetName,
      ...(r.marker ? { marker: r.marker } : {}),
    });
  }
  writeSettingsTo(workbook, settings);
  return { workbook, sheets };
}

/**
 * Renames a sheet the way Excel does: workbook-level names that point into it (our annex
 * markers) follow the new name. exceljs alone leaves them pointing at the old name.
 */
export function renameSheet(wb: ExcelJS.Workbook, from: string, to: string): void {
  const ws = wb.getWorksheet(from);
  if (!ws) throw new Error(`No sheet "${from}"`);
  const names = wb.definedNames as unknown as {
    model: { name: string; ranges: string[] }[];
    remove(location: string, name: string): void;
    add(location: string, name: string): void;
  };
  const moved: { name: string; range: string }[] = [];
  for (const dn of names.model) {
    if (!parseMarkerName(dn.name, TEMPLATE_IDS)) continue;
    for (const range of dn.ranges) {
      if (sheetOfRange(range) !== from) continue;
      moved.push({ name: dn.name, range });
    }
  }
  ws.name = to;
  for (const m of moved) {
    names.remove(m.range, m.name);
    names.add(`${quoteSheet(to)}!${m.range.slice(m.range.lastIndexOf('!') + 1)}`, m.name);
  }
}
