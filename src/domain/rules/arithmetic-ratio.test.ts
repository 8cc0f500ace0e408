import { ruleTester } from '../../../test/support/rule-tester';
import { arithmeticRatio, compareStated } from './arithmetic-ratio';

describe('compareStated', () => {
  it('accepts the rounding of the digits written', () => {
    expect(compareStated(38, 0, (11 / 29) * 100)).toBe('ok');
    expect(compareStated(92.3, 1, (12 / 13) * 100)).toBe('ok');
    expect(compareStated(44, 0, (52 / 118) * 100)).toBe('ok');
    expect(compareStated(76.47, 2, (13 / 17) * 100)).toBe('ok');
  });
  it('tells truncation from a wrong value', () => {
    expect(compareStated(88.88, 2, (8 / 9) * 100)).toBe('truncated');
    expect(compareStated(66.66, 2, (12 / 18) * 100)).toBe('truncated');
    expect(compareStated(40, 0, (11 / 29) * 100)).toBe('wrong');
  });
});

const level = (nu: number | string, tong: number | string, tl?: number | string) => ({ nu, tong, tl });
function pl1(h: ReturnType<typeof level>) {
  return {
    '1': {
      dia_phuong: 'TP. Cao Bằng',
      hdnd_huyen_nu: h.nu,
      hdnd_huyen_tong: h.tong,
      ...(h.tl !== undefined ? { hdnd_huyen_tl: h.tl } : {}),
    },
  };
}

ruleTester(arithmeticRatio, {
  valid: [
    { name: 'seed 002: HĐND huyện 11/29 written 38', template: 'PL-I', data: pl1(level(11, 29, '38')) },
    {
      name: 'seed 002: 11/29 typed in one cell, 38 written',
      template: 'PL-I',
      data: pl1(level('11/29', null as unknown as number, 38)),
    },
    {
      name: 'seed 002: lãnh đạo huyện 12/13 written 92,3',
      template: 'PL-I',
      data: { '1': { ld_huyen_nu: 12, ld_huyen_tong: 13, ld_huyen_tl: '92,3' } },
    },
    { name: 'live formula untouched', template: 'PL-I', data: pl1(level(52, 118)) },
    {
      name: 'seed 001: cấp ủy TP 11/35 = 31,43',
      template: 'PL-CB',
      data: { cap_uy_huyen: { so_nu: 11, tong_so: 35, ty_le: 31.43 } },
    },
    {
      name: 'seed 001: UBND xã Phó CT 07/15 = 46,67',
      template: 'PL-CB',
      data: { ubnd_ld_pct_xa: { so_nu: 7, tong_so: 15, ty_le: '46,67' } },
    },
  ],
  invalid: [
    {
      name: 'seed 000: 8/9 written 88,88 is truncation',
      template: 'PL-CB',
      data: { ubnd_ld_ct_xa: { so_nu: 8, tong_so: 9, ty_le: 88.88 } },
      findings: [{ messageId: 'arithmetic/percent-truncated', cell: 'E28', severity: 'warning' }],
    },
    {
      // "88,88" typed as text: type/number-text gives the one fix (66,67-style, with the formula).
      name: 'a % typed as text is left to type/number-text',
      template: 'PL-CB',
      data: { ubnd_ld_ct_xa: { so_nu: 8, tong_so: 9, ty_le: '88,88' } },
      findings: [],
    },
    {
      name: 'a wrong percentage',
      template: 'PL-I',
      data: pl1(level(11, 29, 40)),
      findings: [{ messageId: 'arithmetic/percent-mismatch', cell: 'H10', severity: 'error' }],
    },
    {
      name: 'women above total',
      template: 'PL-I',
      data: pl1(level(30, 29)),
      findings: [{ messageId: 'arithmetic/part-exceeds-whole', cell: 'F10', severity: 'error' }],
    },
    {
      name: 'zero total with women',
      template: 'PL-I',
      data: pl1(level(3, 0)),
      findings: [{ messageId: 'arithmetic/zero-denominator', cell: 'G10' }],
    },
    {
      name: 'total % averaged instead of recomputed from summed counts',
      template: 'PL-I',
      settings: { units: ['Xã A', 'Xã B'] },
      data: {
        '1': { hdnd_huyen_nu: 1, hdnd_huyen_tong: 10 },
        '2': { hdnd_huyen_nu: 9, hdnd_huyen_tong: 30 },
        tong: {},
      },
      patch: (sheet) => {
        sheet.cells[11]![7] = { t: 'n', v: 20 };
      },
      findings: [{ messageId: 'arithmetic/total-percent-averaged', cell: 'H12', severity: 'error' }],
    },
  ],
});
