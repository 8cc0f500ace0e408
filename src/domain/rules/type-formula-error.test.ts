import { formatMessage } from '../messages';
import { PL2_ROW } from '../../../test/support/fixtures';
import { runRule, ruleTester, type RuleCase } from '../../../test/support/rule-tester';
import { typeFormulaError } from './type-formula-error';
import { doc, rows } from './lib/vb-fixtures';

/** PL-I seed 002: one unit, 11 nữ DTTS of 29 in the HĐND cấp huyện (F10, G10; the ratio H10; the total row 11). */
const pl1 = (over: Record<string, string | number | null> = {}) => ({
  '1': { dia_phuong: 'TP Cao Bằng', hdnd_huyen_nu: 11, hdnd_huyen_tong: 29, ...over },
});

const pl2 = (over: Record<string, string | number> = {}) => ({
  '1': { ...PL2_ROW, ...over },
});

/** A formula error as Excel caches it. */
const err = (v: string, f?: string) => ({ t: 'e', v, f, nf: undefined }) as const;

ruleTester(typeFormulaError, {
  valid: [
    { name: 'PL-I seed 002: 11/29 with live formulas', template: 'PL-I', data: pl1() },
    { name: 'PL-I as inserted: empty cells, formulas', template: 'PL-I' },
    { name: 'PL-II plain numbers', template: 'PL-II', data: pl2() },
    { name: 'PL-I "-" not applicable', template: 'PL-I', data: pl1({ hdnd_huyen_nu: '-', hdnd_huyen_tong: '-' }) },
    {
      name: 'a formula without its cached result is not an error',
      template: 'PL-I',
      data: pl1(),
      raw: { '1.hdnd_huyen_tl': { t: 'f', v: null, f: 'ROUND(F10/G10*100,2)', nf: undefined } },
    },
    {
      name: '"#DIV/0!" typed as text is text (type/number-text says it is not a number)',
      template: 'PL-II',
      data: pl2({ san_pham: '#DIV/0!' }),
    },
    {
      name: 'an error outside the tables (beside the title) is no table cell',
      template: 'PL-II',
      data: pl2(),
      patch: (sheet) => {
        (sheet.cells[0] ??= [])[20] = err('#REF!');
      },
    },
    {
      name: 'VB documents with dates',
      template: 'VB',
      data: rows(doc(1, 'UBND thành phố', 'Kế hoạch', '91/KH-UBND', '2021-05-10')),
    },
  ],
  invalid: [
    {
      name: 'seed 002: #DIV/0! in the PL-I ratio of a unit whose tổng số is 0',
      template: 'PL-I',
      data: pl1({ hdnd_huyen_nu: 0, hdnd_huyen_tong: 0 }),
      raw: { '1.hdnd_huyen_tl': err('#DIV/0!', 'ROUND(F10/G10*100,2)') },
      findings: [{ messageId: 'type/formula-error', cell: 'H10', severity: 'error' }],
    },
    {
      name: '#DIV/0! in the total row too (totals are table cells)',
      template: 'PL-I',
      data: pl1(),
      raw: { 'tong.hdnd_huyen_tl': err('#DIV/0!') },
      findings: [{ messageId: 'type/formula-error', cell: 'H11', severity: 'error' }],
    },
    {
      name: 'a data row and the total row: #REF! in a count, #DIV/0! in the ratio, row by row',
      template: 'PL-I',
      data: pl1(),
      raw: {
        'tong.hdnd_huyen_nu': err('#REF!'),
        '1.hdnd_huyen_tl': err('#DIV/0!'),
        'tong.hdnd_huyen_tl': err('#DIV/0!'),
      },
      findings: [
        { messageId: 'type/formula-error', cell: 'H10' },
        { messageId: 'type/formula-error', cell: 'F11' },
        { messageId: 'type/formula-error', cell: 'H11' },
      ],
    },
    {
      name: 'every code with a hint: #VALUE!, #REF!, #N/A, #NAME? in PL-II, in column order',
      template: 'PL-II',
      data: pl2(),
      raw: {
        '1.mo_hinh': err('#NAME?'),
        '1.tap_huan_lop': err('#VALUE!'),
        '1.truyen_thong_nguoi': err('#REF!'),
        '1.dia_phuong': err('#N/A'),
      },
      findings: [
        { messageId: 'type/formula-error', cell: 'B9', severity: 'error' },
        { messageId: 'type/formula-error', cell: 'C9', severity: 'error' },
        { messageId: 'type/formula-error', cell: 'F9', severity: 'error' },
        { messageId: 'type/formula-error', cell: 'J9', severity: 'error' },
      ],
    },
    {
      name: 'lower-case codes ("#div/0!", "#n/a") from other spreadsheet programs',
      template: 'PL-II',
      data: pl2(),
      raw: { '1.san_pham': err('#div/0!'), 'tong.tu_van_nguoi': err('#n/a') },
      findings: [
        { messageId: 'type/formula-error', cell: 'G9' },
        { messageId: 'type/formula-error', cell: 'I10' },
      ],
    },
    {
      name: 'codes without a hint: #SPILL!, and #NUM! for a number Excel cannot hold',
      template: 'PL-II',
      data: pl2(),
      raw: { '1.tu_van_cuoc': err('#SPILL!'), '1.tu_van_nguoi': { t: 'n', v: NaN } },
      findings: [
        { messageId: 'type/formula-error', cell: 'H9' },
        { messageId: 'type/formula-error', cell: 'I9' },
      ],
    },
    {
      name: 'PL-III: an error in the second table',
      template: 'PL-III',
      data: { 'kp_ctmtqg.1': { ten_don_vi: 'TP Cao Bằng', ctmtqg_nam: 30, khac_nam: 0 } },
      patch: (sheet) => {
        (sheet.cells[22] ??= [])[3] = err('#VALUE!');
      },
      findings: [{ messageId: 'type/formula-error', cell: 'D23', severity: 'error' }],
    },
  ],
});

/** The data of each finding of a case, and the sentence the officer reads. */
function found(c: Omit<RuleCase, 'name'>) {
  return runRule(typeFormulaError, { name: '', ...c }).map((d) => ({
    value: d.value,
    data: d.data,
    message: formatMessage(d.messageId, d.data),
  }));
}

describe('type/formula-error names the error and its likely cause', () => {
  it('#DIV/0!: the denominator is 0 or empty', () => {
    const [f] = found({ template: 'PL-I', data: pl1(), raw: { '1.hdnd_huyen_tl': err('#DIV/0!') } });
    expect(f!.data).toEqual({ found: '#DIV/0!', hintId: 'hint/div0' });
    expect(f!.message).toBe('Ô có lỗi công thức #DIV/0! — mẫu số (tổng số) bằng 0 hoặc để trống.');
  });

  it('each known code has its hint; lower case is read as upper case', () => {
    const got = found({
      template: 'PL-II',
      data: pl2(),
      raw: {
        '1.tap_huan_lop': err('#VALUE!'),
        '1.tap_huan_nguoi': err('#ref!'),
        '1.truyen_thong_cuoc': err('#N/A'),
        '1.truyen_thong_nguoi': err('#name?'),
        '1.san_pham': err('#div/0!'),
      },
    });
    expect(got.map((f) => f.data)).toEqual([
      { found: '#VALUE!', hintId: 'hint/value-error' },
      { found: '#REF!', hintId: 'hint/ref-error' },
      { found: '#N/A', hintId: 'hint/na-error' },
      { found: '#NAME?', hintId: 'hint/name-error' },
      { found: '#DIV/0!', hintId: 'hint/div0' },
    ]);
    expect(got.map((f) => f.value)).toEqual(['#VALUE!', '#REF!', '#N/A', '#NAME?', '#DIV/0!']);
  });

  it('an unknown code has an empty hint and a message without one', () => {
    const got = found({
      template: 'PL-II',
      data: pl2(),
      raw: { '1.tu_van_cuoc': err('#SPILL!'), '1.tu_van_nguoi': { t: 'n', v: NaN } },
    });
    expect(got.map((f) => f.data)).toEqual([
      { found: '#SPILL!', hintId: '' },
      { found: '#NUM!', hintId: '' },
    ]);
    expect(got[0]!.message).toBe('Ô có lỗi công thức #SPILL!.');
  });
});
