import { statusLabel } from '../messages/indicators';
import { CLQG_2011_2020 } from './clqg-2011-2020';
import { CLQG_2021_2030 } from './clqg-2021-2030';
import type { Indicator } from './schema';
import {
  STATUS_LABEL,
  compareLocalToNational,
  compareSubMeasure,
  computeValue,
  denominatorBase,
  evaluate,
  evaluateNational,
  isTrajectory,
  nationalTargetFor,
  targetCmp,
  targetMovesAgainstDirection,
} from './targets';

function ind(id: string, set = CLQG_2021_2030): Indicator {
  const found = set.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** Display rounding as callers do it (2 decimals, half away from zero). */
const round2 = (n: number) => Math.round(n * 100) / 100;

describe('STATUS_LABEL', () => {
  it('words each status in Vietnamese', () => {
    expect(STATUS_LABEL).toEqual({
      dat: 'Đạt',
      'chua-dat': 'Chưa đạt',
      'chua-co-so-lieu': 'Chưa có số liệu',
      'chua-co-chi-tieu': 'Chưa có chỉ tiêu',
      'khong-danh-gia-duoc': 'Không đánh giá được',
    });
    expect(statusLabel('chua-co-chi-tieu', 'local')).toBe('Chưa có chỉ tiêu địa phương');
    expect(statusLabel('chua-co-chi-tieu', 'national')).toBe('Chưa có chỉ tiêu quốc gia');
    expect(statusLabel('dat', 'local')).toBe('Đạt');
  });
});

describe('nationalTargetFor', () => {
  const i11 = ind('1.1');
  it.each([
    [2019, '2025', 60],
    [2021, '2025', 60],
    [2023, '2025', 60],
    [2025, '2025', 60],
    [2026, '2030', 75],
    [2030, '2030', 75],
    [2031, '2030', 75],
  ])('report year %d → milestone %s (%d %%)', (year, milestone, value) => {
    expect(nationalTargetFor(i11, year)).toEqual({ year: milestone, target: { value } });
  });
  it('keeps a target’s own comparison (4.2 in 2028: dưới 42)', () => {
    expect(nationalTargetFor(ind('4.2'), 2028)).toEqual({ year: '2030', target: { value: 42, cmp: 'lt' } });
  });
  it('is undefined without targets', () => {
    expect(nationalTargetFor({ national: {} }, 2024)).toBeUndefined();
  });
});

describe('computeValue', () => {
  it('1.1: 13/17 = 76,47 %', () => {
    const r = computeValue(ind('1.1'), 13, 17);
    expect(r).toEqual({ value: 1300 / 17 });
    expect(round2(r.value!)).toBe(76.47);
  });
  it('2.3: 48/240 = 20 % exactly', () => {
    expect(computeValue(ind('2.3'), 48, 240)).toEqual({ value: 20 });
  });
  it('5.4a: 12/18 = 66,67 % (the seed’s 66,66 % is truncation)', () => {
    const r = computeValue(ind('5.4a'), 12, 18);
    expect(round2(r.value!)).toBe(66.67);
    expect(r.value!.toFixed(2)).toBe('66.67');
  });
  it('multiplies before dividing, so exact shares stay exact', () => {
    expect(computeValue(ind('2.1'), 57, 100)).toEqual({ value: 57 });
    expect(computeValue(ind('2.1'), 3, 10)).toEqual({ value: 30 });
  });
  it('uses the indicator’s base: sex ratio per 100 girls, rates per 1.000 / 100.000, "lần" per 1', () => {
    expect(computeValue(ind('4.1'), 540, 500)).toEqual({ value: 108 });
    expect(computeValue(ind('4.2'), 1, 2500)).toEqual({ value: 40 });
    expect(computeValue(ind('4.3'), 9, 500)).toEqual({ value: 18 });
    expect(computeValue(ind('3.1'), 5.1, 3)).toEqual({ value: 1.7 });
    expect(denominatorBase({ kind: 'percent' })).toBe(100);
    expect(denominatorBase({ kind: 'ratio' })).toBe(1);
  });
  it('5.2b: a share above 100 % is impossible but its value is still given', () => {
    expect(computeValue(ind('5.2b'), 101, 100)).toEqual({ value: 101, problem: 'part-exceeds-whole' });
  });
  it('a sex ratio may exceed its denominator', () => {
    expect(computeValue(ind('4.1'), 112, 100)).toEqual({ value: 112 });
  });
  it('reports a zero denominator, negatives and non-numbers without a value', () => {
    expect(computeValue(ind('1.1'), 3, 0)).toEqual({ problem: 'zero-denominator' });
    expect(computeValue(ind('1.1'), 0, 0)).toEqual({ problem: 'zero-denominator' });
    expect(computeValue(ind('1.1'), -1, 5)).toEqual({ problem: 'negative' });
    expect(computeValue(ind('1.1'), 1, -5)).toEqual({ problem: 'negative' });
    expect(computeValue(ind('1.1'), Number.NaN, 5)).toEqual({ problem: 'not-finite' });
    expect(computeValue(ind('1.1'), 1, Number.POSITIVE_INFINITY)).toEqual({ problem: 'not-finite' });
  });
  it('0 is a value', () => {
    expect(computeValue(ind('4.2'), 0, 1200)).toEqual({ value: 0 });
  });
  it('a share too large to hold is no value (1e300 × 100 overflows)', () => {
    expect(computeValue(ind('1.1'), 1e307, 1e-3)).toEqual({ problem: 'not-finite' });
  });
});

describe('evaluate — seed cases', () => {
  it('gives a finite gap, or none, for values far beyond any target (a random workbook found Infinity)', () => {
    // 60 − (−1e300) is finite, but rounding it to 9 decimals overflowed.
    expect(evaluate(ind('1.1'), -1e300, { value: 60 })).toEqual({ status: 'chua-dat', gap: 1e300 });
    // The difference itself overflows: a status, no gap.
    expect(evaluate(ind('2.2'), 1.7e308, { value: -1.7e308 })).toEqual({ status: 'chua-dat' });
  });
  it('1.1: 13/17 = 76,47 % against ≥ 60 → Đạt', () => {
    const v = computeValue(ind('1.1'), 13, 17).value;
    expect(evaluate(ind('1.1'), v, nationalTargetFor(ind('1.1'), 2023)?.target)).toEqual({ status: 'dat', gap: 0 });
  });
  it('2.2: 36,25 % against dưới 30 % → Chưa đạt, 6,25 points to go', () => {
    expect(evaluate(ind('2.2'), 36.25, { value: 30 })).toEqual({ status: 'chua-dat', gap: 6.25 });
    expect(STATUS_LABEL[evaluate(ind('2.2'), 36.25, { value: 30 }).status]).toBe('Chưa đạt');
  });
  it('2.2: exactly 30 % is not "dưới 30 %"', () => {
    expect(evaluate(ind('2.2'), 30, { value: 30 })).toEqual({ status: 'chua-dat', gap: 0 });
    expect(evaluate(ind('2.2'), 29.9, { value: 30 })).toEqual({ status: 'dat', gap: 0 });
  });
  it('2.3: 48/240 = 20 % against local 20 % → Đạt; against national 27 % → Chưa đạt (7 points)', () => {
    const v = computeValue(ind('2.3'), 48, 240).value;
    expect(evaluate(ind('2.3'), v, { value: 20 })).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('2.3'), v, ind('2.3').national['2025'])).toEqual({ status: 'chua-dat', gap: 7 });
  });
  it('5.4a: 12/18 = 66,67 % against ≥ 50 % → Đạt', () => {
    const v = computeValue(ind('5.4a'), 12, 18).value;
    expect(evaluate(ind('5.4a'), v, ind('5.4a').national['2025'])).toEqual({ status: 'dat', gap: 0 });
  });
  it('4.1: 108 against không quá 111 → Đạt; 112 → Chưa đạt by 1', () => {
    expect(evaluate(ind('4.1'), 108, { value: 111 })).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('4.1'), 111, { value: 111 })).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('4.1'), 112, { value: 111 })).toEqual({ status: 'chua-dat', gap: 1 });
  });
  it('4.2 in 2030: strictly below 42 — 42 → Chưa đạt, 41,9 → Đạt; in 2025 42 is fine', () => {
    const t2030 = nationalTargetFor(ind('4.2'), 2030)!.target;
    expect(evaluate(ind('4.2'), 42, t2030)).toEqual({ status: 'chua-dat', gap: 0 });
    expect(evaluate(ind('4.2'), 41.9, t2030)).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('4.2'), 45.5, t2030)).toEqual({ status: 'chua-dat', gap: 3.5 });
    expect(evaluate(ind('4.2'), 42, ind('4.2').national['2025'])).toEqual({ status: 'dat', gap: 0 });
  });
  it('5.2a in 2025: strictly above 90 — 90 → Chưa đạt, 90,5 → Đạt', () => {
    const t2025 = nationalTargetFor(ind('5.2a'), 2024)!.target;
    expect(targetCmp(ind('5.2a'), t2025)).toBe('gt');
    expect(evaluate(ind('5.2a'), 90, t2025)).toEqual({ status: 'chua-dat', gap: 0 });
    expect(evaluate(ind('5.2a'), 90.5, t2025)).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('5.2a'), 85, t2025)).toEqual({ status: 'chua-dat', gap: 5 });
    // 2030 is "khoảng 99 %" (≥): 99 is enough.
    expect(evaluate(ind('5.2a'), 99, ind('5.2a').national['2030'])).toEqual({ status: 'dat', gap: 0 });
  });
  it('missing value → Chưa có số liệu (never 0); a value with no target → Chưa có chỉ tiêu', () => {
    expect(evaluate(ind('1.1'), undefined, { value: 60 })).toEqual({ status: 'chua-co-so-lieu' });
    expect(evaluate(ind('1.1'), null, { value: 60 })).toEqual({ status: 'chua-co-so-lieu' });
    expect(evaluate(ind('1.1'), Number.NaN, { value: 60 })).toEqual({ status: 'chua-co-so-lieu' });
    expect(evaluate(ind('1.1'), 70, undefined)).toEqual({ status: 'chua-co-chi-tieu' });
    expect(evaluate(ind('1.1'), 0, { value: Number.NaN })).toEqual({ status: 'chua-co-chi-tieu' });
    expect(evaluate(ind('4.4'), true, undefined)).toEqual({ status: 'chua-co-chi-tieu' });
    // No value and no target: the missing value is the gap to fill first.
    expect(evaluate(ind('1.1'), undefined, undefined)).toEqual({ status: 'chua-co-so-lieu' });
    expect(STATUS_LABEL[evaluate(ind('1.1'), undefined, { value: 60 }).status]).toBe('Chưa có số liệu');
  });
  it('0 is a value: 4.2 with no maternal deaths → Đạt', () => {
    expect(evaluate(ind('4.2'), 0, ind('4.2').national['2030'])).toEqual({ status: 'dat', gap: 0 });
  });
});

describe('evaluate — other directions', () => {
  it('"= 100 %" indicators (3.3)', () => {
    expect(evaluate(ind('3.3'), 100, { value: 100 })).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(ind('3.3'), 95, { value: 100 })).toEqual({ status: 'chua-dat', gap: 5 });
  });
  it('"lần" ratio (3.1): gap free of floating-point noise', () => {
    expect(evaluate(ind('3.1'), 1.8, { value: 1.7 })).toEqual({ status: 'chua-dat', gap: 0.1 });
    expect(evaluate(ind('3.1'), 1.7, { value: 1.7 })).toEqual({ status: 'dat', gap: 0 });
  });
  it('4.4 answered Có/Không locally', () => {
    const i44 = ind('4.4');
    expect(evaluate(i44, true, i44.national['2025'])).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(i44, false, i44.national['2025'])).toEqual({ status: 'chua-dat', gap: 1 });
    // Still a percent nationally.
    expect(evaluate(i44, 35, i44.national['2025'])).toEqual({ status: 'chua-dat', gap: 5 });
  });
  it('a yes/no indicator accepts true/false and 1/0', () => {
    const i73 = ind('7.3', CLQG_2011_2020);
    expect(evaluate(i73, true, { value: 1 })).toEqual({ status: 'dat', gap: 0 });
    expect(evaluate(i73, 0, { value: 1 })).toEqual({ status: 'chua-dat', gap: 1 });
    expect(evaluate(i73, 1, { value: 1 })).toEqual({ status: 'dat', gap: 0 });
  });
  it('a Có/Không answer to a numeric indicator cannot be judged', () => {
    expect(evaluate(ind('1.1'), true, { value: 60 })).toEqual({ status: 'chua-co-so-lieu' });
  });
});

describe('evaluateNational', () => {
  it('picks the milestone for the report year', () => {
    expect(evaluateNational(ind('2.2'), 36.25, 2023)).toEqual({
      status: 'chua-dat',
      gap: 6.25,
      year: '2025',
      target: { value: 30 },
    });
    expect(evaluateNational(ind('2.2'), 26, 2027)).toEqual({
      status: 'chua-dat',
      gap: 1,
      year: '2030',
      target: { value: 25 },
    });
  });
});

describe('compareLocalToNational', () => {
  it('seed 000: female masters 10 % locally vs ≥ 50 % nationally → less ambitious', () => {
    expect(compareLocalToNational(ind('5.4a'), 10, ind('5.4a').national['2025'])).toBe('less-ambitious');
  });
  it('seed 000: female doctors 5 % vs 30 % → less ambitious', () => {
    expect(compareLocalToNational(ind('5.4b'), 5, ind('5.4b').national['2025'])).toBe('less-ambitious');
  });
  it('seed 000: 3.2a 95 % locally vs 80 % → more ambitious; 2.3 20 % vs 27 % → less', () => {
    expect(compareLocalToNational(ind('3.2a'), 95, { value: 80 })).toBe('more-ambitious');
    expect(compareLocalToNational(ind('2.3'), 20, { value: 27 })).toBe('less-ambitious');
  });
  it('lower-is-better: sex ratio "không quá 110" vs 111 → more ambitious', () => {
    expect(compareLocalToNational(ind('4.1'), 110, { value: 111 })).toBe('more-ambitious');
    expect(compareLocalToNational(ind('2.2'), { value: 32 }, { value: 30 })).toBe('less-ambitious');
  });
  it('equal, and strictness at equal values', () => {
    expect(compareLocalToNational(ind('1.1'), 60, { value: 60 })).toBe('equal');
    expect(compareLocalToNational(ind('5.2a'), { value: 90, cmp: 'gt' }, { value: 90, cmp: 'gt' })).toBe('equal');
    expect(compareLocalToNational(ind('5.2a'), 90, { value: 90, cmp: 'gt' })).toBe('less-ambitious');
    expect(compareLocalToNational(ind('4.2'), { value: 42, cmp: 'lt' }, { value: 42 })).toBe('more-ambitious');
  });
  it('seed 004: 6.4 cấp xã 50 % vs 100 % → less ambitious', () => {
    expect(compareLocalToNational(ind('6.4'), 50, { value: 100 })).toBe('less-ambitious');
    expect(compareLocalToNational(ind('6.4'), 100, { value: 100 })).toBe('equal');
  });
});

describe('compareSubMeasure', () => {
  it('seed 004: 6.3 "03 tin/quý" vs national 04 → less ambitious', () => {
    expect(compareSubMeasure(ind('6.3'), 3)).toBe('less-ambitious');
    expect(compareSubMeasure(ind('6.3'), 4)).toBe('equal');
    expect(compareSubMeasure(ind('6.3'), 6)).toBe('more-ambitious');
  });
  it('is undefined for an indicator without a sub-measure', () => {
    expect(compareSubMeasure(ind('1.1'), 3)).toBeUndefined();
  });
});

describe('targetMovesAgainstDirection', () => {
  it('seed 004 row 4.3: "giảm từ 55 … xuống 56,3" on a decrease indicator → true', () => {
    expect(targetMovesAgainstDirection(ind('4.3'), 55, 56.3)).toBe(true);
    expect(targetMovesAgainstDirection(ind('4.3'), 55, { value: 68 })).toBe(true);
  });
  it('a decrease toward the target, or keeping the baseline, is fine', () => {
    expect(targetMovesAgainstDirection(ind('4.3'), 23, 18)).toBe(false);
    expect(targetMovesAgainstDirection(ind('4.3'), 55, 55)).toBe(false);
  });
  it('higher-is-better: a target below its baseline → true', () => {
    expect(targetMovesAgainstDirection(ind('2.1'), 45, 40)).toBe(true);
    expect(targetMovesAgainstDirection(ind('2.1'), 45, 50)).toBe(false);
    expect(targetMovesAgainstDirection(ind('3.3'), 100, 90)).toBe(true);
  });
});

describe('isTrajectory', () => {
  it('seed 004 §II.4: baseline 70, year 68, period 55 on a decrease indicator → true', () => {
    expect(isTrajectory(ind('4.3'), 70, 68, 55)).toBe(true);
  });
  it('includes both ends', () => {
    expect(isTrajectory(ind('4.3'), 70, 70, 55)).toBe(true);
    expect(isTrajectory(ind('4.3'), 70, 55, 55)).toBe(true);
  });
  it('a yearly target against the direction is not a trajectory', () => {
    expect(isTrajectory(ind('4.3'), 70, 72, 55)).toBe(false);
    expect(isTrajectory(ind('4.3'), 55, 56.3, 50)).toBe(false);
  });
  it('a period target against the direction makes no trajectory', () => {
    expect(isTrajectory(ind('4.3'), 55, 56.3, 68)).toBe(false);
  });
  it('a yearly target beyond the period target is not a trajectory', () => {
    expect(isTrajectory(ind('4.3'), 70, 50, 55)).toBe(false);
  });
  it('higher-is-better', () => {
    expect(isTrajectory(ind('2.1'), 40, 45, { value: 50 })).toBe(true);
    expect(isTrajectory(ind('2.1'), 40, 38, 50)).toBe(false);
    expect(isTrajectory(ind('2.1'), 40, 52, 50)).toBe(false);
  });
});
