/** Dates typed as text: d/m/yyyy, dd-mm-yyyy, d.m.yyyy (Vietnamese order) and ISO yyyy-mm-dd. */
import { normalizeText } from '../text/normalize';

export type DateParse =
  | { ok: true; iso: string; year: number; month: number; day: number }
  | { ok: false; reason: 'empty' | 'malformed' | 'impossible' };

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function build(year: number, month: number, day: number): DateParse {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900 || year > 2200) {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, iso: isoDate(year, month, day), year, month, day };
}

export function parseDateText(input: string): DateParse {
  const s = normalizeText(input).replace(/^ngày\s+/i, '');
  if (s === '') return { ok: false, reason: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, reason: 'malformed' };
}

/** ISO → "26/07/2021" */
export function formatVnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Days from 1899-12-30 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
export const DATE1904_OFFSET = 1462;

/**
 * Excel serial → ISO date (time dropped), in the workbook's date system.
 *
 * The 1900 system counts a 29 February 1900 that never existed (Lotus 1-2-3's leap-year bug,
 * kept by Excel): serial 1 is 1900-01-01, 59 is 1900-02-28, 60 is the fictitious 29/02/1900
 * (read as 1900-02-28, the day it stands for in no calendar), 61 is 1900-03-01. Counting
 * from 1899-12-30 is right only from 61 on; below it, one day must be added. The 1904 system
 * (Excel for Mac before 2011, some files from it) counts from 1904-01-01 = 0, without the bug.
 */
export function excelSerialToIso(serial: number, date1904 = false): string {
  let s = Math.floor(serial);
  if (date1904) s += DATE1904_OFFSET;
  else if (s < 60) s += 1; // 60 (29/02/1900) stays 60, which is 1900-02-28 counted from 1899-12-30
  const d = new Date(Math.round((s - 25569) * 86400000));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial (1900 system, Excel's counting: 1900-02-28 is 59, 1900-03-01 is 61). */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Date.UTC(y, m - 1, d) / 86400000 + 25569;
  return days < 61 ? days - 1 : days;
}
