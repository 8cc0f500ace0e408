import { excelSerialToIso, formatVnDate, isoToExcelSerial, parseDateText } from './date';

describe('parseDateText', () => {
  it.each([
    ['26/7/2021', '2021-07-26'],
    ['09-02-2021', '2021-02-09'],
    ['2024-04-26', '2024-04-26'],
    ['ngày 13/4/2022', '2022-04-13'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text)).toMatchObject({ ok: true, iso }));

  it('rejects impossible dates', () => {
    expect(parseDateText('31/02/2023')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateText('29/02/2023')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateText('13/13/2023')).toEqual({ ok: false, reason: 'impossible' });
  });
  it('rejects what is not a date', () => {
    expect(parseDateText('tháng 8')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseDateText('')).toEqual({ ok: false, reason: 'empty' });
  });
  it('converts Excel serials both ways', () => {
    expect(excelSerialToIso(45543)).toBe('2024-09-08');
    expect(isoToExcelSerial('2024-09-08')).toBe(45543);
    expect(formatVnDate('2021-07-26')).toBe('26/07/2021');
  });
  it('counts serials up to 60 as Excel does (its fictitious 29/02/1900)', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(31)).toBe('1900-01-31');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45543.75)).toBe('2024-09-08');
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '2024-02-29'])
      expect(excelSerialToIso(isoToExcelSerial(iso))).toBe(iso);
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
  });
  it('reads the 1904 date system', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(59, true)).toBe('1904-02-29');
    expect(excelSerialToIso(45543 - 1462, true)).toBe('2024-09-08');
  });
});
