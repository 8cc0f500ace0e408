/**
 * Reads one cell for one column: what the officer meant, with the evidence of how it was
 * written (text, date, fraction, formula) so rules can say exactly what to fix.
 * Pure; never throws on any content.
 */
import { decimalsOf, parseFractionText, parseNumberText } from '../parse/number';
import { parseDateText, excelSerialToIso } from '../parse/date';
import { normalizeText } from '../text/normalize';
import type { Column } from '../templates/schema';
import type { RawCell } from '../sheet/workbook';

export type Reading =
  | { s: 'empty' }
  | { s: 'na'; text: string }
  | {
      s: 'num';
      value: number;
      decimals: number;
      /** The text it was read from, when typed as text. */
      text?: string;
      percentSign?: boolean;
      /** Another reading of ambiguous text ("1,250"). */
      alt?: number;
      /** Text after the number ("bé trai/100 bé gái"), for unit-text columns. */
      unitText?: string;
      /** Money unit written in the text. */
      moneyUnit?: 'dong' | 'trieu-dong';
      formula?: string;
    }
  | { s: 'text'; text: string }
  | { s: 'bad'; text: string }
  | { s: 'frac'; num: number; den: number; text: string }
  | { s: 'date'; iso: string; text?: string }
  | { s: 'err'; code: string; formula?: string }
  | { s: 'bool'; value: boolean }
  | { s: 'pending'; formula: string };

const NA = new Set(['-', 'x', '–', '—', 'X']);
const NUMERIC = new Set(['count', 'money', 'decimal', 'percent']);

export function isNA(text: string): boolean {
  return NA.has(normalizeText(text));
}

function readNumberText(text: string, col: Column): Reading {
  const t = normalizeText(text);
  if (t === '') return { s: 'empty' };
  if (isNA(t)) return { s: 'na', text: t };
  const frac = parseFractionText(t);
  if (frac && !col.allowUnitText) return { s: 'frac', ...frac, text: t };
  const p = parseNumberText(t);
  if (p.ok) {
    const r: Reading = { s: 'num', value: p.value, decimals: p.decimals, text: t };
    if (p.percent) r.percentSign = true;
    if (p.alternative !== undefined) r.alt = p.alternative;
    if (p.unit) r.moneyUnit = p.unit;
    return r;
  }
  if (col.allowUnitText) {
    // "108 bé trai/100 bé gái", "32,5/100.000 trẻ", "03tin/quý": a leading number and a unit.
    const m = /^([+-]?\d[\d.,]*)\s*(.*)$/.exec(t);
    if (m) {
      const lead = parseNumberText(m[1]!);
      if (lead.ok) return { s: 'num', value: lead.value, decimals: lead.decimals, text: t, unitText: m[2]!.trim() };
    }
    return { s: 'text', text: t };
  }
  // Malformed: number characters wrongly arranged ("27,59,03"); text with words ("trên 100%", "1250 người") is text.
  return p.reason === 'malformed' && !/\p{L}/u.test(t) ? { s: 'bad', text: t } : { s: 'text', text: t };
}

export function readCell(raw: RawCell | undefined, col: Column): Reading {
  if (!raw) return { s: 'empty' };
  const formula = raw.f;
  switch (raw.t) {
    case 'e':
      return formula ? { s: 'err', code: raw.v, formula } : { s: 'err', code: raw.v };
    case 'f':
      return { s: 'pending', formula: raw.f };
    case 'b':
      return { s: 'bool', value: raw.v };
    case 'd':
      return { s: 'date', iso: raw.v };
    case 'n': {
      // Excel holds only finite numbers (it shows #NUM! otherwise); a NaN or Infinity from an adapter is never a value.
      if (!Number.isFinite(raw.v)) return { s: 'err', code: '#NUM!' };
      if (col.kind === 'date') {
        return raw.v > 20000 && raw.v < 80000
          ? { s: 'date', iso: excelSerialToIso(raw.v) }
          : { s: 'bad', text: String(raw.v) };
      }
      if (!NUMERIC.has(col.kind) && col.kind !== 'seq') return { s: 'text', text: String(raw.v) };
      const pct = col.kind === 'percent' && raw.nf !== undefined && raw.nf.includes('%');
      const value = pct ? raw.v * 100 : raw.v;
      if (!Number.isFinite(value)) return { s: 'err', code: '#NUM!' }; // 1e307 formatted as % overflows
      const r: Reading = { s: 'num', value, decimals: decimalsOf(Number(value.toPrecision(12))) };
      if (formula) r.formula = formula;
      return r;
    }
    case 's': {
      if (col.kind === 'date') {
        const t = normalizeText(raw.v);
        if (t === '') return { s: 'empty' };
        if (isNA(t)) return { s: 'na', text: t };
        const d = parseDateText(t);
        return d.ok ? { s: 'date', iso: d.iso, text: t } : { s: 'bad', text: t };
      }
      if (NUMERIC.has(col.kind) || col.kind === 'seq') {
        const r = readNumberText(raw.v, col);
        if (formula && r.s !== 'empty') return r.s === 'num' ? { ...r, formula, text: undefined } : r;
        return r;
      }
      const t = normalizeText(raw.v);
      return t === '' ? { s: 'empty' } : { s: 'text', text: raw.v };
    }
  }
}

/** The cell as the officer sees it, for "Giá trị: …" in findings. */
export function displayValue(raw: RawCell | undefined): string {
  if (!raw) return '';
  if (raw.t === 'f') return raw.f;
  if (raw.t === 'd') {
    const [y, m, d] = raw.v.split('-');
    return `${d}/${m}/${y}`;
  }
  if (raw.t === 'n') return String(raw.v).replace('.', ',');
  return String(raw.v).slice(0, 200);
}
