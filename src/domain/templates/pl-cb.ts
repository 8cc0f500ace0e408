/** PL-CB — Tỷ lệ nữ tham gia cấp ủy, HĐND, lãnh đạo chủ chốt (seed 001 §3, seed 000 §3a). */
import type { RowInput } from './schema';
import { templateInfo } from './info';
import { attachLine, col, SIGNATURE, type TemplateDef } from './template';

const LEVEL_TEXT = { tinh: 'cấp tỉnh', huyen: 'cấp huyện', xa: 'cấp xã' } as const;

const BODIES = [
  { key: 'cap_uy', group: 'Cấp ủy Đảng', posts: [{ key: '', label: (lv: string) => `Cấp ủy ${lv}` }] },
  {
    key: 'hdnd',
    group: 'Đại biểu Hội đồng nhân dân',
    posts: [{ key: '', label: (lv: string) => `Đại biểu HĐND ${lv}` }],
  },
  {
    key: 'hdnd_ld',
    group: 'Lãnh đạo Hội đồng nhân dân',
    posts: [
      { key: 'ct', label: (lv: string) => `HĐND ${lv} – Chủ tịch` },
      { key: 'pct', label: (lv: string) => `HĐND ${lv} – Phó Chủ tịch` },
    ],
  },
  {
    key: 'ubnd_ld',
    group: 'Lãnh đạo Ủy ban nhân dân',
    posts: [
      { key: 'ct', label: (lv: string) => `UBND ${lv} – Chủ tịch` },
      { key: 'pct', label: (lv: string) => `UBND ${lv} – Phó Chủ tịch` },
    ],
  },
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

export const plCB: TemplateDef = {
  ...templateInfo('PL-CB'),
  build(settings) {
    const rows: RowInput[] = [];
    let n = 0;
    for (const [bi, body] of BODIES.entries()) {
      rows.push({ key: `g_${body.key}`, kind: 'group' as const, cells: { stt: ROMAN[bi]!, co_quan: body.group } });
      for (const level of settings.levels) {
        for (const post of body.posts) {
          n += 1;
          rows.push({
            key: [body.key, post.key, level].filter(Boolean).join('_'),
            kind: 'fixed' as const,
            cells: { stt: n, co_quan: post.label(LEVEL_TEXT[level]) },
          });
        }
      }
    }
    return {
      templateId: 'PL-CB',
      title: 'Phụ lục CB',
      heading: ['TỶ LỆ NỮ THAM GIA CẤP ỦY, HỘI ĐỒNG NHÂN DÂN', 'VÀ GIỮ CHỨC VỤ LÃNH ĐẠO CHỦ CHỐT CHÍNH QUYỀN CÁC CẤP'],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          matchColumn: 'co_quan',
          labelColumn: 'co_quan',
          repeatRows: false,
          columns: [
            col({ key: 'stt', header: ['Số TT'], kind: 'seq', width: 6 }),
            col({ key: 'co_quan', header: ['Cơ quan, chức danh'], kind: 'label', width: 34 }),
            col({ key: 'so_nu', header: ['Số nữ'], kind: 'count', width: 10, required: true, allowNA: true }),
            col({ key: 'tong_so', header: ['Tổng số'], kind: 'count', width: 10, required: true, allowNA: true }),
            col({
              key: 'ty_le',
              header: ['Tỷ lệ (%)'],
              kind: 'percent',
              width: 10,
              ratio: { num: 'so_nu', den: 'tong_so', base: 100 },
            }),
            col({ key: 'chi_tieu', header: ['Chỉ tiêu (%)'], kind: 'decimal', width: 10 }),
            col({
              key: 'danh_gia',
              header: ['Đánh giá'],
              kind: 'status',
              width: 14,
              status: { value: 'ty_le', targets: ['chi_tieu'] },
            }),
            col({ key: 'ghi_chu', header: ['Ghi chú'], kind: 'text', width: 20 }),
          ],
          rows,
        },
      ],
      signature: SIGNATURE,
    };
  },
};
