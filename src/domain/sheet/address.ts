/** A1-style address helpers. Rows and columns are 0-based everywhere in the domain. */

/** Letters of the first 1.024 columns, made once (every finding names its column, twice). */
const LETTERS: readonly string[] = Array.from({ length: 1024 }, (_, i) => lettersOf(i));

export function columnLetter(col: number): string {
  return col >= 0 && col < LETTERS.length ? LETTERS[col]! : lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Made once: a regular expression literal in a function is a new object on every call. */
const A1_REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = A1_REFERENCE.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`;
}

export function parseRangeA1(range: string): { r1: number; c1: number; r2: number; c2: number } | undefined {
  const [from, to] = range.split(':');
  const a = parseA1(from ?? '');
  const b = to === undefined ? a : parseA1(to);
  if (!a || !b) return undefined;
  return {
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.col, b.col),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.col, b.col),
  };
}

/** Quote a sheet name for use in a formula or a defined-name reference. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
