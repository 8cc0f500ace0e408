/**
 * What a cell holds after the officer types into it, and how a cell shows in the grid and in
 * the formula bar. The playground is honest about what it does NOT emulate:
 *
 *   - Numbers become numbers, read the way a Vietnamese (vi-VN) Excel reads them: "11", "-3",
 *     "92,3" (comma decimal), "1.250" and "1.250.000,5" (dot thousands groups).
 *   - Text starting with "=" becomes a formula; the playground computes the simple formulas the
 *     templates write (SUM, IF/AND/ISNUMBER/ROUND ratios), others have no result.
 *   - EVERYTHING ELSE IS STORED AS TEXT, exactly as typed: "38%", "11/29", "8/9", "15/08/2024",
 *     "27,59,03%", "TRUE". A real Excel turns some of these into percentages or dates (and which
 *     ones depends on the Windows region), so the playground does not guess.
 *   - A cell formatted as Text ("@") keeps any input as text, as in Excel.
 *   - Sheet protection is not enforced (annexes are protected without a password in Excel;
 *     officers unprotect them and type over formulas, which the validator must see too).
 */
import { formatVnNumber } from '../domain/parse/number';
import { formatVnDate } from '../domain/parse/date';
import { cellFormat, rawCell, type RawCell } from '../domain/sheet/workbook';

const PLAIN = /^[+-]?\d+(,\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/** "1.250,5" → 1250.5; undefined when the text is not a vi-VN number. */
export function parseViNumber(text: string): number | undefined {
  const t = text.trim();
  if (!PLAIN.test(t) && !GROUPED.test(t)) return undefined;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The cell Excel would store for `typed` (see the header for the rules). `nf` is the cell's
 * number format, which typing keeps. Empty input clears the cell (undefined).
 */
export function asExcelWouldStore(typed: string, nf?: string): RawCell | undefined {
  const format = cellFormat(nf);
  if (typed === '') return undefined;
  if (nf === '@') return rawCell('s', typed, undefined, format);
  if (typed.startsWith('=') && typed.length > 1) return rawCell('f', null, typed, format);
  const n = parseViNumber(typed);
  if (n !== undefined) return rawCell('n', n, undefined, format);
  return rawCell('s', typed, undefined, format);
}

/** What the formula bar shows for a cell: the formula, or the value as one would type it. */
export function editText(cell: RawCell | undefined): string {
  if (!cell) return '';
  if (cell.f) return cell.f;
  switch (cell.t) {
    case 'n':
      return formatVnNumber(cell.v, Math.min(10, decimals(cell.v))).replace(/\./g, '');
    case 'd':
      return formatVnDate(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    default:
      return String(cell.v ?? '');
  }
}

function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  if (s.includes('e')) return 10;
  return s.length - s.indexOf('.') - 1;
}

/** Digits after the decimal point a number format asks for ("0.00" → 2, "#,##0" → 0). */
function formatDecimals(nf: string): number | undefined {
  const section = nf.split(';')[0]!.replace(/"[^"]*"/g, '');
  if (!/[0#]/.test(section)) return undefined;
  const dot = section.indexOf('.');
  if (dot < 0) return 0;
  return (section.slice(dot + 1).match(/[0#]/g) ?? []).length;
}

/** The text a cell shows in the grid, formatted the vi-VN way ("1.250", "37,93", "15/08/2024"). */
export function displayText(cell: RawCell | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n': {
      const nf = cell.nf && cell.nf !== 'General' && cell.nf !== '@' ? cell.nf : undefined;
      if (nf && /%/.test(nf)) {
        const d = formatDecimals(nf.replace(/%/g, '')) ?? 0;
        return `${formatVnNumber(cell.v * 100, d)}%`;
      }
      const d = nf ? formatDecimals(nf) : undefined;
      if (d !== undefined) {
        const text = formatVnNumber(cell.v, d);
        return /[#0],[#0]/.test(nf!) ? text : text.replace(/\./g, '');
      }
      return formatVnNumber(cell.v, Math.min(decimals(cell.v), 9)).replace(/\./g, '');
    }
    case 'd':
      return formatVnDate(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'f':
      return '';
    default:
      return String(cell.v);
  }
}

/** Numbers, dates and booleans sit on the right of their cell, text on the left (Excel's "General"). */
export function defaultAlign(cell: RawCell | undefined): 'left' | 'right' | 'center' {
  if (!cell) return 'left';
  if (cell.t === 'n' || cell.t === 'd') return 'right';
  if (cell.t === 'b' || cell.t === 'e') return 'center';
  return 'left';
}
