/** VB — Các văn bản chỉ đạo đã ban hành (seed 000, Phụ lục các văn bản). */
import { DOCUMENT_TYPES } from '../parse/doc-number';
import { templateInfo } from './info';
import { attachLine, col, dataRowKeys, SIGNATURE, type TemplateDef } from './template';

export const VB_DEFAULT_ROWS = 10;

export const vb: TemplateDef = {
  ...templateInfo('VB'),
  build(settings, rows) {
    const keys = dataRowKeys(rows?.main, VB_DEFAULT_ROWS);
    return {
      templateId: 'VB',
      title: 'Phụ lục VB',
      heading: ['CÁC VĂN BẢN CHỈ ĐẠO ĐÃ BAN HÀNH'],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          matchColumn: 'tt',
          labelColumn: 'noi_dung',
          repeatRows: true,
          columns: [
            col({ key: 'tt', header: ['TT'], kind: 'seq', width: 6, input: true }),
            col({ key: 'noi_dung', header: ['Nội dung (trích yếu)'], kind: 'text', width: 44, required: true }),
            col({ key: 'co_quan', header: ['Cơ quan ban hành'], kind: 'text', width: 18, required: true }),
            col({
              key: 'loai',
              header: ['Loại văn bản'],
              kind: 'list',
              width: 13,
              required: true,
              list: DOCUMENT_TYPES,
            }),
            col({ key: 'so_ky_hieu', header: ['Số ký hiệu'], kind: 'docNumber', width: 18, required: true }),
            col({ key: 'ngay', header: ['Ngày ban hành'], kind: 'date', width: 13, required: true }),
            col({ key: 'ghi_chu', header: ['Ghi chú'], kind: 'text', width: 18 }),
          ],
          rows: keys.map((k) => ({ key: k, kind: 'data' as const, cells: {} })),
        },
      ],
      signature: SIGNATURE,
    };
  },
};
