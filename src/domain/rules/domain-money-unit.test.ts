import { formatMessage } from '../messages';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { domainMoneyUnit } from './domain-money-unit';

const kp = {
  ten_don_vi: 'TP. Bắc Kạn',
  nam_2021: 30000000,
  nam_2022: 30000000,
  nam_2023: 30000000,
  nam_2024: 30000000,
};
const ctmtqg = { ten_don_vi: 'TP Cao Bằng', ctmtqg_nam: 123, khac_nam: 0, ctmtqg_nhu_cau: 150, khac_nhu_cau: 0 };

ruleTester(domainMoneyUnit, {
  valid: [
    { name: 'KP seed 000: 30.000.000 đồng in a đồng column', template: 'KP', data: { '1': kp } },
    { name: 'PL-III seed 002: 123 and 150 triệu đồng, zeros', template: 'PL-III', data: { 'kp_ctmtqg.1': ctmtqg } },
    {
      name: 'PL-III 99.999 triệu đồng is still below the limit',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ...ctmtqg, khac_nam: 99999 } },
    },
    {
      name: '"150 triệu đồng" written with the column\'s own unit',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ...ctmtqg, ctmtqg_nhu_cau: '150 triệu đồng' } },
    },
    { name: 'KP 0 đồng is a value, not a unit slip', template: 'KP', data: { '1': { ...kp, nam_2024: 0 } } },
  ],
  invalid: [
    {
      name: 'PL-III: 30.000.000 in a triệu đồng column (seed 000 amount, written in đồng)',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ...ctmtqg, ctmtqg_nam: 30000000 } },
      findings: [{ messageId: 'domain/money-unit', cell: 'C23', severity: 'warning' }],
    },
    {
      name: 'PL-III 1898 table: text "30.000.000" and a typed 100.000',
      template: 'PL-III',
      data: {
        'kp_1898.1': {
          ten_don_vi: 'TP Cao Bằng',
          nam_2018: 0,
          nam_2019: '30.000.000',
          nam_2020: 0,
          nam_2021: 100000,
          nam_2022: 0,
          nam_2023: 0,
          nam_2024: 0,
          nhu_cau: 0,
        },
      },
      findings: [
        { messageId: 'domain/money-unit', cell: 'D13' },
        { messageId: 'domain/money-unit', cell: 'F13' },
      ],
    },
    {
      // "30 triệu" (F9) says its unit: read as 30.000.000 đồng (type/number-as-text states it), nothing to guess.
      name: 'KP: 30 in a đồng column (probably 30 triệu đồng); "30 triệu" beside it is read as 30.000.000',
      template: 'KP',
      data: { '1': { ...kp, nam_2023: 30, nam_2024: '30 triệu' } },
      findings: [{ messageId: 'domain/money-unit-small', cell: 'E9' }],
    },
  ],
});

describe('domain/money-unit wording', () => {
  it('gives the converted value', () => {
    const [d] = runRule(domainMoneyUnit, {
      name: 'x',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ...ctmtqg, ctmtqg_nam: 30000000 } },
    });
    expect(d!.expected).toBe('30');
    expect(formatMessage(d!.messageId, d!.data)).toBe(
      'Số tiền 30.000.000 quá lớn cho đơn vị "triệu đồng": có lẽ đang ghi bằng đồng. Quy đổi ra triệu đồng là 30.',
    );
    const [s] = runRule(domainMoneyUnit, { name: 'x', template: 'KP', data: { '1': { ...kp, nam_2023: 30 } } });
    expect(formatMessage(s!.messageId, s!.data)).toBe(
      'Số tiền 30 quá nhỏ cho đơn vị "đồng": có lẽ đang ghi bằng triệu đồng. Nếu vậy, quy đổi ra đồng là 30.000.000.',
    );
  });
});
