/**
 * Numbers inside sentences, as officers write indicator results and targets in a Word table:
 * "13/17=76,47%", "Năm 2022 là 37% Năm 2023 là 36,25%", "đạt ít nhất 20% vào năm 2025",
 * "giảm từ 23 ca sinh/1.000 phụ nữ xuống 18/1.000". A sentence gives a value only when it
 * holds exactly one; several values, or none, are said so — never picked silently.
 */
import { parseNumberText } from '../parse/number';
import { normalizeText, looseKey } from '../text/normalize';

export type Extraction =
  | { kind: 'fraction'; num: number; den: number; percent?: number; percentText?: string }
  | { kind: 'number'; value: number; text: string }
  /** A bound, not a measurement ("trên 100%", "dưới 110 bé trai/100 bé gái"): kept as written. */
  | { kind: 'qualified'; text: string }
  | { kind: 'latest-year'; value: number; year: number; text: string }
  | { kind: 'bool'; value: 'Có' | 'Không' }
  | { kind: 'none' }
  | { kind: 'several'; texts: string[] };

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const QUALIFIER = /(trên|dưới|hơn|không quá|tối đa|vượt)\s*$/i;
const POWER_OF_TEN = /^(100|1\.?000|10\.?000|100\.?000)$/;

function num(s: string): number | undefined {
  const p = parseNumberText(s);
  return p.ok ? p.value : undefined;
}

interface Hit {
  at: number;
  end: number;
  text: string;
  value: number;
  kind: 'percent' | 'fraction' | 'rate' | 'times';
  num?: number;
  den?: number;
}

/** Years and periods are not values ("năm 2025", "2021 - 2025", "nhiệm kỳ 2020-2025"). */
function withoutYears(s: string): string {
  return s
    .replace(/\b(19|20)\d\d\s*[-–]\s*(19|20)\d\d\b/g, (m) => ' '.repeat(m.length))
    .replace(/\b(năm|Năm|NĂM)\s+(19|20)\d\d\b/g, (m) => ' '.repeat(m.length));
}

function hits(text: string): Hit[] {
  const s = withoutYears(text);
  const out: Hit[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (h: Hit) => {
    if (!free(h.at, h.end)) return;
    taken.push([h.at, h.end]);
    out.push(h);
  };
  // Rates: "42/100.000 trẻ", "18/1.000", "110 bé trai/100 bé gái".
  for (const m of s.matchAll(new RegExp(`(${NUM})\\s*(?:[\\p{L} ]{0,20}?)/\\s*(${NUM})`, 'gu'))) {
    const den = m[2]!;
    if (!POWER_OF_TEN.test(den)) continue;
    const v = num(m[1]!);
    if (v !== undefined) add({ at: m.index!, end: m.index! + m[0].length, text: m[0], value: v, kind: 'rate' });
  }
  for (const m of s.matchAll(new RegExp(`(\\d{1,7})\\s*/\\s*(\\d{1,7})(?:\\s*=\\s*(${NUM})\\s*%)?`, 'g'))) {
    if (POWER_OF_TEN.test(m[2]!)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const h: Hit = {
      at: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      value: a / b,
      kind: 'fraction',
      num: a,
      den: b,
    };
    add(h);
  }
  for (const m of s.matchAll(new RegExp(`(${NUM})\\s*%`, 'g'))) {
    const v = num(m[1]!);
    if (v !== undefined) add({ at: m.index!, end: m.index! + m[0].length, text: m[0], value: v, kind: 'percent' });
  }
  for (const m of s.matchAll(new RegExp(`(${NUM})\\s*lần`, 'g'))) {
    const v = num(m[1]!);
    if (v !== undefined) add({ at: m.index!, end: m.index! + m[0].length, text: m[0], value: v, kind: 'times' });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The measure a sentence gives for an indicator of this unit ("%", "lần", "/100.000 trẻ sinh sống"). */
function relevant(all: Hit[], unit: string): Hit[] {
  const u = looseKey(unit);
  if (u.includes('lan')) return all.filter((h) => h.kind === 'times');
  if (unit.includes('/')) return all.filter((h) => h.kind === 'rate');
  return all.filter((h) => h.kind === 'percent' || h.kind === 'fraction');
}

/** "dưới 110 bé trai/100 bé gái sinh ra sống": from the bound word to the end of its clause. */
function qualifiedPhrase(text: string, h: Hit): string | undefined {
  const before = text.slice(Math.max(0, h.at - 12), h.at);
  const m = QUALIFIER.exec(before);
  if (!m) return undefined;
  const start = h.at - before.length + m.index;
  const rest = /^[^,;.()]*/.exec(text.slice(h.end))![0];
  return (text.slice(start, h.end) + rest).trim();
}

/** What an indicator's result sentence gives ("Kết quả thực hiện"). */
export function extractResult(input: string, unit: string, isBool: boolean): Extraction {
  const text = normalizeText(input);
  if (text === '') return { kind: 'none' };
  // "Năm 2022 là 37% Năm 2023 là 36,25%": the latest year's value.
  const byYear = [...text.matchAll(new RegExp(`[Nn]ăm\\s+((?:19|20)\\d\\d)\\s*(?:là|đạt|:)?\\s*(${NUM})\\s*%`, 'g'))];
  if (byYear.length >= 2) {
    const last = byYear.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
    return { kind: 'latest-year', value: num(last[2]!)!, year: Number(last[1]), text: `${last[2]}%` };
  }
  if (isBool) {
    const k = looseKey(text);
    if (/^(chua co|khong co)\b/.test(k)) return { kind: 'bool', value: 'Không' };
    if (/^(da co|co)\b/.test(k)) return { kind: 'bool', value: 'Có' };
  }
  const found = relevant(hits(text), unit);
  const fractions = found.filter((h) => h.kind === 'fraction');
  if (fractions.length > 1) return { kind: 'several', texts: fractions.map((h) => h.text) };
  if (fractions.length === 1) {
    const f = fractions[0]!;
    // "48/240 … đạt 20%", "13/17=76,47%": the share written next to it is checked, not used.
    const pct = /=\s*([\d.,]+)\s*%/.exec(f.text) ?? /^[^\d]{0,40}?([\d.,]+)\s*%/.exec(text.slice(f.end));
    const out: Extraction = { kind: 'fraction', num: f.num!, den: f.den! };
    if (pct) {
      const v = num(pct[1]!);
      if (v !== undefined) {
        out.percent = v;
        out.percentText = `${pct[1]}%`;
      }
    }
    const others = found.filter((h) => h.kind !== 'fraction' && !(pct && h.text.includes(pct[1]!)));
    if (others.length) return { kind: 'several', texts: [f.text, ...others.map((h) => h.text)] };
    return out;
  }
  const distinct = [...new Map(found.map((h) => [h.value, h])).values()];
  if (distinct.length > 1) return { kind: 'several', texts: found.map((h) => h.text) };
  if (distinct.length === 1) {
    const h = distinct[0]!;
    const q = qualifiedPhrase(text, h);
    if (q) return { kind: 'qualified', text: q };
    return { kind: 'number', value: h.value, text: h.text };
  }
  return { kind: 'none' };
}

/** What a target sentence gives ("Chỉ tiêu: Đến năm 2025 đạt 60% …"): bounds are the target. */
export function extractTarget(input: string, unit: string): Extraction {
  const text = normalizeText(input);
  if (text === '') return { kind: 'none' };
  const found = relevant(hits(text), unit).filter((h) => h.kind !== 'fraction');
  // "giảm từ 23 ca sinh/1.000 phụ nữ xuống 18/1.000": the target is where it goes.
  if (found.length === 2 && /\bxuống\b/i.test(text.slice(found[0]!.end, found[1]!.at)))
    return { kind: 'number', value: found[1]!.value, text: found[1]!.text };
  const distinct = [...new Map(found.map((h) => [h.value, h])).values()];
  if (distinct.length > 1) return { kind: 'several', texts: found.map((h) => h.text) };
  if (distinct.length === 1) return { kind: 'number', value: distinct[0]!.value, text: distinct[0]!.text };
  return { kind: 'none' };
}

/** Clauses of a sentence that describes two measures ("…tiểu học đạt 100%; trung học cơ sở đạt trên 100%"). */
export function clauses(input: string): string[] {
  return normalizeText(input)
    .split(/;|\.\s+(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
