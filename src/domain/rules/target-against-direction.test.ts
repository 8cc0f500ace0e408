import { formatMessage } from '../messages';
import type { SheetSnapshot } from '../sheet/workbook';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { targetAgainstDirection } from './target-against-direction';

/** Adds a KH sub-row (empty TT) right below a sheet row (1-based): label and values in D, E, F. */
const subRow = (below: number, label: string, values: (string | number)[]) => (s: SheetSnapshot) => {
  const row: SheetSnapshot['cells'][number] = [undefined, { t: 's', v: label }, { t: 's', v: '%' }];
  values.forEach((v, i) => (row[3 + i] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v }));
  s.cells.splice(below, 0, row);
};

ruleTester(targetAgainstDirection, {
  valid: [
    {
      name: 'seed 004 §II.4: baseline 70, year 68, period 55 on a decrease indicator (a trajectory)',
      template: 'KH',
      data: { '4.3': { co_so: 70, ke_hoach: 55, nam_y: 68 } },
    },
    {
      name: 'seed 004 table: 2.1 50 → 50 (keeping the level), 5.2a 90 → 99,97',
      template: 'KH',
      data: { '2.1': { co_so: 50, ke_hoach: 50 }, '5.2a': { co_so: 90, ke_hoach: '99,97' } },
    },
    { name: 'no baseline: nothing to compare', template: 'KH', data: { '4.3': { ke_hoach: 56.3, nam_y: 68 } } },
    {
      name: 'units written in the cells: "55/1.000" → "50/1.000"',
      template: 'KH',
      data: { '4.3': { co_so: '55/1.000', ke_hoach: '50/1.000', nam_y: '53/1.000' } },
    },
    {
      name: 'a yearly target already beyond the period target is not a contradiction',
      template: 'KH',
      data: { '2.3': { co_so: 20, ke_hoach: 27, nam_y: 28 } },
    },
  ],
  invalid: [
    {
      name: 'seed 004 row 4.3: "giảm từ 55 … xuống 56,3" — baseline 55, target 56,3 on a decrease indicator',
      template: 'KH',
      data: { '4.3': { co_so: 55, ke_hoach: '56,3' } },
      findings: [{ messageId: 'target/against-direction', cell: 'E21', severity: 'error' }],
    },
    {
      name: 'the same as a year target with units, and a higher-is-better 2.3 going down (20 → 18,5)',
      template: 'KH',
      data: { '2.3': { co_so: 20, nam_y: 18.5 }, '4.3': { co_so: '55/1.000', nam_y: '56,3/1.000' } },
      findings: [
        { messageId: 'target/against-direction', cell: 'F12' },
        { messageId: 'target/against-direction', cell: 'F21' },
      ],
    },
    {
      name: 'period and year both against the direction',
      template: 'KH',
      data: { '4.3': { co_so: 55, ke_hoach: 60, nam_y: 57 } },
      findings: [
        { messageId: 'target/against-direction', cell: 'E21' },
        { messageId: 'target/against-direction', cell: 'F21' },
      ],
    },
    {
      name: 'a KH sub-row (per level) going down on 1.1',
      template: 'KH',
      patch: subRow(8, 'UBND cấp xã', [35, 30]),
      findings: [{ messageId: 'target/against-direction', cell: 'E9' }],
    },
  ],
});

describe('target/against-direction wording', () => {
  it('names the direction and both values', () => {
    const [d] = runRule(targetAgainstDirection, {
      name: 'x',
      template: 'KH',
      data: { '4.3': { co_so: 55, ke_hoach: '56,3' } },
    });
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Chỉ tiêu 4.3 là chỉ tiêu cần giảm, nhưng mục tiêu 56,3 ca sinh/1.000 phụ nữ 15–19 cao hơn giá trị cơ sở 55 ca sinh/1.000 phụ nữ 15–19: mâu thuẫn. Kiểm tra lại hai số: chỉ tiêu cần giảm thì mục tiêu phải thấp hơn giá trị cơ sở.',
    );
  });
});
