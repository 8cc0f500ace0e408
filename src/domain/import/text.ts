/**
 * How the import engine compares Vietnamese labels: NFC, without diacritics, with the
 * abbreviations officers write (HĐND, UBND, DTTS, SL, TL, TT …) spelled out, years and
 * administrative levels pulled out as facts, and a weighted word-overlap score.
 */
import { looseKey, textKey } from '../text/normalize';

/** Abbreviation → words, in loose-key spelling (no diacritics, đ → d). Whole words only. */
const ABBREVIATIONS: Record<string, string> = {
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  dtts: 'dan toc thieu so',
  sl: 'so luong',
  tl: 'ty le',
  stt: 'so thu tu',
  tt: 'thu tu',
  bdg: 'binh dang gioi',
  ctmtqg: 'chuong trinh muc tieu quoc gia',
  mtqg: 'muc tieu quoc gia',
  kp: 'kinh phi',
  dvt: 'don vi tinh',
  nk: 'nhiem ky',
  vb: 'van ban',
  trd: 'trieu dong',
  tr: 'trieu',
  cq: 'co quan',
  qlnn: 'quan ly nha nuoc',
  '%': 'ty le',
};

/** Words that carry no meaning for matching. */
const STOP = new Set([
  'cac',
  'va',
  'cua',
  'trong',
  'cho',
  'theo',
  've',
  'voi',
  'la',
  'duoc',
  'do',
  'tai',
  'nhung',
  'mot',
]);

const YEAR = /\b(19[5-9]\d|20\d\d|21\d\d)\b/g;
const YEAR_RANGE = /\b(19[5-9]\d|20\d\d)\s*-\s*(19[5-9]\d|20\d\d)\b/g;

/** Loose key with abbreviations spelled out ("Số TT" → "so thu tu", "HĐND" → "hoi dong nhan dan"). */
export function importKey(s: string): string {
  const base = looseKey(s.replace(/%/g, ' % '));
  const words = base.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Số TT" is "số thứ tự": do not spell "so so thu tu".
    if (w === 'tt' && out[out.length - 1] === 'so') {
      out.push('thu', 'tu');
      continue;
    }
    out.push(ABBREVIATIONS[w] ?? w);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Meaningful words of a label, years removed (years are compared as facts). */
export function tokensOf(s: string): string[] {
  const key = importKey(s).replace(YEAR, ' ');
  const words = key.split(' ').filter((w) => w !== '' && !STOP.has(w) && !/^\d+$/.test(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    // Vietnamese words are often two syllables: pairs make "dân tộc" ≠ "tộc … dân".
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** Years a label names: single years and ranges ("giai đoạn 2018-2024"). */
export interface YearFacts {
  points: number[];
  ranges: [number, number][];
}

export function yearsOf(s: string): YearFacts {
  const text = s.replace(/[–—]/g, '-');
  const ranges: [number, number][] = [];
  const covered = text.replace(YEAR_RANGE, (_, a: string, b: string) => {
    ranges.push([Number(a), Number(b)]);
    return ' ';
  });
  const points = [...covered.matchAll(YEAR)].map((m) => Number(m[1]));
  return { points, ranges };
}

/** Two labels name different years (a "Năm 2025" column is not the "Năm 2026" column). */
export function yearsConflict(a: YearFacts, b: YearFacts): boolean {
  if (a.points.length && b.points.length) return !a.points.some((p) => b.points.includes(p));
  if (a.ranges.length && b.ranges.length)
    return !a.ranges.some(([x, y]) => b.ranges.some(([u, v]) => x === u && y === v));
  return false;
}

export type LevelFact = 'tinh' | 'huyen' | 'xa';

const WORD_RE = new Map<string, RegExp>();
const hasWord = (text: string, word: string) => {
  let re = WORD_RE.get(word);
  if (!re) WORD_RE.set(word, (re = new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'u')));
  return re.test(text);
};
const isAscii = (s: string) => !/[^ -~\s]/.test(s);

/**
 * Administrative levels a label names. "Thành phố", "thị xã" and "quận" are district level
 * (cấp huyện) unless the label says "trực thuộc trung ương"; "phường" and "thị trấn" are
 * commune level (cấp xã). Diacritics decide where they are written ("đơn vị tính" is no
 * "tỉnh", "cơ quan" no "quận"); text typed without any diacritics is read loosely.
 */
export function levelsOf(s: string): LevelFact[] {
  const out = new Set<LevelFact>();
  if (isAscii(s)) {
    const k = importKey(s);
    if (hasWord(k, 'cap tinh') || hasWord(k, 'truc thuoc trung uong')) out.add('tinh');
    if (hasWord(k, 'cap huyen') || hasWord(k, 'huyen') || hasWord(k, 'thi xa')) out.add('huyen');
    if (hasWord(k, 'thanh pho') && !hasWord(k, 'truc thuoc trung uong')) out.add('huyen');
    if (hasWord(k, 'cap xa') || hasWord(k, 'phuong') || hasWord(k, 'thi tran')) out.add('xa');
    return [...out];
  }
  const k = textKey(s);
  if (hasWord(k, 'tỉnh') || hasWord(k, 'trực thuộc trung ương')) out.add('tinh');
  if (hasWord(k, 'huyện') || hasWord(k, 'quận') || hasWord(k, 'thị xã')) out.add('huyen');
  if (hasWord(k, 'thành phố') && !hasWord(k, 'trực thuộc trung ương')) out.add('huyen');
  if (hasWord(k.replace(/thị xã/g, ' '), 'xã') || hasWord(k, 'phường') || hasWord(k, 'thị trấn')) out.add('xa');
  return [...out];
}

/** The label says "phó" (deputy): a deputy's row is never the head's row ("thành phố" is no "phó"). */
export function isDeputy(s: string): boolean {
  if (isAscii(s)) return hasWord(importKey(s).replace(/thanh pho/g, ' '), 'pho');
  return hasWord(textKey(s), 'phó');
}

/** Word weights for one set of labels: words that appear in few labels weigh more. */
export class Weights {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  constructor(labels: readonly string[][]) {
    this.n = Math.max(1, labels.length);
    for (const tokens of labels) for (const t of new Set(tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  weight(token: string): number {
    const df = this.df.get(token) ?? 0;
    // Unknown words weigh like rare ones, but not more: they mostly describe the officer's own layout.
    const idf = Math.log(1 + this.n / Math.max(df, 0.75));
    return token.includes(' ') ? idf * 0.6 : idf;
  }
  /** Weighted Dice overlap of two token sets, 0..1. */
  dice(a: readonly string[], b: readonly string[]): number {
    if (!a.length || !b.length) return 0;
    const bs = new Set(b);
    let inter = 0;
    let wa = 0;
    let wb = 0;
    for (const t of new Set(a)) {
      const w = this.weight(t);
      wa += w;
      if (bs.has(t)) inter += w;
    }
    for (const t of bs) wb += this.weight(t);
    return (2 * inter) / (wa + wb);
  }
  /** How much of `b` is found in `a`, 0..1. */
  covers(a: readonly string[], b: readonly string[]): number {
    if (!b.length) return 0;
    const as = new Set(a);
    let inter = 0;
    let wb = 0;
    for (const t of new Set(b)) {
      const w = this.weight(t);
      wb += w;
      if (as.has(t)) inter += w;
    }
    return inter / wb;
  }
}
