/**
 * The validation stamp through the CLI, as the receiving level meets it: `phuluc validate --stamp`
 * writes it, `phuluc validate` and `phuluc aggregate` verify it and say one of the three verdicts;
 * it survives formatting changes and a LibreOffice round trip; edited figures and a stamp edited
 * by hand are caught. Runs the CLI in-process (`main(argv, io)`).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { droppedFeatures, zipEntryNames } from '../../src/cli/stamp';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-file';
import { STATUS_SHEET } from '../../src/domain/messages/aggregate';
import type { Report } from '../../src/domain/report/schema';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { cellOf, loadExcel, tempDir, writeAnnexWorkbook } from '../integration/helpers';
import { defaultSettings } from '../../src/domain/settings';
import { roundTrip } from './soffice';
import { readXlsxFile } from '../../src/adapters/xlsx/read-file';
import { writeCheckRecordTo } from '../../src/adapters/exceljs/check-record';
import { validateSnapshot } from '../../src/domain/engine/validate';
import { toStore, withExplanation } from '../../src/domain/explanations/store';

const tmp = tempDir('phuluc-stamp-');
afterAll(() => tmp.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

async function json(file: string): Promise<Report> {
  const r = await cli('validate', file, '--json');
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Report;
}

const UNIT = { reportYear: 2024, unitName: 'Xã An Lạc', units: ['Xã An Lạc'], levels: ['huyen', 'xa'] as const };
const CLEAN = {
  'PL-I': {
    '1': {
      hdnd_huyen_nu: 11,
      hdnd_huyen_tong: 29,
      hdnd_xa_nu: 3,
      hdnd_xa_tong: 10,
      ld_huyen_nu: 2,
      ld_huyen_tong: 5,
      ld_xa_nu: 4,
      ld_xa_tong: 9,
    },
  },
};

async function unitFile(name: string, data: object = CLEAN, unit: object = UNIT): Promise<string> {
  const file = tmp.file(name);
  await writeAnnexWorkbook(file, { templates: ['PL-I'], settings: unit as never, data: data as never });
  return file;
}

/** Sets one cell of a sheet with exceljs, saving the file (what an officer's edit in Excel does). */
async function edit(file: string, sheet: string, cell: string, change: (c: ExcelJS.Cell) => void): Promise<void> {
  const wb = await loadExcel(file);
  change(wb.getWorksheet(sheet)!.getCell(cell));
  await wb.xlsx.writeFile(file);
}

const settings = defaultSettings(UNIT as never);
const cellC = (col: string) => cellOf('PL-I', settings, CLEAN['PL-I'] as never, '1', col);

describe('phuluc validate --stamp', () => {
  it('stamps a clean file, then verifies it "unchanged"; figures untouched', async () => {
    const file = await unitFile('clean.xlsx');
    const before = await readWorkbookFile(file);
    expect((await json(file)).stamp).toEqual({ status: 'none' });
    expect((await cli('validate', file)).out).toContain('Dấu kiểm tra: Chưa kiểm tra');

    const r = await cli('validate', file, '--stamp');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã ghi dấu kiểm tra vào tệp ".*clean\.xlsx" lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\./);

    const report = await json(file);
    expect(report.stamp).toMatchObject({
      status: 'unchanged',
      errors: 0,
      warnings: report.stats.warnings,
      explained: 0,
    });
    expect(report.stamp!.rulesVersion).toMatch(/^1-[0-9a-f]{8}$/);
    expect(report.stamp!.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect((await cli('validate', file)).out).toMatch(/Dấu kiểm tra: Đã kiểm tra lúc .* — số liệu không đổi từ đó/);

    // Only the settings sheet changed: every annex cell is as it was.
    const after = await readWorkbookFile(file);
    const annex = (s: typeof before) => s.sheets.filter((x) => x.name !== SETTINGS_SHEET);
    expect(annex(after)).toEqual(annex(before));
    expect(after.settings).toEqual(before.settings);
  });

  it('a file with errors is stamped as sent with errors (exit 1), never clean', async () => {
    const file = await unitFile('errors.xlsx', {
      'PL-I': { '1': { ...CLEAN['PL-I']['1'], hdnd_huyen_nu: 30, hdnd_huyen_tong: 20 } },
    });
    const r = await cli('validate', file, '--stamp');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ghi rõ tệp còn \d+ lỗi \(gửi khi còn lỗi\)/);
    const report = await json(file);
    expect(report.stamp!.status).toBe('unchanged');
    expect(report.stamp!.errors).toBeGreaterThan(0);
    expect((await cli('validate', file)).out).toContain('gửi khi còn lỗi');
  });

  it('formatting, widths, highlights and number formats do not change the verdict', async () => {
    const file = await unitFile('format.xlsx');
    await cli('validate', file, '--stamp');
    const wb = await loadExcel(file);
    const ws = wb.worksheets.find((w) => w.name !== SETTINGS_SHEET)!;
    ws.getColumn(3).width = 30;
    const c = ws.getCell(cellC('hdnd_huyen_nu'));
    c.style = {
      ...c.style,
      numFmt: '#,##0.00',
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
      font: { bold: true },
    };
    await wb.xlsx.writeFile(file);
    expect((await json(file)).stamp!.status).toBe('unchanged');
    // The highlight command of the CLI's own port writes fills too: still unchanged.
  });

  it('an edited figure → "Số liệu đã sửa sau lần kiểm tra lúc …"; so does a number retyped as text or cleared', async () => {
    for (const [name, change] of [
      ['edited.xlsx', (c: ExcelJS.Cell) => (c.value = 12)],
      ['astext.xlsx', (c: ExcelJS.Cell) => (c.value = '11')],
      ['cleared.xlsx', (c: ExcelJS.Cell) => (c.value = null)],
    ] as const) {
      const file = await unitFile(name);
      await cli('validate', file, '--stamp');
      const sheet = (await readWorkbookFile(file)).sheets[0]!.name;
      await edit(file, sheet, cellC('hdnd_huyen_nu'), change);
      const report = await json(file);
      expect([name, report.stamp!.status]).toEqual([name, 'modified']);
      expect((await cli('validate', file)).out).toMatch(
        /Dấu kiểm tra: Số liệu đã sửa sau lần kiểm tra lúc \d{2}:\d{2} ngày/,
      );
    }
  });

  it('a stamp edited by hand in the hidden sheet is caught; a damaged one reads as not checked', async () => {
    const file = await unitFile('tamper.xlsx', {
      'PL-I': { '1': { ...CLEAN['PL-I']['1'], hdnd_huyen_nu: 30, hdnd_huyen_tong: 20 } },
    });
    await cli('validate', file, '--stamp');
    const forged = tmp.file('forged.xlsx');
    copyFileSync(file, forged);
    const wb = await loadExcel(forged);
    const c1 = wb.getWorksheet(SETTINGS_SHEET)!.getCell('C1');
    const stamp = JSON.parse(String(c1.value)) as Record<string, unknown>;
    c1.value = JSON.stringify({ ...stamp, errors: 0, clean: true });
    await wb.xlsx.writeFile(forged);
    expect((await json(forged)).stamp).toMatchObject({ status: 'modified', problem: 'seal' });
    expect((await cli('validate', forged)).out).toContain('đã bị sửa tay');

    await edit(forged, SETTINGS_SHEET, 'C1', (c) => (c.value = '{not json'));
    expect((await json(forged)).stamp).toEqual({ status: 'none', problem: 'unreadable' });
    expect((await cli('validate', forged)).out).toContain(
      'Dấu kiểm tra: Chưa kiểm tra (dấu kiểm tra trong tệp không đọc được)',
    );
  });

  it('survives a LibreOffice round trip; an edit after it is still caught', async () => {
    const file = await unitFile('lo.xlsx');
    await cli('validate', file, '--stamp');
    const stamped = await json(file);
    const saved = roundTrip(file, tmp.file('lo-out'));
    const again = await json(saved);
    expect(again.stamp).toEqual(stamped.stamp);
    expect(again.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(
      stamped.findings.map((f) => `${f.rule}@${f.cell}`),
    );
    // Stamping the LibreOffice file works too, and a later edit is caught.
    expect((await cli('validate', saved, '--stamp')).code).toBe(0);
    const sheet = (await readWorkbookFile(saved)).sheets[0]!.name;
    await edit(saved, sheet, cellC('hdnd_xa_tong'), (c) => (c.value = 11));
    expect((await json(saved)).stamp!.status).toBe('modified');
  }, 180_000);

  it('refuses to rewrite a file with parts the CLI cannot keep (a chart), leaving it byte for byte', async () => {
    const file = await unitFile('chart.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const bytes = readFileSync(file);
    expect(droppedFeatures(zipEntryNames(bytes))).toEqual(['biểu đồ']);
    const r = await cli('validate', file, '--stamp');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không ghi dấu kiểm tra vào .*biểu đồ.*Tệp không bị thay đổi\./);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('zipEntryNames lists the parts of a real workbook', async () => {
    const names = zipEntryNames(readFileSync(await unitFile('parts.xlsx')));
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(droppedFeatures(names)).toEqual([]);
  });
});

describe("phuluc aggregate shows each unit's stamp", () => {
  it('on the status sheet and in its output: unchanged, modified, not checked', async () => {
    const units = tmp.file('units');
    mkdirSync(units);
    const mk = async (file: string, name: string) => {
      const f = path.join(units, file);
      await writeAnnexWorkbook(f, {
        templates: ['PL-I'],
        settings: { ...UNIT, unitName: name, units: [name] } as never,
        data: CLEAN as never,
      });
      return f;
    };
    const a = await mk('A.xlsx', 'Xã An Lạc');
    const b = await mk('B.xlsx', 'Xã Bình Minh');
    await mk('C.xlsx', 'Xã Cẩm Lý');
    await cli('validate', a, '--stamp');
    await cli('validate', b, '--stamp');
    const sheet = (await readWorkbookFile(b)).sheets[0]!.name;
    await edit(b, sheet, cellC('hdnd_xa_nu'), (c) => (c.value = 4));

    const out = tmp.file('TONG-HOP.xlsx');
    const r = await cli('aggregate', units, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dấu kiểm tra trước khi gửi của từng tệp:');
    expect(r.out).toMatch(/A\.xlsx \(Xã An Lạc\): Đã kiểm tra lúc .* — số liệu không đổi từ đó/);
    expect(r.out).toMatch(/B\.xlsx \(Xã Bình Minh\): Số liệu đã sửa sau lần kiểm tra lúc/);
    expect(r.out).toMatch(/C\.xlsx \(Xã Cẩm Lý\): Chưa kiểm tra/);

    const snap = await readWorkbookFile(out);
    const status = snap.sheets.find((s) => s.name === STATUS_SHEET.name)!;
    const header = status.cells.findIndex((row) => row?.[0]?.v === 'STT');
    const col = STATUS_SHEET.headers.indexOf('Kiểm tra trước khi gửi');
    const exp = STATUS_SHEET.headers.indexOf('Đã giải trình');
    const rows = status.cells.slice(header + 1).filter((row) => row?.[1]);
    const byUnit = Object.fromEntries(rows.map((row) => [String(row![1]!.v), [String(row![col]?.v), row![exp]?.v]]));
    expect(byUnit['Xã An Lạc']![0]).toMatch(/^Đã kiểm tra lúc .* — số liệu không đổi từ đó/);
    expect(byUnit['Xã Bình Minh']![0]).toMatch(/^Số liệu đã sửa sau lần kiểm tra lúc/);
    expect(byUnit['Xã Cẩm Lý']).toEqual(['Chưa kiểm tra', 0]);
    rmSync(units, { recursive: true, force: true });
  });

  it('counts explained warnings apart and shows their text; a stamp edited by hand is "modified" there too', async () => {
    const units = tmp.file('units2');
    mkdirSync(units);
    const mk = async (file: string, name: string, data: object) => {
      const f = path.join(units, file);
      await writeAnnexWorkbook(f, {
        templates: ['PL-I'],
        settings: { ...UNIT, unitName: name, units: [name] } as never,
        data: data as never,
      });
      return f;
    };
    // 8/9 written 88,88 %: a truncation warning the unit explains before sending.
    const warned = {
      'PL-I': { '1': { ...CLEAN['PL-I']['1'], hdnd_huyen_nu: 8, hdnd_huyen_tong: 9, hdnd_huyen_tl: 88.88 } },
    };
    const d = await mk('D.xlsx', 'Xã Đông Hà', warned);
    const snap = await readXlsxFile(d);
    const w = validateSnapshot(snap).findings.find((f) => f.severity === 'warning' && f.cell);
    expect(w).toBeDefined();
    const items = withExplanation([], snap, w!, 'Xã báo cáo số làm tròn xuống.', '2026-11-23T14:05:09+07:00');
    const wb = await loadExcel(d);
    writeCheckRecordTo(wb, { explanations: toStore(items) });
    await wb.xlsx.writeFile(d);
    expect((await cli('validate', d, '--stamp')).code).toBe(0);
    const stamped = await json(d);
    expect(stamped.stamp).toMatchObject({ status: 'unchanged', explained: 1 });
    expect(stamped.stats.explained).toBe(1);

    const e = await mk('E.xlsx', 'Xã Eo Gió', CLEAN);
    await cli('validate', e, '--stamp');
    const wbE = await loadExcel(e);
    const c1 = wbE.getWorksheet(SETTINGS_SHEET)!.getCell('C1');
    c1.value = JSON.stringify({ ...(JSON.parse(String(c1.value)) as object), warnings: 5 });
    await wbE.xlsx.writeFile(e);

    const out = tmp.file('TONG-HOP-2.xlsx');
    const r = await cli('aggregate', units, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /D\.xlsx \(Xã Đông Hà\): Đã kiểm tra lúc .* \(khi kiểm tra: không có lỗi, \d+ cảnh báo \(1 đã giải trình\)\)/,
    );
    expect(r.out).toContain(`Giải trình: ${w!.sheet}!${w!.cell}: Xã báo cáo số làm tròn xuống.`);
    expect(r.out).toMatch(
      /E\.xlsx \(Xã Eo Gió\): Số liệu đã sửa sau lần kiểm tra lúc .*dấu kiểm tra trong tệp đã bị sửa tay/,
    );

    const status = (await readWorkbookFile(out)).sheets.find((s) => s.name === STATUS_SHEET.name)!;
    const header = status.cells.findIndex((row) => row?.[0]?.v === 'STT');
    const col = (h: string) => STATUS_SHEET.headers.indexOf(h as never);
    const rows = status.cells.slice(header + 1).filter((row) => row?.[1]);
    const byUnit = new Map(rows.map((row) => [String(row![1]!.v), row!]));
    const dRow = byUnit.get('Xã Đông Hà')!;
    expect(dRow[col('Đã giải trình')]?.v).toBe(1);
    expect(dRow[col('Nội dung giải trình')]?.v).toBe(`${w!.sheet}!${w!.cell}: Xã báo cáo số làm tròn xuống.`);
    expect(String(byUnit.get('Xã Eo Gió')![col('Kiểm tra trước khi gửi')]?.v)).toMatch(
      /^Số liệu đã sửa sau lần kiểm tra lúc .*đã bị sửa tay/,
    );
    expect(byUnit.get('Xã Eo Gió')![col('Nội dung giải trình')]?.v ?? '').toBe('');
    rmSync(units, { recursive: true, force: true });
  });
});
