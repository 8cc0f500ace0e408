import { deepFreeze } from './freeze';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and returns the same object', () => {
    const o = { a: { b: [1, { c: 2 }] } };
    const r = deepFreeze(o);
    expect(r).toBe(o);
    expect(Object.isFrozen(o)).toBe(true);
    expect(Object.isFrozen(o.a)).toBe(true);
    expect(Object.isFrozen(o.a.b)).toBe(true);
    expect(Object.isFrozen(o.a.b[1])).toBe(true);
  });
  it('leaves primitives alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
