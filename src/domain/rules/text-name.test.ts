import fc from 'fast-check';
import { formatMessage } from '../messages';
import type { RawCell } from '../sheet/workbook';
import type { DataValue } from '../templates/render';
import { PL2_ROW } from '../../../test/support/fixtures';
import { runRule, ruleTester } from '../../../test/support/rule-tester';
import { doc, rows } from './lib/vb-fixtures';
import { textName } from './text-name';

const pl2 = (dia_phuong: DataValue) => ({
  '1': { ...PL2_ROW, dia_phuong },
});
const UB = 'UBND thành phố';
const bool = (v: boolean): RawCell => ({ t: 'b', v });

ruleTester(textName, {
  valid: [
    { name: 'seed 002: "TP Cao Bằng"', template: 'PL-II', data: pl2('TP Cao Bằng') },
    {
      name: 'names with numbers in them: "Phường 1", "Xã 135", "Tổ dân phố 7"',
      template: 'PL-II',
      data: { ...pl2('Phường 1'), '2': { ...pl2('Xã 135')['1'] }, '3': { ...pl2('Tổ dân phố 7')['1'] } },
    },
    {
      name: 'seed 000 issuers: UBND thành phố, Hội LHPN thành phố, Thành ủy',
      template: 'VB',
      data: rows(
        doc(1, UB, 'Kế hoạch', '159/KH-UBND', '2021-07-26'),
        doc(2, 'Hội LHPN thành phố', 'Kế hoạch', '119/KH-BTV', '2022-02-28'),
        doc(3, 'Thành ủy', 'Kế hoạch', '167-KH/TU', '2022-03-01'),
      ),
    },
    { name: "an empty name is presence/required's", template: 'PL-II', data: pl2('') },
    { name: 'KH "Đơn vị thực hiện": Phòng Nội vụ', template: 'KH', data: { '1.1': { don_vi: 'Phòng Nội vụ' } } },
  ],
  invalid: [
    {
      name: 'TRUE where the locality belongs (a checkbox result)',
      template: 'PL-II',
      data: pl2('x'),
      raw: { '1.dia_phuong': bool(true) },
      findings: [{ messageId: 'text/name-not-text', cell: 'B9', severity: 'error' }],
    },
    {
      name: 'other localities: FALSE, the number 1250, the text "2,5"',
      template: 'PL-II',
      data: { ...pl2('x'), '2': { ...pl2(1250)['1'] }, '3': { ...pl2('2,5')['1'] } },
      raw: { '1.dia_phuong': bool(false) },
      findings: [
        { messageId: 'text/name-not-text', cell: 'B9' },
        { messageId: 'text/name-not-text', cell: 'B10' },
        { messageId: 'text/name-not-text', cell: 'B11' },
      ],
    },
    {
      name: 'PL-I locality typed as 0',
      template: 'PL-I',
      data: { '1': { dia_phuong: 0 } },
      findings: [{ messageId: 'text/name-not-text', cell: 'B10' }],
    },
    {
      name: 'VB issuers: 159 (the number, one column left), TRUE',
      template: 'VB',
      data: rows(
        { ...doc(1, UB, 'Kế hoạch', '159/KH-UBND', '2021-07-26'), co_quan: 159 },
        doc(2, UB, 'Kế hoạch', '160/KH-UBND', '2021-07-27'),
      ),
      raw: { '2.co_quan': bool(true) },
      findings: [
        { messageId: 'text/name-not-text', cell: 'C7' },
        { messageId: 'text/name-not-text', cell: 'C8' },
      ],
    },
    {
      name: 'KH and CLQG unit names: 2024 as "Đơn vị thực hiện", FALSE as "Đơn vị chủ trì"',
      template: 'KH',
      data: { '1.1': { don_vi: 2024 } },
      findings: [{ messageId: 'text/name-not-text', cell: 'G8' }],
    },
    {
      name: 'CLQG "Đơn vị chủ trì" FALSE',
      template: 'CLQG',
      raw: { '1.1.chu_tri': bool(false) },
      findings: [{ messageId: 'text/name-not-text', cell: 'G10' }],
    },
  ],
});

describe('text/name message', () => {
  it('says what was found and the fix, with a name for the column', () => {
    const [d] = runRule(textName, { name: '', template: 'PL-II', data: pl2('x'), raw: { '1.dia_phuong': bool(true) } });
    const m = formatMessage(d!.messageId, { column: 'Địa phương', ...d!.data });
    expect(m).toContain('giá trị đúng/sai TRUE');
    expect(m).toContain('"Xã Đức Xuân"');
    const [n] = runRule(textName, { name: '', template: 'PL-II', data: pl2(1250) });
    expect(formatMessage(n!.messageId, { column: 'Địa phương', ...n!.data })).toContain('số 1250');
  });
});

describe('text/name raw test', () => {
  // The test as written with the patterns alone: the first-character answer must agree.
  const slow = (v: string) => !/\p{L}/u.test(v) || /^\s*(true|false)\s*$/i.test(v);
  const pieces = [
    'Xã',
    ' ',
    'T',
    't',
    'f',
    'F',
    'rue',
    'alse',
    'RUE',
    'ALSE',
    '1',
    '.',
    'Đ',
    'ư',
    '@',
    '[',
    '`',
    '{',
    'z',
    'A',
  ];
  it('agrees with the patterns', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const v = parts.join('');
        expect(textName.raw!({ t: 's', v })).toBe(slow(v));
      }),
      { numRuns: 3000 },
    );
  });
});
