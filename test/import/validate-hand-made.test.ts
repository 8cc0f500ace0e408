/**
 * `validate` on tables the officer made in their own layout (issue 11, item 4): it says in
 * Vietnamese what it found — which annex the table resembles, its columns and rows — and points
 * to "Nhập từ bảng có sẵn…" / `phuluc import`, instead of one structure error naming an
 * internal table id, and never reads the officer's values by the standard positions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import type { Io } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { validateSnapshot } from '../../src/domain/engine/validate';
import type { WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { annexSheet, workbookOf } from '../support/fixtures';
import { reportSheetPlan } from '../../src/domain/report/report-sheet';
import { planToSnapshot } from '../../src/domain/sheet/snapshot';
import { PL2_ROW, SETTINGS } from '../robustness/support';
import { seedXlsx } from './fixtures';
import { PL_I, VB } from './seed-tables';

const handMadePl1 = async (numberRow: boolean): Promise<WorkbookSnapshot> =>
  readWorkbookFile((await seedXlsx([PL_I], { numberRow, sheetNames: ['Bảng của tôi'] })).buffer);

describe('validate on a hand-made layout', () => {
  it.each([
    ['without the "(1) (2) …" row', false, 'không có dòng số thứ tự cột'],
    ['with a "(1)…(14)" row added', true, 'tiêu đề các cột khác mẫu'],
  ])('a Phụ lục I of its own (%s): one finding saying what it is and where to go', async (_, numberRow, why) => {
    const r = validateSnapshot(await handMadePl1(numberRow));
    expect(r.findings.map((f) => f.messageId)).toEqual(['structure/hand-made-table']);
    const f = r.findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.sheet).toBe('Bảng của tôi');
    // Its first header cell: a blank row and three title lines above it.
    expect(f.cell).toBe('A5');
    expect(f.message).toContain('Trang tính "Bảng của tôi" có một bảng 14 cột giống Phụ lục I');
    expect(f.message).toContain('1 dòng số liệu');
    expect(f.message).toContain(why);
    expect(f.message).toContain('"Nhập từ bảng có sẵn…"');
    expect(f.message).toContain('phuluc import');
    expect(f.message).not.toMatch(/\bmain\b/);
    // Not read by the standard positions: no "92,3 must be a whole count".
    expect(r.annexes).toEqual([]);
    expect(r.stats.cells).toBe(0);
  });

  it('a hand-made list beside a standard annex: the annex is checked, the list is pointed to import (warning)', async () => {
    const own = (await readWorkbookFile((await seedXlsx([VB], { sheetNames: ['Van ban 2023'] })).buffer)).sheets[0]!;
    const wb = workbookOf([{ templateId: 'PL-II', sheet: annexSheet('PL-II', { '1': PL2_ROW }, SETTINGS) }], SETTINGS);
    wb.sheets.push(own);
    const r = validateSnapshot(wb);
    expect(r.annexes.map((a) => a.templateId)).toEqual(['PL-II']);
    const f = r.findings.find((x) => x.messageId === 'structure/hand-made-table')!;
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Van ban 2023' });
    expect(f.message).toContain(
      'có một bảng 7 cột giống Phụ lục VB (Danh mục các văn bản chỉ đạo đã ban hành), 50 dòng số liệu',
    );
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('the sheets the product writes itself (Kết quả kiểm tra, renamed or not) are never taken for hand-made tables', () => {
    // Findings to list: a count typed "1.250,5,0" and a negative one.
    const bad = { ...PL2_ROW, truyen_thong_nguoi: '1.250,5,0', tu_van_cuoc: -2 };
    const wb = workbookOf([{ templateId: 'PL-II', sheet: annexSheet('PL-II', { '1': bad }, SETTINGS) }], SETTINGS);
    const first = validateSnapshot(wb);
    expect(first.findings.length).toBeGreaterThan(1);
    wb.sheets.push(planToSnapshot(reportSheetPlan(first, new Date('2024-08-01T00:00:00Z'))));
    wb.sheets.push({ ...planToSnapshot(reportSheetPlan(first, new Date('2024-08-01T00:00:00Z'))), name: 'KQ thang 8' });
    const again = validateSnapshot(wb);
    expect(again.findings.map((f) => f.messageId)).toEqual(first.findings.map((f) => f.messageId));
  });

  it('phuluc validate: exit 2 with the sentence on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-handmade-'));
    try {
      const file = path.join(dir, 'pl1.xlsx');
      writeFileSync(file, (await seedXlsx([PL_I], { sheetNames: ['Bảng của tôi'] })).buffer);
      let out = '';
      let err = '';
      const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
      const code = await main(['validate', file], io);
      expect(code).toBe(2);
      expect(err).toContain('Trang tính "Bảng của tôi" có một bảng 14 cột giống Phụ lục I');
      expect(err).toContain('phuluc import');
      expect(out + err).not.toMatch(/\bmain\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
