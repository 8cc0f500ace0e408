import { formatMessage } from '../messages';
import { runRule, ruleTester, type RuleCase } from '../testing/rule-tester';
import { typeNumberText } from './type-number-text';

const pl2 = (over: Record<string, string | number>) => ({
  '1': {
    dia_phuong: 'TP Cao Bằng',
    tap_huan_lop: 0,
    tap_huan_nguoi: 0,
    truyen_thong_cuoc: 5,
    truyen_thong_nguoi: 1250,
    san_pham: 0,
    tu_van_cuoc: 0,
    tu_van_nguoi: 0,
    mo_hinh: 0,
    ...over,
  },
});

ruleTester(typeNumberText, {
  valid: [
    { name: 'real numbers', template: 'PL-II', data: pl2({}) },
    { name: 'PL-I "-" not applicable', template: 'PL-I', data: { '1': { hdnd_tinh_nu: '-' } } },
    {
      name: 'KH unit text is read by the target rules',
      template: 'KH',
      data: { '4.1': { ke_hoach: '108 bé trai/100 bé gái' } },
    },
  ],
  invalid: [
    {
      name: '"1.250" typed as text (Vietnamese thousands)',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1.250' }),
      findings: [{ messageId: 'type/ambiguous-number', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '"1 250" typed as text',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1 250' }),
      findings: [{ messageId: 'type/number-as-text', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '"30.000.000 đ" in a money column',
      template: 'KP',
      data: { '1': { nam_2021: '30.000.000 đ' } },
      findings: [{ messageId: 'type/number-as-text', cell: 'C9' }],
    },
    {
      name: 'PL-CB "27,59,03%" over the ratio formula is malformed, never guessed',
      template: 'PL-CB',
      data: { hdnd_huyen: { so_nu: 8, tong_so: 29, ty_le: '27,59,03%' } },
      findings: [{ messageId: 'type/malformed-ratio', cell: 'E14', severity: 'error' }],
    },
    {
      name: 'PL-CB "27,59,03%" without numerator and denominator: malformed, no ratio to offer',
      template: 'PL-CB',
      data: { hdnd_huyen: { ty_le: '27,59,03%' } },
      findings: [{ messageId: 'type/malformed-number', cell: 'E14', severity: 'error' }],
    },
    {
      name: 'CLQG 12/18 with "66,66" typed as text: one warning with 66,67 %',
      template: 'CLQG',
      data: { '5.4a': { tu_so: 12, mau_so: 18, ket_qua: '66,66' } },
      findings: [{ messageId: 'type/number-as-text-ratio', severity: 'warning' }],
    },
    {
      name: 'PL-CB 8/29 with "72,41" typed as text: a wrong ratio is an error',
      template: 'PL-CB',
      data: { hdnd_huyen: { so_nu: 8, tong_so: 29, ty_le: '72,41' } },
      findings: [{ messageId: 'type/number-as-text-ratio', cell: 'E14', severity: 'error' }],
    },
    {
      name: '"12,,5" is malformed',
      template: 'PL-II',
      data: pl2({ san_pham: '12,,5' }),
      findings: [{ messageId: 'type/malformed-number', severity: 'error' }],
    },
    {
      name: '"-5" as text is left to domain/negative (one fix: a number not below 0)',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '-5' }),
      findings: [],
    },
    {
      name: 'words where a count belongs',
      template: 'PL-II',
      data: pl2({ mo_hinh: 'không có' }),
      findings: [{ messageId: 'type/not-a-number', cell: 'J9', severity: 'error' }],
    },
  ],
});

/** The one finding a case gives: its message and expected value, as the officer reads them. */
function only(c: RuleCase) {
  const got = runRule(typeNumberText, c);
  expect(got).toHaveLength(1);
  const d = got[0]!;
  return { message: formatMessage(d.messageId, d.data), expected: d.expected };
}

describe('type/number-text says the cause and the fix', () => {
  it('a number stored as text: says the cell holds text, and how to type it as a number', () => {
    const f = only({ name: '', template: 'PL-II', data: pl2({ truyen_thong_nguoi: '1 250' }) });
    expect(f.message).toBe(
      'Ô đang chứa chữ "1 250" (đọc là 1.250) chứ không phải số, nên Excel không cộng, không tính được ô này. Hãy gõ lại 1.250 vào ô dưới dạng số (nếu ô để định dạng Text, đổi sang Number rồi gõ lại).',
    );
    // "Giá trị 1 250 / Cần 1.250 (dạng số …)": the expected value never reads the same as the value.
    expect(f.expected).toBe('1.250 (dạng số, không phải chữ)');
  });

  it('"66,66" typed as text over 12/18: one coherent fix (restore the formula, 66,67 %)', () => {
    const f = only({ name: '', template: 'CLQG', data: { '5.4a': { tu_so: 12, mau_so: 18, ket_qua: '66,66' } } });
    expect(f.message).toBe(
      'Công thức tự tính của ô đã bị ghi đè bằng chữ "66,66" (không phải số), trong khi 12/18 = 66,67 % (làm tròn, không cắt bớt). Hãy khôi phục công thức: chép ô Kết quả của một dòng khác rồi dán vào ô này (ô sẽ hiện 66,67 %); hoặc gõ 66,67 dạng số.',
    );
    expect(f.expected).toBe('66,67 %');
  });

  it('"27,59,03%" over 11/29: restore the formula, 37,93 % — never "nhập lại 27,59"', () => {
    const f = only({
      name: '',
      template: 'PL-I',
      data: { '1': { hdnd_huyen_nu: 11, hdnd_huyen_tong: 29, hdnd_huyen_tl: '27,59,03%' } },
    });
    expect(f.message).toContain('11/29 = 37,93 %');
    expect(f.message).toContain('Hãy khôi phục công thức');
    expect(f.message).not.toMatch(/27,59(?!,03)/);
    expect(f.expected).toBe('37,93 %');
  });

  it('a malformed number elsewhere: no guess as the expected value, only what a number looks like', () => {
    const f = only({ name: '', template: 'PL-II', data: pl2({ san_pham: '12,,5' }) });
    expect(f.message).toBe(
      '"12,,5" không phải là một số (thừa dấu phân cách), nên ô đang chứa chữ. Không tự đoán số đúng: hãy xem lại số liệu gốc rồi gõ lại một số, dấu phẩy cho phần thập phân.',
    );
    expect(f.expected).toBe('một số (dấu phẩy cho phần thập phân)');
  });
});
