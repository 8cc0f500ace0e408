/**
 * Small helpers shared by several rules: the indicator of a row, whether a number written
 * with a unit is in the indicator's unit, "more than 100 %" written as text, cell text.
 * Pure; never throws.
 */
import type { CellView } from '../../engine/annex-view';
import type { BoundRow } from '../../engine/bind';
import { cellText } from '../../engine/bind';
import { findIndicator } from '../../indicators/load';
import type { Indicator, IndicatorSet } from '../../indicators/schema';
import { parseNumberText } from '../../parse/number';
import { looseKey, textKey } from '../../text/normalize';

export const EPS = 1e-9;

/** The indicator a CLQG/KH row (or one of its sub-rows) is about. */
export function indicatorOfRow(set: IndicatorSet, row: BoundRow): Indicator | undefined {
  const id = row.def?.indicatorId;
  return id ? findIndicator(set, id) : undefined;
}

/** The text of a cell as the officer typed it (normalized), '' for empty cells. */
export function textOf(cell: CellView | undefined): string {
  return cell ? cellText(cell.raw) : '';
}

/** "100.000" → 100000: a denominator written with Vietnamese thousands dots. */
function parseDenominator(s: string): number | undefined {
  const digits = s.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}

/** The "/N" of a unit such as "bé trai/100 bé gái" or "/100.000 trẻ sinh sống"; undefined when there is none. */
export function unitDenominator(unit: string): { value: number; rest: string } | undefined {
  const m = /\/\s*(\d[\d.]*)\s*(.*)$/.exec(unit);
  if (!m) return undefined;
  const value = parseDenominator(m[1]!.replace(/\.$/, ''));
  return value === undefined ? undefined : { value, rest: m[2]!.trim() };
}

function tokens(s: string): string[] {
  return looseKey(s)
    .split(' ')
    .filter((t) => t !== '' && !/^\d+$/.test(t));
}

/**
 * Whether a number written with this unit text ("%", "bé trai/100 bé gái", "/1.000", "tin/quý")
 * is a value in the indicator's own unit. Empty unit text counts as the indicator's unit.
 */
export function unitFits(ind: Indicator, unitText: string | undefined): boolean {
  const u = (unitText ?? '').trim();
  if (u === '') return true;
  if (u === '%') return ind.unit === '%';
  const mine = unitDenominator(ind.unit);
  const theirs = unitDenominator(u);
  if (mine || theirs) return mine !== undefined && theirs !== undefined && mine.value === theirs.value;
  const a = tokens(ind.unit);
  const b = tokens(u);
  return b.length > 0 && b.every((t) => a.includes(t));
}

/**
 * A numeric value of an indicator cell (KH/CLQG), only when it is written in the indicator's
 * unit (so "03 tin/quý" under a % indicator, or "108 bé trai/110 bé gái", are not read as values).
 */
export function indicatorValue(cell: CellView | undefined, ind: Indicator): number | undefined {
  const r = cell?.reading;
  if (!r || r.s !== 'num') return undefined;
  if (r.percentSign && ind.unit !== '%') return undefined;
  return unitFits(ind, r.unitText) ? r.value : undefined;
}

const OVER_WORDS = /(?:^|[^a-z])(?:tren|hon|vuot(?: qua)?|>)\s*(\d[\d.,]*)/g;
const PERCENT_NUMBERS = /(\d[\d.,]*)\s*%/g;

/** Lower case, without diacritics, punctuation kept (numbers stay readable). */
function fold(s: string): string {
  return textKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/**
 * A share written as text that says more than 100 %: "trên 100%", "hơn 100 %", "vượt 100%",
 * "105%". Returns the number found, or undefined. Only text with a "%" or an "over" word counts.
 */
export function overHundredInText(text: string): number | undefined {
  const key = fold(text);
  for (const m of key.matchAll(OVER_WORDS)) {
    const p = parseNumberText(m[1]!.replace(/[.,]$/, ''));
    if (p.ok && p.value >= 100 - EPS) return p.value;
  }
  for (const m of key.matchAll(PERCENT_NUMBERS)) {
    const p = parseNumberText(m[1]!.replace(/[.,]$/, ''));
    if (p.ok && p.value > 100 + EPS) return p.value;
  }
  return undefined;
}

/** Made once (a regular expression literal in a function is a new object on every call; this runs for every row). */
const SEQUENCE_NUMBER = /^(\d{1,6})\.?$/;

/** A whole number typed in a "TT" cell: 3, "3", "3." → 3. */
export function sequenceNumber(cell: CellView | undefined): number | undefined {
  if (!cell?.raw) return undefined;
  if (cell.raw.t === 'n') return Number.isInteger(cell.raw.v) ? cell.raw.v : undefined;
  const m = SEQUENCE_NUMBER.exec(cellText(cell.raw));
  return m ? Number(m[1]) : undefined;
}
