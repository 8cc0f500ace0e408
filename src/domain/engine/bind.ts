/**
 * Finds a template's tables in a filled sheet, the way an officer left it: renamed, rows
 * inserted, notes beside the table, columns inserted or deleted. The "(1) (2) (3) …" row
 * anchors each table; fixed rows are matched by their key text, data rows by position.
 */
import { columnLetter } from '../sheet/address';
import type { RawCell, SheetSnapshot } from '../sheet/workbook';
import type { Column, Layout, Row, Table } from '../templates/schema';
import {
  isBlankText,
  KEY_EMPTY,
  KEY_UNKNOWN,
  looseKey,
  looseKeyStart,
  needsNormalization,
  normalizeText,
  textKey,
} from '../text/normalize';

export interface Draft {
  messageId: string;
  severity?: 'error' | 'warning' | 'info';
  row?: number;
  col?: number;
  value?: string;
  expected?: string;
  data?: Record<string, string | number>;
}

export interface BoundColumn {
  def: Column;
  /** Actual 0-based column, or -1 when the column is missing. */
  col: number;
}

export interface BoundRow {
  /** Layout row key ("1", "tong", "1.1") or "+<row>" for an unexpected sub/data row. */
  key: string;
  kind: 'data' | 'fixed' | 'total' | 'sub';
  row: number;
  def?: Row;
  /** For sub-rows: the fixed row they belong to. */
  parent?: string;
  label: string;
}

export interface BoundTable {
  table: Table;
  numberRow: number;
  cols: Map<string, BoundColumn>;
  rows: BoundRow[];
  /** First row after the table. */
  end: number;
}

/**
 * A bound row, always made here with every field (parent undefined when it has none): one
 * object shape for every row of every table, so the rules and the cell pass that read rows
 * stay monomorphic (literals with and without `parent` are two shapes).
 */
export function boundRow(
  key: string,
  kind: BoundRow['kind'],
  row: number,
  def: Row | undefined,
  parent: string | undefined,
  label: string,
): BoundRow {
  return { key, kind, row, def, parent, label };
}

/** A bound table, always made here (one shape; see boundRow). */
export function boundTable(
  table: Table,
  numberRow: number,
  cols: Map<string, BoundColumn>,
  rows: BoundRow[],
  end: number,
): BoundTable {
  return { table, numberRow, cols, rows, end };
}

export interface BindResult {
  tables: BoundTable[];
  findings: Draft[];
}

export function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.v === null) return '';
  return normalizeText(String(cell.v));
}

const FOOTER_KEYS = ['nguoi lap bieu', 'tm uy ban nhan dan', 'ky ghi ro ho ten'];

/** Spaces and zero-width characters (a pasted caption may start with them), by char code. */
function isBlankCode(c: number): boolean {
  // Printable ASCII first: almost every character asked about is one, and none is blank.
  if (c > 32 && c < 0xa0) return false;
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * "NG[UƯ]", "TM" or "K[YÝ]" (any case) within the first four characters after leading blanks
 * — the test `/NG[UƯ]|TM|K[YÝ]/i.test(v.replace(/^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/, '').slice(0, 4))`,
 * made without building strings (every text cell of every row goes through it) — except that
 * "NGU" or "NGƯ" followed by "y" ("Nguyễn …", most names) is no hint: no caption key starts so.
 */
function footerHint(v: string): boolean {
  let i = 0;
  while (i < v.length && isBlankCode(v.charCodeAt(i))) i++;
  const end = Math.min(v.length, i + 4);
  for (let j = i; j < end; j++) {
    const a = v.charCodeAt(j) | 0x20;
    const b = j + 1 < end ? v.charCodeAt(j + 1) : -1;
    if (a === 0x6e /* n */ && (b | 0x20) === 0x67 /* g */ && j + 2 < end) {
      const c = v.charCodeAt(j + 2);
      // U u Ư ư, not followed by y ("Nguyễn …", most names, never "Người …")
      if ((c === 0x55 || c === 0x75 || c === 0x1af || c === 0x1b0) && (v.charCodeAt(j + 3) | 0x20) !== 0x79)
        return true;
    }
    if (a === 0x74 /* t */ && (b | 0x20) === 0x6d /* m */) return true;
    if (a === 0x6b /* k */ && (b === 0x59 || b === 0x79 || b === 0xdd || b === 0xfd)) return true; // Y y Ý ý
  }
  return false;
}

/**
 * The text's loose key may start with a footer caption's key: its first key letter, when
 * looseKeyStart can tell it without making the key, is the first letter of one ("n", "t", "k").
 * Implied by isFooterKey(looseKey(v)), so testing it first changes no answer; it is the test
 * almost every text cell stops at ("Xã 1", "-", "1.250", "UBND huyện" after one character),
 * before footerHint's scan of the first four.
 */
function mayStartFooterKey(v: string): boolean {
  const first = looseKeyStart(v);
  return first === KEY_UNKNOWN || first === 0x6e /* n */ || first === 0x74 /* t */ || first === 0x6b; /* k */
}

/**
 * The key starts with a footer caption's key. A loop, not `FOOTER_KEYS.some((k) => …)`: a closure
 * over a local makes the function allocate its context on every call, before any early return
 * (isFooterCell runs for every cell of every row).
 */
function isFooterKey(key: string): boolean {
  for (let i = 0; i < FOOTER_KEYS.length; i++) if (key.startsWith(FOOTER_KEYS[i]!)) return true;
  return false;
}

/** A cell holding a footer caption ("Người lập biểu", "TM. Ủy ban nhân dân", "Ký, ghi rõ họ tên"). */
export function isFooterCell(c: RawCell | undefined): boolean {
  // Cheap filter first: footer captions are short and start with one of a few words.
  if (c === undefined || c.t !== 's' || c.v.length > 40 || !mayStartFooterKey(c.v) || !footerHint(c.v)) return false;
  return isFooterKey(looseKey(c.v));
}

/**
 * Text that may normalise to "(d)" for the digit code d: its first character after blanks is
 * "(", and it holds the digit and then ")" (normalisation only drops zero-width characters,
 * trims and merges blanks, and composes letters; nothing composes into "("). Every
 * row's first text cells go through this before any text is made of them.
 */
function couldReadNumber(v: string, digit: number): boolean {
  if (v.length < 3) return false;
  // "(" comes first after the blanks normalisation trims: names and captions stop here.
  let i = 0;
  while (i < v.length && isBlankCode(v.charCodeAt(i))) i++;
  if (v.charCodeAt(i) !== 0x28) return false;
  let open = false;
  let d = false;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x28) open = true;
    else if (c === digit) d = true;
    else if (c === 0x29) return open && d;
  }
  return false;
}

/** Row r is a column-number row "(1) (2) …" (starting in one of the first four columns). */
function isNumberRow(sheet: SheetSnapshot, r: number): boolean {
  const row = sheet.cells[r];
  if (!row) return false;
  for (let c = 0; c < Math.min(row.length, 4); c++) if (numberPairAt(row, c)) return true;
  return false;
}

/**
 * Cells c and c + 1 of a row read "(1)" and "(2)". Only text cells can (a number, date or
 * error never does), and only text holding the brackets and the digit: no text is made for
 * the others.
 */
function numberPairAt(row: SheetSnapshot['cells'][number], c: number): boolean {
  const a = row[c];
  if (a === undefined || a.t !== 's' || !couldReadNumber(a.v, 0x31)) return false;
  const b = row[c + 1];
  if (b === undefined || b.t !== 's' || !couldReadNumber(b.v, 0x32)) return false;
  return cellText(a) === '(1)' && cellText(b) === '(2)';
}

/**
 * Row r ends the table: it holds a footer caption, or (`numbers`) it is another table's
 * column-number row — some isFooterCell, or (numbers) isNumberRow(sheet, r), in one walk over
 * the row's cells, looking only at its text cells (every row of every table goes through it).
 */
export function endsTable(sheet: SheetSnapshot, r: number, numbers: boolean): boolean {
  const row = sheet.cells[r];
  if (!row) return false;
  for (let c = 0; c < row.length; c++) {
    const a = row[c];
    if (a === undefined || a.t !== 's') continue;
    const v = a.v;
    if (v.length <= 40 && mayStartFooterKey(v) && footerHint(v) && isFooterKey(looseKey(v))) return true;
    if (numbers && c < 4 && numberPairAt(row, c)) return true;
  }
  return false;
}

function findNumberRow(sheet: SheetSnapshot, from: number): number {
  for (let r = from; r < sheet.cells.length; r++) if (isNumberRow(sheet, r)) return r;
  return -1;
}

function bindColumns(
  sheet: SheetSnapshot,
  table: Table,
  numberRow: number,
  findings: Draft[],
): Map<string, BoundColumn> {
  const row = sheet.cells[numberRow] ?? [];
  const byNumber = new Map<number, number>();
  let last = -1;
  for (let c = 0; c < row.length; c++) {
    const m = /^\((\d{1,3})\)$/.exec(cellText(row[c]));
    if (m) {
      byNumber.set(Number(m[1]), c);
      last = c;
    }
  }
  const cols = new Map<string, BoundColumn>();
  table.columns.forEach((def, i) => {
    const at = byNumber.get(i + 1);
    cols.set(def.key, { def, col: at ?? -1 });
    if (at === undefined) {
      findings.push({
        messageId: 'structure/column-missing',
        severity: 'error',
        row: numberRow,
        data: { number: i + 1, header: def.header.join(' – ') },
      });
    }
  });
  // Anything between numbered columns that is not numbered was inserted.
  const used = new Set([...cols.values()].map((b) => b.col));
  for (let c = 0; c <= last; c++) {
    if (!used.has(c))
      findings.push({
        messageId: 'structure/column-inserted',
        severity: 'warning',
        row: numberRow,
        col: c,
        value: cellText(row[c]),
        data: { column: columnLetter(c) },
      });
  }
  return cols;
}

function checkHeaders(
  sheet: SheetSnapshot,
  table: Table,
  numberRow: number,
  cols: Map<string, BoundColumn>,
  findings: Draft[],
): void {
  const depth = Math.max(...table.columns.map((c) => c.header.length));
  for (const [i, def] of table.columns.entries()) {
    const b = cols.get(def.key)!;
    if (b.col < 0) continue;
    // Only the column's own label row: level (header.length - 1).
    const r = numberRow - depth + def.header.length - 1;
    const raw = sheet.cells[r]?.[b.col];
    const found = cellText(raw);
    const expected = def.header[def.header.length - 1]!;
    if (found === '') continue; // merged continuation or cleared: not a finding by itself
    if (textKey(found) !== textKey(expected) && looseKey(found) !== looseKey(expected)) {
      findings.push({
        messageId: 'structure/header-changed',
        severity: 'warning',
        row: r,
        col: b.col,
        value: found,
        expected,
        data: { found, expected, number: i + 1 },
      });
    } else if (raw && raw.t === 's' && needsNormalization(raw.v)) {
      findings.push({
        messageId: 'text/normalized',
        severity: 'info',
        row: r,
        col: b.col,
        value: raw.v,
        data: { found: raw.v },
      });
    }
  }
}

/** A cell that reads as '' (cellText), without building its text. */
function isBlankCell(c: RawCell | undefined): boolean {
  if (!c || c.v === null) return true;
  return c.t === 's' ? isBlankText(c.v) : String(c.v) === '';
}

/** No bound column of the row holds anything (`at`: the bound sheet columns). */
function rowIsEmpty(sheet: SheetSnapshot, r: number, at: readonly number[]): boolean {
  const row = sheet.cells[r];
  if (!row) return true;
  for (let k = 0; k < at.length; k++) if (!isBlankCell(row[at[k]!])) return false;
  return true;
}

/**
 * What a row's label and match texts make of it in a table, wherever the row is: the total row
 * ("Tổng …", when the table has a total row or no fixed rows) or a group heading (its label,
 * or its non-numeric match text beside a label). Made once per table definition.
 */
class RowMarks {
  private readonly groups: { label: string; match: string }[];
  /** First letters of the group labels' keys: the key is made only when a label could be one. */
  private readonly groupFirsts: Set<number>;
  private readonly totals: boolean;
  /** Some group is recognised by its match text: `of` reads the match text (otherwise it may be ''). */
  readonly readsMatch: boolean;

  constructor(table: Table) {
    this.groups = table.rows
      .filter((r) => r.kind === 'group')
      .map((g) => ({
        label: looseKey(String(g.cells[table.labelColumn] ?? '')),
        match: String(g.cells[table.matchColumn] ?? ''),
      }));
    this.groupFirsts = new Set(this.groups.map((g) => g.label.charCodeAt(0)));
    this.totals = table.rows.some((r) => r.kind === 'total') || !table.rows.some((r) => r.kind === 'fixed');
    this.readsMatch = this.groups.some((g) => g.match !== '' && !/^\d+$/.test(g.match));
  }

  of(labelText: string, matchText: string): 'total' | 'group' | undefined {
    // The key is made only when its first letter could start "tong" or a group label.
    const first = looseKeyStart(labelText);
    const labelKey = first === KEY_UNKNOWN || first === 0x74 || this.groupFirsts.has(first) ? looseKey(labelText) : '';
    const hasKey = first === KEY_UNKNOWN ? labelKey !== '' : first !== KEY_EMPTY;
    if (labelKey.startsWith('tong') && this.totals) return 'total';
    for (const { label: gl, match: gm } of this.groups)
      if (
        (gl !== '' && (labelKey === gl || (labelKey.length > 8 && gl.startsWith(labelKey)))) ||
        (gm !== '' && matchText === gm && hasKey && !/^\d+$/.test(gm))
      )
        return 'group';
    return undefined;
  }
}

const marksByTable = new WeakMap<Table, RowMarks>();

export function rowMarks(table: Table): RowMarks {
  let m = marksByTable.get(table);
  if (!m) marksByTable.set(table, (m = new RowMarks(table)));
  return m;
}

/** Keys of rows the layout does not list ("+<row>"), made once per sheet row (most data rows of a list are such rows). */
const EXTRA_ROW_KEYS: string[] = [];
const EXTRA_ROW_KEYS_KEPT = 1 << 16;

function extraRowKey(r: number): string {
  if (r >= EXTRA_ROW_KEYS_KEPT) return `+${r}`;
  return (EXTRA_ROW_KEYS[r] ??= `+${r}`);
}

export function bindTable(sheet: SheetSnapshot, table: Table, from: number, findings: Draft[]): BoundTable | undefined {
  const numberRow = findNumberRow(sheet, from);
  if (numberRow < 0) {
    findings.push({
      messageId: 'structure/header-row-missing',
      severity: 'error',
      row: from,
      // The table's printed caption when it has one; never its internal key.
      data: table.caption ? { table: table.caption } : {},
    });
    return undefined;
  }
  const cols = bindColumns(sheet, table, numberRow, findings);
  checkHeaders(sheet, table, numberRow, cols, findings);

  const fixed = table.rows.filter((r) => r.kind === 'fixed');
  const dataDefs = table.rows.filter((r) => r.kind === 'data');
  const totalDef = table.rows.find((r) => r.kind === 'total');
  const fixedByKey = new Map<string, Row>();
  for (const f of fixed) {
    const m = f.cells[table.matchColumn];
    if (m !== undefined) fixedByKey.set(looseKey(String(m)), f);
  }

  const marks = rowMarks(table);
  const bound: number[] = [];
  for (const b of cols.values()) if (b.col >= 0) bound.push(b.col);
  const labelCol = cols.get(table.labelColumn)?.col ?? -1;
  const matchCol = cols.get(table.matchColumn)?.col ?? -1;
  const readsMatch = fixed.length > 0 || marks.readsMatch;
  const rows: BoundRow[] = [];
  const seenFixed = new Set<string>();
  let lastFixed: string | undefined;
  let dataIndex = 0;
  let r = numberRow + 1;
  let end = sheet.cells.length;
  let sawTotal = false;
  for (; r < sheet.cells.length; r++) {
    if (endsTable(sheet, r, r > numberRow + 1)) {
      end = r;
      break;
    }
    if (rowIsEmpty(sheet, r, bound)) continue;
    const labelRaw = labelCol >= 0 ? sheet.cells[r]?.[labelCol] : undefined;
    const labelText = labelCol >= 0 ? cellText(labelRaw) : '';
    // The match text is read only where something reads it: fixed rows, or a group known by it.
    const matchText =
      matchCol < 0 || !readsMatch ? '' : matchCol === labelCol ? labelText : cellText(sheet.cells[r]?.[matchCol]);
    const role = marks.of(labelText, matchText);
    if (role === 'total') {
      if (totalDef) rows.push(boundRow(totalDef.key, 'total', r, totalDef, undefined, labelText));
      sawTotal = true;
      end = r + 1;
      break;
    }
    if (role === 'group') continue;
    if (fixed.length) {
      const f = fixedByKey.get(looseKey(matchText));
      if (f) {
        if (labelRaw && labelRaw.t === 's' && needsNormalization(labelRaw.v)) {
          findings.push({
            messageId: 'text/normalized',
            severity: 'info',
            row: r,
            col: cols.get(table.labelColumn)!.col,
            value: labelRaw.v,
            data: { found: labelRaw.v },
          });
        }
        if (seenFixed.has(f.key)) {
          rows.push(boundRow(extraRowKey(r), 'sub', r, f, f.key, labelText));
        } else {
          seenFixed.add(f.key);
          rows.push(boundRow(f.key, 'fixed', r, f, undefined, labelText));
        }
        lastFixed = f.key;
        continue;
      }
      const parent = lastFixed ? fixed.find((x) => x.key === lastFixed) : undefined;
      if (parent?.allowSubRows && matchText === '') {
        rows.push(boundRow(extraRowKey(r), 'sub', r, parent, parent.key, labelText));
        continue;
      }
      if (!table.repeatRows) {
        findings.push({
          messageId: 'structure/row-unknown',
          severity: 'warning',
          row: r,
          col: cols.get(table.matchColumn)?.col ?? 0,
          value: matchText || labelText,
          data: { label: matchText || labelText },
        });
        continue;
      }
    }
    const def = dataDefs[dataIndex] ?? dataDefs[dataDefs.length - 1];
    rows.push(boundRow(dataDefs[dataIndex]?.key ?? extraRowKey(r), 'data', r, def, undefined, labelText));
    dataIndex++;
  }
  if (totalDef && !sawTotal) {
    findings.push({
      messageId: 'structure/total-row-missing',
      severity: 'error',
      row: Math.min(r, sheet.cells.length),
      data: { label: String(totalDef.cells[table.labelColumn] ?? 'Tổng') },
    });
  }
  for (const f of fixed) {
    if (!seenFixed.has(f.key)) {
      findings.push({
        messageId: 'structure/row-missing',
        severity: 'error',
        row: numberRow,
        data: { label: `${f.cells[table.matchColumn] ?? ''} ${f.cells[table.labelColumn] ?? ''}`.trim() },
      });
    }
  }
  return boundTable(table, numberRow, cols, rows, end);
}

export function bindLayout(sheet: SheetSnapshot, layout: Layout): BindResult {
  const findings: Draft[] = [];
  const tables: BoundTable[] = [];
  let from = 0;
  for (const table of layout.tables) {
    const bound = bindTable(sheet, table, from, findings);
    if (bound) {
      tables.push(bound);
      from = bound.end;
    }
  }
  return { tables, findings };
}
