/**
 * Vietnamese text normalisation (rule family 9). Text pasted from PDFs or converted from
 * TCVN3/VNI often arrives decomposed (NFD), with zero-width or non-breaking spaces.
 *
 * Most cells are already clean (ASCII, or precomposed Vietnamese with single spaces): a
 * character scan recognises them and returns them as they are, without the regular
 * expressions or the NFC pass (the results are the same; the scan only decides when the
 * slow path can be skipped).
 */

import { KeptMap } from '../kept-map';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/**
 * True when `s` is already its own normalised form: no leading, trailing or doubled space,
 * no other space or zero-width character, and only characters NFC leaves alone when no
 * combining mark follows them (below U+0300 except controls and the soft hyphen, or the
 * precomposed Latin letters U+1E00–U+1EFF where Vietnamese lives).
 */
export function isClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 32 && c < 127) continue;
    if (c >= 0xa0 && c < 0x300 && c !== 0xa0 && c !== 0xad) continue;
    if (c >= 0x1e00 && c <= 0x1eff) continue;
    return false;
  }
  return true;
}

/** NFC, no zero-width characters, single spaces, trimmed. Zero-width characters go first: one between a letter and its combining mark would otherwise keep them apart. */
export function normalizeText(s: string): string {
  if (isClean(s)) return s;
  return s.replace(ZERO_WIDTH, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/** True when the text normalises to '' (only spaces and zero-width characters), without building it. */
export function isBlankText(s: string): boolean {
  if (s.length === 0) return true;
  // A first character outside BLANK's set answers at once (every name and number typed as text):
  // printable ASCII but the space, and U+00AE–U+1FFF but U+1680 (Latin letters, Vietnamese's among them).
  const c = s.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c > 0xad && c < 0x2000 && c !== 0x1680)) return false;
  return BLANK.test(s);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 126) return false;
  return true;
}

/** A comparison key: normalized, lower-case (Vietnamese-aware), đ kept. */
export function textKey(s: string): string {
  // Vietnamese has no locale-specific case mappings (no dotless i), so toLowerCase is exact.
  return normalizeText(s).toLowerCase();
}

const NOT_KEY = /[^a-z0-9%]+/g;

/** The base letter of a precomposed character (its first NFD code), '' when it has none in a–z. */
const FOLD = new Map<number, number>();
function foldCode(c: number): number {
  let f = FOLD.get(c);
  if (f === undefined) {
    const b = c === 0x111 ? 0x64 : String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    f = (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) ? b : -1;
    FOLD.set(c, f);
  }
  return f;
}

function isKeyCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x25;
}

/**
 * Loose keys made, by text: binding matches every fixed row of a table by its key, and the
 * headers and labels of a sheet are the same texts at every check (each distinct text is folded
 * once, not at every validation). The last 4096.
 */
const looseKeys = new KeptMap<string, string>(4096);

/** Loose key: also without diacritics, punctuation folded to spaces — for fuzzy label matching. */
export function looseKey(s: string): string {
  const kept = looseKeys.get(s);
  if (kept !== undefined) return kept;
  const k = makeLooseKey(s);
  looseKeys.set(s, k);
  return k;
}

function makeLooseKey(s: string): string {
  const t = textKey(s);
  // ASCII has no diacritics to drop: only the punctuation fold remains.
  if (isAscii(t)) return t.replace(NOT_KEY, ' ').trim();
  if (isClean(t)) {
    // Precomposed letters only: each folds to its base letter on its own (as NFD then dropping marks would).
    let out = '';
    let gap = false;
    for (let i = 0; i < t.length; i++) {
      let c = t.charCodeAt(i);
      if (c > 0x7e) c = foldCode(c);
      if (c >= 0 && isKeyCode(c)) {
        if (gap && out !== '') out += ' ';
        gap = false;
        out += String.fromCharCode(c);
      } else gap = true;
    }
    return out;
  }
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(NOT_KEY, ' ')
    .trim();
}

export const KEY_EMPTY = -1;
export const KEY_UNKNOWN = -2;

/**
 * The first character code of looseKey(s) without making the key, when the first character
 * that gives the key anything is ASCII ("Xã 1" → "x"); KEY_EMPTY when the key is '' (only ASCII
 * punctuation and spaces), KEY_UNKNOWN when a non-ASCII character comes first (make the key).
 */
export function looseKeyStart(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) return KEY_UNKNOWN;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    if (isKeyCode(c)) return c;
  }
  return KEY_EMPTY;
}

export function sameLabel(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/** True when the text differs from its normalized form in more than surrounding spaces. */
export function needsNormalization(s: string): boolean {
  if (isClean(s)) return false;
  return s.trim() !== normalizeText(s);
}
