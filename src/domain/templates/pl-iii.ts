/**
 * PL-III — Kinh phí thực hiện nhiệm vụ BĐG vùng DTTS (seed 002, Phụ lục III): two tables,
 * in triệu đồng. KP — the simple yearly budget of seed 000 §6, in đồng.
 */
import type { ReportSettings } from '../settings';
import { unitsOf } from '../settings';
import { templateInfo } from './info';
import { attachLine, col, dataRowKeys, SIGNATURE, type TemplateDef } from './template';
import type { RowInput, RowRequest } from './schema';

function unitRows(settings: ReportSettings, requested: string[] | undefined, nameKey: string) {
  const units = unitsOf(settings);
  return dataRowKeys(requested, units.length).map((k, i) => ({
    key: k,
    kind: 'data' as const,
    cells: { stt: i + 1, ...(units[i] ? { [nameKey]: units[i]! } : {}) },
  }));
}

function groupedRows(
  settings: ReportSettings,
  rows: RowRequest | undefined,
  table: string,
  totalLabel: string,
): RowInput[] {
  return [
    { key: 'g_1', kind: 'group' as const, cells: { stt: 'I', ten_don_vi: 'CƠ QUAN CÔNG TÁC DÂN TỘC CẤP TỈNH/TP' } },
    { key: 'g_2', kind: 'group' as const, cells: { stt: 'II', ten_don_vi: 'ĐỊA PHƯƠNG' } },
    ...unitRows(settings, rows?.[table], 'ten_don_vi'),
    { key: 'tong', kind: 'total' as const, cells: { ten_don_vi: totalLabel } },
  ];
}

export const plIII: TemplateDef = {
  ...templateInfo('PL-III'),
  build(settings, rows) {
    const y = settings.reportYear;
    const from = settings.budgetFromYear;
    const period = `Kinh phí được giao thực hiện giai đoạn ${from}-${y}`;
    const money = {
      kind: 'money' as const,
      moneyUnit: 'trieu-dong' as const,
      width: 9,
      required: true,
      summable: true,
    };
    const years = [];
    for (let yr = from; yr <= y; yr++)
      years.push(col({ key: `nam_${yr}`, header: [period, `Năm ${yr}`], year: yr, ...money }));
    // Both tables: Số TT, Tên đơn vị, then their money columns; units under groups I and II.
    const unitTable = (key: string, caption: string, columns: ReturnType<typeof col>[]) => ({
      key,
      caption,
      unitNote: 'Đơn vị tính: triệu đồng',
      matchColumn: 'stt',
      labelColumn: 'ten_don_vi',
      repeatRows: true,
      columns: [
        col({ key: 'stt', header: ['Số TT'], kind: 'seq', width: 6 }),
        col({ key: 'ten_don_vi', header: ['Tên đơn vị'], kind: 'name', width: 24, required: true }),
        ...columns,
      ],
      rows: groupedRows(settings, rows, key, 'Tổng kinh phí'),
    });
    return {
      templateId: 'PL-III',
      title: 'Phụ lục III',
      heading: [
        'TỔNG HỢP KINH PHÍ THỰC HIỆN NHIỆM VỤ BÌNH ĐẲNG GIỚI',
        `VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI NĂM ${y} VÀ NHU CẦU KINH PHÍ NĂM ${y + 1}`,
      ],
      attachLine: attachLine(settings),
      tables: [
        unitTable('kp_1898', '1. Kinh phí thực hiện Quyết định số 1898/QĐ-TTg ngày 28/11/2017', [
          ...years,
          col({ key: 'nhu_cau', header: [`Nhu cầu kinh phí năm ${y + 1}`], ...money, width: 11 }),
          col({ key: 'ghi_chu', header: ['Ghi chú'], kind: 'text', width: 14 }),
        ]),
        unitTable('kp_ctmtqg', '2. Kinh phí thực hiện CTMTQG và Chương trình, dự án khác', [
          col({ key: 'ctmtqg_nam', header: [`Kinh phí thực hiện năm ${y}`, 'CTMTQG'], ...money, width: 14 }),
          col({
            key: 'khac_nam',
            header: [`Kinh phí thực hiện năm ${y}`, 'Các chương trình, dự án khác'],
            ...money,
            width: 14,
          }),
          col({ key: 'ctmtqg_nhu_cau', header: [`Nhu cầu kinh phí năm ${y + 1}`, 'CTMTQG'], ...money, width: 14 }),
          col({
            key: 'khac_nhu_cau',
            header: [`Nhu cầu kinh phí năm ${y + 1}`, 'Các chương trình, dự án khác'],
            ...money,
            width: 14,
          }),
        ]),
      ],
      signature: SIGNATURE,
    };
  },
};

export const kp: TemplateDef = {
  ...templateInfo('KP'),
  build(settings, rows) {
    const y = settings.reportYear;
    const from = settings.period ? Number(settings.period.from.slice(0, 4)) : Math.max(settings.budgetFromYear, y - 3);
    const years = [];
    for (let yr = Math.min(from, y); yr <= y; yr++) {
      years.push(
        col({
          key: `nam_${yr}`,
          header: ['Kinh phí thực hiện (đồng)', `Năm ${yr}`],
          kind: 'money',
          moneyUnit: 'dong',
          year: yr,
          width: 14,
          required: true,
          summable: true,
        }),
      );
    }
    return {
      templateId: 'KP',
      title: 'Phụ lục KP',
      heading: ['KINH PHÍ THỰC HIỆN CÁC CHÍNH SÁCH VỀ BÌNH ĐẲNG GIỚI'],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          unitNote: 'Đơn vị tính: đồng',
          matchColumn: 'stt',
          labelColumn: 'ten_don_vi',
          repeatRows: true,
          columns: [
            col({ key: 'stt', header: ['Số TT'], kind: 'seq', width: 6 }),
            col({ key: 'ten_don_vi', header: ['Cấp, đơn vị'], kind: 'name', width: 26, required: true }),
            ...years,
            col({ key: 'ghi_chu', header: ['Ghi chú'], kind: 'text', width: 16 }),
          ],
          rows: [
            ...unitRows(settings, rows?.main, 'ten_don_vi'),
            { key: 'tong', kind: 'total', cells: { ten_don_vi: 'Tổng' } },
          ] as RowInput[],
        },
      ],
      signature: SIGNATURE,
    };
  },
};
