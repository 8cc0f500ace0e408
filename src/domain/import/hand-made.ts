/**
 * What `validate` says about a sheet it cannot check: a table an officer made in their own
 * layout that looks like one of the annexes (found with the import engine), so the finding can
 * say which annex, how many columns and rows, and point to "Nhập từ bảng có sẵn…".
 * Bounded: only the top MAX_ROWS × MAX_COLS of a sheet is looked at.
 */
import type { ReportSettings } from '../settings';
import type { SheetSnapshot } from '../sheet/workbook';
import { getTemplate } from '../templates/catalog';
import { gridFromSheet } from './grid';
import { importTables } from './import';

const MAX_ROWS = 400;
const MAX_COLS = 64;

export interface HandMadeTable {
  templateId: string;
  /** The annex's title ("Phụ lục I"). */
  title: string;
  /** Columns of the officer's table. */
  cols: number;
  /** Rows that would become data rows of the annex. */
  rows: number;
  /** 0-based sheet position of the table's first header cell. */
  row0: number;
  col0: number;
}

/** The tables of a sheet that resemble an annex (only `templateId` when given). */
export function handMadeTables(sheet: SheetSnapshot, settings: ReportSettings, templateId?: string): HandMadeTable[] {
  const cut: SheetSnapshot = {
    ...sheet,
    cells: sheet.cells.slice(0, MAX_ROWS).map((row) => row?.slice(0, MAX_COLS) ?? []),
  };
  const grid = gridFromSheet(cut);
  if (!grid.cells.length) return [];
  let result;
  try {
    result = importTables([grid], { settings, ...(templateId ? { templateId } : {}) });
  } catch {
    // Describing a sheet must never stop validation.
    return [];
  }
  const out: HandMadeTable[] = [];
  for (const t of result.tables) {
    if (!t.templateId) continue;
    const def = getTemplate(t.templateId);
    if (!def) continue;
    const rows = t.rowChoices.filter((r) => r.role.kind === 'data' || r.role.kind === 'fixed' || r.role.kind === 'sub');
    const origin = t.origin.kind === 'word' ? { row0: 0, col0: 0 } : t.origin;
    out.push({
      templateId: t.templateId,
      title: def.title,
      cols: t.columns.filter((c) => c.status !== 'empty').length || t.cols,
      rows: rows.length,
      row0: origin.row0 + Math.max(0, t.headerTop),
      col0: origin.col0,
    });
  }
  return out;
}
