import { KeptMap } from './kept-map';

describe('KeptMap', () => {
  it('keeps the last entries up to its limit, the oldest going first', () => {
    const m = new KeptMap<string, number>(3);
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      m.set(k, v);
    m.set('a', 10); // a key already held: nothing goes
    expect([m.get('a'), m.get('b'), m.get('c'), m.size]).toEqual([10, 2, 3, 3]);
    m.set('d', 4);
    expect([m.has('a'), m.get('b'), m.get('d'), m.size]).toEqual([false, 2, 4, 3]);
  });

  it('holds undefined values as values', () => {
    const m = new KeptMap<string, string | undefined>(2);
    m.set('x', undefined);
    expect([m.has('x'), m.get('x'), m.has('y')]).toEqual([true, undefined, false]);
  });
});
