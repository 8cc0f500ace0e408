/**
 * Number formats: the built-in ids Excel does not write into styles.xml, and whether a format
 * shows a date. Browser-safe, no dependency.
 */

/**
 * Excel's built-in number formats by id (ECMA-376 Part 1, §18.8.30), spelled as exceljs spells
 * them (lib/xlsx/defaultnumformats.js) so both readers give cells the same `nf`.
 */
export const BUILTIN_NUM_FMTS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Built-in ids whose format depends on the locale and shows a date (the East Asian ids 27–36
 * and 50–58 that are dates, §18.8.30): no format text is known, the value is still a date.
 */
export const BUILTIN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

const dateFormatCache = new Map<string, boolean>();

/** True when a number format shows a date (d, m with d/y, y), not a time or a number. */
export function isDateFormat(nf: string | undefined): boolean {
  if (!nf || nf === 'General' || nf === '@') return false;
  let known = dateFormatCache.get(nf);
  if (known === undefined) {
    const bare = nf
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/\[[^\]]*\]/g, '')
      .split(';')[0]!;
    known = /[dy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
    dateFormatCache.set(nf, known);
  }
  return known;
}
