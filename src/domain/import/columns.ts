/**
 * Source columns → template targets. Each pair is scored by the words of the two header
 * paths (rare words weigh more, abbreviations spelled out) and must agree on facts: the
 * same years, the same administrative level, values of a fitting kind ("11/29" only for a
 * count-and-total pair, numbers for numbers). A column whose best target is not clearly
 * better than another is left unplaced with both candidates, for the officer to choose.
 */
import { cellOf } from './grid';
import { GridReader, type SourceColumn, type TableSpan } from './header';
import { pathFacts, type Target } from './targets';
import { levelsOf, tokensOf, Weights, yearsConflict, type LevelFact, type YearFacts } from './text';
import { classify } from './values';

export interface ColumnProfile {
  nonEmpty: number;
  num: number;
  frac: number;
  date: number;
  na: number;
  text: number;
}

export type ColumnStatus = 'mapped' | 'chosen' | 'ambiguous' | 'unmatched' | 'ignored' | 'empty';

export interface ColumnChoice {
  /** Grid column. */
  index: number;
  /** Source header path. */
  header: string[];
  status: ColumnStatus;
  /** Target id when mapped or chosen by the officer. */
  target?: string;
  score: number;
  /** Best targets for this column, best first (what the officer can choose from first). */
  candidates: { id: string; score: number }[];
}

/** What the officer chose for a column: a target id, or null for "do not import this column". */
export type ColumnOverrides = Record<number, string | null>;

const MIN_SCORE = 0.5;
const MARGIN = 0.07;

const PROFILES = new WeakMap<TableSpan, Map<number, ColumnProfile>>();

export function profileColumn(span: TableSpan, g: GridReader, index: number): ColumnProfile {
  let bySpan = PROFILES.get(span);
  if (!bySpan) PROFILES.set(span, (bySpan = new Map()));
  const cached = bySpan.get(index);
  if (cached) return cached;
  const p = computeProfile(span, g, index);
  bySpan.set(index, p);
  return p;
}

function computeProfile(span: TableSpan, g: GridReader, index: number): ColumnProfile {
  const p: ColumnProfile = { nonEmpty: 0, num: 0, frac: 0, date: 0, na: 0, text: 0 };
  for (let r = span.bodyStart; r <= span.bodyEnd; r++) {
    if (g.merges.isCovered(r, index)) continue;
    const cell = cellOf(span.grid, r, index);
    const v = classify(cell);
    if (v.cls === 'empty') continue;
    p.nonEmpty++;
    p[v.cls]++;
  }
  return p;
}

function compatible(p: ColumnProfile, t: Target): boolean {
  if (p.nonEmpty === 0) return true;
  const share = (n: number) => n / p.nonEmpty;
  // "11/29" beside "-": a count-and-total column; a column of "-" only fits one too (nothing to split).
  // Dates count with the fractions: Excel turns "01/8" into 1 August.
  if (t.kind === 'split')
    return p.na === p.nonEmpty || (p.frac >= 1 && share(p.frac) >= 0.3 && share(p.frac + p.na + p.num + p.date) >= 0.7);
  const col = t.column;
  if (!col || t.freeText || col.allowUnitText) return true;
  if (t.kind === 'label') return true;
  switch (col.kind) {
    case 'count':
    case 'money':
    case 'decimal':
    case 'percent':
      return share(p.num + p.na) >= 0.5 && share(p.frac) < 0.5 && share(p.date) < 0.5;
    case 'date':
      return share(p.date) >= 0.5;
    case 'status':
      return share(p.text + p.na) >= 0.5;
    default:
      return true;
  }
}

interface SourceFacts {
  tokens: string[];
  leaf: string[];
  years: YearFacts;
  levels: LevelFact[];
}

function factsOf(c: SourceColumn): SourceFacts {
  const { years, levels } = pathFacts(c.path);
  return {
    tokens: tokensOf(c.path.join(' ')),
    leaf: tokensOf(c.path[c.path.length - 1] ?? ''),
    years,
    levels,
  };
}

export function weightsFor(targets: readonly Target[]): Weights {
  const labels: string[][] = [];
  for (const t of targets) {
    labels.push(t.tokens);
    for (const a of t.aliasTokens) labels.push(a);
  }
  return new Weights(labels);
}

/**
 * How well a source header names a target, 0..1 (0 when a fact disagrees): the F-measure of
 * how much of each level of the target's path the source names (the target's own title
 * weighs most) and how much of the source the target's path explains. A flat title
 * ("Tổng số đại biểu HĐND cấp huyện") and a merged one ("HĐND › Cấp huyện › Tổng số") score alike.
 */
export function scoreColumn(src: SourceFacts, t: Target, w: Weights): number {
  if (!src.tokens.length) return 0;
  if (yearsConflict(src.years, t.years)) return 0;
  if (src.levels.length && t.levels.length && !src.levels.some((l) => t.levels.includes(l))) return 0;
  const ancestors = t.path.slice(0, -1).map((p) => tokensOf(p));
  const variants = [t.leafTokens, ...t.aliasTokens];
  let best = 0;
  for (const leaf of variants) {
    if (!leaf.length) continue;
    const levels = [...ancestors, leaf];
    let num = 0;
    let den = 0;
    levels.forEach((lv, i) => {
      if (!lv.length) return;
      const weight = i === levels.length - 1 ? 1.5 : 1;
      num += weight * w.covers(src.tokens, lv);
      den += weight;
    });
    const recall = den ? num / den : 0;
    const precision = w.covers(levels.flat(), src.tokens);
    const f = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
    if (f > best) best = f;
  }
  return best;
}

const sameFate = (a: Target, b: Target) => a.kind === 'label' && b.kind === 'label';
const parentOf = (t: Target) => t.path.slice(0, -1).join('\u0001');

export function mapColumns(
  span: TableSpan,
  targets: readonly Target[],
  overrides: ColumnOverrides = {},
): ColumnChoice[] {
  const g = new GridReader(span.grid);
  const w = weightsFor(targets);
  const byId = new Map(targets.map((t) => [t.id, t]));
  const choices: ColumnChoice[] = [];
  const scores = new Map<number, { t: Target; s: number }[]>();
  for (const col of span.columns) {
    const profile = profileColumn(span, g, col.index);
    const facts = factsOf(col);
    const list = targets
      .map((t) => ({ t, s: compatible(profile, t) ? scoreColumn(facts, t, w) : 0 }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    scores.set(col.index, list);
    choices.push({
      index: col.index,
      header: col.path,
      status: col.path.length === 0 && profile.nonEmpty === 0 ? 'empty' : 'unmatched',
      score: list[0]?.s ?? 0,
      candidates: list.slice(0, 4).map((x) => ({ id: x.t.id, score: round(x.s) })),
    });
  }
  const taken = new Set<string>();
  const occupy = (t: Target) => t.keys.forEach((k) => taken.add(k));
  const free = (t: Target) => t.keys.every((k) => !taken.has(k));
  const choice = (i: number) => choices.find((c) => c.index === i)!;

  // The officer's choices first.
  for (const [k, v] of Object.entries(overrides)) {
    const c = choices.find((x) => x.index === Number(k));
    if (!c) continue;
    if (v === null) {
      c.status = 'ignored';
      delete c.target;
      continue;
    }
    const t = byId.get(v);
    if (!t || !free(t)) continue;
    c.status = 'chosen';
    c.target = t.id;
    occupy(t);
  }

  const pairs: { i: number; t: Target; s: number }[] = [];
  for (const [i, list] of scores) for (const x of list) pairs.push({ i, t: x.t, s: x.s });
  pairs.sort((a, b) => b.s - a.s || a.i - b.i);
  const decided = new Set(choices.filter((c) => c.status === 'chosen' || c.status === 'ignored').map((c) => c.index));
  for (const p of pairs) {
    if (p.s < MIN_SCORE) break;
    if (decided.has(p.i) || !free(p.t)) continue;
    const rival = scores
      .get(p.i)!
      .find((x) => x.t !== p.t && x.s >= p.s - MARGIN && !sameFate(x.t, p.t) && free(x.t) && !overlaps(x.t, p.t));
    decided.add(p.i);
    const c = choice(p.i);
    if (rival) {
      c.status = 'ambiguous';
      c.candidates = [
        { id: p.t.id, score: round(p.s) },
        ...scores
          .get(p.i)!
          .filter((x) => x.t !== p.t && x.s >= p.s - MARGIN && free(x.t))
          .map((x) => ({ id: x.t.id, score: round(x.s) })),
      ].slice(0, 4);
      continue;
    }
    c.status = 'mapped';
    c.target = p.t.id;
    c.score = round(p.s);
    occupy(p.t);
  }

  // A column whose title says only "Tổng số" beside "HĐND cấp huyện – Số nữ": its neighbours' group decides.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of choices) {
      if (c.status !== 'ambiguous') continue;
      const near = [choice(c.index - 1), choice(c.index + 1)]
        .filter((x) => x && (x.status === 'mapped' || x.status === 'chosen') && x.target)
        .map((x) => parentOf(byId.get(x!.target!)!));
      const fits = c.candidates
        .map((x) => byId.get(x.id)!)
        .filter((t) => free(t) && near.includes(parentOf(t)) && parentOf(t) !== '');
      if (fits.length !== 1) continue;
      c.status = 'mapped';
      c.target = fits[0]!.id;
      c.score = c.candidates.find((x) => x.id === fits[0]!.id)!.score;
      occupy(fits[0]!);
    }
  }
  return choices;
}

function overlaps(a: Target, b: Target): boolean {
  return a.keys.some((k) => b.keys.includes(k));
}

function round(s: number): number {
  return Math.round(s * 1000) / 1000;
}

/** Levels named by a source column's header (for settings inference). */
export function headerLevels(span: TableSpan): LevelFact[] {
  const out = new Set<LevelFact>();
  for (const c of span.columns) for (const p of c.path) for (const l of levelsOf(p)) out.add(l);
  return [...out];
}
