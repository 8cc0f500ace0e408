import { CLQG_2011_2020, clqg20112020Definition } from './clqg-2011-2020';
import { clqg20212030Definition } from './clqg-2021-2030';
import { loadIndicatorSet } from './load';
import type { Indicator, IndicatorSet } from './schema';

function base(): IndicatorSet {
  return structuredClone(clqg20112020Definition);
}

function ind(set: IndicatorSet, id: string): Indicator {
  return set.indicators.find((i) => i.id === id)!;
}

describe('clqg-2011-2020 (seed 003)', () => {
  it('is a valid set of 7 goals with 2015/2020 milestones, every indicator of the plan (25)', () => {
    const r = loadIndicatorSet(clqg20112020Definition);
    // Loaded without a parse at run time: the parse must give the definition back unchanged.
    expect(r.ok && r.set).toStrictEqual(clqg20112020Definition);
    expect(Object.isFrozen(CLQG_2011_2020.indicators[0]!.national)).toBe(true);
    expect(CLQG_2011_2020.goals.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(CLQG_2011_2020.targetYears).toEqual(['2015', '2020']);
    expect(CLQG_2011_2020.indicators.map((i) => i.id)).toEqual([
      '1.1a',
      '1.1b',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2a',
      '3.2b',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
      '5.2',
      '6.1',
      '6.2a',
      '6.2b',
      '6.3',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
    ]);
    // Each goal of seed 003 keeps its indicators (goal 4: four "Chỉ tiêu", goal 7: four).
    const perGoal = CLQG_2011_2020.goals.map((g) => CLQG_2011_2020.indicators.filter((i) => i.goal === g.id).length);
    expect(perGoal).toEqual([4, 4, 3, 4, 2, 4, 4]);
  });

  it('reports, when it loads, where the plan contradicts itself — women business owners first in the issue: text 10 %/30 %, annex 30 %/35 %', () => {
    const r = loadIndicatorSet(clqg20112020Definition);
    if (!r.ok) throw new Error('expected the set to load');
    expect(r.warnings.map((w) => w.indicatorId)).toEqual(['1.1a', '1.1b', '1.2', '1.3', '2.2', '3.2b', '6.2b']);
    expect(r.warnings.find((w) => w.indicatorId === '2.2')).toEqual({
      path: 'indicators[5].statedElsewhere[0]',
      indicatorId: '2.2',
      message:
        'Bộ chỉ tiêu "Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020": văn bản gốc ghi chỉ tiêu 2.2 (Tỷ lệ nữ làm chủ doanh nghiệp) hai cách — phần Mục tiêu cụ thể của Kế hoạch: năm 2015: từ 10 % trở lên, năm 2020: từ 30 % trở lên; bảng phụ lục của Kế hoạch: năm 2015: từ 30 % trở lên, năm 2020: từ 35 % trở lên. Khi đánh giá, dùng số của phần Mục tiêu cụ thể của Kế hoạch; hãy đối chiếu văn bản gốc nếu cần.',
    });
    // The annex's impossible "trên 100%" (1.3, 2020) is shown as written.
    expect(r.warnings.find((w) => w.indicatorId === '1.3')!.message).toContain('năm 2020: trên 100 %');
  });

  it('a statement elsewhere that agrees with the definition is no warning; the default set has none', () => {
    const s = base();
    ind(s, '2.2').statedElsewhere = [
      { where: 'bảng khác', national: { '2015': { value: 10 }, '2020': { value: 30 } } },
    ];
    const r = loadIndicatorSet(s);
    expect(r.ok && r.warnings.map((w) => w.indicatorId)).not.toContain('2.2');
    const d = loadIndicatorSet(clqg20212030Definition);
    expect(d.ok && d.warnings).toEqual([]);
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
          path: 'indicators[25].national',
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

  it('the seed’s sex-ratio caps (113 in 2015, 115 in 2020) load only with the reason the cap rises; without it they are rejected', () => {
    expect(ind(CLQG_2011_2020, '4.1').national).toEqual({ '2015': { value: 113 }, '2020': { value: 115 } });
    const s = base();
    delete ind(s, '4.1').loosensBecause;
    const r = loadIndicatorSet(s);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          path: 'indicators[11].national.2020',
          indicatorId: '4.1',
          message:
            'Chỉ tiêu 4.1: chỉ tiêu năm 2020 (không quá 115 trẻ sơ sinh trai/100 trẻ sơ sinh gái) cao hơn chỉ tiêu năm 2015 (không quá 113 trẻ sơ sinh trai/100 trẻ sơ sinh gái), ngược với hướng của chỉ tiêu (càng thấp càng tốt).',
        },
      ],
    });
  });

  it('strict targets read from the text', () => {
    expect(ind(CLQG_2011_2020, '1.2').national['2020']).toEqual({ value: 90, cmp: 'gt' });
    expect(ind(CLQG_2011_2020, '4.2').national).toEqual({ '2015': { value: 58.3 }, '2020': { value: 52, cmp: 'lt' } });
  });
});
