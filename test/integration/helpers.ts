/** Shared by the integration tests: temp dirs, annex workbooks on disk, cell addresses by key. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { validateSnapshot } from '../../src/domain/engine/validate';
import type { Finding, Report } from '../../src/domain/report/schema';
import { defaultSettings, type ReportSettings, type ReportSettingsInput } from '../../src/domain/settings';
import { a1 } from '../../src/domain/sheet/address';
import { planToSnapshot } from '../../src/domain/sheet/snapshot';
import { TEMPLATE_IDS, getTemplate } from '../../src/domain/templates/catalog';
import { layoutFor, renderAnnex, type AnnexData, type WorkbookData } from '../../src/domain/templates/fill';

export function tempDir(prefix = 'phuluc-'): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const SETTINGS: ReportSettingsInput = { reportYear: 2024, unitName: 'TP. Cao Bằng', units: ['TP. Cao Bằng'] };

export async function writeAnnexWorkbook(
  file: string,
  opts: { templates?: readonly string[]; settings?: ReportSettingsInput; data?: WorkbookData } = {},
) {
  const settings = defaultSettings(opts.settings ?? SETTINGS);
  const { workbook, annexes } = await buildAnnexWorkbook(opts.templates ?? TEMPLATE_IDS, settings, opts.data ?? {});
  await workbook.xlsx.writeFile(file);
  return { settings, annexes };
}

export async function loadExcel(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function validateFile(file: string, settings?: unknown): Promise<Report> {
  const snap = await readWorkbookFile(file);
  return validateSnapshot(snap, settings === undefined ? {} : { settings });
}

/** A1 address of (table.)row/column of a template rendered with these settings and data. */
export function cellOf(
  templateId: string,
  settings: ReportSettings,
  data: AnnexData,
  rowKey: string,
  colKey: string,
): string {
  const r = renderAnnex(templateId, settings, data);
  const dot = rowKey.indexOf('.');
  const byTable = dot > 0 ? r.tables.find((t) => t.key === rowKey.slice(0, dot)) : undefined;
  const t = byTable ?? r.tables[0]!;
  const row = t.rows[byTable ? rowKey.slice(dot + 1) : rowKey];
  const col = t.cols[colKey];
  if (row === undefined || col === undefined) throw new Error(`No cell ${templateId} ${rowKey}.${colKey}`);
  return a1(row, col);
}

/**
 * Every required, empty input cell of a template rendered with `data`: where the gaps must be.
 * A data row left completely empty (VB's spare rows) is not a row yet, so not a gap.
 */
export function requiredCells(templateId: string, settings: ReportSettings, data: AnnexData = {}): string[] {
  const def = getTemplate(templateId)!;
  const layout = layoutFor(def, settings, data);
  const r = renderAnnex(templateId, settings, data);
  const snap = planToSnapshot(r.plan);
  const hasContent = (row: number) =>
    (snap.cells[row] ?? []).some((c) => c !== undefined && c.t !== 'f' && String(c.v).trim() !== '');
  const out: string[] = [];
  for (const table of layout.tables) {
    const pos = r.tables.find((t) => t.key === table.key)!;
    for (const row of table.rows) {
      if (row.kind !== 'data' && row.kind !== 'fixed') continue;
      if (row.kind === 'data' && !hasContent(pos.rows[row.key]!)) continue;
      for (const c of table.columns) {
        if (!c.input || row.skip.includes(c.key)) continue;
        const required = row.required ? row.required.includes(c.key) : c.required;
        const [rr, cc] = [pos.rows[row.key]!, pos.cols[c.key]!];
        const filled = snap.cells[rr]?.[cc];
        if (required && (!filled || String(filled.v ?? '').trim() === '')) out.push(a1(rr, cc));
      }
    }
  }
  return out;
}

export const where = (f: Pick<Finding, 'sheet' | 'cell'>) => `${f.sheet}!${f.cell}`;
