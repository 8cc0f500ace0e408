import { PL2_ROW } from '../../../test/support/fixtures';
import { ruleTester } from '../../../test/support/rule-tester';
import { consistencyActivityPairs } from './consistency-activity-pairs';

const seed = { ...PL2_ROW, dia_phuong: 'TP. Cao Bằng' };

ruleTester(consistencyActivityPairs, {
  valid: [
    { name: 'PL-II seed 002: 5 cuộc, 1.250 người; the rest 0', template: 'PL-II', data: { '1': seed } },
    {
      name: 'a missing side is a gap, not 0: skipped',
      template: 'PL-II',
      data: { '1': { ...seed, tap_huan_lop: null, tap_huan_nguoi: 40, tu_van_cuoc: 3, tu_van_nguoi: null } },
    },
    {
      name: 'text that is not a number on one side: skipped',
      template: 'PL-II',
      data: { '1': { ...seed, tap_huan_lop: 'chưa tổ chức', tap_huan_nguoi: 40 } },
    },
    {
      name: 'products and models have no pair',
      template: 'PL-II',
      data: { '1': { ...seed, san_pham: 500, mo_hinh: 2 } },
    },
  ],
  invalid: [
    {
      name: 'people without classes',
      template: 'PL-II',
      data: { '1': { ...seed, tap_huan_lop: 0, tap_huan_nguoi: 30 } },
      findings: [{ messageId: 'consistency/people-without-events', cell: 'C9', severity: 'warning' }],
    },
    {
      name: 'consultations without people, and an event count of 0 with "1.250" people typed as text',
      template: 'PL-II',
      data: { '1': { ...seed, truyen_thong_cuoc: 0, truyen_thong_nguoi: '1.250', tu_van_cuoc: 2, tu_van_nguoi: 0 } },
      findings: [
        { messageId: 'consistency/people-without-events', cell: 'E9' },
        { messageId: 'consistency/events-without-people', cell: 'I9' },
      ],
    },
    {
      name: 'two localities, each checked',
      template: 'PL-II',
      settings: { units: ['Xã A', 'Xã B'] },
      data: {
        '1': { ...seed, dia_phuong: 'Xã A' },
        '2': { ...seed, dia_phuong: 'Xã B', tap_huan_lop: 2, tap_huan_nguoi: 0 },
      },
      findings: [{ messageId: 'consistency/events-without-people', cell: 'D10' }],
    },
  ],
});
