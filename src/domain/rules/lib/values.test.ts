import { findIndicator, getIndicatorSet } from '../../indicators/load';
import { overHundredInText, unitDenominator, unitFits } from './values';

const set = getIndicatorSet()!;
const ind = (id: string) => findIndicator(set, id)!;

describe('overHundredInText', () => {
  it('finds shares above 100 % written as text', () => {
    expect(overHundredInText('trung học cơ sở đạt trên 100%')).toBe(100);
    expect(overHundredInText('đạt 100%; trung học cơ sở đạt trên 100%')).toBe(100);
    expect(overHundredInText('hơn 100 %')).toBe(100);
    expect(overHundredInText('vượt quá 100%')).toBe(100);
    expect(overHundredInText('105,5 %')).toBe(105.5);
    expect(overHundredInText('> 100%')).toBe(100);
  });
  it('leaves possible shares alone', () => {
    expect(overHundredInText('100%')).toBeUndefined();
    expect(overHundredInText('trên 90%')).toBeUndefined();
    expect(overHundredInText('Năm 2022 là 37% Năm 2023 là 36,25%')).toBeUndefined();
    expect(overHundredInText('kết quả 100')).toBeUndefined();
    expect(overHundredInText('13/17=76,47%')).toBeUndefined();
  });
});

describe('unitFits', () => {
  it("accepts the indicator's own unit, however written", () => {
    expect(unitFits(ind('4.1'), 'bé trai/100 bé gái')).toBe(true);
    expect(unitFits(ind('4.2'), '/100.000 trẻ')).toBe(true);
    expect(unitFits(ind('4.3'), '/1.000')).toBe(true);
    expect(unitFits(ind('3.1'), 'lần')).toBe(true);
    expect(unitFits(ind('1.1'), '%')).toBe(true);
    expect(unitFits(ind('1.1'), '')).toBe(true);
  });
  it('rejects other units and leftovers', () => {
    expect(unitFits(ind('4.1'), 'bé trai/110 bé gái')).toBe(false);
    expect(unitFits(ind('6.3'), 'tin/quý')).toBe(false);
    expect(unitFits(ind('6.4'), '; cấp xã 50')).toBe(false);
    expect(unitFits(ind('4.1'), '%')).toBe(false);
  });
  it('reads unit denominators', () => {
    expect(unitDenominator('bé trai/100 bé gái')).toEqual({ value: 100, rest: 'bé gái' });
    expect(unitDenominator('/100.000 trẻ sinh sống')).toEqual({ value: 100000, rest: 'trẻ sinh sống' });
    expect(unitDenominator('%')).toBeUndefined();
  });
});
