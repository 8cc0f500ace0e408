/**
 * A small evaluator for the formulas the templates write (IF/AND/ISNUMBER/ROUND ratios,
 * SUM totals, Đạt/Chưa đạt status), so a written workbook carries cached results: viewers
 * and converters that do not recalculate (previews, LibreOffice with recalculation off)
 * show numbers, and reading the file back sees what Excel would have saved.
 * Anything it does not understand yields `undefined` (no cached value) — never a guess.
 */

/**
 * Functions newer than Excel 2007 are stored in the file with the "_xlfn." prefix (ECMA-376
 * future functions); without it Excel and LibreOffice show #NAME?. Formulas in plans and in
 * Office.js use the plain name.
 */
const FUTURE_FUNCTIONS = /(?<![\w.])(NUMBERVALUE)\(/g;

/** A plan formula as written into an .xlsx file. */
export function toFileFormula(formula: string): string {
  return formula.replace(FUTURE_FUNCTIONS, '_xlfn.$1(');
}

/** A formula read from an .xlsx file, as plans and Office.js write it. */
export function fromFileFormula(formula: string): string {
  return formula.replace(/_xlfn\./g, '');
}

export type FValue = number | string | boolean | null | { error: string };
type Val = FValue | FValue[];

/** Reads a cell's value (literal or evaluated formula) by 0-based row/col. */
export type CellLookup = (row: number, col: number) => FValue | undefined;

class Unsupported extends Error {}

const ERR = (code: string) => ({ error: code });
const isErr = (v: unknown): v is { error: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;

type Tok =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'ref'; v: string }
  | { k: 'id'; v: string }
  | { k: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new Unsupported('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j++;
      }
      out.push({ k: 'str', v: s });
      i = j + 1;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ k: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?![A-Za-z0-9_(])/.exec(src.slice(i));
    if (ref) {
      out.push({ k: 'ref', v: ref[0].replace(/\$/g, '').toUpperCase() });
      i += ref[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: 'id', v: id[0].toUpperCase() });
      i += id[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      out.push({ k: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/&=<>(),:%'.includes(ch)) {
      out.push({ k: 'op', v: ch });
      i++;
      continue;
    }
    throw new Unsupported(`character ${ch}`);
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]!) };
}

function roundHalfAway(v: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
}

function toNumber(v: FValue): number | { error: string } {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  return ERR('#VALUE!');
}

function toBool(v: FValue): boolean | { error: string } {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const u = v.toUpperCase();
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  return ERR('#VALUE!');
}

function compare(a: FValue, b: FValue): number | { error: string } {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  const rank = (v: FValue) => (typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2);
  // An empty cell compares as 0 to numbers and "" to text.
  const aa = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const bb = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  const ra = rank(aa);
  const rb = rank(bb);
  if (ra !== rb) return ra - rb;
  if (typeof aa === 'string' && typeof bb === 'string') {
    const x = aa.toLocaleLowerCase('vi');
    const y = bb.toLocaleLowerCase('vi');
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(aa);
  const y = Number(bb);
  return x < y ? -1 : x > y ? 1 : 0;
}

class Parser {
  private i = 0;
  constructor(
    private toks: Tok[],
    private cell: (row: number, col: number) => FValue,
  ) {}

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.k === 'op' && t.v === v;
  }
  private expect(v: string): void {
    if (!this.isOp(v)) throw new Unsupported(`expected ${v}`);
    this.i++;
  }

  parse(): Val {
    const v = this.comparison();
    if (this.i !== this.toks.length) throw new Unsupported('trailing tokens');
    return v;
  }

  private scalar(v: Val): FValue {
    if (Array.isArray(v)) throw new Unsupported('range used as a value');
    return v;
  }

  private comparison(): Val {
    const left = this.concat();
    const t = this.peek();
    if (t?.k === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(t.v)) {
      this.i++;
      const right = this.concat();
      const c = compare(this.scalar(left), this.scalar(right));
      if (isErr(c)) return c;
      switch (t.v) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    return left;
  }

  private concat(): Val {
    let left = this.additive();
    while (this.isOp('&')) {
      this.i++;
      const right = this.scalar(this.additive());
      const l = this.scalar(left);
      if (isErr(l)) return l;
      if (isErr(right)) return right;
      left = `${l ?? ''}${right ?? ''}`;
    }
    return left;
  }

  private additive(): Val {
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t?.k !== 'op' || (t.v !== '+' && t.v !== '-')) return left;
      this.i++;
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.term()));
      if (isErr(a)) left = a;
      else if (isErr(b)) left = b;
      else left = t.v === '+' ? a + b : a - b;
    }
  }

  private term(): Val {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.k !== 'op' || (t.v !== '*' && t.v !== '/')) return left;
      this.i++;
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.unary()));
      if (isErr(a)) left = a;
      else if (isErr(b)) left = b;
      else if (t.v === '/' && b === 0) left = ERR('#DIV/0!');
      else left = t.v === '*' ? a * b : a / b;
    }
  }

  private unary(): Val {
    if (this.isOp('-')) {
      this.i++;
      const v = toNumber(this.scalar(this.unary()));
      return isErr(v) ? v : -v;
    }
    if (this.isOp('+')) {
      this.i++;
      return this.unary();
    }
    const v = this.primary();
    if (this.isOp('%')) {
      this.i++;
      const n = toNumber(this.scalar(v));
      return isErr(n) ? n : n / 100;
    }
    return v;
  }

  private primary(): Val {
    const t = this.peek();
    if (!t) throw new Unsupported('unexpected end');
    this.i++;
    if (t.k === 'num') return t.v;
    if (t.k === 'str') return t.v;
    if (t.k === 'ref') {
      if (this.isOp(':')) {
        this.i++;
        const end = this.peek();
        if (end?.k !== 'ref') throw new Unsupported('bad range');
        this.i++;
        const a = parseRef(t.v);
        const b = parseRef(end.v);
        const out: FValue[] = [];
        for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
          for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(this.cell(r, c));
        return out;
      }
      const { row, col } = parseRef(t.v);
      return this.cell(row, col);
    }
    if (t.k === 'op' && t.v === '(') {
      const v = this.comparison();
      this.expect(')');
      return v;
    }
    if (t.k === 'id') {
      if (t.v === 'TRUE' || t.v === 'FALSE') {
        if (this.isOp('(')) {
          this.i++;
          this.expect(')');
        }
        return t.v === 'TRUE';
      }
      if (!this.isOp('(')) throw new Unsupported(`name ${t.v}`);
      this.i++;
      return this.call(t.v);
    }
    throw new Unsupported('unexpected token');
  }

  /** Arguments are parsed lazily so IF evaluates only the branch it takes (as Excel does). */
  private args(): number[] {
    // Returns token start positions of each argument; the caller evaluates them.
    const starts: number[] = [];
    if (this.isOp(')')) {
      this.i++;
      return starts;
    }
    let depth = 0;
    starts.push(this.i);
    for (; this.i < this.toks.length; this.i++) {
      const t = this.toks[this.i]!;
      if (t.k !== 'op') continue;
      if (t.v === '(') depth++;
      else if (t.v === ')') {
        if (depth === 0) {
          this.i++;
          return starts.map((s) => s);
        }
        depth--;
      } else if (t.v === ',' && depth === 0) starts.push(this.i + 1);
    }
    throw new Unsupported('unclosed call');
  }

  private evalAt(start: number): Val {
    const save = this.i;
    this.i = start;
    const v = this.comparison();
    this.i = save;
    return v;
  }

  private call(name: string): Val {
    const starts = this.args();
    const arg = (n: number): Val => {
      if (n >= starts.length) throw new Unsupported('missing argument');
      return this.evalAt(starts[n]!);
    };
    const flat = (): FValue[] =>
      starts.flatMap((s) => {
        const v = this.evalAt(s);
        return Array.isArray(v) ? v : [v];
      });
    switch (name) {
      case 'IF': {
        const c = toBool(this.scalar(arg(0)));
        if (isErr(c)) return c;
        if (c) return starts.length > 1 ? arg(1) : true;
        return starts.length > 2 ? arg(2) : false;
      }
      case 'IFERROR': {
        const v = arg(0);
        return isErr(v) ? arg(1) : v;
      }
      case 'AND':
      case 'OR': {
        const vals = flat();
        let acc = name === 'AND';
        for (const v of vals) {
          if (isErr(v)) return v;
          if (v === null || typeof v === 'string') continue;
          const b = toBool(v) as boolean;
          acc = name === 'AND' ? acc && b : acc || b;
        }
        return acc;
      }
      case 'NOT': {
        const b = toBool(this.scalar(arg(0)));
        return isErr(b) ? b : !b;
      }
      case 'ISNUMBER':
        return typeof this.scalar(arg(0)) === 'number';
      case 'ISBLANK':
        return this.scalar(arg(0)) === null;
      case 'ROUND': {
        const v = toNumber(this.scalar(arg(0)));
        const d = toNumber(this.scalar(arg(1)));
        if (isErr(v)) return v;
        if (isErr(d)) return d;
        return roundHalfAway(v, Math.trunc(d));
      }
      case 'INT': {
        const v = toNumber(this.scalar(arg(0)));
        return isErr(v) ? v : Math.floor(v);
      }
      case 'ABS': {
        const v = toNumber(this.scalar(arg(0)));
        return isErr(v) ? v : Math.abs(v);
      }
      case 'SUM':
      case 'MIN':
      case 'MAX':
      case 'AVERAGE':
      case 'COUNT': {
        const nums: number[] = [];
        for (const v of flat()) {
          if (isErr(v)) return v;
          if (typeof v === 'number') nums.push(v);
        }
        if (name === 'SUM') return nums.reduce((a, b) => a + b, 0);
        if (name === 'COUNT') return nums.length;
        if (name === 'AVERAGE') return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : ERR('#DIV/0!');
        if (!nums.length) return 0;
        return name === 'MIN' ? Math.min(...nums) : Math.max(...nums);
      }
      case 'COUNTA':
        return flat().filter((v) => v !== null && v !== '').length;
      default:
        throw new Unsupported(`function ${name}`);
    }
  }
}

/**
 * Evaluates a formula ("=…" or without "="). `lookup` returns a cell's value, evaluating
 * other formulas as needed. Returns undefined when the formula uses something unsupported.
 */
export function evaluateFormula(formula: string, lookup: CellLookup): FValue | undefined {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  try {
    const p = new Parser(tokenize(src), (r, c) => {
      const v = lookup(r, c);
      if (v === undefined) throw new Unsupported('unknown cell');
      return v;
    });
    const v = p.parse();
    if (Array.isArray(v)) return undefined;
    if (typeof v === 'number' && !Number.isFinite(v)) return ERR('#NUM!');
    return v;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/**
 * Evaluates every formula of a sheet given its literal cells, following references between
 * formulas (a cycle gives no result). `formulas` and `literals` are keyed row*16384+col.
 */
export function evaluateSheet(formulas: Map<number, string>, literals: Map<number, FValue>): Map<number, FValue> {
  const done = new Map<number, FValue | undefined>();
  const busy = new Set<number>();
  const lookup = (row: number, col: number): FValue | undefined => {
    const key = row * 16384 + col;
    const f = formulas.get(key);
    if (f === undefined) return literals.get(key) ?? null;
    if (done.has(key)) return done.get(key);
    if (busy.has(key)) return undefined;
    busy.add(key);
    const v = evaluateFormula(f, lookup);
    busy.delete(key);
    done.set(key, v);
    return v;
  };
  const out = new Map<number, FValue>();
  for (const key of formulas.keys()) {
    const v = lookup(Math.floor(key / 16384), key % 16384);
    if (v !== undefined) out.set(key, v);
  }
  return out;
}
