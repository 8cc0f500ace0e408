/**
 * Issue #10, item 2: tolerant of what ECMA-376 allows and real producers write. Each file of
 * the corpus gives the same findings as its original:
 * - LibreOffice: our generated workbooks opened and saved by LibreOffice Calc (committed
 *   fixtures, made by scripts/make-reader-fixtures.mjs with `soffice --headless --convert-to xlsx`);
 * - hand-written variants of the originals' XML, each what some producer writes: the OpenXML
 *   SDK's `x:` prefixes, cells and rows without `r`, inline strings, rich-text runs with
 *   phonetic hints, character references, LibreOffice's "true"/"false", the 1904 date system,
 *   absolute relationship targets, a BOM and CRLF line ends, parts in another order.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8 } from 'fflate';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { validateSnapshot } from '../../src/domain/engine/validate';
import type { Finding } from '../../src/domain/report/schema';
import { unzipParts, zipParts, type Parts } from './zip-tools';

const fixtures = path.join(__dirname, '..', 'fixtures', 'reader');
const load = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));

function findings(
  bytes: Uint8Array,
): Pick<Finding, 'rule' | 'messageId' | 'severity' | 'sheet' | 'cell' | 'message'>[] {
  const report = validateSnapshot(readXlsx(bytes), { now: () => 0 });
  return report.findings.map(({ rule, messageId, severity, sheet, cell, message }) => ({
    rule,
    messageId,
    severity,
    sheet,
    cell,
    message,
  }));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const isSml = (name: string) => /^xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml$/.test(name);

function transform(bytes: Uint8Array, edit: (xml: string, name: string, parts: Parts) => string): Uint8Array {
  const parts = unzipParts(bytes);
  for (const name of Object.keys(parts))
    if (isSml(name)) parts[name] = strToU8(edit(strFromU8(parts[name]!), name, parts));
  return zipParts(parts);
}

/** The OpenXML SDK's way: the main namespace under a prefix, every element prefixed. */
function prefixed(bytes: Uint8Array): Uint8Array {
  return transform(bytes, (xml) =>
    xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w.]*)(?=[\s/>])/g, '<$1x:$2'),
  );
}

/** Positions left implicit wherever ECMA-376 allows: a cell right after the previous one, a row right after the previous. */
function withoutR(bytes: Uint8Array): Uint8Array {
  const col = (ref: string) => [...ref.replace(/\d+/g, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return transform(bytes, (xml, name) => {
    if (!name.startsWith('xl/worksheets/')) return xml;
    let prevRow = 0;
    let prevCol = 0;
    return xml.replace(/<(row|c) r="([A-Z]*)(\d+)"/g, (m, tag: string, letters: string, digits: string) => {
      if (tag === 'row') {
        const n = Number(digits);
        const implicit = n === prevRow + 1;
        prevRow = n;
        prevCol = 0;
        return implicit ? '<row' : m;
      }
      const c = col(letters);
      const implicit = c === prevCol + 1;
      prevCol = c;
      return implicit ? '<c' : m;
    });
  });
}

function sharedStrings(parts: Parts): string[] {
  const xml = strFromU8(parts['xl/sharedStrings.xml']!);
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  );
}

/** Inline strings instead of the shared table (what streaming writers and Google Sheets do). */
function inline(bytes: Uint8Array): Uint8Array {
  return transform(bytes, (xml, name, parts) => {
    if (!name.startsWith('xl/worksheets/')) return xml;
    const sst = sharedStrings(parts);
    return xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => {
      return `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${sst[Number(i)]}</t></is></c>`;
    });
  });
}

/** Each shared string split into two rich-text runs, with a phonetic run that must not be read. */
function richRuns(bytes: Uint8Array): Uint8Array {
  return transform(bytes, (xml, name) => {
    if (name !== 'xl/sharedStrings.xml') return xml;
    return xml.replace(/<si><t([^>]*)>([\s\S]*?)<\/t><\/si>/g, (_m, attrs: string, text: string) => {
      const cut = text.indexOf(' ') > 0 ? text.indexOf(' ') : 0;
      return `<si><r><rPr><b/><sz val="11"/></rPr><t${attrs}>${text.slice(0, cut)}</t></r><r><t xml:space="preserve">${text.slice(cut)}</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>`;
    });
  });
}

/** Every non-ASCII character of the strings written as a character reference. */
function charRefs(bytes: Uint8Array): Uint8Array {
  return transform(bytes, (xml, name) =>
    name === 'xl/sharedStrings.xml' || name === 'xl/workbook.xml'
      ? xml.replace(/[\u0080-\u{10ffff}]/gu, (ch) => `&#x${ch.codePointAt(0)!.toString(16)};`)
      : xml,
  );
}

/** LibreOffice's booleans: "true"/"false" for every 0/1 flag, a BOM and CRLF, `<c t="n">` spelled out. */
function libreOfficeFlags(bytes: Uint8Array): Uint8Array {
  return transform(
    bytes,
    (xml) =>
      '\uFEFF' +
      xml
        .replace(
          / (date1904|hidden|customHeight|sheet|fitToPage|applyNumberFormat|applyFont|applyFill|applyBorder|applyAlignment|applyProtection|locked)="1"/g,
          ' $1="true"',
        )
        .replace(/ (date1904|hidden|customHeight|applyNumberFormat|locked)="0"/g, ' $1="false"')
        .replace(/<c r="([A-Z]+\d+)"( s="\d+")?><v>/g, '<c r="$1"$2 t="n"><v>')
        .replace(/></g, '>\r\n<'),
  );
}

/** The 1904 date system: every date-formatted number moved 1,462 days. */
function dates1904(bytes: Uint8Array): Uint8Array {
  const parts = unzipParts(bytes);
  const styles = strFromU8(parts['xl/styles.xml']!);
  const custom = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]!]),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const dateStyles = new Set<number>();
  [...xfs.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)].forEach((m, i) => {
    const id = Number(m[1]);
    const code = custom.get(m[1]!) ?? '';
    if ((id >= 14 && id <= 17) || id === 22 || /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) dateStyles.add(i);
  });
  return transform(bytes, (xml, name) => {
    if (name === 'xl/workbook.xml')
      return /<workbookPr/.test(xml)
        ? xml.replace(/<workbookPr/, '<workbookPr date1904="1"')
        : xml.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>');
    if (!name.startsWith('xl/worksheets/')) return xml;
    return xml.replace(/<c r="([A-Z]+\d+)" s="(\d+)"><v>([\d.]+)<\/v>/g, (m, ref: string, s: string, v: string) =>
      dateStyles.has(Number(s)) ? `<c r="${ref}" s="${s}"><v>${Number(v) - 1462}</v>` : m,
    );
  });
}

/** Relationship targets written absolute, parts stored in reverse order. */
function absoluteTargets(bytes: Uint8Array): Uint8Array {
  const parts = unzipParts(bytes);
  const rels = 'xl/_rels/workbook.xml.rels';
  parts[rels] = strToU8(strFromU8(parts[rels]!).replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
  return zipParts(Object.fromEntries(Object.entries(parts).reverse()));
}

/** The spreadsheet parts' text, in name order. */
function smlText(bytes: Uint8Array): string {
  const parts = unzipParts(bytes);
  return Object.keys(parts)
    .filter((n) => isSml(n) || n === 'xl/_rels/workbook.xml.rels')
    .sort()
    .map((n) => strFromU8(parts[n]!).replace(/^\uFEFF/, ''))
    .join('\n');
}

const VARIANTS: [string, (b: Uint8Array) => Uint8Array][] = [
  ['OpenXML SDK prefixes (<x:worksheet>)', prefixed],
  ['cells and rows without r', withoutR],
  ['inline strings', inline],
  ['rich-text runs with phonetic hints', richRuns],
  ['character references', charRefs],
  ['LibreOffice "true"/"false", BOM, CRLF', libreOfficeFlags],
  ['the 1904 date system', dates1904],
  ['absolute relationship targets, parts reordered', absoluteTargets],
  ['all of them at once', (b) => absoluteTargets(prefixed(withoutR(libreOfficeFlags(inline(dates1904(b))))))],
];

describe.each(['samples', 'filled'])('%s.xlsx', (name) => {
  const original = load(`${name}.xlsx`);
  const expected = findings(original);

  it('has findings to compare (the corpus is not trivially equal)', () => {
    expect(expected.length).toBeGreaterThan(5);
  });

  it.each(VARIANTS)('%s: the same findings', (_label, variant) => {
    const bytes = variant(original);
    // The variant really rewrote the spreadsheet XML (not only re-zipped it).
    expect(smlText(bytes) === smlText(original)).toBe(false);
    expect(findings(bytes)).toEqual(expected);
  });

  it('saved by LibreOffice Calc: the same findings', () => {
    const lo = load(`${name}.libreoffice.xlsx`);
    expect(strFromU8(unzipParts(lo)['docProps/app.xml']!)).toMatch(/LibreOffice/);
    expect(findings(lo)).toEqual(expected);
  });
});
