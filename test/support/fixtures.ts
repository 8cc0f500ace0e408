/** Test fixtures: build annex sheets from templates and officer data, as `phuluc new --data` would. */
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import { planToSnapshot } from '../../src/domain/sheet/snapshot';
import { markerName, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { renderAnnex, splitTableData, type AnnexData } from '../../src/domain/templates/fill';

export { renderAnnex, splitTableData, type AnnexData };

/** PL-II, seed 002 values of TP Cao Bằng: 0, 0, 5, 1250, 0, 0, 0, 0 (row 9, total row 10). */
export const PL2_ROW = {
  dia_phuong: 'TP Cao Bằng',
  tap_huan_lop: 0,
  tap_huan_nguoi: 0,
  truyen_thong_cuoc: 5,
  truyen_thong_nguoi: 1250,
  san_pham: 0,
  tu_van_cuoc: 0,
  tu_van_nguoi: 0,
  mo_hinh: 0,
};

export function annexSheet(
  templateId: string,
  data: AnnexData = {},
  settings: ReportSettingsInput = {},
  sheetName?: string,
): SheetSnapshot {
  return planToSnapshot(renderAnnex(templateId, defaultSettings(settings), data, sheetName).plan);
}

/** A workbook of annex sheets with identity markers. */
export function workbookOf(
  sheets: { templateId: string; sheet: SheetSnapshot }[],
  settings?: ReportSettingsInput,
): WorkbookSnapshot {
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

export function singleAnnex(
  templateId: string,
  data: AnnexData = {},
  settings: ReportSettingsInput = {},
): WorkbookSnapshot {
  return workbookOf([{ templateId, sheet: annexSheet(templateId, data, settings) }], settings);
}
