/**
 * Property tests of the parsers (fast-check, 1000 runs each): they never throw on any string
 * or cell, their results are well-formed, and what the formatters write is read back.
 *
 * The round-trip contracts, stated precisely:
 * - Numbers. For finite x within ±1e12 and d ∈ 0…4, parseNumberText(formatVnNumber(x, d)) is
 *   ok with value = Number(x.toFixed(d)) (x rounded to d decimals, -0 read as 0), decimals = d,
 *   no percent. `value` is always the Vietnamese reading; `alternative` is the English reading
 *   of the same text and is part of the contract — present exactly when the text is ambiguous:
 *     d = 0 and 1.000 ≤ |r| < 1.000.000 ("1.250" → 1250, alternative 1,25);
 *     d = 3 and 1 ≤ |r| < 1.000       ("1,250" → 1,25, alternative 1250);
 *   never otherwise ("0,250" is no thousands group; "1.250,5" and "1.250.000" are unambiguous).
 * - Percentages. parseNumberText(formatPercent(v)) is ok with percent = true, value =
 *   Number(v.toFixed(2)) and decimals = the digits written; an integer percentage of 1.000 or
 *   more ("1.250 %") keeps the Vietnamese reading 1250 with the English 1,25 as alternative.
 * - Dates. For every valid date of 1900–2200, parseDateText(formatVnDate(iso)) gives the same
 *   iso, and so do d/m/yyyy, dd-mm-yyyy, d.m.yyyy, "ngày …" and yyyy-mm-dd with stray spaces;
 *   a day past the end of its month is 'impossible'.
 * - Document numbers. For n/ABBR-ISSUER (state), n/ISSUER-UNIT (Công văn) and n-ABBR/ISSUER
 *   (Party), any "Số:" prefix, spaces or en dashes around the separators, trailing punctuation,
 *   NFD, zero-width or non-breaking spaces give back `cleaned` = the clean form, the number,
 *   and a cleanup flag for each decoration the officer must fix.
 */
import fc from 'fast-check';
import { displayValue, readCell } from '../../src/domain/engine/read-cell';
import { daysInMonth, formatVnDate, parseDateText } from '../../src/domain/parse/date';
import { parseDocNumber, TYPE_ABBREVIATIONS } from '../../src/domain/parse/doc-number';
import {
  decimalsOf,
  formatPercent,
  formatVnNumber,
  parseFractionText,
  parseNumberText,
} from '../../src/domain/parse/number';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATES } from '../../src/domain/templates/catalog';
import type { Column } from '../../src/domain/templates/schema';
import { buildLayout } from '../../src/domain/templates/template';
import { looseKey, needsNormalization, normalizeText, sameLabel, textKey } from '../../src/domain/text/normalize';
import { anyText, maybeCell, officerText } from './arbitraries';

const RUNS = { numRuns: 1000 };
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Every column of every template (both level settings), and each with unit text flipped. */
const COLUMNS: Column[] = (() => {
  const out: Column[] = [];
  for (const levels of [
    ['tinh', 'huyen', 'xa'],
    ['tinh', 'xa'],
  ] as const) {
    const settings = defaultSettings({ reportYear: 2024, levels: [...levels] });
    for (const t of TEMPLATES) for (const table of buildLayout(t, settings).tables) out.push(...table.columns);
  }
  return [...out, ...out.map((c) => ({ ...c, allowUnitText: !c.allowUnitText, allowNA: !c.allowNA }))];
})();

describe('parsers never throw and return well-formed results', () => {
  it('parseNumberText', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const p = parseNumberText(s);
        if (p.ok) {
          expect(Number.isFinite(p.value)).toBe(true);
          expect(Number.isInteger(p.decimals) && p.decimals >= 0).toBe(true);
          if (p.alternative !== undefined) expect(Number.isFinite(p.alternative)).toBe(true);
        } else {
          expect(['empty', 'malformed', 'not-number']).toContain(p.reason);
        }
        parseFractionText(s);
      }),
      RUNS,
    );
  });

  it('parseDateText', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const p = parseDateText(s);
        if (p.ok) {
          expect(p.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${p.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(p.iso);
          expect(p.year >= 1900 && p.year <= 2200).toBe(true);
        } else {
          expect(['empty', 'malformed', 'impossible']).toContain(p.reason);
        }
      }),
      RUNS,
    );
  });

  it('parseDocNumber', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const p = parseDocNumber(s);
        if (p.ok) {
          expect(Number.isInteger(p.number) && p.number >= 0).toBe(true);
          expect(p.cleaned).toBe(p.cleaned.trim());
          expect(p.cleaned).not.toMatch(/\s/);
          expect(p.parts.length).toBeGreaterThan(0);
        } else {
          expect(['empty', 'malformed']).toContain(p.reason);
        }
      }),
      RUNS,
    );
  });

  it('normalizeText: idempotent, NFC, no zero-width characters, single inner spaces, trimmed; NFD is the same label', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
        expect(n.normalize('NFC')).toBe(n);
        expect(n).not.toMatch(ZERO_WIDTH);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/[^\S ]| {2}/);
        expect(textKey(s.normalize('NFD'))).toBe(textKey(s));
        expect(sameLabel(s, s.normalize('NFD'))).toBe(true);
        expect(looseKey(n)).toBe(looseKey(s));
        expect(typeof needsNormalization(s)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('readCell and displayValue, for any cell in any column of any template', () => {
    fc.assert(
      fc.property(maybeCell, fc.constantFrom(...COLUMNS), (raw, col) => {
        const r = readCell(raw, col);
        expect(['empty', 'na', 'num', 'text', 'bad', 'frac', 'date', 'err', 'bool', 'pending']).toContain(r.s);
        if (r.s === 'num') {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Number.isInteger(r.decimals) && r.decimals >= 0).toBe(true);
        }
        if (r.s === 'date') expect(typeof r.iso).toBe('string');
        expect(typeof displayValue(raw)).toBe('string');
      }),
      RUNS,
    );
  });
});

describe('round trips', () => {
  it('numbers: parseNumberText(formatVnNumber(x, d)) is x rounded to d decimals, ambiguity stated', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const text = formatVnNumber(x, d);
        const p = parseNumberText(text);
        const r = Number(x.toFixed(d)) + 0;
        if (!p.ok) throw new Error(`"${text}" did not parse`);
        expect(p.value + 0).toBe(r);
        expect(Math.abs(p.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 4 * Number.EPSILON);
        expect(p.decimals).toBe(d);
        expect(p.percent).toBe(false);
        const abs = Math.abs(r);
        const english =
          Number(text.replace('-', '').replace(/\./g, 'D').replace(/,/g, '').replace('D', '.')) * Math.sign(r);
        const thousands = Number(text.replace('-', '').replace(/[.,]/g, '')) * Math.sign(r);
        if (d === 0 && abs >= 1000 && abs < 1e6) expect(p.alternative).toBe(english);
        else if (d === 3 && abs >= 1 && abs < 1000) expect(p.alternative).toBe(thousands);
        else expect(p.alternative).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('percentages: parseNumberText(formatPercent(v)) is v rounded to 2 decimals, with the % sign', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -200, max: 200, noNaN: true }),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e6, max: 1e6 }),
        ),
        (v) => {
          const text = formatPercent(v);
          const p = parseNumberText(text);
          const r = Number(v.toFixed(2)) + 0;
          if (!p.ok) throw new Error(`"${text}" did not parse`);
          expect(p.value + 0).toBe(r);
          expect(p.percent).toBe(true);
          expect(p.decimals).toBe(decimalsOf(r));
          if (Number.isInteger(r) && Math.abs(r) >= 1000 && Math.abs(r) < 1e6) expect(p.alternative).toBe(r / 1000);
          else expect(p.alternative).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  const dates = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const sp = fc.constantFrom('', ' ', '  ', '\u00A0');

  it('dates: formatVnDate → parseDateText gives the same ISO date, 1900–2200', () => {
    fc.assert(
      fc.property(dates, (iso) => {
        expect(parseDateText(formatVnDate(iso))).toMatchObject({ ok: true, iso });
      }),
      RUNS,
    );
  });

  it('dates: d/m/yyyy, dd-mm-yyyy, d.m.yyyy, "ngày …", yyyy-mm-dd with stray spaces all read the same', () => {
    fc.assert(
      fc.property(
        dates,
        fc.constantFrom('/', '-', '.'),
        sp,
        sp,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('dmy', 'iso'),
        (iso, sep, s1, s2, pad, ngay, form) => {
          const [y, m, d] = iso.split('-');
          const day = pad ? d! : String(Number(d));
          const month = pad ? m! : String(Number(m));
          const text =
            form === 'iso'
              ? `${s1}${iso}${s2}`
              : `${ngay ? 'ngày ' : ''}${day}${s1}${sep}${s2}${month}${s2}${sep}${s1}${y}`;
          expect(parseDateText(text)).toMatchObject({ ok: true, iso });
        },
      ),
      RUNS,
    );
  });

  it('dates: a day past the end of its month is impossible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (y, m, extra) => {
          const day = daysInMonth(y, m) + extra;
          if (day > 99) return;
          expect(parseDateText(`${day}/${m}/${y}`)).toEqual({ ok: false, reason: 'impossible' });
        },
      ),
      RUNS,
    );
  });

  const ISSUERS = ['UBND', 'LĐTBXH', 'BTV', 'HĐND', 'TU', 'VHTT', 'VX', 'SYT', 'PNV', 'BCĐ', 'UBMTTQ', 'HLHPN'];
  const letters = fc.string({ unit: fc.constantFrom(...'ABCDĐEGHIKLMNOPQRSTUVXY'), minLength: 1, maxLength: 6 });
  const issuer = fc
    .array(fc.oneof(fc.constantFrom(...ISSUERS), letters), { minLength: 1, maxLength: 3 })
    .map((p) => p.join('-'));
  const abbr = fc.constantFrom(...Object.values(TYPE_ABBREVIATIONS));
  const number = fc.oneof(
    fc.integer({ min: 1, max: 99999 }).map(String),
    fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')),
  );
  const clean = fc.oneof(
    fc.tuple(number, abbr, issuer).map(([n, a, i]) => ({ n, text: `${n}/${a}-${i}` })),
    fc.tuple(number, issuer, letters).map(([n, i, u]) => ({ n, text: `${n}/${i}-${u}` })),
    fc.tuple(number, abbr, issuer).map(([n, a, i]) => ({ n, text: `${n}-${a}/${i}` })),
  );

  it('document numbers: prefixes, spaces, dashes and trailing punctuation are cleaned back to the clean form', () => {
    fc.assert(
      fc.property(
        clean,
        fc.constantFrom('', 'Số:', 'Số: ', 'Số ', 'số:', 'SỐ:', 'So:', 'Số.', 'Số:\u00A0', 'so '),
        fc.array(fc.tuple(sp, fc.constantFrom('-', '–'), sp), { minLength: 8, maxLength: 8 }),
        fc.array(fc.tuple(sp, sp), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom(',', '.', ';', ':', ' ', '\u00A0'), { maxLength: 3 }),
        fc.constantFrom('', ' ', '\u200B', '\uFEFF', '\u00A0'),
        fc.boolean(),
        ({ n, text }, prefix, dashes, slashes, trailing, outer, nfd) => {
          let di = 0;
          let si = 0;
          const spaced = text.replace(/[-/]/g, (c) => {
            if (c === '/') {
              const [a, b] = slashes[si++ % slashes.length]!;
              return `${a}/${b}`;
            }
            const [a, dash, b] = dashes[di++ % dashes.length]!;
            return `${a}${dash}${b}`;
          });
          let decorated = `${outer}${prefix}${spaced}${trailing.join('')}${outer}`;
          if (nfd) decorated = decorated.normalize('NFD');
          const p = parseDocNumber(decorated);
          if (!p.ok) throw new Error(`"${decorated}" did not parse`);
          expect(p.cleaned).toBe(text);
          expect(p.number).toBe(Number(n));
          expect(p.cleanups.includes('prefix')).toBe(prefix !== '');
          expect(p.cleanups.includes('trailing-punctuation')).toBe(trailing.some((c) => c.trim() !== ''));
          expect(p.cleanups.includes('spaces')).toBe(normalizeText(spaced) !== text);
        },
      ),
      RUNS,
    );
  });
});

describe('officer-like text exercises the same parsers', () => {
  it('officerText reaches numbers, dates and document numbers that parse', () => {
    let numbers = 0;
    fc.assert(
      fc.property(officerText, (s) => {
        if (parseNumberText(s).ok) numbers++;
      }),
      RUNS,
    );
    expect(numbers).toBeGreaterThan(0);
  });
});
