/**
 * Family 6 — Consistency: the same locality/unit twice in one table (PL-I, PL-II, PL-III, KP)
 * or the same indicator twice in CLQG, with different numbers — which one is right?
 * Rows that agree wherever both have a value are not reported (a copy is not a conflict).
 */
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import type { Reading } from '../engine/read-cell';
import { textKey } from '../text/normalize';
import type { AnnexRule } from './types';

const NUMERIC = new Set(['count', 'money', 'decimal', 'percent']);

/** A comparable form of a reading; undefined for an empty cell. */
function valueKey(r: Reading): string | undefined {
  switch (r.s) {
    case 'empty':
    case 'pending':
      return undefined;
    case 'num':
      return `n:${Math.round(r.value * 1e9) / 1e9}`;
    case 'na':
      return 'na';
    case 'frac':
      return `f:${r.num}/${r.den}`;
    case 'date':
      return `d:${r.iso}`;
    case 'bool':
      return `b:${r.value}`;
    case 'err':
      return `e:${r.code}`;
    default:
      return `t:${textKey(r.text)}`;
  }
}

/**
 * Locality names compared without case, punctuation or spacing differences ("TP. Cao Bằng" =
 * "TP Cao Bằng"). `label` is a bound row's label, already normalised by binding (cellText):
 * only its case is folded here (textKey without normalising twice).
 */
function nameKey(label: string): string {
  const k = label.toLowerCase();
  // Most names are letters and digits with single spaces already: no new string.
  return isPlainName(k) ? k : k.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const PLAIN_NAME = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

/**
 * PLAIN_NAME.test(k), by char codes for the letters Vietnamese names are written in (ASCII
 * letters and digits, Latin-1 and Latin Extended letters, U+1E00–U+1EFF) with single spaces;
 * any other character asks the regular expression (every row's name goes through this).
 */
export function isPlainName(k: string): boolean {
  const n = k.length;
  if (n === 0) return false;
  let space = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x1e00 && c <= 0x1eff)
    )
      continue;
    return PLAIN_NAME.test(k);
  }
  return !space; // no trailing space
}

function differs(annex: AnnexView, table: BoundTable, a: BoundRow, b: BoundRow): boolean {
  for (const c of table.table.columns) {
    if (!NUMERIC.has(c.kind)) continue;
    if (!c.input && !c.ratio) continue;
    // Readings straight from the column cache: no cell object per comparison.
    const column = annex.column(table, c.key);
    if (!column) continue;
    const x = column.reading(a.row - column.first);
    const y = column.reading(b.row - column.first);
    if (x.s === 'num' && x.formula) continue; // computed from the row itself
    const kx = valueKey(x);
    const ky = valueKey(y);
    if (kx !== undefined && ky !== undefined && kx !== ky) return true;
  }
  return false;
}

/** A row whose name (or indicator) an earlier row of the table already has. */
interface SameName {
  first: BoundRow;
  row: BoundRow;
  key: string;
  label: string;
  col: number | undefined;
}

/**
 * The rows of a table that repeat an earlier row's name, in row order, kept per bound table
 * with the labels they were found from: a re-check whose labels are the same (the same
 * strings) reuses them instead of keying every row again.
 */
const sameNamesOf = new WeakMap<BoundTable, { clqg: boolean; labels: string[]; found: SameName[] }>();

/** Each row's key (undefined for rows that take no part) and its column, into `keys` and `cols`; the number keyed. */
function keyRows(table: BoundTable, clqg: boolean, keys: (string | undefined)[], cols: (number | undefined)[]): number {
  const rows = table.rows;
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    keys[i] = undefined;
    if (clqg) {
      const id = row.def?.indicatorId;
      if (!id || (row.kind !== 'fixed' && row.kind !== 'sub')) continue;
      keys[i] = id;
      cols[i] = table.cols.get(table.table.matchColumn)?.col;
    } else {
      if (row.kind !== 'data') continue;
      const b = table.cols.get(table.table.labelColumn);
      if (!b || b.col < 0) continue;
      const key = nameKey(row.label); // the label cell's text, as binding read it
      if (key === '') continue;
      keys[i] = key;
      cols[i] = b.col;
    }
    n++;
  }
  return n;
}

/** A 31-bit FNV-1a hash of a key's char codes. */
function keyHash(k: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

/**
 * The rows that repeat an earlier row's key, in row order, each with the first row of that key's
 * index in `firstOf`. The keys go into a table of row indices addressed by their hash (open
 * addressing, an Int32Array twice the rows): a row whose key is there already repeats that
 * row. No map of every key (it allocated a megabyte per validation) and no sort of the rows
 * by key (45.000 string comparisons for 3.800 names, or a sort of numbers).
 */
function repeatedRows(keys: readonly (string | undefined)[], n: number, firstOf: Int32Array): number[] {
  const later: number[] = [];
  if (n < 2) return later;
  let size = 4;
  while (size < 2 * n) size <<= 1;
  const mask = size - 1;
  // Row index + 1 per slot; 0: empty.
  const slots = new Int32Array(size);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    let h = keyHash(key) & mask;
    for (;;) {
      const at = slots[h]!;
      if (at === 0) {
        slots[h] = i + 1;
        break;
      }
      if (keys[at - 1] === key) {
        firstOf[i] = at - 1;
        later.push(i);
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return later;
}

/** The labels a table's rows were keyed from (sameNames keeps them to tell a re-check whose labels are the same). */
function labelsOf(rows: readonly BoundRow[]): string[] {
  const out = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i]!.label;
  return out;
}

/**
 * Small functions each with its own loops: code after an optimised loop in one function was
 * deoptimised at every table (no type feedback there yet) and compiled again.
 */
function sameNames(annex: AnnexView, table: BoundTable): SameName[] {
  const clqg = annex.templateId === 'CLQG';
  const rows = table.rows;
  const kept = sameNamesOf.get(table);
  if (kept && kept.clqg === clqg && sameLabels(rows, kept.labels)) return kept.found;
  const keys: (string | undefined)[] = new Array(rows.length);
  const cols: (number | undefined)[] = new Array(rows.length);
  const n = keyRows(table, clqg, keys, cols);
  const firstOf = new Int32Array(rows.length);
  const later = repeatedRows(keys, n, firstOf);
  const found: SameName[] = new Array(later.length);
  for (let k = 0; k < later.length; k++) {
    const i = later[k]!;
    const row = rows[i]!;
    found[k] = { first: rows[firstOf[i]!]!, row, key: keys[i]!, label: clqg ? keys[i]! : row.label, col: cols[i] };
  }
  sameNamesOf.set(table, { clqg, labels: labelsOf(rows), found });
  return found;
}

/** The rows' labels are the same strings as those kept. */
function sameLabels(rows: readonly BoundRow[], labels: readonly string[]): boolean {
  if (labels.length !== rows.length) return false;
  for (let i = 0; i < rows.length; i++) if (rows[i]!.label !== labels[i]) return false;
  return true;
}

export const consistencyDuplicateRow: AnnexRule = {
  id: 'consistency/duplicate-row',
  family: 'consistency',
  description: 'Cùng một địa phương/đơn vị (hoặc cùng một chỉ tiêu) được ghi hai lần với số liệu khác nhau.',
  defaultSeverity: 'warning',
  messages: ['consistency/duplicate-row'],
  scope: 'annex',
  templates: ['PL-I', 'PL-II', 'PL-III', 'KP', 'CLQG'],
  check(annex, ctx) {
    for (const table of annex.tables) {
      for (const d of sameNames(annex, table)) {
        if (!differs(annex, table, d.first, d.row)) continue;
        ctx.report({
          messageId: 'consistency/duplicate-row',
          row: d.row.row,
          col: d.col !== undefined && d.col >= 0 ? d.col : 0,
          value: d.label,
          indicatorId: annex.templateId === 'CLQG' ? d.key : undefined,
          data: {
            label: d.label,
            rows: `${d.first.row + 1}, ${d.row.row + 1}`,
            firstRow: d.first.row + 1,
            ...(annex.templateId === 'CLQG' ? { indicator: d.key } : {}),
          },
        });
      }
    }
  },
};
