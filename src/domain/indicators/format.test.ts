import { describeTarget, formatNumberVi, formatTarget, formatValueWithUnit } from './format';

describe('formatNumberVi', () => {
  it('uses comma decimals and dot thousands', () => {
    expect(formatNumberVi(76.47)).toBe('76,47');
    expect(formatNumberVi(1.7)).toBe('1,7');
    expect(formatNumberVi(100000)).toBe('100.000');
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(-56.3)).toBe('-56,3');
    expect(formatNumberVi(0)).toBe('0');
  });
});

describe('formatTarget / describeTarget', () => {
  it('words each comparison', () => {
    expect(formatTarget(60, 'gte', '%')).toBe('từ 60 % trở lên');
    expect(formatTarget(90, 'gt', '%')).toBe('trên 90 %');
    expect(formatTarget(111, 'lte', 'bé trai/100 bé gái')).toBe('không quá 111 bé trai/100 bé gái');
    expect(formatTarget(42, 'lt', '/100.000 trẻ sinh sống')).toBe('dưới 42/100.000 trẻ sinh sống');
    expect(formatTarget(100, 'eq', '%')).toBe('100 %');
  });
  it('defaults the comparison from the direction and words yes/no targets', () => {
    expect(describeTarget({ direction: 'lt', unit: '%' }, { value: 30 })).toBe('dưới 30 %');
    expect(describeTarget({ direction: 'lte', unit: 'lần' }, { value: 1.7 })).toBe('không quá 1,7 lần');
    expect(describeTarget({ direction: 'bool', unit: 'có/không' }, { value: 1 })).toBe('Có');
    expect(describeTarget({ direction: 'bool', unit: 'có/không' }, { value: 0 })).toBe('Không');
  });
  it('sticks a unit starting with "/" to the number', () => {
    expect(formatValueWithUnit(18, 'ca sinh/1.000 phụ nữ 15–19')).toBe('18 ca sinh/1.000 phụ nữ 15–19');
    expect(formatValueWithUnit(58.3, '/100.000 trẻ đẻ sống')).toBe('58,3/100.000 trẻ đẻ sống');
  });
});
