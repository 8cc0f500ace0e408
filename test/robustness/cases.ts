/**
 * The bad-input catalog's cases (what officers really do to annex workbooks), shared by the
 * catalog test (catalog.test.ts: the outcome of each case) and the golden reports
 * (test/golden: the full report of each case, pinned). See catalog.test.ts for what each
 * field means.
 */
import type { Report, Severity } from '../../src/domain/report/schema';
import type { RawCell, WorkbookSnapshot } from '../../src/domain/sheet/workbook';
import { SETTINGS_SHEET } from '../../src/domain/sheet/workbook';
import { annexSheet, workbookOf } from '../support/fixtures';
import {
  annexWorkbook,
  deleteColumn,
  deleteRow,
  insertColumn,
  insertRows,
  KP_ROW,
  num,
  only,
  PL1_ROW,
  PL2_ROW,
  PLCB_ROWS,
  put,
  SETTINGS,
  text,
  vbRow,
} from './support';

export type Family =
  | 'number-text'
  | 'malformed-number'
  | 'date-in-count'
  | 'fraction'
  | 'domain'
  | 'formula-error'
  | 'merged-cells'
  | 'rows'
  | 'columns'
  | 'header'
  | 'sheets'
  | 'workbook'
  | 'scale'
  | 'unicode'
  | 'long-text'
  | 'dates'
  | 'doc-number'
  | 'not-applicable'
  | 'names';

export interface Expected {
  id: string;
  /** A1 address; '' for a sheet- or workbook-level finding. */
  cell: string;
  severity: Severity;
  /** Defaults to the first sheet of the workbook ('' for workbook-level findings). */
  sheet?: string;
}

export interface Case {
  family: Family;
  /** What the officer did; for inputs accepted on purpose, why. */
  description: string;
  /** How the workbook is built, in words (the build function is the same in code). */
  how: string;
  build(): WorkbookSnapshot;
  findings: Expected[];
  /** Accepted inputs: what the engine reads there (matched with toMatchObject). */
  reads?: { cell: string; sheet?: string; as: Record<string, unknown> }[];
  /** Sheets the report lists as annexes (default: every sheet of the workbook). */
  annexes?: string[];
  /** A rule that exists but misses this case (named in the test title while it fails). */
  waitingFor?: string;
  /** Further checks on the report. */
  also?: (report: Report, wb: WorkbookSnapshot) => void;
  /** Prints how long validation took. */
  timed?: boolean;
}

const S = {
  pl1: 'PL-I Nữ DTTS lãnh đạo',
  plcb: 'PL-CB Nữ cán bộ',
  pl2: 'PL-II Đề án 1898',
  pl3: 'PL-III Kinh phí',
  kp: 'KP Kinh phí theo năm',
  clqg: 'CLQG Chỉ tiêu',
  vb: 'VB Văn bản chỉ đạo',
};

/** PL-II, seed row with one cell of the row replaced. */
const pl2 = (over: Record<string, unknown> = {}) =>
  annexWorkbook('PL-II', { '1': { ...PL2_ROW, ...(over as object) } });
/** PL-II with a raw cell put at an address after rendering. */
const pl2Raw = (address: string, raw: RawCell | undefined) => {
  const wb = pl2();
  put(only(wb), address, raw);
  return wb;
};
const pl1 = (over: Record<string, unknown> = {}) => annexWorkbook('PL-I', { '1': { ...PL1_ROW, ...(over as object) } });
const plcb = (row: string, over: Record<string, unknown>) =>
  annexWorkbook('PL-CB', { ...PLCB_ROWS, [row]: { ...PLCB_ROWS[row], ...(over as object) } });
/**
 * Two documents of one register (UBND thành phố, Kế hoạch, 2023): row 7 = 91/KH-UBND, row 8 =
 * 92/KH-UBND. `next` patches row 8 where row 7's input would put the register out of order
 * (a later number dated earlier is a real finding, document/register-order, not the case's subject).
 */
const vb = (over: Record<string, unknown>, next: Record<string, unknown> = {}) =>
  annexWorkbook('VB', { '1': vbRow(1, over as never), '2': vbRow(2, next as never) });
/** Row 8 (92/KH-UBND) dated after row 7's 8 September 2023, so the register stays in order. */
const LATER_THAN_8_SEPT = { ngay: { date: '2023-09-12' } };
const clqg = (data: Record<string, Record<string, unknown>> = {}) => annexWorkbook('CLQG', data as never);

const ERR = 'error' as const;
const WARN = 'warning' as const;
const INFO = 'info' as const;

export const CASES: Case[] = [
  // ── Numbers typed as text, Vietnamese and English styles ─────────────────────────────────
  {
    family: 'number-text',
    description:
      '"1.250" typed as text in a count column (seed 002) — accepted on purpose as 1250: only whole numbers belong there, so the dot can only group thousands; a number-as-text warning suggesting 1250, no ambiguity',
    how: 'PL-II F9 (Số lượt người tham gia truyền thông) = text "1.250"',
    build: () => pl2({ truyen_thong_nguoi: '1.250' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250, whole: true } }],
    also: (r) => {
      expect(r.findings.find((f) => f.cell === 'F9')?.expected).toBe('1250 (dạng số, không phải chữ)');
      expect(r.findings.find((f) => f.cell === 'F9')?.message).not.toContain('tiếng Anh');
    },
  },
  {
    family: 'number-text',
    description:
      '"1,250" typed as text in a count column — accepted on purpose as 1250 (1,25 people cannot be): a number-as-text warning suggesting 1250',
    how: 'PL-II F9 = text "1,250"',
    build: () => pl2({ truyen_thong_nguoi: '1,250' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250, whole: true } }],
  },
  {
    family: 'number-text',
    description:
      '"1.250" typed as text with the Tổng formula Excel computed without it (0): the warning on F9 is the one fix; no Tổng error on the formula cell the officer never typed',
    how: 'PL-II F9 = text "1.250"; F10 = {t:"n", v:0, f:"SUM(F9:F9)"}',
    build: () => {
      const wb = pl2({ truyen_thong_nguoi: '1.250' });
      put(only(wb), 'F10', { t: 'n', v: 0, f: 'SUM(F9:F9)' });
      return wb;
    },
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    also: (r) => expect(r.findings.find((f) => f.cell === 'F9')?.message).toContain('Excel không cộng'),
  },
  {
    family: 'number-text',
    description:
      '"1.250" typed as text in a triệu đồng column, where decimals are valid — read as 1250 with 1,25 as the English alternative: ambiguous, nothing guessed silently',
    how: 'PL-III C23 (CTMTQG, Kinh phí thực hiện năm 2024, triệu đồng) = text "1.250"',
    build: () =>
      annexWorkbook('PL-III', {
        'kp_1898.1': {
          ten_don_vi: 'TP. Cao Bằng',
          ...Object.fromEntries([2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => [`nam_${y}`, 0])),
          nhu_cau: 0,
        },
        'kp_ctmtqg.1': {
          ten_don_vi: 'TP Cao Bằng',
          ctmtqg_nam: '1.250',
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 0,
        },
      }),
    findings: [{ id: 'type/ambiguous-number', cell: 'C23', severity: WARN }],
    reads: [{ cell: 'C23', as: { s: 'num', value: 1250, alt: 1.25 } }],
  },
  {
    family: 'number-text',
    description:
      '"123 triệu" in a đồng column — accepted on purpose as 123.000.000 đồng (the unit is written): a number-as-text warning with the value in the column\'s unit, no money-unit guess',
    how: 'KP C9 (Năm 2021, đồng) = text "123 triệu"',
    build: () => annexWorkbook('KP', { '1': { ...KP_ROW, nam_2021: '123 triệu' } }),
    findings: [{ id: 'type/number-as-text', cell: 'C9', severity: WARN }],
    reads: [{ cell: 'C9', as: { s: 'num', value: 123000000, writtenValue: 123, moneyUnit: 'trieu-dong' } }],
    also: (r) => expect(r.findings.find((f) => f.cell === 'C9')?.expected).toBe('123000000 (dạng số, không phải chữ)'),
  },
  {
    family: 'number-text',
    description:
      'CLQG 3.1 result "1,7 lần" (seed 000) — accepted on purpose as 1,7 in the indicator\'s unit: a number-as-text warning, and the indicator is judged on it (Đạt against 1,7 in 2025)',
    how: 'CLQG J16 (3.1, Kết quả) = text "1,7 lần"',
    build: () => clqg({ '3.1': { ket_qua: '1,7 lần' } }),
    findings: [{ id: 'type/number-as-text', cell: 'J16', severity: WARN }],
    reads: [{ cell: 'J16', as: { s: 'num', value: 1.7, unitText: 'lần' } }],
    also: (r) => expect(r.indicators.find((i) => i.id === '3.1')).toMatchObject({ value: 1.7, nationalStatus: 'dat' }),
  },
  {
    family: 'number-text',
    description:
      'CLQG 3.1 result "36,4 %" where the indicator counts in lần — another unit: an error, and the indicator "Không đánh giá được"',
    how: 'CLQG J16 (3.1, Kết quả) = text "36,4 %"',
    build: () => clqg({ '3.1': { ket_qua: '36,4 %' } }),
    findings: [{ id: 'type/unit-mismatch', cell: 'J16', severity: ERR }],
    also: (r) =>
      expect(r.indicators.find((i) => i.id === '3.1')).toMatchObject({
        value: null,
        nationalStatus: 'khong-danh-gia-duoc',
      }),
  },
  {
    family: 'number-text',
    description:
      '"1 250" (space as thousands separator) — accepted on purpose as 1250 with a number-as-text warning: a space can only group thousands',
    how: 'PL-II F9 = text "1 250"',
    build: () => pl2({ truyen_thong_nguoi: '1 250' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'number-text',
    description:
      '"1,250,000" (English thousands) — accepted on purpose as 1250000 with a warning: two groups of three after commas cannot be a Vietnamese decimal',
    how: 'PL-II F9 = text "1,250,000"',
    build: () => pl2({ truyen_thong_nguoi: '1,250,000' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250000 } }],
  },
  {
    family: 'number-text',
    description:
      '"30.000.000 đ" in a đồng column (seed 000 §6) — accepted on purpose as 30000000 with a warning; the unit written matches the column',
    how: 'KP C9 (Năm 2021, đồng) = text "30.000.000 đ"',
    build: () => annexWorkbook('KP', { '1': { ...KP_ROW, nam_2021: '30.000.000 đ' } }),
    findings: [{ id: 'type/number-as-text', cell: 'C9', severity: WARN }],
    reads: [{ cell: 'C9', as: { s: 'num', value: 30000000, moneyUnit: 'dong' } }],
  },
  {
    family: 'number-text',
    description:
      '"36,4 %" in a percent cell — accepted on purpose as 36,4 (the % sign is the column\'s own unit) with only a warning that the ratio formula was typed over as text; 364/1000 = 36,4 % agrees',
    how: 'PL-CB row 10 (Cấp ủy cấp huyện): C10 = 364, D10 = 1000, E10 = text "36,4 %"',
    build: () => plcb('cap_uy_huyen', { so_nu: 364, tong_so: 1000, ty_le: '36,4 %' }),
    findings: [{ id: 'type/number-as-text-ratio', cell: 'E10', severity: WARN }],
    reads: [{ cell: 'E10', as: { s: 'num', value: 36.4, decimals: 1, percentSign: true } }],
  },
  {
    family: 'number-text',
    description:
      '"36.4%" (English decimal point) — accepted on purpose as 36,4 with a warning: "36.4" has no group of three, so it cannot be Vietnamese thousands',
    how: 'PL-CB row 10: C10 = 364, D10 = 1000, E10 = text "36.4%"',
    build: () => plcb('cap_uy_huyen', { so_nu: 364, tong_so: 1000, ty_le: '36.4%' }),
    findings: [{ id: 'type/number-as-text-ratio', cell: 'E10', severity: WARN }],
    reads: [{ cell: 'E10', as: { s: 'num', value: 36.4, percentSign: true } }],
  },
  {
    family: 'number-text',
    description:
      '"1.250 %" in a percent cell — read the Vietnamese way (1250 %) with 1,25 % as the English alternative; neither is 1/8: one error at the cell, saying the formula was typed over and 1/8 = 12,5 %',
    how: 'PL-CB row 10: C10 = 1, D10 = 8, E10 = text "1.250 %"',
    build: () => plcb('cap_uy_huyen', { ty_le: '1.250 %' }),
    findings: [{ id: 'type/number-as-text-ratio', cell: 'E10', severity: ERR }],
    also: (r) => expect(r.findings.find((x) => x.cell === 'E10')!.expected).toBe('12,5 %'),
    reads: [{ cell: 'E10', as: { s: 'num', value: 1250, alt: 1.25, percentSign: true } }],
  },

  // ── Malformed numbers: errors, never guessed ─────────────────────────────────────────────
  {
    family: 'malformed-number',
    description:
      '"27,59,03%" (seed 001, HĐND TP 08/29) is an error, never guessed from its digits: the formula it typed over gives 8/29 = 27,59 %',
    how: 'PL-CB row 14 (Đại biểu HĐND cấp huyện): C14 = 8, D14 = 29, E14 = text "27,59,03%"',
    build: () => plcb('hdnd_huyen', { so_nu: 8, tong_so: 29, ty_le: '27,59,03%' }),
    findings: [{ id: 'type/malformed-ratio', cell: 'E14', severity: ERR }],
    also: (r) =>
      expect(r.findings.find((x) => x.cell === 'E14')!.message).toMatch(/8\/29 = 27,59 %.*khôi phục công thức/),
    reads: [{ cell: 'E14', as: { s: 'bad', text: '27,59,03%' } }],
  },
  {
    family: 'malformed-number',
    description: '"12,,5" (doubled separator) is an error',
    how: 'PL-II G9 (Sản phẩm truyền thông) = text "12,,5"',
    build: () => pl2({ san_pham: '12,,5' }),
    findings: [{ id: 'type/malformed-number', cell: 'G9', severity: ERR }],
    reads: [{ cell: 'G9', as: { s: 'bad' } }],
  },
  {
    family: 'malformed-number',
    description:
      '"1.25.0" (a group of two digits between dots) is neither Vietnamese thousands nor an English decimal: error',
    how: 'PL-II F9 = text "1.25.0"',
    build: () => pl2({ truyen_thong_nguoi: '1.25.0' }),
    findings: [{ id: 'type/malformed-number', cell: 'F9', severity: ERR }],
  },
  {
    family: 'malformed-number',
    description:
      '"1250 người" (a count with a unit word): words, so not a number — not "malformed" with a separator hint',
    how: 'PL-II F9 = text "1250 người"',
    build: () => pl2({ truyen_thong_nguoi: '1250 người' }),
    findings: [{ id: 'type/not-a-number', cell: 'F9', severity: ERR }],
    reads: [{ cell: 'F9', as: { s: 'text' } }],
  },
  {
    family: 'malformed-number',
    description:
      '"1250,,5": error, and no number guessed from its digits (neither 125 nor 1250) as the fix or the expected value',
    how: 'PL-II F9 = text "1250,,5"',
    build: () => pl2({ truyen_thong_nguoi: '1250,,5' }),
    findings: [{ id: 'type/malformed-number', cell: 'F9', severity: ERR }],
    also: (r) => {
      const f = r.findings.find((x) => x.cell === 'F9')!;
      expect(f.message.replace('"1250,,5"', '')).not.toMatch(/125/);
      expect(f.expected).toBe('một số (dấu phẩy cho phần thập phân)');
    },
  },
  {
    family: 'malformed-number',
    description: 'a 400-digit number pasted as text overflows to Infinity: an error, never a value',
    how: 'PL-II F9 = text "999…9" (400 nines)',
    build: () => pl2({ truyen_thong_nguoi: '9'.repeat(400) }),
    findings: [{ id: 'type/malformed-number', cell: 'F9', severity: ERR }],
    reads: [{ cell: 'F9', as: { s: 'bad' } }],
  },
  {
    family: 'malformed-number',
    description: 'words where a count belongs ("không có") are an error',
    how: 'PL-II J9 (Mô hình can thiệp) = text "không có"',
    build: () => pl2({ mo_hinh: 'không có' }),
    findings: [{ id: 'type/not-a-number', cell: 'J9', severity: ERR }],
  },
  {
    family: 'malformed-number',
    description: 'TRUE (a boolean) where a count belongs is an error, like words',
    how: 'PL-II F9 = RawCell {t:"b", v:true}',
    build: () => pl2Raw('F9', { t: 'b', v: true }),
    findings: [{ id: 'type/not-a-number', cell: 'F9', severity: ERR }],
    waitingFor: 'type/number-text: boolean readings are not reported',
  },

  // ── Dates where counts belong ────────────────────────────────────────────────────────────
  {
    family: 'date-in-count',
    description: 'Excel turned "8/9" into 8 September 2024 in a count cell: error with the fix',
    how: 'PL-II F9 = RawCell {t:"d", v:"2024-09-08"}',
    build: () => pl2Raw('F9', { t: 'd', v: '2024-09-08' }),
    findings: [{ id: 'type/date-in-number', cell: 'F9', severity: ERR }],
    reads: [{ cell: 'F9', as: { s: 'date', iso: '2024-09-08' } }],
    also: (r) => expect(r.findings[0]!.message).toContain('8/9'),
  },
  {
    family: 'date-in-count',
    description: '"8/9" typed into Số nữ DTTS became a date; Tổng số left empty is still a gap',
    how: 'PL-I F10 (HĐND cấp huyện, Số nữ) = {t:"d", v:"2024-09-08"}, G10 (Tổng số) empty',
    build: () => {
      const wb = pl1();
      put(only(wb), 'F10', { t: 'd', v: '2024-09-08' });
      put(only(wb), 'G10', undefined);
      return wb;
    },
    findings: [
      { id: 'type/date-in-number', cell: 'F10', severity: ERR },
      { id: 'presence/required', cell: 'G10', severity: ERR },
    ],
  },

  // ── Fractions as text ────────────────────────────────────────────────────────────────────
  {
    family: 'fraction',
    description:
      'seed 002 "11/29" in one cell with 38 written: read as 11 of 29 (the stated 38 % agrees), warned to split it; the empty Tổng số is not a second gap',
    how: 'PL-I F10 = text "11/29", G10 empty, H10 = 38',
    build: () => pl1({ hdnd_huyen_nu: '11/29', hdnd_huyen_tong: null, hdnd_huyen_tl: 38 }),
    findings: [{ id: 'type/fraction-text', cell: 'F10', severity: WARN }],
    reads: [{ cell: 'F10', as: { s: 'frac', num: 11, den: 29 } }],
  },
  {
    family: 'fraction',
    description: 'seed 001 "08/29" (leading zero) in the Số nữ cell of PL-CB: read as 8 of 29 and warned',
    how: 'PL-CB C14 = text "08/29", D14 empty',
    build: () => plcb('hdnd_huyen', { so_nu: '08/29', tong_so: null }),
    findings: [{ id: 'type/fraction-text', cell: 'C14', severity: WARN }],
    reads: [{ cell: 'C14', as: { s: 'frac', num: 8, den: 29 } }],
  },

  // ── Domain: negative, fractional, huge counts; shares above 100 % ─────────────────────────
  {
    family: 'domain',
    description: 'a negative count (-5) is an error',
    how: 'PL-II F9 = -5',
    build: () => pl2({ truyen_thong_nguoi: -5 }),
    findings: [{ id: 'domain/negative', cell: 'F9', severity: ERR }],
  },
  {
    family: 'domain',
    description:
      '"-5" typed as text: read, and one error for being negative (no number-as-text warning saying to retype -5)',
    how: 'PL-II F9 = text "-5"',
    build: () => pl2({ truyen_thong_nguoi: '-5' }),
    findings: [{ id: 'domain/negative', cell: 'F9', severity: ERR }],
  },
  {
    family: 'domain',
    description: 'a fractional count (2,5 leaflets) is an error',
    how: 'PL-II G9 (Sản phẩm truyền thông) = 2.5',
    build: () => pl2({ san_pham: 2.5 }),
    findings: [{ id: 'domain/not-whole', cell: 'G9', severity: ERR }],
  },
  {
    family: 'domain',
    description: 'a huge count (10^12 leaflets) is a warning to check',
    how: 'PL-II G9 = 1e12',
    build: () => pl2({ san_pham: 1e12 }),
    findings: [{ id: 'domain/huge-count', cell: 'G9', severity: WARN }],
  },
  {
    family: 'domain',
    description:
      'a share typed above 100 % (131,43 instead of 31,43) disagrees with 11/35: one error with 31,43 % to type, not a second "above 100 %" finding',
    how: 'PL-CB row 10: C10 = 11, D10 = 35, E10 = 131.43',
    build: () => plcb('cap_uy_huyen', { so_nu: 11, tong_so: 35, ty_le: 131.43 }),
    findings: [{ id: 'arithmetic/percent-mismatch', cell: 'E10', severity: ERR }],
  },
  {
    family: 'domain',
    description: 'more women than the total (30 of 29): error at the women cell',
    how: 'PL-CB row 10: C10 = 30, D10 = 29 (E10 keeps its formula)',
    build: () => plcb('cap_uy_huyen', { so_nu: 30, tong_so: 29 }),
    findings: [{ id: 'arithmetic/part-exceeds-whole', cell: 'C10', severity: ERR }],
  },
  {
    family: 'domain',
    description: 'CLQG 5.2b result written "trên 100%" (seed 000) is impossible',
    how: 'CLQG J28 (5.2b, Kết quả) = text "trên 100%"',
    build: () => clqg({ '5.2b': { ket_qua: 'trên 100%' } }),
    findings: [{ id: 'target/impossible-result', cell: 'J28', severity: ERR }],
  },
  {
    family: 'domain',
    description: '30.000.000 in a "triệu đồng" column is plausible only in đồng: warning with the converted value',
    how: 'PL-III C13 (1898 table, Năm 2018, triệu đồng) = 30000000',
    build: () =>
      annexWorkbook('PL-III', {
        'kp_1898.1': {
          ten_don_vi: 'TP. Cao Bằng',
          nam_2018: 30000000,
          nam_2019: 0,
          nam_2020: 0,
          nam_2021: 0,
          nam_2022: 0,
          nam_2023: 0,
          nam_2024: 0,
          nhu_cau: 0,
        },
        'kp_ctmtqg.1': {
          ten_don_vi: 'TP. Cao Bằng',
          ctmtqg_nam: 123,
          khac_nam: 0,
          ctmtqg_nhu_cau: 150,
          khac_nhu_cau: 0,
        },
      }),
    findings: [{ id: 'domain/money-unit', cell: 'C13', severity: WARN }],
  },

  // ── Formula errors ───────────────────────────────────────────────────────────────────────
  {
    family: 'formula-error',
    description: '#DIV/0! in a ratio cell whose total is 0 while women are 3: both the error and its cause',
    how: 'PL-I F10 = 3, G10 = 0, H10 = {t:"e", v:"#DIV/0!", f:"=F10/G10*100"}',
    build: () => {
      const wb = pl1({ hdnd_huyen_nu: 3, hdnd_huyen_tong: 0 });
      put(only(wb), 'H10', { t: 'e', v: '#DIV/0!', f: '=F10/G10*100' });
      return wb;
    },
    findings: [
      { id: 'arithmetic/zero-denominator', cell: 'G10', severity: ERR },
      { id: 'type/formula-error', cell: 'H10', severity: ERR },
    ],
  },
  {
    family: 'formula-error',
    description: '#VALUE! pasted as a value (no formula) into a count cell',
    how: 'PL-II F9 = {t:"e", v:"#VALUE!"}',
    build: () => pl2Raw('F9', { t: 'e', v: '#VALUE!' }),
    findings: [{ id: 'type/formula-error', cell: 'F9', severity: ERR }],
  },
  {
    family: 'formula-error',
    description: '#REF! in the Tổng row after rows were deleted under its SUM',
    how: 'PL-II F10 (Tổng) = {t:"e", v:"#REF!", f:"=SUM(#REF!)"}',
    build: () => pl2Raw('F10', { t: 'e', v: '#REF!', f: '=SUM(#REF!)' }),
    findings: [{ id: 'type/formula-error', cell: 'F10', severity: ERR }],
  },
  {
    family: 'formula-error',
    description: '#N/A from a lookup typed over the CLQG result',
    how: 'CLQG J10 (1.1, Kết quả) = {t:"e", v:"#N/A", f:"=VLOOKUP(\\"1.1\\",Data!A:B,2,0)"}',
    build: () => {
      const wb = clqg();
      put(only(wb), 'J10', { t: 'e', v: '#N/A', f: '=VLOOKUP("1.1",Data!A:B,2,0)' });
      return wb;
    },
    findings: [{ id: 'type/formula-error', cell: 'J10', severity: ERR }],
  },
  {
    family: 'formula-error',
    description: '#NAME? from a mistyped function in a money cell',
    how: 'KP C9 = {t:"e", v:"#NAME?", f:"=SUMM(1)"}',
    build: () => {
      const wb = annexWorkbook('KP', { '1': KP_ROW });
      put(only(wb), 'C9', { t: 'e', v: '#NAME?', f: '=SUMM(1)' });
      return wb;
    },
    findings: [{ id: 'type/formula-error', cell: 'C9', severity: ERR }],
  },

  {
    family: 'formula-error',
    description: "a NaN handed over by a faulty adapter is never a value: read as Excel's #NUM!",
    how: 'PL-II F9 = {t:"n", v:NaN}',
    build: () => pl2Raw('F9', { t: 'n', v: Number.NaN }),
    findings: [{ id: 'type/formula-error', cell: 'F9', severity: ERR }],
    reads: [{ cell: 'F9', as: { s: 'err', code: '#NUM!' } }],
  },

  // ── Merged cells over inputs ─────────────────────────────────────────────────────────────
  {
    family: 'merged-cells',
    description: 'two input cells merged (Excel keeps only the top-left value): the merge and the lost value',
    how: 'PL-II merges += "C9:D9", D9 cleared',
    build: () => {
      const wb = pl2();
      only(wb).merges = [...(only(wb).merges ?? []), 'C9:D9'];
      put(only(wb), 'D9', undefined);
      return wb;
    },
    findings: [
      { id: 'structure/merged-input', cell: 'C9', severity: WARN },
      { id: 'presence/required', cell: 'D9', severity: ERR },
    ],
  },

  // ── Rows inserted inside a table ─────────────────────────────────────────────────────────
  {
    family: 'rows',
    description:
      'an empty row and a data row inserted above Tổng: the empty row is skipped, the new row is read like any other',
    how: 'PL-II: before row 10 insert [] and ["", "Xã Hưng Đạo", 1, 20, 2, "abc", 0, 0, 0, 0]',
    build: () => {
      const wb = pl2();
      insertRows(
        only(wb),
        10,
        [],
        [undefined, text('Xã Hưng Đạo'), num(1), num(20), num(2), text('abc'), num(0), num(0), num(0), num(0)],
      );
      return wb;
    },
    findings: [{ id: 'type/not-a-number', cell: 'F11', severity: ERR }],
    reads: [{ cell: 'D11', as: { s: 'num', value: 20 } }],
  },
  {
    family: 'rows',
    description:
      'two empty rows inserted between the column numbers and the data — accepted on purpose: blank rows carry nothing',
    how: 'PL-II: before row 9 insert [] and []',
    build: () => {
      const wb = pl2();
      insertRows(only(wb), 9, [], []);
      return wb;
    },
    findings: [],
    reads: [{ cell: 'F11', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'rows',
    description: 'a row of its own inserted into the fixed PL-CB table ("Cấp ủy thôn, tổ"): not in the template',
    how: 'PL-CB: before row 12 insert ["", "Cấp ủy thôn, tổ", 3, 9]',
    build: () => {
      const wb = annexWorkbook('PL-CB', PLCB_ROWS);
      insertRows(only(wb), 12, [undefined, text('Cấp ủy thôn, tổ'), num(3), num(9)]);
      return wb;
    },
    findings: [{ id: 'structure/row-unknown', cell: 'B12', severity: WARN }],
  },

  // ── Columns inserted or deleted ──────────────────────────────────────────────────────────
  {
    family: 'columns',
    description:
      'a "Ghi chú" column inserted inside the table (every row, the "(1) (2) …" row included): warned, and the other columns still read by their numbers',
    how: 'PL-II: insert a column before E in every row; E7 = "Ghi chú", E9 = "đã báo cáo"',
    build: () => {
      const wb = pl2();
      insertColumn(only(wb), 4, (r) => (r === 6 ? text('Ghi chú') : r === 8 ? text('đã báo cáo') : undefined));
      return wb;
    },
    findings: [{ id: 'structure/column-inserted', cell: 'E8', severity: WARN }],
    reads: [{ cell: 'G9', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'columns',
    description:
      'notes typed in a column beside the table — accepted on purpose: outside the numbered columns nothing is checked',
    how: 'PL-II: K8 empty, K9 = "số liệu ước tính"',
    build: () => pl2Raw('K9', text('số liệu ước tính')),
    findings: [],
  },
  {
    family: 'columns',
    description: 'column (6) "Số lượt người tham gia" deleted: error, the remaining columns still read',
    how: 'PL-II: delete column F in every row',
    build: () => {
      const wb = pl2();
      deleteColumn(only(wb), 5);
      return wb;
    },
    findings: [{ id: 'structure/column-missing', cell: 'A8', severity: ERR }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 0 } }],
  },

  // ── Header text edited, header rows removed ──────────────────────────────────────────────
  {
    family: 'header',
    description: 'a column header reworded ("Số người tham gia"): warning',
    how: 'PL-II D7 = "Số người tham gia"',
    build: () => pl2Raw('D7', text('Số người tham gia')),
    findings: [{ id: 'structure/header-changed', cell: 'D7', severity: WARN }],
  },
  {
    family: 'header',
    description:
      'a header pasted in decomposed Unicode (NFD) — accepted on purpose: the same label after NFC; an info says it was normalised',
    how: 'PL-II C7 = "Tổng số lớp".normalize("NFD")',
    build: () => pl2Raw('C7', text('Tổng số lớp'.normalize('NFD'))),
    findings: [{ id: 'text/normalized', cell: 'C7', severity: INFO }],
  },
  {
    family: 'header',
    description: 'the "(1) (2) (3) …" row deleted: the table cannot be found, said once',
    how: 'PL-II: row 8 removed',
    build: () => {
      const wb = pl2();
      deleteRow(only(wb), 8);
      return wb;
    },
    findings: [{ id: 'structure/header-row-missing', cell: 'A1', severity: ERR }],
  },
  {
    family: 'header',
    description: 'the Tổng row deleted: error',
    how: 'PL-II: row 10 removed',
    build: () => {
      const wb = pl2();
      deleteRow(only(wb), 10);
      return wb;
    },
    findings: [{ id: 'structure/total-row-missing', cell: 'A12', severity: ERR }],
  },

  // ── Annex sheets renamed, hidden, duplicated ─────────────────────────────────────────────
  {
    family: 'sheets',
    description: 'annex sheet renamed (the identity marker follows) — accepted on purpose: renaming is fine',
    how: 'PL-II sheet and marker renamed to "Báo cáo xã"',
    build: () => {
      const wb = pl2();
      only(wb).name = 'Báo cáo xã';
      wb.markers[0]!.sheetName = 'Báo cáo xã';
      return wb;
    },
    findings: [],
    reads: [{ cell: 'F9', sheet: 'Báo cáo xã', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'sheets',
    description:
      'annex copied into a new workbook without its marker and renamed — accepted on purpose: recognised by its title',
    how: 'PL-II sheet renamed to "Sheet1", markers []',
    build: () => {
      const wb = pl2();
      only(wb).name = 'Sheet1';
      wb.markers = [];
      return wb;
    },
    findings: [],
    annexes: ['Sheet1'],
  },
  {
    family: 'sheets',
    description: 'annex sheet hidden: the recipient may never see it',
    how: 'PL-II sheet visibility = "hidden"',
    build: () => {
      const wb = pl2();
      only(wb).visibility = 'hidden';
      return wb;
    },
    findings: [{ id: 'structure/hidden-annex', cell: '', severity: WARN }],
  },
  {
    family: 'sheets',
    description: 'annex sheet duplicated with Excel\'s "Move or Copy" (no marker on the copy): which one is real?',
    how: 'PL-II sheet + a structuredClone named "PL-II Đề án 1898 (2)" (only the original has a marker)',
    build: () => {
      const wb = pl2();
      wb.sheets.push({ ...structuredClone(only(wb)), name: `${S.pl2} (2)` });
      return wb;
    },
    findings: [{ id: 'structure/duplicate-annex', cell: '', severity: WARN, sheet: `${S.pl2} (2)` }],
  },
  {
    family: 'sheets',
    description: 'the same annex inserted twice with different data (two markers)',
    how: 'workbookOf two PL-II sheets "PL-II" and "PL-II (xã)"; markers PHULUC_PL_II and PHULUC_PL_II_2',
    build: () =>
      workbookOf(
        [
          { templateId: 'PL-II', sheet: annexSheet('PL-II', { '1': PL2_ROW }, SETTINGS, 'PL-II') },
          {
            templateId: 'PL-II',
            sheet: annexSheet('PL-II', { '1': { ...PL2_ROW, truyen_thong_nguoi: 900 } }, SETTINGS, 'PL-II (xã)'),
          },
        ],
        SETTINGS,
      ),
    findings: [{ id: 'structure/duplicate-annex', cell: '', severity: WARN, sheet: 'PL-II (xã)' }],
  },

  // ── Workbooks without annexes, settings ──────────────────────────────────────────────────
  {
    family: 'workbook',
    description: 'an empty workbook: one clear error, no crash',
    how: '{ sheets: [], markers: [] }',
    build: () => ({ sheets: [], markers: [] }),
    findings: [{ id: 'structure/unknown-workbook', cell: '', severity: ERR, sheet: '' }],
    annexes: [],
  },
  {
    family: 'workbook',
    description: 'a workbook with no annex (notes, numbers, an error cell, a date)',
    how: 'Sheet1 = [["ghi chú", 12], [#REF!, 2024-09-08]], markers []',
    build: () => ({
      sheets: [
        {
          name: 'Sheet1',
          cells: [
            [text('ghi chú'), num(12)],
            [
              { t: 'e', v: '#REF!' },
              { t: 'd', v: '2024-09-08' },
            ],
          ],
        },
      ],
      markers: [],
    }),
    findings: [{ id: 'structure/unknown-workbook', cell: '', severity: ERR, sheet: '' }],
    annexes: [],
  },
  {
    family: 'workbook',
    description: 'a marker left pointing at a deleted sheet, and only the settings sheet remains',
    how: `sheets [${SETTINGS_SHEET}], markers [PHULUC_PL_II → "Đã xóa"]`,
    build: () => ({
      sheets: [{ name: SETTINGS_SHEET, cells: [[text('{"reportYear":2024}')]] }],
      markers: [{ name: 'PHULUC_PL_II', templateId: 'PL-II', sheetName: 'Đã xóa' }],
    }),
    findings: [{ id: 'structure/unknown-workbook', cell: '', severity: ERR, sheet: '' }],
    annexes: [],
  },
  {
    family: 'workbook',
    description:
      'settings stored in the workbook are invalid (report year written in words): warned, defaults used, the annex still validated',
    how: 'PL-II workbook with settings { reportYear: "hai nghìn" }',
    build: () => ({ ...pl2(), settings: { reportYear: 'hai nghìn' } }),
    findings: [{ id: 'settings/invalid', cell: '', severity: WARN, sheet: '' }],
  },

  // ── Names ──
  {
    family: 'names',
    description:
      'TRUE where the locality belongs (a checkbox result pasted over the name): error, the row names nobody',
    how: 'PL-II B9 (Địa phương) = {t:"b", v:true}',
    build: () => pl2Raw('B9', { t: 'b', v: true }),
    findings: [{ id: 'text/name-not-text', cell: 'B9', severity: ERR }],
  },
  {
    family: 'names',
    description: 'a bare number as the issuer (the document number typed one column left): error',
    how: 'VB C7 (Cơ quan ban hành) = 91',
    build: () => vb({ co_quan: 91 }),
    findings: [{ id: 'text/name-not-text', cell: 'C7', severity: ERR }],
  },

  // ── Scale ────────────────────────────────────────────────────────────────────────────────
  {
    family: 'scale',
    description: 'a PL-II sheet with 100,000 data rows completes, and the one bad cell in the middle is found',
    how: 'PL-II row 9 repeated 100,000 times (rows 9–100008) for "Xã 1" … "Xã 100000", F50009 = "abc"',
    build: () => {
      const wb = pl2();
      const sheet = only(wb);
      const row = sheet.cells[8]!;
      const rows = Array.from({ length: 100_000 }, (_, i) =>
        row.map((c, j) => (j === 0 ? num(i + 1) : j === 1 ? text(`Xã ${i + 1}`) : c)),
      );
      rows[50_000]![5] = text('abc');
      sheet.cells[8] = rows[0]!;
      insertRows(sheet, 10, ...rows.slice(1));
      return wb;
    },
    findings: [{ id: 'type/not-a-number', cell: 'F50009', severity: ERR }],
    timed: true,
  },
  {
    family: 'scale',
    description: 'a VB sheet with 100,000 documents completes, and the one impossible date is found',
    how: 'VB rows 7–100006: n/KH-UBND dated in number order through 2023; F77783 = "31/02/2023"',
    build: () => {
      const wb = annexWorkbook('VB', { '1': vbRow(1) });
      const sheet = only(wb);
      // A real register: numbers rise with dates (about 274 documents a day through 2023). Dates
      // cycling through the year while numbers keep rising would put 99% of the register out of
      // date order — a true document/register-disorder, not what this case is about.
      const start = Date.UTC(2023, 0, 1);
      const day = (i: number) => Math.floor((i * 365) / 100_000);
      const rows = Array.from({ length: 100_000 }, (_, i): (RawCell | undefined)[] => [
        num(i + 1),
        text(`Kế hoạch thực hiện nhiệm vụ bình đẳng giới số ${i + 1}`),
        text('UBND thành phố'),
        text('Kế hoạch'),
        text(`${i + 1}/KH-UBND`),
        { t: 'd', v: new Date(start + day(i) * 86400000).toISOString().slice(0, 10) },
      ]);
      rows[77_776]![5] = text('31/02/2023');
      sheet.cells[6] = rows[0]!;
      insertRows(sheet, 8, ...rows.slice(1));
      return wb;
    },
    findings: [{ id: 'type/invalid-date', cell: 'F77783', severity: ERR }],
    timed: true,
  },

  // ── Unicode: NFD, zero-width and non-breaking spaces ─────────────────────────────────────
  {
    family: 'unicode',
    description: 'the "Tổng" label in NFD (pasted from a PDF) is still the total row: its typed wrong sum is checked',
    how: 'PL-II B10 = "Tổng".normalize("NFD"), F10 = 999 (typed over the formula)',
    build: () => {
      const wb = pl2();
      put(only(wb), 'B10', text('Tổng'.normalize('NFD')));
      put(only(wb), 'F10', num(999));
      return wb;
    },
    findings: [{ id: 'arithmetic/total-mismatch', cell: 'F10', severity: ERR }],
  },
  {
    family: 'unicode',
    description: 'a CLQG goal heading in NFD — accepted on purpose: the same heading after NFC, no unknown row',
    how: 'CLQG B9 = "MỤC TIÊU 1: TRONG LĨNH VỰC CHÍNH TRỊ".normalize("NFD"); 1.1 = 13/17',
    build: () => {
      const wb = clqg({ '1.1': { tu_so: 13, mau_so: 17 } });
      put(only(wb), 'B9', text('MỤC TIÊU 1: TRONG LĨNH VỰC CHÍNH TRỊ'.normalize('NFD')));
      return wb;
    },
    findings: [],
    reads: [{ cell: 'H10', as: { s: 'num', value: 13 } }],
  },
  {
    family: 'unicode',
    description: 'an indicator code with a zero-width space ("1.1\\u200B") — accepted on purpose: still indicator 1.1',
    how: 'CLQG A10 = "1.1\\u200B"; 1.1 = 13/17',
    build: () => {
      const wb = clqg({ '1.1': { tu_so: 13, mau_so: 17 } });
      put(only(wb), 'A10', text('1.1\u200B'));
      return wb;
    },
    findings: [],
    reads: [{ cell: 'I10', as: { s: 'num', value: 17 } }],
    also: (r) => expect(r.indicators.find((i) => i.id === '1.1')).toMatchObject({ value: 76.47 }),
  },
  {
    family: 'unicode',
    description: 'a row label with a non-breaking space — accepted on purpose, with an info that it was normalised',
    how: 'PL-CB B10 = "Cấp ủy\\u00A0cấp huyện"',
    build: () => {
      const wb = annexWorkbook('PL-CB', PLCB_ROWS);
      put(only(wb), 'B10', text('Cấp ủy\u00A0cấp huyện'));
      return wb;
    },
    findings: [{ id: 'text/normalized', cell: 'B10', severity: INFO }],
  },
  {
    family: 'unicode',
    description:
      '"1\\u00A0250" (non-breaking thousands space from Word) — accepted on purpose as 1250 with a number-as-text warning',
    how: 'PL-II F9 = text "1\\u00A0250"',
    build: () => pl2({ truyen_thong_nguoi: '1\u00A0250' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'unicode',
    description:
      '"1\\u200B250" (zero-width space inside a number) — accepted on purpose as 1250 with a number-as-text warning',
    how: 'PL-II F9 = text "1\\u200B250"',
    build: () => pl2({ truyen_thong_nguoi: '1\u200B250' }),
    findings: [{ id: 'type/number-as-text', cell: 'F9', severity: WARN }],
    reads: [{ cell: 'F9', as: { s: 'num', value: 1250 } }],
  },
  {
    family: 'unicode',
    description: 'document type "Kế hoạch" in NFD — accepted on purpose: the list value after NFC',
    how: 'VB D7 = "Kế hoạch".normalize("NFD")',
    build: () => vb({ loai: 'Kế hoạch'.normalize('NFD') }),
    findings: [],
  },

  {
    family: 'unicode',
    description:
      'the signature block pasted from Word with leading non-breaking and zero-width spaces is still the signature block, not two document rows',
    how: 'VB rows 19–20: every caption prefixed with "\\u00A0\\u00A0\\u200B\\u00A0"',
    build: () => {
      const wb = vb({});
      for (const row of only(wb).cells.slice(18))
        for (const c of row ?? []) if (c?.t === 's') c.v = `\u00A0\u00A0\u200B\u00A0${c.v}`;
      return wb;
    },
    findings: [],
  },

  // ── 30,000-character cells ───────────────────────────────────────────────────────────────
  {
    family: 'long-text',
    description:
      'a whole document pasted into the trích yếu cell (30,000 characters): warning, and the finding quotes only its beginning',
    how: 'VB B7 = 30,000 characters of text',
    build: () => vb({ noi_dung: 'Kế hoạch thực hiện công tác bình đẳng giới. '.repeat(700).slice(0, 30_000) }),
    findings: [{ id: 'type/text-too-long', cell: 'B7', severity: WARN }],
    also: (r) => {
      for (const f of r.findings) expect((f.value ?? '').length + f.message.length).toBeLessThan(1000);
    },
  },
  {
    family: 'long-text',
    description:
      '30,000 characters of words in a count cell: not a number (error) and too long (warning); messages stay short',
    how: 'PL-II J9 = 30,000 characters of text',
    build: () => pl2({ mo_hinh: 'không có mô hình nào được triển khai '.repeat(1000).slice(0, 30_000) }),
    findings: [
      { id: 'type/not-a-number', cell: 'J9', severity: ERR },
      { id: 'type/text-too-long', cell: 'J9', severity: WARN },
    ],
    also: (r) => {
      for (const f of r.findings) expect((f.value ?? '').length + f.message.length).toBeLessThan(1000);
    },
  },

  // ── Dates as text in the VB date column ──────────────────────────────────────────────────
  {
    family: 'dates',
    description:
      'date typed as text "8/9/2023" (d/m/yyyy) — accepted on purpose as 8 September 2023 (Vietnamese day-first order), with an info',
    how: 'VB F7 = text "8/9/2023"',
    build: () => vb({ ngay: '8/9/2023' }, LATER_THAN_8_SEPT),
    findings: [{ id: 'type/date-as-text', cell: 'F7', severity: INFO }],
    reads: [{ cell: 'F7', as: { s: 'date', iso: '2023-09-08' } }],
  },
  {
    family: 'dates',
    description: 'date typed as text "08-09-2023" (dd-mm-yyyy) — accepted on purpose as 8 September 2023, with an info',
    how: 'VB F7 = text "08-09-2023"',
    build: () => vb({ ngay: '08-09-2023' }, LATER_THAN_8_SEPT),
    findings: [{ id: 'type/date-as-text', cell: 'F7', severity: INFO }],
    reads: [{ cell: 'F7', as: { s: 'date', iso: '2023-09-08' } }],
  },
  {
    family: 'dates',
    description: 'date typed as text "2023-09-08" (ISO yyyy-mm-dd) — accepted on purpose, unambiguous, with an info',
    how: 'VB F7 = text "2023-09-08"',
    build: () => vb({ ngay: '2023-09-08' }, LATER_THAN_8_SEPT),
    findings: [{ id: 'type/date-as-text', cell: 'F7', severity: INFO }],
    reads: [{ cell: 'F7', as: { s: 'date', iso: '2023-09-08' } }],
  },
  {
    family: 'dates',
    description: 'an impossible date "31/02/2023": error',
    how: 'VB F7 = text "31/02/2023"',
    build: () => vb({ ngay: '31/02/2023' }),
    findings: [{ id: 'type/invalid-date', cell: 'F7', severity: ERR }],
    reads: [{ cell: 'F7', as: { s: 'bad' } }],
  },
  {
    family: 'dates',
    description: 'a month instead of a date ("tháng 9/2023"): error',
    how: 'VB F7 = text "tháng 9/2023"',
    build: () => vb({ ngay: 'tháng 9/2023' }),
    findings: [{ id: 'type/invalid-date', cell: 'F7', severity: ERR }],
  },

  // ── Document numbers with prefixes, stray spaces, trailing punctuation ──────────────────
  {
    family: 'doc-number',
    description: '"Số: 119/KH-BTV," (seed 000: prefix and trailing comma): warning with the cleaned value',
    how: 'VB E7 = "Số: 119/KH-BTV,"',
    build: () => vb({ so_ky_hieu: 'Số: 119/KH-BTV,' }),
    findings: [{ id: 'document/number-cleanup', cell: 'E7', severity: WARN }],
    also: (r) => expect(r.findings.find((f) => f.cell === 'E7')?.expected).toBe('119/KH-BTV'),
  },
  {
    family: 'doc-number',
    description: '"159/KH- UBND" (seed 000: stray space): warning with the cleaned value',
    how: 'VB E7 = "159/KH- UBND"',
    build: () => vb({ so_ky_hieu: '159/KH- UBND' }, { so_ky_hieu: '160/KH-UBND' }),
    findings: [{ id: 'document/number-cleanup', cell: 'E7', severity: WARN }],
    also: (r) => expect(r.findings.find((f) => f.cell === 'E7')?.expected).toBe('159/KH-UBND'),
  },
  {
    family: 'doc-number',
    description: '"91/KH-UBND." (trailing full stop): warning with the cleaned value',
    how: 'VB E7 = "91/KH-UBND."',
    build: () => vb({ so_ky_hieu: '91/KH-UBND.' }),
    findings: [{ id: 'document/number-cleanup', cell: 'E7', severity: WARN }],
    also: (r) => expect(r.findings.find((f) => f.cell === 'E7')?.expected).toBe('91/KH-UBND'),
  },

  // ── Not applicable, gaps, pending formulas ───────────────────────────────────────────────
  {
    family: 'not-applicable',
    description: 'seed 002 cấp tỉnh "-" — accepted on purpose: "-" means not applicable where PL-I allows it',
    how: 'PL-I C10 = "-", D10 = "-"',
    build: () => pl1({ hdnd_tinh_nu: '-', hdnd_tinh_tong: '-' }),
    findings: [],
    reads: [{ cell: 'C10', as: { s: 'na', text: '-' } }],
  },
  {
    family: 'not-applicable',
    description: '"–" (the en dash Word autocorrects "-" into) — accepted on purpose as not applicable',
    how: 'PL-I L10 = "–", M10 = "–"',
    build: () => pl1({ ld_tinh_nu: '–', ld_tinh_tong: '–' }),
    findings: [],
    reads: [{ cell: 'L10', as: { s: 'na' } }],
  },
  {
    family: 'not-applicable',
    description: '"-" in a PL-II count, which has no "not applicable": error',
    how: 'PL-II F9 = "-"',
    build: () => pl2({ truyen_thong_nguoi: '-' }),
    findings: [{ id: 'presence/na-not-allowed', cell: 'F9', severity: ERR }],
  },
  {
    family: 'not-applicable',
    description: 'seed 002 HĐND xã missing: both cells are gaps (never treated as 0)',
    how: 'PL-I I10, J10 empty',
    build: () => pl1({ hdnd_xa_nu: null, hdnd_xa_tong: null }),
    findings: [
      { id: 'presence/required', cell: 'I10', severity: ERR },
      { id: 'presence/required', cell: 'J10', severity: ERR },
    ],
  },
  {
    family: 'not-applicable',
    description:
      'a formula typed in a count cell with no cached result — accepted on purpose: its value is unknown until Excel recalculates, nothing is guessed',
    how: 'PL-II F9 = {t:"f", v:null, f:"=1000+250"}',
    build: () => pl2Raw('F9', { t: 'f', v: null, f: '=1000+250' }),
    findings: [],
    reads: [{ cell: 'F9', as: { s: 'pending', formula: '=1000+250' } }],
  },
];
