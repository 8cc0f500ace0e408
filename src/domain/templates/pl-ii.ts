/** PL-II — Kết quả triển khai Đề án hỗ trợ hoạt động BĐG vùng DTTS (seed 002, Phụ lục II). */
import { unitsOf } from '../settings';
import { templateInfo } from './info';
import { attachLine, col, dataRowKeys, SIGNATURE, type TemplateDef } from './template';

const TAP_HUAN = 'Tập huấn, bồi dưỡng kiến thức';
const TRUYEN_THONG = 'Các hoạt động truyền thông (hội nghị tuyên truyền, sinh hoạt ngoại khóa, hội thi...)';
const TU_VAN = 'Tư vấn pháp luật về BĐG';

export const plII: TemplateDef = {
  ...templateInfo('PL-II'),
  build(settings, rows) {
    const units = unitsOf(settings);
    const keys = dataRowKeys(rows?.main, units.length);
    const count = (key: string, header: string[]) =>
      col({ key, header, kind: 'count', width: 11, required: true, summable: true });
    return {
      templateId: 'PL-II',
      title: 'Phụ lục II',
      heading: [
        'MỘT SỐ KẾT QUẢ CHỦ YẾU TRIỂN KHAI ĐỀ ÁN HỖ TRỢ HOẠT ĐỘNG BÌNH ĐẲNG GIỚI',
        '(THEO QĐ 1898/QĐ-TTG NGÀY 28/11/2017)',
      ],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          matchColumn: 'stt',
          labelColumn: 'dia_phuong',
          repeatRows: true,
          pairs: [
            { events: 'tap_huan_lop', people: 'tap_huan_nguoi' },
            { events: 'truyen_thong_cuoc', people: 'truyen_thong_nguoi' },
            { events: 'tu_van_cuoc', people: 'tu_van_nguoi' },
          ],
          columns: [
            col({ key: 'stt', header: ['Số TT'], kind: 'seq', width: 6 }),
            col({ key: 'dia_phuong', header: ['Địa phương'], kind: 'name', width: 22, required: true }),
            count('tap_huan_lop', [TAP_HUAN, 'Tổng số lớp']),
            count('tap_huan_nguoi', [TAP_HUAN, 'Số lượt người tham gia']),
            count('truyen_thong_cuoc', [TRUYEN_THONG, 'Tổng số cuộc']),
            count('truyen_thong_nguoi', [TRUYEN_THONG, 'Số lượt người tham gia']),
            count('san_pham', ['Sản phẩm truyền thông (tờ rơi, tờ gấp, pano, áp phích)']),
            count('tu_van_cuoc', [TU_VAN, 'Số cuộc tư vấn']),
            count('tu_van_nguoi', [TU_VAN, 'Số người được tư vấn']),
            count('mo_hinh', ['Mô hình can thiệp']),
          ],
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
