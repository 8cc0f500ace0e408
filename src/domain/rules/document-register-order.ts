/**
 * Family 8 — Documents: within one register (one issuer, one document type, one calendar year;
 * Party "…-KH/TU" and State "…/KH-UBND" numbering apart), numbers rise with dates. A number
 * lower than one issued earlier that year — or a later date with a lower number — is a warning
 * naming both rows. Numbering restarts each year. The same number twice belongs to
 * document/duplicate-number (a reused number, or the same document listed twice), not here.
 *
 * When several rows disagree, the fewest rows are blamed: those outside the longest run of
 * rising numbers (keeping the earliest rows), each with the nearest row it conflicts with — so
 * one mistyped number gives one warning, not one per later document.
 */
import { formatVnDate } from '../parse/date';
import { documentRows } from './lib/documents';
import { REGISTER_COLUMNS, registerEntry, type RegisterEntry } from './lib/registers';
import type { AnnexRule } from './types';

/**
 * Indices of a longest strictly rising run of numbers (entries sorted by date), earliest rows
 * kept. O(n log n): going backwards, best[L] is the highest first number of a rising run of
 * length L + 1 in the rows after i (strictly decreasing in L), found by binary search.
 */
export function risingRun(entries: readonly Pick<RegisterEntry, 'number'>[]): Set<number> {
  const longest = runLengths(entries);
  return earliestRun(entries, longest);
}

/**
 * longest[i]: the length of the longest rising run starting at i. Its own function, in typed
 * arrays: the loop is optimised on its own, and the code after it (the Set of kept rows) is
 * not reached by optimised loop code that never saw it run ("insufficient type feedback",
 * once per register per re-check).
 */
function runLengths(entries: readonly Pick<RegisterEntry, 'number'>[]): Int32Array {
  const n = entries.length;
  const longest = new Int32Array(n);
  const best = new Float64Array(n);
  let size = 0;
  for (let i = n - 1; i >= 0; i--) {
    const x = entries[i]!.number;
    // Longest run after i that can follow x: the largest L with best[L] > x.
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best[mid]! > x) lo = mid + 1;
      else hi = mid;
    }
    longest[i] = lo + 1;
    if (lo === size) best[size++] = x;
    else if (x > best[lo]!) best[lo] = x;
  }
  return longest;
}

/** The run's indices, earliest rows first: the first row of each length still wanted whose number rises. */
function earliestRun(entries: readonly Pick<RegisterEntry, 'number'>[], longest: Int32Array): Set<number> {
  const n = entries.length;
  let want = 0;
  for (let i = 0; i < n; i++) if (longest[i]! > want) want = longest[i]!;
  const keep = new Set<number>();
  let last = -Infinity;
  for (let i = 0; i < n && want > 0; i++) {
    if (longest[i] === want && entries[i]!.number > last) {
      keep.add(i);
      last = entries[i]!.number;
      want--;
    }
  }
  return keep;
}

/** More rows out of order than this in one register: one finding for the whole register. */
const MAX_NAMED = 10;

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export const documentRegisterOrder: AnnexRule = {
  id: 'document/register-order',
  family: 'document',
  description: 'Trong cùng sổ văn bản (cùng cơ quan, cùng loại, cùng năm), số văn bản tăng dần theo ngày ban hành.',
  defaultSeverity: 'warning',
  messages: ['document/register-order', 'document/register-disorder'],
  scope: 'annex',
  templates: ['VB'],
  // A row's register entry: its number, date, type and issuer.
  reads: REGISTER_COLUMNS,
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      // Each register's entries and the numbers listed in it (by the register's key).
      const registers = new Map<string, { list: RegisterEntry[]; numbers: Set<number> }>();
      for (const d of rows) {
        const e = registerEntry(d);
        if (!e || !d.hasNumberCell) continue;
        let r = registers.get(e.typeKey);
        if (!r) registers.set(e.typeKey, (r = { list: [], numbers: new Set() }));
        // A number already listed in this register is document/duplicate-number's to report.
        if (r.numbers.has(e.number)) continue;
        r.numbers.add(e.number);
        r.list.push(e);
      }
      for (const { list } of registers.values()) {
        if (list.length < 2) continue;
        const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.number - b.number));
        const keep = risingRun(sorted);
        const blamed = sorted.filter((_, i) => !keep.has(i));
        if (blamed.length > MAX_NAMED) {
          // Numbers and dates disagree throughout: one finding for the register, not one per row.
          const first = blamed.reduce((a, b) => (a.doc.row.row <= b.doc.row.row ? a : b));
          const rowsText = blamed
            .map((e) => e.doc.row.row + 1)
            .sort((a, b) => a - b)
            .slice(0, MAX_NAMED)
            .join(', ');
          ctx.report({
            messageId: 'document/register-disorder',
            row: first.doc.row.row,
            col: first.doc.numberCell!.col,
            value: first.doc.numberText,
            data: {
              count: blamed.length,
              total: sorted.length,
              rows: rowsText,
              type: first.type,
              year: first.year,
              issuer: first.issuer,
            },
          });
          continue;
        }
        sorted.forEach((e, i) => {
          if (keep.has(i) || !e.doc.hasNumberCell) return;
          // The nearest kept row it conflicts with: earlier with a higher number, or later with a lower one.
          let partner: RegisterEntry | undefined;
          for (const k of keep) {
            const o = sorted[k]!;
            const conflicts = (o.date < e.date && o.number > e.number) || (o.date > e.date && o.number < e.number);
            if (!conflicts) continue;
            if (!partner || Math.abs(days(o.date) - days(e.date)) < Math.abs(days(partner.date) - days(e.date)))
              partner = o;
          }
          if (!partner) return;
          const cell = e.doc.numberCell!;
          ctx.report({
            messageId: 'document/register-order',
            row: cell.row,
            col: cell.col,
            value: e.doc.numberText,
            data: {
              number: e.number,
              date: formatVnDate(e.date),
              higher: e.number > partner.number ? 1 : 0,
              otherNumber: partner.number,
              otherDate: formatVnDate(partner.date),
              other: partner.doc.row.row + 1,
              type: e.type,
              year: e.year,
              issuer: e.issuer,
            },
          });
        });
      }
    }
  },
};
