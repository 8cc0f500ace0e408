/** PL-I — Nữ DTTS tham gia HĐND và giữ chức vụ lãnh đạo (seed 002, Phụ lục I). */
import { unitsOf } from '../settings';
import { templateInfo } from './info';
import { attachLine, col, dataRowKeys, LEVEL_LABEL, SIGNATURE, type TemplateDef } from './template';

const GROUPS = [
  { key: 'hdnd', header: 'Nữ DTTS tham gia Hội đồng nhân dân các cấp' },
  { key: 'ld', header: 'Nữ DTTS giữ chức vụ lãnh đạo trong các cơ quan quản lý nhà nước' },
] as const;

export const plI: TemplateDef = {
  ...templateInfo('PL-I'),
  build(settings, rows) {
    const units = unitsOf(settings);
    const columns = [
      col({ key: 'stt', header: ['Số TT'], kind: 'seq', width: 5 }),
      col({ key: 'dia_phuong', header: ['Địa phương'], kind: 'name', width: 20, required: true }),
    ];
    for (const g of GROUPS) {
      for (const level of settings.levels) {
        const base = `${g.key}_${level}`;
        const lv = LEVEL_LABEL[level];
        columns.push(
          col({
            key: `${base}_nu`,
            header: [g.header, lv, 'Số nữ DTTS'],
            kind: 'count',
            width: 6,
            required: true,
            allowNA: true,
            summable: true,
          }),
          col({
            key: `${base}_tong`,
            header: [g.header, lv, 'Tổng số'],
            kind: 'count',
            width: 6,
            required: true,
            allowNA: true,
            summable: true,
          }),
          col({
            key: `${base}_tl`,
            header: [g.header, lv, 'Tỷ lệ (%)'],
            kind: 'percent',
            width: 7,
            ratio: { num: `${base}_nu`, den: `${base}_tong`, base: 100 },
          }),
        );
      }
    }
    const keys = dataRowKeys(rows?.main, units.length);
    return {
      templateId: 'PL-I',
      title: 'Phụ lục I',
      heading: [
        'SỐ LƯỢNG, TỶ LỆ NỮ DÂN TỘC THIỂU SỐ THAM GIA HỘI ĐỒNG NHÂN DÂN VÀ GIỮ CHỨC VỤ LÃNH ĐẠO',
        'TRONG CÁC CƠ QUAN NHÀ NƯỚC, CHÍNH QUYỀN ĐỊA PHƯƠNG CÁC CẤP',
      ],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          columns,
          matchColumn: 'stt',
          labelColumn: 'dia_phuong',
          repeatRows: true,
          rows: [
            ...keys.map((k, i) => ({
              key: k,
              kind: 'data' as const,
              cells: { stt: i + 1, ...(units[i] ? { dia_phuong: units[i]! } : {}) },
            })),
            { key: 'tong', kind: 'total' as const, cells: { dia_phuong: 'Tổng' } },
          ],
        },
      ],
      signature: SIGNATURE,
    };
  },
};
