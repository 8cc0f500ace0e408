/**
 * fast-check arbitraries for what officers paste into cells: any Unicode (graphemes, any code
 * point, lone surrogates), and "officer-like" text built from the pieces that break parsers —
 * digits, separators, %, đ, Vietnamese letters in NFC and NFD, combining marks, zero-width and
 * non-breaking spaces — plus every RawCell shape an adapter can hand the engine.
 */
import fc from 'fast-check';
import { defaultSettings, type ReportSettingsInput } from '../../src/domain/settings';
import type { RawCell } from '../../src/domain/sheet/workbook';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import type { DataValue } from '../../src/domain/templates/render';
import { buildLayout } from '../../src/domain/templates/template';
import type { AnnexData } from '../support/fixtures';

/** Pieces officers' text is made of, the awkward ones included. */
const PIECES = [
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '250',
  '1.250',
  '1,250',
  '000',
  '.',
  ',',
  ' ',
  '  ',
  '%',
  ' %',
  '-',
  '+',
  '−',
  '/',
  '–',
  ':',
  ';',
  'đ',
  ' đ',
  'vnđ',
  'triệu',
  ' triệu đồng',
  'tr.đ',
  'đồng',
  'Số:',
  'Số ',
  'số',
  'so',
  'ngày ',
  'tháng',
  'năm',
  'Tổng',
  'Tổng'.normalize('NFD'),
  'Kế hoạch',
  'Kế hoạch'.normalize('NFD'),
  'KH',
  'UBND',
  'LĐTBXH',
  'QĐ',
  'TTr',
  'x',
  'X',
  'e',
  'E',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u00A0',
  '\u2009',
  '\u202F',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u0302',
  '\u031B',
  '\u0306',
  'ẳ',
  'ố',
  'ữ',
  'Ư',
  'ơ',
  '#DIV/0!',
  '#REF!',
  'trên ',
  'Infinity',
  'NaN',
  '1e9',
  '0x1F',
];

/** Text an officer could produce by pasting from PDFs, Word and old TCVN3/VNI conversions. */
export const officerText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

/** Lone UTF-16 surrogates, which some converters leave behind. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any string: officer-like pieces, printable graphemes, any code point, broken UTF-16. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: officerText },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.oneof(fc.constantFrom(...PIECES), loneSurrogate, fc.string({ unit: 'binary', maxLength: 2 })),
      maxLength: 20,
    }),
  },
);

const FORMULAS = [
  '=SUM(C9:C9)',
  '=F10/G10*100',
  '=SUM(#REF!)',
  '=IF(AND(ISNUMBER(C10),ISNUMBER(D10),D10>0),ROUND(C10/D10*100,2),"")',
  '=1000+250',
  '=VLOOKUP("1.1",A:B,2,0)',
];
const NUMBER_FORMATS = ['General', '#,##0', '0.00', '0.00%', '0%', 'dd/mm/yyyy', 'd/m', '@', '#,##0 "đ"'];
const ERRORS = [
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#N/A',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

const formula = fc.option(
  fc.oneof(
    fc.constantFrom(...FORMULAS),
    anyText.map((s) => `=${s}`),
  ),
  { nil: undefined },
);
const numFmt = fc.option(fc.constantFrom(...NUMBER_FORMATS), { nil: undefined });

/** ISO dates an adapter produces (Excel's 1900–9999 range, the odd leap days included). */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Numbers Excel holds, and the non-finite ones a faulty adapter could produce. */
export const cellNumber = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e15, max: 1e15, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 0.5, 2.5, 88.88, 1e12, 45543, 1e-9, Number.MAX_VALUE, Number.MIN_VALUE),
  },
  { weight: 1, arbitrary: fc.double() },
);

function withExtras<T extends RawCell>(base: fc.Arbitrary<T>): fc.Arbitrary<RawCell> {
  return fc.tuple(base, formula, numFmt).map(([c, f, nf]) => {
    const out: RawCell = { ...c };
    if (f !== undefined && out.t !== 'f') out.f = f;
    if (nf !== undefined) out.nf = nf;
    return out;
  });
}

/** Every RawCell shape: numbers, text, booleans, dates, formula errors, formulas without a cached value. */
export const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: withExtras(cellNumber.map((v) => ({ t: 'n' as const, v }))) },
  { weight: 5, arbitrary: withExtras(anyText.map((v) => ({ t: 's' as const, v }))) },
  { weight: 1, arbitrary: withExtras(fc.boolean().map((v) => ({ t: 'b' as const, v }))) },
  { weight: 1, arbitrary: withExtras(isoDate.map((v) => ({ t: 'd' as const, v }))) },
  {
    weight: 1,
    arbitrary: withExtras(fc.oneof(fc.constantFrom(...ERRORS), anyText).map((v) => ({ t: 'e' as const, v }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom(...FORMULAS), anyText), numFmt)
      .map(([f, nf]): RawCell => (nf ? { t: 'f', v: null, f, nf } : { t: 'f', v: null, f })),
  },
);

/** A cell or nothing (an empty cell is `undefined` in the grid). */
export const maybeCell = fc.option(rawCell, { nil: undefined, freq: 4 });

/** Input cells by template and settings: which row keys and column keys officer data can address. */
const TARGETS = new Map<string, { rows: string[]; cols: string[] }>();
function targets(templateId: string, settings: ReportSettingsInput | undefined): { rows: string[]; cols: string[] } {
  const k = `${templateId}|${JSON.stringify(settings)}`;
  let t = TARGETS.get(k);
  if (!t) {
    const def = TEMPLATES.find((x) => x.id === templateId)!;
    const layout = buildLayout(def, defaultSettings(settings ?? {}));
    const rows: string[] = [];
    const cols = new Set<string>();
    for (const [i, table] of layout.tables.entries()) {
      const prefix = i === 0 ? '' : `${table.key}.`;
      for (const r of table.rows) if (r.kind === 'data' || r.kind === 'fixed') rows.push(prefix + r.key);
      if (table.repeatRows) rows.push(`${prefix}${table.rows.filter((r) => r.kind === 'data').length + 1}`);
      for (const c of table.columns) if (c.input || c.ratio) cols.add(c.key);
    }
    t = { rows, cols: [...cols] };
    TARGETS.set(k, t);
  }
  return t;
}

/** What officers type: every style of number as text, "-", dates, formulas, NFD, nothing. */
const officerValue: fc.Arbitrary<DataValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 2000 }) },
  { weight: 1, arbitrary: cellNumber.filter((n) => Number.isFinite(n)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '1.250',
      '1,250',
      '1 250',
      '1\u00A0250',
      '30.000.000 đ',
      '36,4 %',
      '36.4%',
      '27,59,03%',
      '12,,5',
      '11/29',
      '08/29',
      '-',
      'x',
      '–',
      '-5',
      '2,5',
      'không có',
      'trên 100%',
      '108 bé trai/100 bé gái',
      'Cấp huyện 100; cấp xã 50',
      '03 tin/quý',
      'Số: 119/KH-BTV,',
      '159/KH- UBND',
      '91/KH-UBND',
      '595/UBND-LĐTBXH',
      'Có',
      'Không',
      'Chưa có số liệu',
      '31/02/2023',
      '8/9/2023',
      '2023-09-08',
      'Kế hoạch',
      'Công văn',
      'Kế hoạch'.normalize('NFD'),
      'Tổng'.normalize('NFD'),
      '',
      ' ',
    ),
  },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: anyText.map((s) => s.normalize('NFD')) },
  { weight: 1, arbitrary: isoDate.map((date) => ({ date })) },
  { weight: 1, arbitrary: fc.constantFrom('=SUM(C9:C9)', '=1/0', '=A1', '=NOW()').map((formula) => ({ formula })) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export function officerData(templateId: string, settings: ReportSettingsInput | undefined): fc.Arbitrary<AnnexData> {
  const { rows, cols } = targets(templateId, settings);
  return fc
    .array(fc.tuple(fc.constantFrom(...rows), fc.constantFrom(...cols), officerValue), { maxLength: 25 })
    .map((entries) => {
      const data: AnnexData = {};
      for (const [r, c, v] of entries) (data[r] ??= {})[c] = v;
      return data;
    });
}
