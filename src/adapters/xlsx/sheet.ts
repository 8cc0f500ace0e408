/**
 * One worksheet part → cells and merges, scanned as bytes (the hot path of reading: a sheet's
 * XML is never decoded as a whole; only the text of string cells and formulas is). Tolerant
 * like ../ooxml/xml.ts: namespace prefixes, cells and rows without `r`, attributes in either
 * quote, comments and processing instructions, CDATA values, a truncated part (it just ends).
 * A reference past Excel's grid throws DamagedSheet. Browser-safe, no dependency.
 */
import { rawCell, type RawCell, type SheetSnapshot } from '../../domain/sheet/workbook';
import { decodeEntities, xmlBool } from '../ooxml/xml';
import { excelSerialToIso } from '../../domain/parse/date';
import { shiftFormula } from './formula';

/** Excel's grid. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export class DamagedSheet extends Error {
  constructor(
    readonly kind: 'row' | 'column',
    readonly value: number,
  ) {
    super(`${kind} ${value}`);
    this.name = 'DamagedSheet';
  }
}

export interface Styles {
  /** cellXfs index → number format (undefined = General). */
  nf: (string | undefined)[];
  /** cellXfs index → the format shows a date. */
  date: boolean[];
}

export interface SheetContext {
  sst: string[];
  styles: Styles;
  date1904: boolean;
}

/** Excel's `_xHHHH_` escapes in strings (ST_Xstring): `_x000D_` → CR; `_x005F_` escapes "_". */
export function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A serial number as an ISO date in either date system, Excel's 1900 leap-year bug included. */
export function serialToIso(serial: number, date1904: boolean): string {
  return excelSerialToIso(serial, date1904);
}

const utf8 = new TextDecoder('utf-8');
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function latin1(b: Uint8Array, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** XML text bytes → string, entities decoded once. */
function textOf(b: Uint8Array, s: number, e: number): string {
  if (s >= e) return '';
  let ascii = true;
  let amp = false;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c === 38) amp = true;
  }
  const raw = ascii && e - s < 64 ? latin1(b, s, e) : utf8.decode(b.subarray(s, e));
  return amp || !ascii ? decodeEntities(raw) : raw;
}

/** A number written in XML: the exact fast path for plain decimals, Number() for the rest. NaN when not a number. */
function numberOf(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (b[i] === 45) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (dot) frac++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i === e && digits > 0 && digits <= 15) {
    // m < 10^15 and 10^frac are exact doubles: one division rounds exactly as Number() does.
    const v = frac ? m / POW10[frac]! : m;
    return neg ? -v : v;
  }
  const t = latin1(b, s, e).trim();
  return t === '' ? NaN : Number(t);
}

function isSpace(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Compares the bytes at `at` with an ASCII name. */
function is(b: Uint8Array, at: number, len: number, name: string): boolean {
  if (len !== name.length) return false;
  for (let i = 0; i < len; i++) if (b[at + i] !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * The scanner's current tag. `next()` moves to the next element tag (comments, processing
 * instructions and DOCTYPE skipped); text between tags is left for the caller to take.
 */
class Tags {
  /** Local name: bytes [ls, ls + len). */
  ls = 0;
  len = 0;
  closing = false;
  selfClosing = false;
  /** Attribute bytes [as, ae). */
  as = 0;
  ae = 0;
  /** Just after the tag's ">". */
  p = 0;
  /** Where the tag's "<" is. */
  lt = 0;
  constructor(readonly b: Uint8Array) {}

  next(): boolean {
    const b = this.b;
    const n = b.length;
    for (;;) {
      const lt = b.indexOf(60, this.p);
      if (lt < 0) {
        this.p = n;
        return false;
      }
      this.lt = lt;
      let q = lt + 1;
      const c0 = b[q];
      if (c0 === 33 || c0 === 63) {
        // A comment, CDATA (outside a value: skipped), a DOCTYPE, a processing instruction.
        let end: number;
        if (c0 === 33 && b[q + 1] === 45 && b[q + 2] === 45)
          end = indexOfSeq(b, String.fromCharCode(45, 45, 62), q + 3);
        else if (c0 === 33 && b[q + 1] === 91) end = indexOfSeq(b, ']]>', q);
        else end = b.indexOf(62, q);
        this.p = end < 0 ? n : end + 1;
        continue;
      }
      this.closing = c0 === 47;
      if (this.closing) q++;
      let ls = q;
      while (q < n) {
        const c = b[q]!;
        if (c === 62 || c === 47 || isSpace(c)) break;
        if (c === 58) ls = q + 1;
        q++;
      }
      this.ls = ls;
      this.len = q - ls;
      let e: number;
      if (this.closing) {
        e = b.indexOf(62, q);
        if (e < 0) e = n;
      } else {
        // The tag's end, skipping quoted attribute values (they may hold ">").
        e = q;
        let quote = 0;
        for (; e < n; e++) {
          const c = b[e]!;
          if (quote) {
            if (c === quote) quote = 0;
          } else if (c === 62) break;
          else if (c === 34 || c === 39) quote = c;
        }
      }
      this.selfClosing = e < n && b[e - 1] === 47;
      this.as = q;
      this.ae = this.selfClosing ? e - 1 : e;
      this.p = e < n ? e + 1 : n;
      if (this.len === 0) continue; // "<" that starts no tag
      return true;
    }
  }

  /** The attribute with that local name: [start, end) of its value, or -1. */
  attr(name: string): number {
    const b = this.b;
    const end = this.ae;
    let i = this.as;
    while (i < end) {
      while (i < end && isSpace(b[i])) i++;
      const ns = i;
      let ls = i;
      while (i < end) {
        const c = b[i]!;
        if (c === 61 || isSpace(c)) break;
        if (c === 58) ls = i + 1;
        i++;
      }
      const match = is(b, ls, i - ls, name);
      while (i < end && isSpace(b[i])) i++;
      if (b[i] !== 61) {
        if (i === ns) i++;
        continue;
      }
      i++;
      while (i < end && isSpace(b[i])) i++;
      const q = b[i];
      let vs: number;
      let ve: number;
      if (q === 34 || q === 39) {
        vs = i + 1;
        ve = b.indexOf(q, vs);
        if (ve < 0 || ve > end) ve = end;
        i = ve + 1;
      } else {
        vs = i;
        while (i < end && !isSpace(b[i])) i++;
        ve = i;
      }
      if (match) {
        this.vs = vs;
        return ve;
      }
    }
    return -1;
  }
  /** Start of the value found by the last attr(). */
  vs = 0;

  /** Text found by text(): bytes [ts, te); tc = it was CDATA (no entity to decode). */
  ts = 0;
  te = 0;
  tc = false;

  /** After an opening tag: takes the text up to the next tag (CDATA unwrapped) into ts/te/tc. */
  text(): void {
    const b = this.b;
    const s = this.p;
    if (b[s] === 60 && b[s + 1] === 33 && b[s + 2] === 91) {
      const e = indexOfSeq(b, ']]>', s);
      this.ts = s + 9;
      this.te = e < 0 ? b.length : e;
      this.tc = true;
      this.p = e < 0 ? b.length : e + 3;
      return;
    }
    let e = b.indexOf(60, s);
    if (e < 0) e = b.length;
    this.ts = s;
    this.te = e;
    this.tc = false;
    this.p = e;
  }

  /** The text taken by text(), decoded. */
  textString(): string {
    return this.tc ? utf8.decode(this.b.subarray(this.ts, this.te)) : textOf(this.b, this.ts, this.te);
  }

  /** Values of r, s and t of the <c> just opened, in one pass: [start, end) each, -1 when absent. */
  rS = -1;
  rE = -1;
  sS = -1;
  sE = -1;
  tS = -1;
  tE = -1;
  cellAttrs(): void {
    this.rE = this.sE = this.tE = -1;
    const b = this.b;
    const end = this.ae;
    let i = this.as;
    while (i < end) {
      while (i < end && isSpace(b[i])) i++;
      const ns = i;
      let ls = i;
      while (i < end) {
        const c = b[i]!;
        if (c === 61 || isSpace(c)) break;
        if (c === 58) ls = i + 1;
        i++;
      }
      const which = i - ls === 1 ? b[ls] : 0;
      while (i < end && isSpace(b[i])) i++;
      if (b[i] !== 61) {
        if (i === ns) i++;
        continue;
      }
      i++;
      while (i < end && isSpace(b[i])) i++;
      const q = b[i];
      let vs: number;
      let ve: number;
      if (q === 34 || q === 39) {
        vs = i + 1;
        ve = b.indexOf(q, vs);
        if (ve < 0 || ve > end) ve = end;
        i = ve + 1;
      } else {
        vs = i;
        while (i < end && !isSpace(b[i])) i++;
        ve = i;
      }
      if (which === 114 && this.rE < 0) {
        this.rS = vs;
        this.rE = ve;
      } else if (which === 115 && this.sE < 0) {
        this.sS = vs;
        this.sE = ve;
      } else if (which === 116 && this.tE < 0) {
        this.tS = vs;
        this.tE = ve;
      }
    }
  }

  /** After an opening tag that is not self-closing: skips to after its matching close. */
  skip(): void {
    const ls = this.ls;
    const len = this.len;
    const b = this.b;
    let depth = 1;
    while (this.next()) {
      if (this.len === len && sameName(b, this.ls, ls, len)) {
        if (this.closing) {
          if (--depth === 0) return;
        } else if (!this.selfClosing) depth++;
      }
    }
  }
}

/**
 * After the opening tag of a container that never nests in itself (dataValidations,
 * conditionalFormatting, extLst …): jumps to after its close "</name>" or "</prefix:name>",
 * looking only at each "<" (text and attribute values cannot hold a raw "<").
 */
function skipContainer(x: Tags): void {
  const b = x.b;
  const ls = x.ls;
  const len = x.len;
  for (let i = b.indexOf(60, x.p); i >= 0; i = b.indexOf(60, i + 1)) {
    if (b[i + 1] !== 47) continue;
    let k = i + 2;
    let j = k;
    while (j < k + 64 && b[j] !== 62 && b[j] !== 58) j++;
    if (b[j] === 58) k = j + 1;
    if (b[k + len] === 62 && sameName(b, k, ls, len)) {
      x.p = k + len + 1;
      return;
    }
  }
  x.p = b.length;
}

const SKIPPED = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'sheetPr',
  'sheetViews',
  'cols',
  'hyperlinks',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'ignoredErrors',
  'customProperties',
  'controls',
  'oleObjects',
  'tableParts',
  'picture',
  'drawing',
  'legacyDrawing',
  'autoFilter',
  'sortState',
  'phoneticPr',
];

/**
 * The tag at ls is one of SKIPPED. A loop, not `SKIPPED.some((n) => …)`: that closure over the
 * scanner's locals would keep them in a context, which the scan loop reads at every tag.
 */
function isSkipped(b: Uint8Array, ls: number, len: number): boolean {
  for (let i = 0; i < SKIPPED.length; i++) if (is(b, ls, len, SKIPPED[i]!)) return true;
  return false;
}

function sameName(b: Uint8Array, a: number, c: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (b[a + i] !== b[c + i]) return false;
  return true;
}

function indexOfSeq(b: Uint8Array, seq: string, from: number): number {
  const first = seq.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq.charCodeAt(k)) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

/** Cell types: what `t` says. */
const T = { Number: 0, Shared: 1, Inline: 2, Str: 3, Bool: 4, Error: 5, Date: 6 } as const;
type T = (typeof T)[keyof typeof T];

function typeOf(b: Uint8Array, s: number, e: number): T {
  const len = e - s;
  if (len === 1) {
    const c = b[s];
    return c === 115 ? T.Shared : c === 98 ? T.Bool : c === 101 ? T.Error : c === 100 ? T.Date : T.Number;
  }
  if (is(b, s, len, 'str')) return T.Str;
  if (is(b, s, len, 'inlineStr')) return T.Inline;
  return T.Number;
}

/** Reads one worksheet part (all of it in memory). */
export function readSheet(b: Uint8Array, name: string, ctx: SheetContext): SheetSnapshot {
  const scan = new SheetScanner(name, ctx);
  scan.push(b, true);
  return scan.end();
}

/**
 * Reads a worksheet part given in pieces as it inflates (push each, then end()): every piece is
 * scanned up to its last complete row ("</row>" or "</x:row>", which text and attribute values
 * cannot hold) and only the rest is kept for the next, so a sheet of 100 MB of XML is never whole
 * in memory. The same cells as readSheet over the whole part, however it is cut.
 */
export class SheetScanner {
  private readonly cells: (RawCell | undefined)[][] = [];
  private readonly merges: string[] = [];
  private readonly shared = new Map<string, { f: string; row: number; col: number }>();
  private rowIndex = -1;
  private colIndex = -1;
  private rowHadRef = false;
  private inSheetData = false;
  /** Bytes after the last complete row seen: [0, held) of `tail`. */
  private tail = new Uint8Array(0);
  private held = 0;

  constructor(
    readonly name: string,
    private readonly ctx: SheetContext,
  ) {}

  /** One piece; with `last`, the part's final one (scanned to its end at once). */
  push(piece: Uint8Array, last = false): void {
    if (last) {
      // Nothing to cut: scanned now when nothing is held, else with what is held by end().
      if (this.held === 0) this.scan(piece);
      else this.hold(piece);
      return;
    }
    if (this.held === 0) {
      const cut = safeRowEnd(piece, 0);
      if (cut > 0) this.scan(piece.subarray(0, cut));
      this.hold(piece.subarray(cut));
      return;
    }
    const before = this.held;
    this.hold(piece);
    const cut = safeRowEnd(this.tail.subarray(0, this.held), Math.max(0, before - 64));
    if (cut === 0) return;
    this.scan(this.tail.subarray(0, cut));
    this.tail.copyWithin(0, cut, this.held);
    this.held -= cut;
  }

  /** Scans what is left (the part's end: mergeCells …) and returns the sheet. */
  end(): SheetSnapshot {
    if (this.held > 0) this.scan(this.tail.subarray(0, this.held));
    this.held = 0;
    this.tail = new Uint8Array(0);
    const snap: SheetSnapshot = { name: this.name, cells: this.cells };
    if (this.merges.length) snap.merges = this.merges;
    return snap;
  }

  private hold(bytes: Uint8Array): void {
    const need = this.held + bytes.length;
    if (need > this.tail.length) {
      const grown = new Uint8Array(Math.max(need, this.tail.length * 2, 1 << 16));
      grown.set(this.tail.subarray(0, this.held));
      this.tail = grown;
    }
    this.tail.set(bytes, this.held);
    this.held = need;
  }

  /** Scans whole rows (and whatever comes before or after them). */
  private scan(b: Uint8Array): void {
    const { cells, merges, shared } = this;
    const { sst, styles, date1904 } = this.ctx;
    const x = new Tags(b);
    let rowIndex = this.rowIndex;
    let colIndex = this.colIndex;
    let rowHadRef = this.rowHadRef;
    let inSheetData = this.inSheetData;

    const setRow = (r: number) => {
      if (r >= MAX_ROWS) throw new DamagedSheet('row', r + 1);
      rowIndex = r;
      colIndex = -1;
    };

    while (x.next()) {
      const ls = x.ls;
      const len = x.len;
      if (x.closing) {
        if (is(b, ls, len, 'sheetData')) inSheetData = false;
        continue;
      }
      if (len === 1 && b[ls] === 99) {
        // <c>
        if (!inSheetData) {
          if (!x.selfClosing) x.skip();
          continue;
        }
        let r = rowIndex;
        let c = colIndex + 1;
        x.cellAttrs();
        const re = x.rE;
        if (re >= 0) {
          // "AB12": letters then digits ($ and lower case tolerated)
          let col = 0;
          let row = 0;
          let digits = 0;
          for (let i = x.rS; i < re; i++) {
            const ch = b[i]!;
            if (ch === 36) continue;
            const u = ch & ~32;
            if (digits === 0 && u >= 65 && u <= 90) col = col * 26 + (u - 64);
            else if (ch >= 48 && ch <= 57) {
              row = row * 10 + (ch - 48);
              digits++;
              if (row > 1e9) row = 1e9;
            } else break;
            if (col > 1e6) col = 1e6;
          }
          if (col > 0) c = col - 1;
          if (digits > 0) {
            const pr = row - 1;
            if (pr >= MAX_ROWS) throw new DamagedSheet('row', row);
            if (pr >= 0 && pr !== rowIndex && !rowHadRef) {
              // A <row> without r: its cells' references say which row it is.
              setRow(pr);
              rowHadRef = true;
            }
            if (pr >= 0) r = pr;
          }
        }
        if (r < 0) setRow((r = 0));
        if (c >= MAX_COLS) throw new DamagedSheet('column', c + 1);
        colIndex = c;
        if (x.selfClosing) continue;
        const type = x.tE >= 0 ? typeOf(b, x.tS, x.tE) : T.Number;
        const style = x.sE >= 0 ? numberOf(b, x.sS, x.sE) : 0;
        let vs = -1;
        let ve = -1;
        let vText: string | undefined;
        let f: string | undefined;
        let inline: string | undefined;
        while (x.next()) {
          const nl = x.len;
          const ns = x.ls;
          if (x.closing) {
            if (nl === 1 && b[ns] === 99) break;
            continue;
          }
          if (nl === 1 && b[ns] === 118) {
            // <v>
            if (x.selfClosing) continue;
            x.text();
            if (x.tc) vText = x.textString();
            else {
              vs = x.ts;
              ve = x.te;
            }
          } else if (nl === 1 && b[ns] === 102) {
            // <f>
            const ft = x.attr('t');
            const isShared = ft >= 0 && is(b, x.vs, ft - x.vs, 'shared');
            const sie = x.attr('si');
            const si = sie >= 0 ? latin1(b, x.vs, sie) : undefined;
            const hasRef = x.attr('ref') >= 0;
            let text = '';
            if (!x.selfClosing) {
              x.text();
              text = x.textString();
            }
            if (isShared && si !== undefined) {
              if (text !== '') {
                f = text;
                if (hasRef || !shared.has(si)) shared.set(si, { f: text, row: r, col: c });
              } else {
                const master = shared.get(si);
                if (master) f = shiftFormula(master.f, r - master.row, c - master.col);
              }
            } else if (text !== '') f = text;
          } else if (is(b, ns, nl, 'is')) {
            if (x.selfClosing) {
              inline = '';
              continue;
            }
            inline = '';
            while (x.next()) {
              if (x.closing) {
                if (is(b, x.ls, x.len, 'is')) break;
                continue;
              }
              if (x.len === 1 && b[x.ls] === 116) {
                if (x.selfClosing) continue;
                x.text();
                inline += x.textString();
              } else if (is(b, x.ls, x.len, 'rPh') && !x.selfClosing) x.skip();
            }
          } else if (!x.selfClosing) x.skip();
        }
        const raw = cellOf(type, b, vs, ve, vText, f, inline, style, styles, sst, date1904);
        if (raw) (cells[r] ??= [])[c] = raw;
      } else if (is(b, ls, len, 'row')) {
        if (!inSheetData) continue;
        const re = x.attr('r');
        const n = re >= 0 ? numberOf(b, x.vs, re) : NaN;
        rowHadRef = Number.isInteger(n) && n >= 1;
        if (rowHadRef) {
          if (n > MAX_ROWS) throw new DamagedSheet('row', n);
          setRow(n - 1);
        } else setRow(rowIndex + 1);
      } else if (is(b, ls, len, 'sheetData')) {
        inSheetData = !x.selfClosing;
        rowIndex = -1;
      } else if (is(b, ls, len, 'mergeCell')) {
        const re = x.attr('ref');
        if (re >= 0) merges.push(normalizeRange(latin1(b, x.vs, re)));
      } else if (!inSheetData && !x.selfClosing && isSkipped(b, ls, len)) skipContainer(x);
    }
    this.rowIndex = rowIndex;
    this.colIndex = colIndex;
    this.rowHadRef = rowHadRef;
    this.inSheetData = inSheetData;
  }
}

/**
 * Just after the last "</row>" that ends at or after `from` in b and is markup: not inside a
 * CDATA section or a comment (XML lets both hold "</row>"); 0 when none. Everything before b
 * was cut at such an end, so a section open in b opened in b.
 */
function safeRowEnd(b: Uint8Array, from: number): number {
  let cut = lastRowEnd(b, from);
  while (cut > 0) {
    const open = openSectionBefore(b, cut);
    if (open < 0) return cut;
    cut = lastRowEnd(b.subarray(0, open), from);
  }
  return 0;
}

/** Where a CDATA section or comment that is still open at `end` starts in b; -1 when none. Looks only at "<!". */
function openSectionBefore(b: Uint8Array, end: number): number {
  for (let i = b.indexOf(33); i >= 0 && i < end; i = b.indexOf(33, i + 1)) {
    if (i === 0 || b[i - 1] !== 60) continue;
    let close: number;
    if (b[i + 1] === 91) close = indexOfSeq(b, ']]>', i + 2);
    else if (b[i + 1] === 45 && b[i + 2] === 45) close = indexOfSeq(b, String.fromCharCode(45, 45, 62), i + 3);
    else continue; // <!DOCTYPE …>: nothing inside it is read as markup here
    if (close < 0 || close + 3 > end) return i - 1;
    i = close + 2;
  }
  return -1;
}

/** Just after the last "</row>" (or "</prefix:row>") that ends at or after `from` in b; 0 when none. */
function lastRowEnd(b: Uint8Array, from: number): number {
  for (let j = b.lastIndexOf(62); j >= from + 5; j = b.lastIndexOf(62, j - 1)) {
    if (b[j - 1] !== 119 || b[j - 2] !== 111 || b[j - 3] !== 114) continue;
    let k = j - 4;
    if (b[k] === 58) {
      // "</x:row>": back over the prefix.
      k--;
      while (k > 0 && k > j - 70 && b[k] !== 47 && b[k] !== 60 && b[k] !== 62 && !isSpace(b[k])) k--;
    }
    if (b[k] === 47 && b[k - 1] === 60) return j + 1;
  }
  return 0;
}

/** "a1:$c$2" → "A1:C2"; one cell "A1:A1" → "A1" (as exceljs reports merges). */
function normalizeRange(ref: string): string {
  const [a, b] = ref.replace(/\$/g, '').trim().toUpperCase().split(':');
  return !b || a === b ? a! : `${a}:${b}`;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})/;
const XL_PREFIX = /_xl(?:fn|ws)\./g;

/**
 * One cell of the snapshot. Every cell the reader makes has the same four fields in the same
 * order ({ t, v, f, nf }, the last two possibly undefined): cells of one shape keep the engine's
 * per-cell code monomorphic, where {t,v}, {t,v,nf}, {t,v,f} … deoptimised it at each new shape.
 * The <v> text is made only where a case needs it, without a closure (one would allocate a
 * context for every cell).
 */
function cellOf(
  type: T,
  b: Uint8Array,
  vs: number,
  ve: number,
  vText: string | undefined,
  f: string | undefined,
  inline: string | undefined,
  styleIndex: number,
  styles: Styles,
  sst: string[],
  date1904: boolean,
): RawCell | undefined {
  const nf = styles.nf[styleIndex] || undefined;
  const hasV = vs >= 0 || vText !== undefined;
  let t: RawCell['t'] | undefined;
  let v: string | number | boolean | null = null;
  switch (type) {
    case T.Shared: {
      const i = vText !== undefined ? Number(vText) : hasV ? numberOf(b, vs, ve) : NaN;
      const s = Number.isInteger(i) ? sst[i] : undefined;
      if (s !== undefined) {
        t = 's';
        v = s;
      }
      break;
    }
    case T.Inline:
      if (inline !== undefined || hasV) {
        t = 's';
        v = unescapeXstring(inline ?? vText ?? textOf(b, vs, ve));
      }
      break;
    case T.Str:
      if (hasV) {
        t = 's';
        v = unescapeXstring(vText ?? textOf(b, vs, ve));
      }
      break;
    case T.Bool:
      if (hasV) {
        t = 'b';
        v = xmlBool(vText ?? textOf(b, vs, ve));
      }
      break;
    case T.Error:
      if (hasV) {
        t = 'e';
        v = (vText ?? textOf(b, vs, ve)).trim();
      }
      break;
    case T.Date: {
      // ISO 8601 (strict OOXML, some producers): the date part.
      const text = hasV ? (vText ?? textOf(b, vs, ve)) : '';
      const m = ISO_DATE.exec(text);
      if (m) {
        t = 'd';
        v = `${m[1]}-${m[2]}-${m[3]}`;
      } else if (text.trim() !== '') {
        t = 's';
        v = text;
      }
      break;
    }
    default: {
      if (!hasV) {
        if (inline !== undefined) {
          t = 's';
          v = unescapeXstring(inline);
        }
        break;
      }
      const n = vText !== undefined ? (vText.trim() === '' ? NaN : Number(vText)) : numberOf(b, vs, ve);
      if (Number.isNaN(n)) {
        const text = vText ?? textOf(b, vs, ve);
        if (text.trim() !== '') {
          t = 's';
          v = text;
        }
      } else if (!Number.isFinite(n)) {
        t = 's';
        v = vText ?? textOf(b, vs, ve);
      } else if (styles.date[styleIndex] && n > 0 && n < 2958466) {
        t = 'd';
        v = serialToIso(n, date1904);
      } else {
        t = 'n';
        v = n;
      }
    }
  }
  // Excel writes newer functions as _xlfn.NAME (and _xlws.) and shows them without the prefix, as exceljs reads them.
  const bare = f === undefined ? undefined : f.indexOf('_xl') >= 0 ? f.replace(XL_PREFIX, '') : f;
  const formula = bare === undefined ? undefined : bare.startsWith('=') ? bare : `=${bare}`;
  if (t === undefined) {
    if (formula === undefined) return undefined;
    t = 'f';
  }
  return rawCell(t, v as RawCell['v'], formula, nf);
}
