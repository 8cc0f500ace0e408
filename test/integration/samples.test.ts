/**
 * The samples (samples/settings.json + samples/data.json) reproduce the seed documents' real
 * values. Acceptance: validate reports the seed errors the spec lists at their cells, and no
 * error on the seed values that are right.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Finding, Report } from '../../src/domain/report/schema';
import { defaultSettings, type ReportSettings } from '../../src/domain/settings';
import type { WorkbookData } from '../../src/domain/templates/fill';
import { cellOf, tempDir, validateFile, writeAnnexWorkbook } from './helpers';

const root = path.join(__dirname, '..', '..', 'samples');
const settingsInput = JSON.parse(readFileSync(path.join(root, 'settings.json'), 'utf8'));
const data = JSON.parse(readFileSync(path.join(root, 'data.json'), 'utf8')) as WorkbookData;
const settings: ReportSettings = defaultSettings(settingsInput);

const tmp = tempDir();
let report: Report;
const sheetOf = new Map<string, string>();

beforeAll(async () => {
  const file = tmp.file('samples.xlsx');
  const { annexes } = await writeAnnexWorkbook(file, { settings: settingsInput, data });
  for (const a of annexes) sheetOf.set(a.templateId, a.sheetName);
  report = await validateFile(file);
});
afterAll(() => tmp.cleanup());

/** Findings at the cell of (template, row, column). */
function at(templateId: string, row: string, col: string): Finding[] {
  const cell = cellOf(templateId, settings, data[templateId] ?? {}, row, col);
  return report.findings.filter((f) => f.sheet === sheetOf.get(templateId) && f.cell === cell);
}
const ids = (fs: Finding[]) => fs.map((f) => `${f.severity}:${f.messageId}`);
const errorsAt = (t: string, r: string, c: string) => at(t, r, c).filter((f) => f.severity === 'error');

it('recognises all eight annexes with no structure problem', () => {
  expect(report.annexes.map((a) => a.templateId)).toEqual([
    'PL-I',
    'PL-CB',
    'PL-II',
    'PL-III',
    'KP',
    'CLQG',
    'KH',
    'VB',
  ]);
  expect(report.findings.filter((f) => f.rule.startsWith('structure/') || f.messageId.startsWith('internal/'))).toEqual(
    [],
  );
});

describe('PL-I (seed 002, TP. Cao Bằng)', () => {
  it('HĐND cấp xã missing: two gaps', () => {
    expect(ids(at('PL-I', '1', 'hdnd_xa_nu'))).toContain('error:presence/required');
    expect(ids(at('PL-I', '1', 'hdnd_xa_tong'))).toContain('error:presence/required');
  });
  it('no error on what the seed got right: 11/29 → 38 %, 12/13 → 92,3 %, 52/118 → 44 %, "-" for cấp tỉnh', () => {
    for (const c of [
      'hdnd_huyen_nu',
      'hdnd_huyen_tong',
      'hdnd_huyen_tl',
      'ld_huyen_tl',
      'ld_xa_tl',
      'hdnd_tinh_nu',
      'hdnd_tinh_tong',
      'ld_tinh_nu',
      'ld_tinh_tong',
    ]) {
      expect([c, errorsAt('PL-I', '1', c)]).toEqual([c, []]);
    }
    expect(
      report.findings.filter((f) => f.sheet === sheetOf.get('PL-I') && f.severity === 'error').map((f) => f.messageId),
    ).toEqual(['presence/required', 'presence/required']);
  });
});

describe('PL-CB (seed 001 §3, seed 000 §3a)', () => {
  it('HĐND thành phố 08/29 written "27,59,03%" over the formula: one error, restore the formula (8/29 = 27,59 %)', () => {
    const f = at('PL-CB', 'hdnd_huyen', 'ty_le');
    expect(ids(f)).toEqual(['error:type/malformed-ratio']);
    expect(f[0]!.message).toContain('8/29 = 27,59 %');
    expect(f[0]!.message).toContain('khôi phục công thức');
    expect(f[0]!.expected).toBe('27,59 %');
  });
  it('8/9 written 88,88 %: truncated, a warning (88,89 %)', () => {
    const f = at('PL-CB', 'ubnd_ld_pct_huyen', 'ty_le');
    expect(ids(f)).toContain('warning:arithmetic/percent-truncated');
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('right values and "-" are not errors', () => {
    for (const r of [
      'cap_uy_huyen',
      'cap_uy_xa',
      'hdnd_xa',
      'hdnd_ld_ct_xa',
      'ubnd_ld_ct_xa',
      'ubnd_ld_pct_xa',
      'cap_uy_tinh',
    ]) {
      for (const c of ['so_nu', 'tong_so', 'ty_le']) expect([r, c, errorsAt('PL-CB', r, c)]).toEqual([r, c, []]);
    }
  });
});

describe('PL-II (seed 002)', () => {
  it('0, 0, 5, 1250, 0, 0, 0, 0: no error', () => {
    expect(report.findings.filter((f) => f.sheet === sheetOf.get('PL-II') && f.severity === 'error')).toEqual([]);
  });
});

describe('PL-III (seed 002)', () => {
  it('six zeros for eight money columns: the two empty years are gaps', () => {
    expect(ids(at('PL-III', 'kp_1898.1', 'nam_2020'))).toContain('error:presence/required');
    expect(ids(at('PL-III', 'kp_1898.1', 'nam_2023'))).toContain('error:presence/required');
    expect(report.findings.filter((f) => f.sheet === sheetOf.get('PL-III') && f.severity === 'error')).toHaveLength(2);
  });
  it('table 2: 123, 0, 150, 0 — no error', () => {
    for (const c of ['ctmtqg_nam', 'khac_nam', 'ctmtqg_nhu_cau', 'khac_nhu_cau'])
      expect(errorsAt('PL-III', 'kp_ctmtqg.1', c)).toEqual([]);
  });
});

describe('CLQG (seed 000)', () => {
  const ind = (id: string) => report.indicators.find((i) => i.id === id)!;
  it('1.1: 13/17 = 76,47 % → Đạt', () => {
    expect(ind('1.1')).toMatchObject({
      value: 76.47,
      numerator: 13,
      denominator: 17,
      nationalStatus: 'dat',
      localStatus: 'dat',
    });
  });
  it('2.2: 36,25 % against < 30 % → Chưa đạt', () => {
    expect(ind('2.2')).toMatchObject({ value: 36.25, nationalStatus: 'chua-dat' });
  });
  it('2.3: 48/240 = 20 % → Đạt against the local 20 %, Chưa đạt against the national 27 %', () => {
    expect(ind('2.3')).toMatchObject({
      value: 20,
      localTarget: 20,
      localStatus: 'dat',
      nationalTarget: 27,
      nationalStatus: 'chua-dat',
    });
  });
  it('5.4a: 12/18 written "66,66" as text → one warning: text, not a number, and 66,67 % (rounded) to type', () => {
    const f = at('CLQG', '5.4a', 'ket_qua');
    expect(ids(f)).toEqual(['warning:type/number-as-text-ratio']);
    expect(f[0]!.message).toMatch(/chữ "66,66" \(không phải số\).*12\/18 = 66,67 % \(làm tròn, không cắt bớt\)/);
    expect(f[0]!.expected).toBe('66,67 %');
  });
  it('5.2b: "trên 100%" is impossible (an error)', () => {
    expect(ids(at('CLQG', '5.2b', 'ket_qua'))).toContain('error:target/impossible-result');
  });
  it('local targets less ambitious than national (5.4a 10 % vs 50 %, 5.4b 5 % vs 30 %) are warnings', () => {
    for (const id of ['5.4a', '5.4b']) {
      const f = report.findings.filter(
        (x) => x.messageId === 'target/less-ambitious' && x.indicatorId === id && x.sheet === sheetOf.get('CLQG'),
      );
      expect([id, f.map((x) => x.severity)]).toEqual([id, ['warning']]);
    }
  });
});

describe('KH (seed 004)', () => {
  it('4.3: baseline 55, target 56,3 on a decrease indicator → error', () => {
    const f = report.findings.filter((x) => x.messageId === 'target/against-direction' && x.indicatorId === '4.3');
    expect(f.map((x) => x.severity)).toContain('error');
  });
  it('6.3: "03 tin/quý" below the national 04 → warning', () => {
    expect(ids(at('KH', '6.3', 'nam_y'))).toContain('warning:target/sub-measure-lower');
  });
  it('6.4: "Cấp huyện 100; cấp xã 50" — two values in one cell', () => {
    expect(ids(at('KH', '6.4', 'nam_y')).some((x) => x.endsWith('target/two-values'))).toBe(true);
  });
  it('4.1: "108 bé trai/100 bé gái" is read, no error', () => {
    expect(errorsAt('KH', '4.1', 'nam_y')).toEqual([]);
    expect(errorsAt('KH', '4.1', 'ke_hoach')).toEqual([]);
  });
});

describe('VB (seed 000, 50 documents)', () => {
  it('row 9 has no type, number or date: three gaps', () => {
    for (const c of ['loai', 'so_ky_hieu', 'ngay']) expect(ids(at('VB', '9', c))).toContain('error:presence/required');
  });
  it('"159/KH- UBND" (stray space) and "Số: 119/KH-BTV," (prefix, trailing comma) → warnings with the cleaned number', () => {
    const a = at('VB', '13', 'so_ky_hieu').find((f) => f.messageId === 'document/number-cleanup');
    expect(a).toMatchObject({ severity: 'warning', expected: '159/KH-UBND' });
    const b = at('VB', '21', 'so_ky_hieu').find((f) => f.messageId === 'document/number-cleanup');
    expect(b).toMatchObject({ severity: 'warning', expected: '119/KH-BTV' });
  });
  it('rows 30 and 33: number 595 of UBND thành phố used twice in 2022 → error', () => {
    const f = [...at('VB', '30', 'so_ky_hieu'), ...at('VB', '33', 'so_ky_hieu')].filter(
      (x) => x.messageId === 'document/duplicate-number',
    );
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
  it('rows 47–48: 638/UBND-LĐTBXH in 2023 and again in 2024 is allowed (numbering restarts each year)', () => {
    expect([...errorsAt('VB', '47', 'so_ky_hieu'), ...errorsAt('VB', '48', 'so_ky_hieu')]).toEqual([]);
    expect(
      report.findings.filter((f) => f.messageId === 'document/duplicate-number' && /638/.test(f.value ?? '')),
    ).toEqual([]);
  });
  it('every date of the seed is inside the report period: no warning about it', () => {
    expect(report.findings.filter((f) => f.messageId === 'document/outside-period')).toEqual([]);
  });
});
