/** The bench's statistics: what bench-results.json reports of each side. */
import { median, ratio, stat } from '../../bench/measure';

describe('bench statistics', () => {
  it('reports min, median and every sample to 2 decimals', () => {
    const s = stat([147.123, 108.91234, 116.2555, 89.3687, 73.19723]);
    expect(s).toEqual({ min: 73.2, median: 108.91, samples: [147.12, 108.91, 116.26, 89.37, 73.2] });
  });

  it('median of an even count is the mean of the middle two; ratios both ways', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratio(stat([10, 20, 30]), stat([2, 4, 5]))).toEqual({ min: 5, median: 5 });
  });
});
