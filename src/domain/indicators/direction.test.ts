import { allowedCmps, compareAmbition, defaultCmp, nearlyEqual, polarity, satisfies } from './direction';

describe('polarity', () => {
  it.each([
    ['gte', 'higher'],
    ['gt', 'higher'],
    ['eq100', 'higher'],
    ['bool', 'higher'],
    ['lte', 'lower'],
    ['lt', 'lower'],
  ] as const)('%s is %s-is-better', (d, p) => {
    expect(polarity(d)).toBe(p);
  });
});

describe('defaultCmp / allowedCmps', () => {
  it('maps each direction to its comparison', () => {
    expect([
      defaultCmp('gte'),
      defaultCmp('gt'),
      defaultCmp('lte'),
      defaultCmp('lt'),
      defaultCmp('eq100'),
      defaultCmp('bool'),
    ]).toEqual(['gte', 'gt', 'lte', 'lt', 'eq', 'eq']);
  });
  it('allows a strict target on a non-strict indicator of the same polarity only', () => {
    expect(allowedCmps('gte')).toEqual(['gte', 'gt']);
    expect(allowedCmps('lte')).toEqual(['lte', 'lt']);
    expect(allowedCmps('eq100')).toEqual(['eq']);
  });
});

describe('satisfies', () => {
  it('honours strictness', () => {
    expect(satisfies('gte', 90, 90)).toBe(true);
    expect(satisfies('gt', 90, 90)).toBe(false);
    expect(satisfies('gt', 90.5, 90)).toBe(true);
    expect(satisfies('lte', 42, 42)).toBe(true);
    expect(satisfies('lt', 42, 42)).toBe(false);
    expect(satisfies('lt', 41.99, 42)).toBe(true);
    expect(satisfies('eq', 100, 100)).toBe(true);
    expect(satisfies('eq', 99.99, 100)).toBe(false);
  });
  it('ignores floating-point noise', () => {
    const noisy = 0.57 * 100;
    expect(noisy).not.toBe(57);
    expect(satisfies('gte', noisy, 57)).toBe(true);
    expect(satisfies('gt', noisy, 57)).toBe(false);
    expect(satisfies('eq', noisy, 57)).toBe(true);
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
  });
});

describe('compareAmbition', () => {
  it('higher values are more ambitious for higher-is-better', () => {
    expect(compareAmbition('gte', { value: 50, cmp: 'gte' }, { value: 10, cmp: 'gte' })).toBe(1);
    expect(compareAmbition('gte', { value: 10, cmp: 'gte' }, { value: 50, cmp: 'gte' })).toBe(-1);
  });
  it('lower values are more ambitious for lower-is-better', () => {
    expect(compareAmbition('lte', { value: 109, cmp: 'lte' }, { value: 111, cmp: 'lte' })).toBe(1);
  });
  it('breaks ties by strictness', () => {
    expect(compareAmbition('lte', { value: 42, cmp: 'lt' }, { value: 42, cmp: 'lte' })).toBe(1);
    expect(compareAmbition('gte', { value: 90, cmp: 'gte' }, { value: 90, cmp: 'gt' })).toBe(-1);
    expect(compareAmbition('gte', { value: 90, cmp: 'gt' }, { value: 90, cmp: 'gt' })).toBe(0);
  });
});
