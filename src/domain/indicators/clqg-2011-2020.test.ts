import { CLQG_2011_2020, clqg20112020Definition } from './clqg-2011-2020';
import { loadIndicatorSet } from './load';
import type { Indicator, IndicatorSet } from './schema';

function base(): IndicatorSet {
  return structuredClone(clqg20112020Definition);
}

function ind(set: IndicatorSet, id: string): Indicator {
  return set.indicators.find((i) => i.id === id)!;
}

describe('clqg-2011-2020 (seed 003)', () => {
  it('is a valid set of 7 goals with 2015/2020 milestones', () => {
    expect(loadIndicatorSet(clqg20112020Definition)).toEqual({ ok: true, set: CLQG_2011_2020 });
    expect(CLQG_2011_2020.goals.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(CLQG_2011_2020.targetYears).toEqual(['2015', '2020']);
    expect(CLQG_2011_2020.indicators).toHaveLength(23);
  });

  it('keeps ONE definition of women business owners: the plan text (10 % / 30 %)', () => {
    const owners = CLQG_2011_2020.indicators.filter((i) => i.id === '2.2');
    expect(owners).toHaveLength(1);
    expect(owners[0].national).toEqual({ '2015': { value: 10 }, '2020': { value: 30 } });
  });

  it('rejects the annex’s conflicting definition of 2.2 (30 % / 35 %) fed next to the text’s, naming the entry', () => {
    const s = base();
    const annex = structuredClone(ind(s, '2.2'));
    annex.national = { '2015': { value: 30 }, '2020': { value: 35 } };
    s.indicators.push(annex);
    expect(loadIndicatorSet(s)).toEqual({
      ok: false,
      errors: [
        {
          path: 'indicators[23].national',
          indicatorId: '2.2',
          message:
            'Chỉ tiêu 2.2 được khai báo hai lần với chỉ tiêu khác nhau (năm 2015: từ 10 % trở lên và từ 30 % trở lên; năm 2020: từ 30 % trở lên và từ 35 % trở lên); chỉ giữ một định nghĩa.',
        },
      ],
    });
  });

  it('rejects the annex’s female doctors (20 % / 50 %) against the text’s (10 % / 20 %)', () => {
    const s = base();
    const annex = structuredClone(ind(s, '3.2b'));
    annex.national = { '2015': { value: 20 }, '2020': { value: 50 } };
    s.indicators.push(annex);
    const r = loadIndicatorSet(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.indicatorId)).toEqual(['3.2b']);
      expect(r.errors[0].message).toContain('Chỉ tiêu 3.2b được khai báo hai lần với chỉ tiêu khác nhau');
    }
  });

  it('the seed’s sex-ratio caps (113 in 2015, 115 in 2020) would be rejected: that is why it is left out', () => {
    const s = base();
    s.indicators.push({
      id: '4.1',
      goal: 4,
      name: 'Tỷ số giới tính khi sinh',
      unit: 'trẻ sơ sinh trai/100 trẻ sơ sinh gái',
      kind: 'ratio',
      direction: 'lte',
      national: { '2015': { value: 113 }, '2020': { value: 115 } },
      plausible: { min: 90, max: 130 },
      lead: 'Sở Y tế',
      denominatorBase: 100,
    });
    const r = loadIndicatorSet(s);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'indicators[23].national.2020',
          indicatorId: '4.1',
          message:
            'Chỉ tiêu 4.1: chỉ tiêu năm 2020 (không quá 115 trẻ sơ sinh trai/100 trẻ sơ sinh gái) cao hơn chỉ tiêu năm 2015 (không quá 113 trẻ sơ sinh trai/100 trẻ sơ sinh gái), ngược với hướng của chỉ tiêu (càng thấp càng tốt).',
        },
      ],
    });
    expect(CLQG_2011_2020.indicators.some((i) => i.id === '4.1')).toBe(false);
  });

  it('strict targets read from the text', () => {
    expect(ind(CLQG_2011_2020, '1.2').national['2020']).toEqual({ value: 90, cmp: 'gt' });
    expect(ind(CLQG_2011_2020, '4.2').national).toEqual({ '2015': { value: 58.3 }, '2020': { value: 52, cmp: 'lt' } });
  });
});
