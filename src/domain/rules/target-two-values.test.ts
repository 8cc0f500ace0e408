import { ruleTester } from '../../../test/support/rule-tester';
import { targetTwoValues, valuesIn } from './target-two-values';

ruleTester(targetTwoValues, {
  valid: [
    {
      name: 'KH seed 004 single values: 4.1 "108 bé trai/100 bé gái", 4.2 "32,5/100.000 trẻ", 6.3 "03tin/quý", 5.2a 99,97',
      template: 'KH',
      data: {
        '4.1': { ke_hoach: '108 bé trai/100 bé gái' },
        '4.2': { co_so: '32,5/100.000 trẻ' },
        '6.3': { nam_y: '03tin/quý' },
        '5.2a': { ke_hoach: '99,97' },
      },
    },
    { name: 'a year in the text is not a second value', template: 'KH', data: { '6.1': { ke_hoach: '60% năm 2025' } } },
    { name: 'numbers typed as numbers', template: 'KH', data: { '6.4': { ke_hoach: 100, nam_y: 100 } } },
  ],
  invalid: [
    {
      name: 'seed 004 6.4: "Cấp huyện 100; cấp xã 50"',
      template: 'KH',
      data: { '6.4': { ke_hoach: 'Cấp huyện 100; cấp xã 50' } },
      findings: [{ messageId: 'target/two-values', cell: 'E34', severity: 'warning' }],
    },
    {
      name: 'seed 004 6.4 in both target columns, and 1.1 "huyện 30%, xã 35%"',
      template: 'KH',
      data: {
        '1.1': { nam_y: 'huyện 30%, xã 35%' },
        '6.4': { ke_hoach: 'Cấp huyện 100; cấp xã 50', nam_y: 'Cấp huyện 100; cấp xã 50' },
      },
      findings: [
        { messageId: 'target/two-values', cell: 'F8' },
        { messageId: 'target/two-values', cell: 'E34' },
        { messageId: 'target/two-values', cell: 'F34' },
      ],
    },
  ],
});

describe('valuesIn', () => {
  it('counts values, not unit denominators or years', () => {
    expect(valuesIn('Cấp huyện 100; cấp xã 50')).toEqual(['100', '50']);
    expect(valuesIn('108 bé trai/100 bé gái')).toEqual(['108']);
    expect(valuesIn('32,5/100.000 trẻ')).toEqual(['32,5']);
    expect(valuesIn('Đạt 60% giai đoạn 2021-2025')).toEqual(['60']);
  });
});
