import { importKey, isDeputy, levelsOf, tokensOf, Weights, yearsConflict, yearsOf } from './text';

describe('import text keys', () => {
  it('spells out the abbreviations officers write', () => {
    expect(importKey('Số TT')).toBe('so thu tu');
    expect(importKey('STT')).toBe('so thu tu');
    expect(importKey('HĐND cấp huyện')).toBe('hoi dong nhan dan cap huyen');
    expect(importKey('Nữ DTTS')).toBe('nu dan toc thieu so');
    expect(importKey('SL')).toBe('so luong');
    expect(importKey('TL (%)')).toBe('ty le ty le');
    expect(importKey('UBND xã')).toBe('uy ban nhan dan xa');
    // NFD input (pasted from a PDF) reads the same as NFC.
    expect(importKey('Đơn vị'.normalize('NFD'))).toBe(importKey('Đơn vị'));
  });

  it('drops years and stop words from the tokens, keeps word pairs', () => {
    const t = tokensOf('Kinh phí được giao thực hiện giai đoạn 2018-2024');
    expect(t).toContain('kinh phi');
    expect(t).not.toContain('2018');
    expect(t).not.toContain('duoc');
  });

  it('reads years and ranges as facts', () => {
    expect(yearsOf('Kinh phí được giao thực hiện giai đoạn 2018-2024')).toEqual({ points: [], ranges: [[2018, 2024]] });
    expect(yearsOf('Nhu cầu kinh phí năm 2025').points).toEqual([2025]);
    expect(yearsConflict(yearsOf('Năm 2025'), yearsOf('Năm 2026'))).toBe(true);
    expect(yearsConflict(yearsOf('Năm 2025'), yearsOf('năm 2025'))).toBe(false);
    expect(yearsConflict(yearsOf('Kế hoạch giai đoạn (2021-2025)'), yearsOf('Kế hoạch giai đoạn (2026-2030)'))).toBe(
      true,
    );
    expect(yearsConflict(yearsOf('Ghi chú'), yearsOf('Năm 2026'))).toBe(false);
  });

  it('reads administrative levels with diacritics deciding', () => {
    expect(levelsOf('Đơn vị tính')).toEqual([]);
    expect(levelsOf('các cơ quan quản lý nhà nước')).toEqual([]);
    expect(levelsOf('Cấp thành phố')).toEqual(['huyen']);
    expect(levelsOf('Hội đồng nhân dân xã, phường')).toEqual(['xa']);
    expect(levelsOf('UBND thị xã')).toEqual(['huyen']);
    expect(levelsOf('Cấp tỉnh')).toEqual(['tinh']);
    expect(levelsOf('Cap huyen')).toEqual(['huyen']);
    expect(levelsOf('vùng sâu, vùng xa')).toEqual([]);
  });

  it('tells a deputy from a city', () => {
    expect(isDeputy('Hội đồng nhân dân thành phố')).toBe(false);
    expect(isDeputy('HĐND xã: Phó Chủ tịch')).toBe(true);
    expect(isDeputy('HDND thanh pho pho chu tich')).toBe(true);
    expect(isDeputy('HDND thanh pho chu tich')).toBe(false);
  });

  it('weights rare words more than common ones', () => {
    const labels = [
      tokensOf('Cấp huyện Số nữ'),
      tokensOf('Cấp huyện Tổng số'),
      tokensOf('Cấp xã Số nữ'),
      tokensOf('Cấp xã Tổng số'),
    ];
    const w = new Weights(labels);
    expect(w.dice(tokensOf('Cấp huyện Số nữ'), labels[0]!)).toBeCloseTo(1);
    expect(w.dice(tokensOf('huyện nữ'), labels[0]!)).toBeGreaterThan(w.dice(tokensOf('huyện nữ'), labels[3]!));
  });
});
