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

/** Excel serial (1900 system) → ISO date. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}
