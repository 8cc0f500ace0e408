/**
 * Sheets the add-in and the CLI write themselves — the check report ("Kết quả kiểm tra"), the
 * comparison with last year, aggregation's submission status — recognised by their title in the
 * first rows (so a renamed copy is still ours). They are never taken for a hand-made annex.
 */
import { REPORT_SHEET } from '../messages';
import { STATUS_SHEET } from '../messages/aggregate';
import { COMPARE_SHEET } from '../messages/compare';
import type { SheetSnapshot } from '../sheet/workbook';

const key = (text: string) => text.normalize('NFC').trim().toUpperCase();
const OWN_TITLES = new Set([REPORT_SHEET.title, COMPARE_SHEET.title, STATUS_SHEET.title].map(key));
/** How many rows from the top a title may sit in. */
const TITLE_ROWS = 4;

export function isOwnOutputSheet(sheet: SheetSnapshot): boolean {
  for (let r = 0; r < Math.min(TITLE_ROWS, sheet.cells.length); r++) {
    for (const c of sheet.cells[r] ?? []) if (c?.t === 's' && OWN_TITLES.has(key(c.v))) return true;
  }
  return false;
}
