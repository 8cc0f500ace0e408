/**
 * A workbook as import grids: every visible sheet the officer made (any name, any layout).
 * Sheets that already are standard annexes (their identity marker says so) and the hidden
 * settings sheet are left out; a sheet that only carries a standard title ("Phụ lục I") but
 * not the standard layout is read like any other.
 */
import { SETTINGS_SHEET, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/workbook';
import { gridFromSheet, type TableGrid } from './grid';

export function gridsFromWorkbook(snapshot: WorkbookSnapshot): TableGrid[] {
  const standard = new Set(snapshot.markers.map((m) => m.sheetName.toLowerCase()));
  return snapshot.sheets
    .filter((s) => s.name !== SETTINGS_SHEET && s.visibility !== 'veryHidden' && !standard.has(s.name.toLowerCase()))
    .map((s) => gridFromSheet(s));
}

/** A selected range (task pane "dùng vùng đang chọn"): the block as one grid, addressed on its sheet. */
export function gridFromSelection(sheet: SheetSnapshot, row0: number, col0: number): TableGrid {
  const g = gridFromSheet(sheet, { kind: 'selection', sheet: sheet.name, row0, col0 });
  return { ...g, id: `sel:${sheet.name}` };
}
