import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { structureMergedInput } from './structure-merged-input';

const plII = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(structureMergedInput, {
  valid: [
    { name: 'PL-II as inserted: title, header and signature merges only', template: 'PL-II', data: { '1': plII } },
    { name: 'CLQG as inserted: goal heading rows are merged, indicator rows are not', template: 'CLQG' },
    {
      name: 'a merge over the Tổng row label and a note beside the table',
      template: 'PL-II',
      data: { '1': plII },
      patch: (s) => s.merges!.push('A10:B10', 'L9:M9'),
    },
    {
      name: 'a merge over label cells of a CLQG indicator row (Mã, Chỉ tiêu)',
      template: 'CLQG',
      patch: (s) => s.merges!.push('A10:B10'),
    },
  ],
  invalid: [
    {
      name: 'merged areas the adapter could not read: said, as information',
      template: 'PL-II',
      data: { '1': plII },
      patch: (s) => {
        s.mergesUnread = true;
      },
      findings: [{ messageId: 'structure/merges-unread', cell: 'A1', severity: 'info' }],
    },
    {
      name: 'PL-II: two count cells merged',
      template: 'PL-II',
      data: { '1': plII },
      patch: (s) => s.merges!.push('C9:D9'),
      findings: [{ messageId: 'structure/merged-input', cell: 'C9', severity: 'warning' }],
    },
    {
      name: 'PL-II: a merge from the name over a count, and one down into the Tổng row — one finding per merge',
      template: 'PL-II',
      data: { '1': plII },
      patch: (s) => s.merges!.push('B9:C9', 'J9:J10'),
      findings: [
        { messageId: 'structure/merged-input', cell: 'B9' },
        { messageId: 'structure/merged-input', cell: 'J9' },
      ],
    },
    {
      name: 'VB: "Số ký hiệu" and "Ngày ban hành" merged over two documents',
      template: 'VB',
      data: {
        '1': {
          tt: 1,
          noi_dung: 'Kế hoạch thực hiện Chiến lược',
          co_quan: 'UBND thành phố',
          loai: 'Kế hoạch',
          so_ky_hieu: '159/KH-UBND',
          ngay: { date: '2021-07-26' },
        },
        '2': {
          tt: 2,
          noi_dung: 'Kế hoạch năm 2022',
          co_quan: 'UBND thành phố',
          loai: 'Kế hoạch',
          so_ky_hieu: '20/KH-UBND',
          ngay: { date: '2022-01-20' },
        },
      },
      patch: (s) => s.merges!.push('E7:F8'),
      findings: [{ messageId: 'structure/merged-input', cell: 'E7' }],
    },
  ],
});
