import { REPORT_SHEET } from '../messages';
import { STATUS_SHEET } from '../messages/aggregate';
import { COMPARE_SHEET } from '../messages/compare';
import type { SheetSnapshot } from '../sheet/workbook';
import { isOwnOutputSheet } from './own-sheets';

const sheet = (name: string, rows: string[][]): SheetSnapshot => ({
  name,
  cells: rows.map((r) => r.map((v) => (v ? { t: 's' as const, v } : undefined))),
});

describe('sheets the add-in writes itself', () => {
  it.each([REPORT_SHEET.title, COMPARE_SHEET.title, STATUS_SHEET.title])('"%s" is ours, renamed or not', (title) => {
    expect(isOwnOutputSheet(sheet('Bản sao (2)', [[''], ['', title.toLowerCase()]]))).toBe(true);
  });
  it("an officer's sheet is not, even one named like ours", () => {
    expect(isOwnOutputSheet(sheet(REPORT_SHEET.name, [['Phụ lục I'], ['SỐ LƯỢNG, TỶ LỆ NỮ DTTS']]))).toBe(false);
    expect(isOwnOutputSheet(sheet('X', [[], [], [], [], [REPORT_SHEET.title]]))).toBe(false);
  });
});
