/**
 * Vietnamese text normalisation (rule family 9). Text pasted from PDFs or converted from
 * TCVN3/VNI often arrives decomposed (NFD), with zero-width or non-breaking spaces.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, no zero-width characters, single spaces, trimmed. Zero-width characters go first: one between a letter and its combining mark would otherwise keep them apart. */
export function normalizeText(s: string): string {
  return s.replace(ZERO_WIDTH, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/** A comparison key: normalized, lower-case (Vietnamese-aware), đ kept. */
export function textKey(s: string): string {
  // Vietnamese has no locale-specific case mappings (no dotless i), so toLowerCase is exact.
  return normalizeText(s).toLowerCase();
}

/** Loose key: also without diacritics, punctuation folded to spaces — for fuzzy label matching. */
export function looseKey(s: string): string {
  return textKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

export function sameLabel(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/** True when the text differs from its normalized form in more than surrounding spaces. */
export function needsNormalization(s: string): boolean {
  return s.trim() !== normalizeText(s);
}
