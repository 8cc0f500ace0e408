/**
 * Shared formulas: Excel stores the formula once (`<f t="shared" ref="C2:C9" si="0">A2+B2</f>`)
 * and the other cells of the range only point at it (`<f t="shared" si="0"/>`). Each cell's own
 * formula is the master's with every relative reference moved by the cell's offset, as Excel
 * shows it. Browser-safe, no dependency.
 */

/** Column letters → 1-based number. */
function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// A cell reference not part of a longer name: not after a letter, digit, "_", "." or "!"-less
// name character, and not followed by "(" (a function such as LOG10) or more name characters.
const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

/** Moves the relative references of `formula` by `dRow` rows and `dCol` columns (text in "…" untouched). */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // Split off string literals ("…", "" escapes a quote) and quoted sheet names ('…'): left as written.
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i]!.replace(REF, (m, pre: string, cAbs: string, col: string, rAbs: string, row: string) => {
      let c = colNumber(col.toUpperCase());
      let r = Number(row);
      if (c > 16384 || r < 1 || r > 1048576) return m;
      if (!cAbs) c += dCol;
      if (!rAbs) r += dRow;
      if (c < 1 || r < 1 || c > 16384 || r > 1048576) return `${pre}#REF!`;
      return `${pre}${cAbs}${colLetters(c)}${rAbs}${r}`;
    });
  }
  return parts.join('');
}
