/**
 * Indicator statuses never contradict findings, and say what is missing: the value
 * ("Chưa có số liệu") or the target ("Chưa có chỉ tiêu"). Seed 000 values plus invented ones.
 */
import type { IndicatorResult } from '../report/schema';
import { singleAnnex, type AnnexData } from '../../../test/support/fixtures';
import type { ReportSettingsInput } from '../settings';
import { validateSnapshot } from './validate';

function run(data: AnnexData, settings: ReportSettingsInput = {}) {
  return validateSnapshot(singleAnnex('CLQG', data, { reportYear: 2024, ...settings }));
}

function result(data: AnnexData, id: string, settings: ReportSettingsInput = {}): IndicatorResult {
  return run(data, settings).indicators.find((i) => i.id === id)!;
}

describe('Không đánh giá được: the value has an error', () => {
  it('5.2b = 101 (seed 000 wrote "trên 100%"): an error, and neither Đạt against 95 nor against 85', () => {
    const r = run({ '5.2b': { ket_qua: 101, dia_phuong: 95 } });
    const f = r.findings.find((x) => x.indicatorId === '5.2b' && x.severity === 'error')!;
    expect(f.messageId).toBe('target/impossible-result');
    expect(r.indicators.find((i) => i.id === '5.2b')).toMatchObject({
      value: 101,
      localStatus: 'khong-danh-gia-duoc',
      nationalStatus: 'khong-danh-gia-duoc',
      localGap: null,
      nationalGap: null,
      causedBy: [
        { sheet: f.sheet, cell: f.cell, rule: 'target/impossible-result', messageId: 'target/impossible-result' },
      ],
    });
  });

  it.each([
    ['"trên 100%" (seed 000)', '5.2b', { ket_qua: 'trên 100%' }],
    ['105 % typed', '2.3', { ket_qua: 105 }],
    ['"27,59,03" malformed', '1.1', { ket_qua: '27,59,03' }],
    ['numerator above denominator (20/17)', '1.1', { tu_so: 20, mau_so: 17 }],
    ['a negative share', '2.1', { ket_qua: -5 }],
    ['a negative rate', '4.2', { ket_qua: -3 }],
  ])('%s', (_name, id, row) => {
    const i = result({ [id]: row }, id, { localTargets: [{ indicatorId: id, value: 50 }] });
    expect([i.localStatus, i.nationalStatus]).toEqual(['khong-danh-gia-duoc', 'khong-danh-gia-duoc']);
    expect(i.causedBy?.length).toBeGreaterThan(0);
  });

  it('a warning alone does not stop the judgement: 5.4a 12/18 typed "66,66" (text, truncated) is still judged', () => {
    const i = result({ '5.4a': { tu_so: 12, mau_so: 18, ket_qua: '66,66', dia_phuong: 10 } }, '5.4a');
    expect(i).toMatchObject({ value: 66.66, localStatus: 'dat', nationalStatus: 'dat' });
    expect(i.causedBy).toBeUndefined();
  });

  it('an unusual but possible value (sex ratio 135, outside 90–130: a warning) is judged: Chưa đạt', () => {
    const r = run({ '4.1': { ket_qua: 135, dia_phuong: 110 } });
    expect(r.findings.filter((f) => f.indicatorId === '4.1').map((f) => `${f.severity}:${f.messageId}`)).toEqual([
      'warning:domain/implausible',
    ]);
    const i = r.indicators.find((x) => x.id === '4.1')!;
    expect([i.localStatus, i.nationalStatus]).toEqual(['chua-dat', 'chua-dat']);
  });

  it('an impossible local target (150 %) makes only the local status unjudgeable', () => {
    const i = result({ '1.1': { tu_so: 13, mau_so: 17, dia_phuong: 150 } }, '1.1');
    expect(i).toMatchObject({ localStatus: 'khong-danh-gia-duoc', nationalStatus: 'dat', value: 76.47 });
    expect(i.causedBy).toEqual([expect.objectContaining({ rule: 'domain/implausible', cell: 'F10' })]);
  });
});

describe('Chưa có chỉ tiêu địa phương vs Chưa có số liệu', () => {
  it('1.1 13/17 with no local target: Chưa có chỉ tiêu (local), Đạt against the 2025 milestone', () => {
    const i = result({ '1.1': { tu_so: 13, mau_so: 17 } }, '1.1');
    expect(i).toMatchObject({
      value: 76.47,
      localTarget: null,
      localStatus: 'chua-co-chi-tieu',
      nationalStatus: 'dat',
      nationalYear: '2025',
    });
  });

  it('no value: Chưa có số liệu on both sides, target or not', () => {
    expect(result({}, '2.2', { localTargets: [{ indicatorId: '2.2', value: 30 }] })).toMatchObject({
      localStatus: 'chua-co-so-lieu',
      nationalStatus: 'chua-co-so-lieu',
    });
    expect(result({}, '2.2')).toMatchObject({ localStatus: 'chua-co-so-lieu', nationalStatus: 'chua-co-so-lieu' });
  });

  it('says which national milestone is compared: 2025 up to 2025, 2030 after', () => {
    expect(result({ '2.3': { ket_qua: 28 } }, '2.3', { reportYear: 2025 })).toMatchObject({
      nationalTarget: 27,
      nationalYear: '2025',
      nationalStatus: 'dat',
    });
    expect(result({ '2.3': { ket_qua: 28 } }, '2.3', { reportYear: 2026 })).toMatchObject({
      nationalTarget: 30,
      nationalYear: '2030',
      nationalStatus: 'chua-dat',
    });
  });

  it('a Có/Không indicator with no local target (4.4 "Có")', () => {
    expect(result({ '4.4': { ket_qua: 'Có' } }, '4.4')).toMatchObject({
      boolValue: true,
      localStatus: 'chua-co-chi-tieu',
      nationalStatus: 'dat',
    });
  });
});

describe('the 2011–2020 set (seed 003), chosen in the settings', () => {
  const old = { indicatorSet: 'clqg-2011-2020', reportYear: 2015 };

  it('computes all 25 indicators against the 2015 milestone, the 2020 one where 2015 has none', () => {
    const r = run({ '2.2': { ket_qua: 20 }, '1.1a': { ket_qua: 22 }, '4.1': { ket_qua: 112 } }, old);
    expect(r.indicators).toHaveLength(25);
    expect(r.indicators.find((i) => i.id === '2.2')).toMatchObject({
      nationalTarget: 10,
      nationalYear: '2015',
      nationalStatus: 'dat',
    });
    expect(r.indicators.find((i) => i.id === '1.1a')).toMatchObject({
      nationalTarget: 20,
      nationalYear: '2020',
      nationalStatus: 'dat',
    });
    expect(r.indicators.find((i) => i.id === '4.1')).toMatchObject({ nationalTarget: 113, nationalStatus: 'dat' });
  });

  it('says where the plan contradicts itself, naming which figure the verdict compares with', () => {
    const r = run({ '2.2': { ket_qua: 20 } }, old);
    const f = r.findings.filter((x) => x.messageId === 'target/set-conflict');
    expect(f.map((x) => x.indicatorId)).toEqual(['1.1a', '1.1b', '1.2', '1.3', '2.2', '3.2b', '6.2b']);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(f.find((x) => x.indicatorId === '2.2')!.message).toContain(
      'phần Mục tiêu cụ thể của Kế hoạch: năm 2015: từ 10 % trở lên, năm 2020: từ 30 % trở lên; bảng phụ lục của Kế hoạch: năm 2015: từ 30 % trở lên, năm 2020: từ 35 % trở lên',
    );
    expect(r.valid).toBe(true);
  });

  it('an empty 2011–2020 CLQG sheet has no structure finding and no error', () => {
    const r = run({}, old);
    expect(r.findings.filter((x) => x.severity === 'error' || x.rule.startsWith('structure/'))).toEqual([]);
  });
});
