import ExcelJS from 'exceljs';
import { defaultSettings } from '../../domain/settings';
import { a1 } from '../../domain/sheet/address';
import type { SheetPlan } from '../../domain/sheet/plan';
import { renderAnnex } from '../../domain/templates/fill';
import { readWorkbookFile } from './read-file';
import { applyPlan, excelValidation, fittedRowHeights } from './write';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng', units: ['TP. Cao Bằng'] });

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return again;
}

function at(result: ReturnType<typeof renderAnnex>, row: string, col: string, table = 0): string {
  const t = result.tables[table]!;
  return a1(t.rows[row]!, t.cols[col]!);
}

describe('applyPlan', () => {
  const pl1 = renderAnnex('PL-I', settings, {
    '1': { hdnd_huyen_nu: 11, hdnd_huyen_tong: 29, ld_huyen_nu: '12', ld_xa_nu: '-' },
  });

  it('writes values, text, formulas with cached results, styles and number formats', async () => {
    const wb = new ExcelJS.Workbook();
    const { sheetName, marker } = await applyPlan(wb, pl1.plan);
    expect(sheetName).toBe('PL-I Nữ DTTS lãnh đạo');
    expect(marker).toBe('PHULUC_PL_I');
    const ws = (await reload(wb)).getWorksheet(sheetName)!;
    const tl = ws.getCell(at(pl1, '1', 'hdnd_huyen_tl'));
    expect(tl.formula).toBe('IF(AND(ISNUMBER(F10),ISNUMBER(G10),G10>0),ROUND(F10/G10*100,2),"")');
    expect(tl.result).toBe(37.93);
    expect(ws.getCell(at(pl1, '1', 'hdnd_huyen_nu')).value).toBe(11);
    const typed = ws.getCell(at(pl1, '1', 'ld_huyen_nu'));
    expect(typed.value).toBe('12');
    expect(typed.numFmt).toBe('@');
    const title = ws.getCell('A1');
    expect(title.value).toBe('Phụ lục I');
    expect(title.font).toMatchObject({ name: 'Times New Roman', bold: true, size: 13 });
    const header = ws.getCell(pl1.tables[0]!.headerTop + 1, 1);
    expect(header.font).toMatchObject({ name: 'Times New Roman', bold: true, size: 12 });
    expect(header.border?.top?.style).toBe('thin');
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell(at(pl1, '1', 'hdnd_huyen_nu')).numFmt).toBe('#,##0');
    expect(ws.getColumn(2).width).toBe(pl1.plan.columnWidths[1]);
  });

  it('writes every column width, also 9 (exceljs leaves width-9 columns out of <cols>)', async () => {
    const wb = new ExcelJS.Workbook();
    const plan: SheetPlan = { ...pl1.plan, columnWidths: [6, 9, 9, 12] };
    const { sheetName } = await applyPlan(wb, plan);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const index = wb.worksheets.findIndex((w) => w.name === sheetName) + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async('string');
    expect(xml).toMatch(/<sheetFormatPr[^>]*defaultColWidth="9"/);
    expect(xml).toContain('<col min="1" max="1" width="6"');
    expect(xml).toContain('<col min="4" max="4" width="12"');
  });

  it('adds native validation with Vietnamese prompts, and unlocks only input cells', async () => {
    const wb = new ExcelJS.Workbook();
    const { sheetName } = await applyPlan(wb, pl1.plan);
    const ws = (await reload(wb)).getWorksheet(sheetName)!;
    const input = ws.getCell(at(pl1, '1', 'hdnd_xa_nu'));
    expect(input.protection).toMatchObject({ locked: false });
    expect(input.dataValidation).toMatchObject({
      type: 'custom',
      showInputMessage: true,
      showErrorMessage: true,
      errorStyle: 'warning',
      prompt: 'Nhập số nguyên ≥ 0, hoặc "-" nếu không áp dụng.',
    });
    const formula = ws.getCell(at(pl1, '1', 'hdnd_xa_tl'));
    expect(formula.protection?.locked).not.toBe(false);
    expect(formula.dataValidation).toBeUndefined();
    expect(ws.getCell(at(pl1, '1', 'dia_phuong')).dataValidation).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
    });
  });

  it('protects without a password, sets A4 landscape fit-to-width with repeated header rows, freezes panes', async () => {
    const wb = new ExcelJS.Workbook();
    const { sheetName } = await applyPlan(wb, pl1.plan);
    const ws = (await reload(wb)).getWorksheet(sheetName)!;
    expect((ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection).toMatchObject({
      sheet: true,
      formatCells: true,
      insertRows: true,
      deleteRows: true,
    });
    expect(
      ((ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection as { hashValue?: string })
        .hashValue,
    ).toBeUndefined();
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const [r1, r2] = pl1.plan.print.titleRows!;
    expect(ws.pageSetup.printTitlesRow).toBe(`${r1 + 1}:${r2 + 1}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: pl1.plan.freeze!.rows });
    expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it('never overwrites a sheet: a second copy gets a free name and its own marker', async () => {
    const wb = new ExcelJS.Workbook();
    await applyPlan(wb, pl1.plan);
    const second = await applyPlan(wb, pl1.plan);
    expect(second.sheetName).toBe('PL-I Nữ DTTS lãnh đạo (2)');
    expect(second.marker).toBe('PHULUC_PL_I_2');
    const snap = await readWorkbookFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(snap.markers.map((m) => [m.name, m.sheetName])).toEqual([
      ['PHULUC_PL_I', 'PL-I Nữ DTTS lãnh đạo'],
      ['PHULUC_PL_I_2', 'PL-I Nữ DTTS lãnh đạo (2)'],
    ]);
  });

  it('writes dates, merges and internal links', async () => {
    const plan: SheetPlan = {
      name: 'Kết quả',
      cells: [
        { row: 0, col: 0, value: 'Tiêu đề', style: 's' },
        { row: 1, col: 0, date: '2021-07-26' },
        { row: 2, col: 0, value: 'PL-I!D9', link: { sheet: 'PL-I Nu DTTS', cell: 'D9' } },
      ],
      styles: { s: { bold: true } },
      merges: [{ r1: 0, c1: 0, r2: 0, c2: 3 }],
      columnWidths: [20],
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
      protect: false,
      font: { name: 'Times New Roman', size: 12 },
    };
    const wb = new ExcelJS.Workbook();
    await applyPlan(wb, plan);
    const ws = (await reload(wb)).getWorksheet('Kết quả')!;
    expect(ws.getCell('A2').value).toEqual(new Date(Date.UTC(2021, 6, 26)));
    expect(ws.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A3').value).toMatchObject({ text: 'PL-I!D9', hyperlink: "#'PL-I Nu DTTS'!D9" });
    expect(ws.model.merges).toEqual(['A1:D1']);
    expect((ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection).toBeFalsy();
    const snap = await readWorkbookFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(snap.markers).toEqual([]);
    expect(snap.sheets[0]!.cells[1]![0]).toMatchObject({ t: 'd', v: '2021-07-26' });
  });
});

describe('excelValidation', () => {
  it('maps every plan validation type', () => {
    const base = { prompt: 'p', error: 'e' };
    expect(excelValidation({ type: 'whole', min: 0, ...base })).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      errorStyle: 'warning',
    });
    expect(excelValidation({ type: 'decimal', min: 0, max: 100, ...base })).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    });
    expect(excelValidation({ type: 'list', values: ['Kế hoạch', 'Công văn'], ...base })).toMatchObject({
      type: 'list',
      formulae: ['"Kế hoạch,Công văn"'],
    });
    expect(excelValidation({ type: 'date', min: '1990-01-01', max: '2100-12-31', ...base })?.formulae[0]).toEqual(
      new Date(Date.UTC(1990, 0, 1)),
    );
    expect(excelValidation({ type: 'textLength', max: 60, ...base })).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [60],
    });
    expect(excelValidation({ type: 'custom', formula: '=OR(A1="-",ISNUMBER(A1))', ...base })).toMatchObject({
      type: 'custom',
      formulae: ['OR(A1="-",ISNUMBER(A1))'],
    });
  });
});

describe('fittedRowHeights', () => {
  it('raises rows whose wrapped text needs more lines, never lowers the plan heights', () => {
    const { plan } = renderAnnex('CLQG', settings);
    const heights = fittedRowHeights(plan);
    for (const [r, h] of Object.entries(plan.rowHeights ?? {}))
      expect(heights.get(Number(r))).toBeGreaterThanOrEqual(h);
    const { tables } = renderAnnex('CLQG', settings);
    expect(heights.get(tables[0]!.rows['3.2a']!)).toBeGreaterThan(30);
  });

  it('makes a verdict row tall enough for the longest verdict its formula can show', () => {
    const { plan, tables } = renderAnnex('CLQG', settings);
    const row = tables[0]!.rows['2.1']!;
    const verdict = plan.cells.find((c) => c.row === row && c.col === tables[0]!.cols['danh_gia']);
    expect(verdict?.widest).toBe('ĐP: Không đánh giá được\nQG 2025: Không đánh giá được');
    // Nothing else on the row wraps: only the verdict raises it above one line (four lines here).
    expect(fittedRowHeights(plan).get(row)).toBeGreaterThanOrEqual(4 * 12 * 1.25);
    expect(
      fittedRowHeights({ ...plan, cells: plan.cells.map((c) => ({ ...c, widest: undefined })) }).get(row) ?? 0,
    ).toBeLessThan(4 * 12 * 1.25);
  });
});

describe('addValidations', () => {
  it('writes equal validations as rectangles that never overlap (exceljs alone overlaps "B7:C56" and "B10:C56")', async () => {
    const settings2 = defaultSettings({ reportYear: 2024 });
    const vb = renderAnnex(
      'VB',
      settings2,
      Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(i + 1), { tt: i + 1 }])),
    );
    const wb = new ExcelJS.Workbook();
    await applyPlan(wb, vb.plan);
    for (const id of ['CLQG', 'KH', 'PL-CB', 'KP']) await applyPlan(wb, renderAnnex(id, settings2).plan);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      const cells = new Set<string>();
      for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
        for (const ref of m[1]!.split(' ')) {
          const [a, b = a] = ref.split(':');
          const p = (x: string) => ({ col: x.replace(/\d+/, ''), row: Number(x.replace(/\D+/, '')) });
          const [s, e] = [p(a!), p(b!)];
          for (let r = s.row; r <= e.row; r++)
            for (let c = s.col.charCodeAt(0); c <= e.col.charCodeAt(0); c++) {
              const key = `${String.fromCharCode(c)}${r}`;
              expect([name, key, cells.has(key)]).toEqual([name, key, false]);
              cells.add(key);
            }
        }
      }
    }
    const ws = (await reload(wb)).getWorksheet('VB Văn bản chỉ đạo')!;
    expect(ws.getCell('D7').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('D56').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('D57').dataValidation).toBeUndefined();
  });
});
