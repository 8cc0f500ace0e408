import fc from 'fast-check';
import { CELL_STATES, classify, classifyColumn, type Classified } from '../engine/cell-state';
import { formatMessage } from '../messages';
import { defaultSettings } from '../settings';
import { TEMPLATES } from '../templates/catalog';
import { buildLayout } from '../templates/template';
import { PL2_ROW } from '../../../test/support/fixtures';
import { runRule, ruleTester, type RuleCase } from '../../../test/support/rule-tester';
import { MAX_TEXT, typeTextLength } from './type-text-length';

const pl2 = (over: Record<string, string | number>) => ({
  '1': { ...PL2_ROW, tap_huan_lop: 2, tap_huan_nguoi: 60, ...over },
});

/** A paragraph pasted into a cell by mistake: Vietnamese words, `n` characters. */
const pasted = (n: number) =>
  'Thực hiện Kế hoạch số 123/KH-UBND về bình đẳng giới. '.repeat(Math.ceil(n / 52)).slice(0, n);

ruleTester(typeTextLength, {
  valid: [
    { name: 'ordinary names and numbers', template: 'PL-II', data: pl2({}) },
    {
      name: `a text of exactly ${MAX_TEXT} characters`,
      template: 'PL-II',
      data: pl2({ dia_phuong: pasted(MAX_TEXT) }),
    },
    {
      name: 'a huge number Excel holds (not text, whatever its digits)',
      template: 'PL-II',
      data: pl2({ truyen_thong_nguoi: 1e300 }),
    },
    {
      name: 'a formula without its result, and an error',
      template: 'PL-II',
      data: pl2({}),
      raw: {
        '1.tap_huan_lop': { t: 'f', v: null, f: 'SUM(C1:C3)', nf: undefined },
        '1.san_pham': { t: 'e', v: '#DIV/0!', f: undefined, nf: undefined },
      },
    },
  ],
  invalid: [
    {
      name: 'a paragraph pasted into the unit name',
      template: 'PL-II',
      data: pl2({ dia_phuong: pasted(MAX_TEXT + 1) }),
      findings: [{ messageId: 'type/text-too-long', cell: 'B9', severity: 'warning' }],
    },
    {
      name: 'long text in number columns, whatever it reads as: words (text), digits (a number read from text), blanks (empty)',
      template: 'PL-II',
      data: pl2({
        tap_huan_lop: pasted(2500),
        tap_huan_nguoi: '1'.repeat(MAX_TEXT + 5),
        truyen_thong_cuoc: ' '.repeat(MAX_TEXT + 1),
      }),
      findings: [
        { messageId: 'type/text-too-long', cell: 'C9' },
        { messageId: 'type/text-too-long', cell: 'D9' },
        { messageId: 'type/text-too-long', cell: 'E9' },
      ],
    },
    {
      name: "a pasted paragraph in a document's date and number cells (VB)",
      template: 'VB',
      data: { '1': { ngay: pasted(MAX_TEXT + 100), so_ky_hieu: pasted(MAX_TEXT + 1) } },
      findings: [
        { messageId: 'type/text-too-long', severity: 'warning' },
        { messageId: 'type/text-too-long', severity: 'warning' },
      ],
    },
  ],
});

describe('type/text-too-long message', () => {
  it('says how long the text is, and shows its start', () => {
    const c: RuleCase = { name: 'long', template: 'PL-II', data: pl2({ dia_phuong: pasted(2345) }) };
    const [d] = runRule(typeTextLength, c);
    expect(formatMessage(d!.messageId, d!.data ?? {})).toBe('Nội dung quá dài (2345 ký tự): hãy rút gọn.');
    expect(d!.value).toBe(`${pasted(60)}…`);
  });
});

describe('type/text-length states', () => {
  it('leave out only states no text cell is read as, in any column of any annex', () => {
    // The rule looks at every state but those: the cell pass never calls it for them. A text
    // cell read as one of them would escape it.
    const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });
    const columns = TEMPLATES.flatMap((def) => buildLayout(def, settings).tables.flatMap((t) => t.columns));
    const left = CELL_STATES.filter((s) => !typeTextLength.states.includes(s));
    expect(left).toEqual(['num', 'pending']);
    const out: Classified = { value: 0, numeric: false, reading: undefined };
    const texts = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[\s\d.,%/+-]{0,14}$/),
      fc.constantFrom('-', 'x', 'TRUE', '#DIV/0!', '=A1', '15/8/2024', '8/9', '1,7 lần', '27,59,03%', '30 triệu'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...columns), texts, (col, v) => {
        const st = classify({ t: 's', v, f: undefined, nf: undefined }, classifyColumn(col), out);
        expect(left).not.toContain(CELL_STATES[st]);
      }),
      { numRuns: 3000 },
    );
  });
});
