import { formatMessage } from '../messages';
import { PL2_ROW } from '../../../test/support/fixtures';
import { runRule, ruleTester, type RuleCase } from '../../../test/support/rule-tester';
import { typeNumberText } from './type-number-text';

const pl2 = (over: Record<string, string | number>) => ({
  '1': { ...PL2_ROW, ...over },
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
    {
      name: 'KH "03 tin/quý" and "1,7 lần" are what the plan asks for (units checked by type/unit)',
      template: 'KH',
      data: { '6.3': { ke_hoach: '03 tin/quý' }, '3.1': { nam_y: '1,7 lần' } },
    },
    {
      name: 'CLQG "36,4 %" under 3.1 (lần) and "1,7 lần" under 1.1 (%): another unit is type/unit\'s error, not read here',
      template: 'CLQG',
      data: { '3.1': { ket_qua: '36,4 %' }, '1.1': { ket_qua: '1,7 lần' } },
    },
    {
      name: 'CLQG "13/17=76,47%" (seed 000) is not a number with a unit',
      template: 'CLQG',
      data: { '1.1': { ket_qua: 'khoảng 1,7 lần' } },
    },
  ],
  invalid: [
    // Whole-number columns: a dot or a comma before three digits can only group thousands.
    {
      name: 'seed: "1.250" hội viên in a count column is 1250 (number as text, no ambiguity)',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1.250' }),
      findings: [{ messageId: 'type/number-as-text', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '"1,250" (English thousands) in a count column is 1250',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '1,250' }),
      findings: [{ messageId: 'type/number-as-text', cell: 'F9', severity: 'warning' }],
    },
    {
      name: 'other counts: "12.480" người, "2,000" lượt, "1.000" cuộc',
      template: 'PL-II',
      data: pl2({
        tap_huan_nguoi: '12.480',
        tu_van_nguoi: '2,000',
        truyen_thong_cuoc: '1.000',
        tap_huan_lop: 3,
        tu_van_cuoc: 2,
      }),
      findings: [
        { messageId: 'type/number-as-text', cell: 'D9' },
        { messageId: 'type/number-as-text', cell: 'E9' },
        { messageId: 'type/number-as-text', cell: 'I9' },
      ],
    },
    {
      name: 'PL-CB counts: "1.025" nữ of "2.050" (whole-number columns)',
      template: 'PL-CB',
      data: { hdnd_xa: { so_nu: '1.025', tong_so: '2.050' } },
      findings: [
        { messageId: 'type/number-as-text', cell: 'C15' },
        { messageId: 'type/number-as-text', cell: 'D15' },
      ],
    },
    {
      name: 'KP đồng (whole): "1.250" is 1250 đồng',
      template: 'KP',
      data: { '1': { nam_2021: '1.250', nam_2022: 30000000 } },
      findings: [{ messageId: 'type/number-as-text', cell: 'C9' }],
    },
    // Where decimals are valid the ambiguity stays.
    {
      name: 'PL-III triệu đồng: "1.250" may be 1.250 or 1,25 triệu — ambiguous',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ten_don_vi: 'TP Cao Bằng', ctmtqg_nam: '1.250', khac_nam: 0 } },
      findings: [{ messageId: 'type/ambiguous-number', cell: 'C23', severity: 'warning' }],
    },
    {
      name: 'CLQG local target "2,125" (decimal column) — ambiguous',
      template: 'CLQG',
      data: { '3.1': { dia_phuong: '2,125' } },
      findings: [{ messageId: 'type/ambiguous-number', cell: 'F16' }],
    },
    // Values typed with their unit: the number is read, the unit is the row's or the column's.
    {
      name: 'seed: CLQG 3.1 "1,7 lần" is 1,7 in the indicator\'s unit',
      template: 'CLQG',
      data: { '3.1': { ket_qua: '1,7 lần' } },
      findings: [{ messageId: 'type/number-as-text', cell: 'J16', severity: 'warning' }],
    },
    {
      name: 'other values with the indicator unit: "1,45 lần" target, 4.1 "108 bé trai/100 bé gái", 4.2 "46/100.000 trẻ sinh sống", 1.1 "36,4 %"',
      template: 'CLQG',
      data: {
        '3.1': { dia_phuong: '1,45 lần' },
        '4.1': { ket_qua: '108 bé trai/100 bé gái' },
        '4.2': { ket_qua: '46/100.000 trẻ sinh sống' },
        '1.1': { ket_qua: '36,4 %' },
      },
      findings: [
        { messageId: 'type/number-as-text', cell: 'F16' },
        { messageId: 'type/number-as-text', cell: 'J10' },
        { messageId: 'type/number-as-text', cell: 'J21' },
        { messageId: 'type/number-as-text', cell: 'J22' },
      ],
    },
    {
      name: 'seed: "123 triệu" in a đồng column is 123.000.000 đồng',
      template: 'KP',
      data: { '1': { nam_2021: '123 triệu', nam_2022: '2,5 tr', nam_2023: 30000000 } },
      findings: [
        { messageId: 'type/number-as-text', cell: 'C9' },
        { messageId: 'type/number-as-text', cell: 'D9' },
      ],
    },
    {
      name: '"30.000.000 đồng" in a triệu đồng column is 30 triệu; "150 triệu đồng" is its own unit',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ten_don_vi: 'TP Cao Bằng', ctmtqg_nam: '30.000.000 đồng', khac_nam: '150 triệu đồng' } },
      findings: [
        { messageId: 'type/number-as-text', cell: 'C23' },
        { messageId: 'type/number-as-text', cell: 'D23' },
      ],
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
      name: 'a money unit where a count belongs ("30 triệu" người, "5 tr"): another unit, not a number of this column',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: '30 triệu', tap_huan_nguoi: '5 tr' }),
      findings: [
        { messageId: 'type/not-a-number', cell: 'D9', severity: 'error' },
        { messageId: 'type/not-a-number', cell: 'F9', severity: 'error' },
      ],
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
      'Ô đang chứa chữ "1 250" (cột chỉ nhận số nguyên nên dấu phân cách ở đây là hàng nghìn: đọc là 1250) chứ không phải số, nên Excel không cộng, không tính được ô này. Hãy gõ lại 1250 (không gõ dấu phân cách) vào ô dưới dạng số (nếu ô để định dạng Text, đổi sang Number rồi gõ lại).',
    );
    // "Giá trị 1 250 / Cần 1250 (dạng số …)": the expected value never reads the same as the value.
    expect(f.expected).toBe('1250 (dạng số, không phải chữ)');
    // Where decimals are valid: the Vietnamese reading, as written.
    const g = only({ name: '', template: 'CLQG', data: { '1.1': { ket_qua: '36,4' } } });
    expect(g.message).toBe(
      'Ô đang chứa chữ "36,4" chứ không phải số, nên Excel không cộng, không tính được ô này. Hãy gõ lại 36,4 vào ô dưới dạng số (nếu ô để định dạng Text, đổi sang Number rồi gõ lại).',
    );
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

/** The number-as-text finding of one case: what it suggests and says. */
function suggestion(c: Omit<RuleCase, 'name'>, cell: string) {
  const d = runRule(typeNumberText, { name: cell, ...c }).find(
    (f) => f.messageId === 'type/number-as-text' && `${String.fromCharCode(65 + f.col!)}${f.row! + 1}` === cell,
  );
  return { expected: d?.data?.suggestion, message: d ? formatMessage(d.messageId, d.data) : undefined, data: d?.data };
}

describe('type/number-text: the clean value and the reason', () => {
  it('whole-number columns suggest the digits to type and say why', () => {
    for (const [typed, want] of [
      ['1.250', '1250'],
      ['1,250', '1250'],
      ['12.480', '12480'],
      ['2,000', '2000'],
      ['1.250.000', '1250000'],
    ]) {
      const s = suggestion({ template: 'PL-II', data: pl2({ truyen_thong_nguoi: typed }) }, 'F9');
      expect(s.expected).toBe(want);
      expect(s.message).toContain(`đọc là ${want}`);
      expect(s.message).toContain('số nguyên');
      expect(s.message).not.toMatch(/1,25\b|tiếng Anh/);
    }
  });

  it("a unit written is stated, and money is converted to the column's unit", () => {
    const kp = (v: string) => suggestion({ template: 'KP', data: { '1': { nam_2021: v } } }, 'C9');
    expect(kp('123 triệu').expected).toBe('123000000');
    expect(kp('123 triệu').message).toContain('cột tính bằng đồng');
    expect(kp('2,5 tr').expected).toBe('2500000');
    expect(kp('30.000.000 đồng').expected).toBe('30000000');
    expect(kp('30.000.000 đồng').message).toContain('đọc là 30000000');
    const pl3 = suggestion(
      { template: 'PL-III', data: { 'kp_ctmtqg.1': { ten_don_vi: 'X', ctmtqg_nam: '30.000.000 đồng' } } },
      'C23',
    );
    expect(pl3.expected).toBe('30');
    const clqg = (ind: string, v: string, cell: string) =>
      suggestion({ template: 'CLQG', data: { [ind]: { ket_qua: v } } }, cell);
    expect(clqg('3.1', '1,7 lần', 'J16')).toMatchObject({ expected: '1,7', data: { unit: 'lần' } });
    expect(clqg('3.1', '2 lần', 'J16')).toMatchObject({ expected: '2', data: { unit: 'lần' } });
    expect(clqg('4.1', '108 bé trai/100 bé gái', 'J21').expected).toBe('108');
    expect(clqg('4.1', '112bé trai/100 bé gái', 'J21').expected).toBe('112');
  });
});
