/**
 * Reads one cell for one column: what the officer meant, with the evidence of how it was
 * written (text, date, fraction, formula) so rules can say exactly what to fix.
 * Pure; never throws on any content.
 */
import { decimalsOf, parseFractionText, parseNumberText, type MoneyUnit } from '../parse/number';
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
      moneyUnit?: MoneyUnit;
      /** The number as written, when `value` is converted from the written money unit to the column's ("123 triệu" in đồng). */
      writtenValue?: number;
      /** Read as a whole number because the column only takes whole numbers ("1,250" in a count column is 1250). */
      whole?: true;
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

const MILLION = 1_000_000;

/**
 * The decimals of a number Excel holds, read to 12 significant digits (0.1 + 0.2 has one). A
 * whole number has none at any precision: no text is made of it (most cells).
 */
function decimalsOfHeld(value: number): number {
  return Number.isInteger(value) ? 0 : decimalsOf(Number(value.toPrecision(12)));
}

/** Whether the column only takes whole numbers, in the unit the text is written in. */
function wholeColumn(col: Column, written: MoneyUnit | undefined): boolean {
  if (col.kind === 'count') return true;
  // Đồng has no smaller coin: an amount in đồng is whole (in triệu đồng it need not be).
  return col.kind === 'money' && col.moneyUnit === 'dong' && (written ?? 'dong') === 'dong';
}

/**
 * What may follow a number typed with the row's unit: words ("lần", "bé trai/100 bé gái",
 * "tin, bài/quý") or a denominator ("/100.000 trẻ sinh sống") — never an equation or a second
 * figure ("13/17=76,47%", "37% năm 2023").
 */
const UNIT_LIKE =
  /^(?:\p{L}[\p{L}\s.,/–-]*(?:\/\s*\d[\d.]*[\p{L}\s\d–-]*)?|\/\s*\d[\d.]*(?:\s*\p{L}[\p{L}\s\d–-]*)?)$/u;

function readNumberText(text: string, col: Column): Reading {
  const t = normalizeText(text);
  if (t === '') return { s: 'empty' };
  if (isNA(t)) return { s: 'na', text: t };
  const frac = parseFractionText(t);
  if (frac && !col.allowUnitText) return { s: 'frac', ...frac, text: t };
  const p = parseNumberText(t);
  // "30 triệu" where no money belongs: another unit, not a number of this column.
  if (p.ok && p.unit && col.kind !== 'money') return { s: 'text', text: t };
  if (p.ok) {
    const r: Reading & { s: 'num' } = { s: 'num', value: p.value, decimals: p.decimals, text: t };
    if (p.percent) r.percentSign = true;
    if (p.alternative !== undefined) {
      if (wholeColumn(col, p.unit)) {
        // "1.250" or "1,250" where only whole numbers belong: the separator can only group thousands.
        r.value = p.decimals === 0 ? p.value : p.alternative;
        r.decimals = 0;
        r.whole = true;
      } else r.alt = p.alternative;
    } else if (p.style !== 'plain' && p.decimals === 0 && wholeColumn(col, p.unit)) r.whole = true; // "1.250.000", "1 250"
    if (p.unit) r.moneyUnit = p.unit;
    if (col.kind === 'money' && col.moneyUnit && p.unit && p.unit !== col.moneyUnit) {
      // "123 triệu" in a đồng column is 123.000.000 đồng: every rule reads the column's unit.
      r.writtenValue = r.value;
      r.value = col.moneyUnit === 'dong' ? r.value * MILLION : r.value / MILLION;
      if (!Number.isFinite(r.value)) return { s: 'bad', text: t }; // hundreds of digits × 1.000.000
      r.decimals = decimalsOfHeld(r.value);
      if (r.alt !== undefined) r.alt = col.moneyUnit === 'dong' ? r.alt * MILLION : r.alt / MILLION;
    }
    return r;
  }
  if (col.unitOfRow) {
    // "1,7 lần", "108 bé trai/100 bé gái": a number typed with a unit; type/unit checks it against the row's indicator.
    const m = /^([+-]?\d[\d.,]*)\s*(.*)$/.exec(t);
    const unit = m?.[2]!.trim() ?? '';
    const lead = m && UNIT_LIKE.test(unit) ? parseNumberText(m[1]!) : undefined;
    if (lead?.ok) {
      const r: Reading = { s: 'num', value: lead.value, decimals: lead.decimals, text: t, unitText: unit };
      if (lead.alternative !== undefined) r.alt = lead.alternative;
      return r;
    }
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
      const r: Reading = { s: 'num', value, decimals: decimalsOfHeld(value) };
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
