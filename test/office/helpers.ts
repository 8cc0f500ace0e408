import { FakeExcel, type FakeSheet } from '../doubles/fake-excel';
import { OfficeWorkbookPort } from '../../src/adapters/office/office-port';
import type { Capabilities } from '../../src/app/types';
import type { PlanCell, SheetPlan } from '../../src/domain/sheet/plan';

export const IDS = ['PL-I', 'PL-CB', 'PL-II', 'PL-III', 'KP', 'CLQG', 'KH', 'VB'];
export const FULL: Capabilities = {
  namedItems: true,
  dataValidation: true,
  pageLayout: true,
  insertFromWorkbook: true,
};
/** The ExcelApi 1.4 baseline: none of the optional features above it. */
export const NONE: Capabilities = {
  namedItems: true,
  dataValidation: false,
  pageLayout: false,
  insertFromWorkbook: false,
};
/** Excel 2016 MSI and older (ExcelApi 1.1–1.3): every capability off. */
export const OLD: Capabilities = {
  namedItems: false,
  dataValidation: false,
  pageLayout: false,
  insertFromWorkbook: false,
};

export function setup(caps: Capabilities = FULL, apiVersion = '1.13'): { fake: FakeExcel; port: OfficeWorkbookPort } {
  const fake = new FakeExcel({ apiVersion });
  const port = new OfficeWorkbookPort(fake.run, caps, IDS);
  return { fake, port };
}

/**
 * An annex-like sheet: merged title, header, "(1) (2) …" row, `rows` data rows with numbers,
 * a percentage formula, a date, then a total row with SUM formulas.
 */
export function seedAnnex(fake: FakeExcel, name: string, rows: number): FakeSheet {
  const s = fake.addSheet(name);
  s.set('A1', 'PHỤ LỤC I').merge('A1:F1');
  s.set('A2', 'SỐ LƯỢNG, TỶ LỆ NỮ').merge('A2:F2');
  s.setRows('A3', [['Số TT', 'Địa phương', 'Số nữ', 'Tổng số', 'Tỷ lệ (%)', 'Ngày cập nhật']]);
  s.setRows('A4', [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']]);
  for (let i = 0; i < rows; i++) {
    const r = 5 + i;
    s.setRows(`A${r}`, [
      [
        i + 1,
        `Xã ${i + 1}`,
        { value: 11, numberFormat: '#,##0' },
        { value: 29, numberFormat: '#,##0' },
        { formula: `=ROUND(C${r}/D${r}*100,2)`, value: 37.93, numberFormat: '0.00' },
        { date: '2024-07-30', numberFormat: 'dd/mm/yyyy' },
      ],
    ]);
  }
  const t = 5 + rows;
  s.setRows(`A${t}`, [
    [
      '',
      'Tổng',
      { formula: `=SUM(C5:C${t - 1})`, value: 11 * rows },
      { formula: `=SUM(D5:D${t - 1})`, value: 29 * rows },
      { formula: `=C${t}/0`, error: '#DIV/0!' },
    ],
  ]);
  return s;
}

const cell = (row: number, col: number, extra: Omit<PlanCell, 'row' | 'col'>): PlanCell => ({ row, col, ...extra });

/** A small but realistic PL-I-like plan, written by hand (no renderer needed). */
export function samplePlan(name = 'PL-I', templateId: string | null = 'PL-I', dataRows = 3): SheetPlan {
  const cells: PlanCell[] = [
    cell(0, 0, { value: 'Phụ lục I', style: 'title' }),
    cell(1, 0, { value: 'SỐ LƯỢNG, TỶ LỆ NỮ DTTS', style: 'title' }),
    cell(2, 0, { value: '(Kèm theo Báo cáo số 12/BC-UBND ngày 30/7/2024)', style: 'attach' }),
    cell(4, 0, { value: 'Số TT', style: 'header' }),
    cell(4, 1, { value: 'Địa phương', style: 'header' }),
    cell(4, 2, { value: 'Số nữ DTTS', style: 'header' }),
    cell(4, 3, { value: 'Tổng số', style: 'header' }),
    cell(4, 4, { value: 'Tỷ lệ (%)', style: 'header' }),
    cell(4, 5, { value: 'Ngày', style: 'header' }),
    cell(4, 6, { value: 'Mục lục', style: 'header' }),
  ];
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'].forEach((v, c) =>
    cells.push(cell(5, c, { value: v, style: 'colnum' })),
  );
  for (let i = 0; i < dataRows; i++) {
    const r = 6 + i;
    const countNA = {
      type: 'custom' as const,
      formula: `=OR(C${r + 1}="-",AND(ISNUMBER(C${r + 1}),C${r + 1}>=0))`,
      prompt: 'Nhập số nữ DTTS, hoặc "-" nếu không áp dụng.',
      error: 'Số nữ phải là số nguyên ≥ 0 hoặc "-".',
    };
    cells.push(
      cell(r, 0, { value: i + 1, style: 'seq' }),
      cell(r, 1, {
        value: `Xã ${i + 1}`,
        style: 'label',
        input: true,
        numFmt: '@',
        validation: { type: 'textLength', max: 200, prompt: 'Tên địa phương', error: 'Tên quá dài' },
      }),
      cell(r, 2, {
        value: i === 0 ? '-' : 5 + i,
        style: 'inputNumber',
        input: true,
        numFmt: '#,##0',
        validation: countNA,
      }),
      cell(r, 3, {
        value: null,
        style: 'inputNumber',
        input: true,
        numFmt: '#,##0',
        validation: {
          type: 'whole',
          min: 0,
          prompt: 'Nhập tổng số (số nguyên ≥ 0).',
          error: 'Tổng số phải là số nguyên ≥ 0.',
        },
      }),
      cell(r, 4, {
        formula: `=IF(AND(ISNUMBER(C${r + 1}),ISNUMBER(D${r + 1}),D${r + 1}>0),ROUND(C${r + 1}/D${r + 1}*100,2),"")`,
        style: 'formula',
        numFmt: '0.00',
      }),
      cell(r, 5, {
        date: '2024-07-30',
        style: 'input',
        input: true,
        numFmt: 'dd/mm/yyyy',
        validation: {
          type: 'date',
          min: '1990-01-01',
          max: '2100-12-31',
          prompt: 'Ngày dạng ngày/tháng/năm',
          error: 'Ngày không hợp lệ',
        },
      }),
      cell(r, 6, {
        value: 'Loại',
        style: 'input',
        input: true,
        validation: {
          type: 'list',
          values: ['Kế hoạch', 'Công văn', 'Quyết định'],
          prompt: 'Chọn loại văn bản',
          error: 'Chọn trong danh sách',
        },
      }),
    );
  }
  const t = 6 + dataRows;
  cells.push(
    cell(t, 1, { value: 'Tổng', style: 'total' }),
    cell(t, 2, { formula: `=SUM(C7:C${t})`, style: 'totalNumber', numFmt: '#,##0' }),
    cell(t, 3, { formula: `=SUM(D7:D${t})`, style: 'totalNumber', numFmt: '#,##0' }),
    // Strings Excel would otherwise parse: a fraction (date), a negative number, a formula, "(1)".
    cell(t + 2, 1, { value: '8/9' }),
    cell(t + 2, 2, { value: '-5' }),
    cell(t + 2, 3, { value: '=1+1' }),
    cell(t + 2, 4, { value: '-' }),
    cell(t + 2, 5, { value: "'quoted" }),
    cell(t + 3, 1, { value: 'Về mục lục', link: { sheet: 'Mục lục', cell: 'A1' } }),
  );
  return {
    name,
    ...(templateId ? { templateId } : {}),
    cells,
    styles: {
      title: { bold: true, size: 13, hAlign: 'center', vAlign: 'middle' },
      attach: { italic: true, hAlign: 'center', wrap: true },
      header: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: '#DDEBF7' },
      colnum: { italic: true, hAlign: 'center', border: true, size: 11 },
      seq: { hAlign: 'center', border: true },
      label: { hAlign: 'left', border: true, wrap: true },
      input: { border: true },
      inputNumber: { hAlign: 'right', border: true },
      formula: { hAlign: 'right', border: true, fill: '#F2F2F2' },
      total: { bold: true, hAlign: 'center', border: true },
      totalNumber: { bold: true, hAlign: 'right', border: true, fill: '#F2F2F2' },
    },
    merges: [
      { r1: 0, c1: 0, r2: 0, c2: 6 },
      { r1: 1, c1: 0, r2: 1, c2: 6 },
      { r1: 2, c1: 0, r2: 2, c2: 6 },
    ],
    columnWidths: [6, 28, 12, 12, 12, 14, 16],
    rowHeights: { '1': 33 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: [4, 5] },
    protect: true,
    freeze: { rows: 6, cols: 2 },
    font: { name: 'Times New Roman', size: 12 },
  };
}

/** A plan with `rows` data rows of `cols` numeric input columns (for size tests). */
export function bigPlan(rows: number, cols: number): SheetPlan {
  const cells: PlanCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      cells.push({
        row: r,
        col: c,
        value: r * cols + c,
        numFmt: '#,##0',
        input: true,
        style: 'input',
        validation: { type: 'whole', min: 0, prompt: 'Số', error: 'Sai' },
      });
    }
  }
  return {
    name: 'Lớn',
    templateId: 'PL-II',
    cells,
    styles: { input: { border: true } },
    merges: [],
    columnWidths: Array.from({ length: cols }, () => 12),
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    protect: true,
    font: { name: 'Times New Roman', size: 12 },
  };
}
