/**
 * Sheets read in pieces: the scanner given a worksheet part cut anywhere gives the cells it
 * gives for the whole part; zip.stream hands over what zip.read returns, with the same checks;
 * a part declared larger than 24 MB is inflated piece by piece.
 */
import { deflateRawSync } from 'zlib';
import { strToU8, zipSync } from 'fflate';
import { openZip, ZipError } from '../../src/adapters/ooxml/zip';
import { NODE_INFLATE, zlibInflateStream } from '../../src/adapters/xlsx/read-file';
import { readSheet, SheetScanner, type SheetContext } from '../../src/adapters/xlsx/sheet';
import { forgeDeclaredSize } from './zip-tools';

const ctx: SheetContext = {
  sst: ['Tổng', 'Xã A', 'KH &amp; chi'],
  styles: { nf: [undefined, '0.0%', 'dd/mm/yyyy'], date: [false, false, true] },
  date1904: false,
};

/** A worksheet with what the scanner must carry across a cut: prefixes, rows and cells without r, formulas, merges at the end. */
function sheetXml(rows: number, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix
    ? ` xmlns:${prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet${ns}><${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>`,
  ];
  out.push(`<${p}cols><${p}col min="1" max="3" width="12"/></${p}cols><${p}sheetData>`);
  for (let r = 1; r <= rows; r++) {
    if (r % 7 === 0) {
      out.push(`<${p}row r="${r}"/>`);
      continue;
    }
    // Every fifth row and its cells carry no r: their place follows from the previous ones.
    const ref = (c: string) => (r % 5 === 0 ? '' : ` r="${c}${r}"`);
    out.push(r % 5 === 0 ? `<${p}row>` : `<${p}row r="${r}" spans="1:5">`);
    out.push(`<${p}c${ref('A')} t="s"><${p}v>${r % 3}</${p}v></${p}c>`);
    out.push(`<${p}c${ref('B')}><${p}v>${r * 1.5}</${p}v></${p}c>`);
    out.push(`<${p}c${ref('C')} s="1"><${p}v>0.${r % 10}</${p}v></${p}c>`);
    out.push(`<${p}c${ref('D')} t="inlineStr"><${p}is><${p}t>Văn bản &lt;${r}&gt; đợt ${r}</${p}t></${p}is></${p}c>`);
    out.push(`<${p}c${ref('E')} s="2"><${p}v>${44900 + r}</${p}v></${p}c>`);
    if (r === 3) out.push(`<${p}c r="F3"><${p}f t="shared" ref="F3:F9" si="0">B3*2</${p}f><${p}v>9</${p}v></${p}c>`);
    else if (r > 3 && r < 10 && r % 5 !== 0)
      out.push(`<${p}c r="F${r}"><${p}f t="shared" si="0"/><${p}v>1</${p}v></${p}c>`);
    out.push(`</${p}row>`);
  }
  out.push(`</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:C1"/></${p}mergeCells></${p}worksheet>`);
  return out.join('');
}

/** The part pushed in pieces cut at `cuts`; with `markLast`, the final piece says it is the last. */
function scanInPieces(bytes: Uint8Array, cuts: number[], markLast = false): ReturnType<typeof readSheet> {
  const scan = new SheetScanner('S', ctx);
  let at = 0;
  const ends = [...cuts, bytes.length];
  ends.forEach((c, i) => {
    scan.push(bytes.subarray(at, c), markLast && i === ends.length - 1);
    at = c;
  });
  return scan.end();
}

describe('SheetScanner', () => {
  for (const prefix of ['', 'x']) {
    it(`gives the whole part's cells wherever the part is cut (${prefix ? 'prefixed' : 'plain'} XML)`, () => {
      const bytes = strToU8(sheetXml(14, prefix));
      const whole = readSheet(bytes, 'S', ctx);
      expect(whole.cells.length).toBe(13); // row 14 is empty
      expect(whole.merges).toEqual(['A1:C1']);
      expect(whole.cells[2]?.[5]).toEqual({ t: 'n', v: 9, f: '=B3*2' });
      expect(whole.cells[5]?.[5]).toEqual({ t: 'n', v: 1, f: '=B6*2' });
      // One cut at every byte, then many random cuts at once.
      for (let cut = 1; cut < bytes.length; cut += 2) expect(scanInPieces(bytes, [cut], cut % 4 === 1)).toEqual(whole);
      let seed = 7;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let k = 0; k < 50; k++) {
        const cuts = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => Math.floor(rand() * bytes.length)).sort(
          (a, b) => a - b,
        );
        expect(scanInPieces(bytes, cuts, k % 2 === 0)).toEqual(whole);
      }
    });
  }

  it('does not cut inside a CDATA section or a comment that holds "</row>"', () => {
    // XML allows both in a worksheet part; a cut there would end the piece inside them.
    const xml = sheetXml(12)
      .replace('<row r="4" spans="1:5">', '<row r="4" spans="1:5"><!-- ghi chú </row><row r="99"> -->')
      .replace(
        /<c r="D6" t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>/,
        '<c r="D6" t="inlineStr"><is><t><![CDATA[Mục <b> </row> và </x:row> ]]></t></is></c>',
      );
    const bytes = strToU8(xml);
    const whole = readSheet(bytes, 'S', ctx);
    expect(whole.cells[5]?.[3]).toEqual({ t: 's', v: 'Mục <b> </row> và </x:row> ' });
    expect(whole.cells[98]).toBeUndefined();
    for (let cut = 1; cut < bytes.length; cut++) expect(scanInPieces(bytes, [cut], cut % 4 === 1)).toEqual(whole);
    // Every piece a few bytes long: the section spans many of them.
    const cuts = Array.from({ length: Math.floor(bytes.length / 7) }, (_, i) => (i + 1) * 7);
    expect(scanInPieces(bytes, cuts)).toEqual(whole);
  });

  it('reads a part that holds no complete row until its end, and an empty piece', () => {
    const bytes = strToU8(sheetXml(2));
    const whole = readSheet(bytes, 'S', ctx);
    const scan = new SheetScanner('S', ctx);
    scan.push(new Uint8Array(0));
    for (let i = 0; i < bytes.length; i += 1) scan.push(bytes.subarray(i, i + 1));
    expect(scan.end()).toEqual(whole);
  });

  it('still refuses a reference past the grid in a later piece', () => {
    const xml = sheetXml(20).replace('<row r="12" spans="1:5">', '<row r="2000000000">');
    const bytes = strToU8(xml);
    expect(() => scanInPieces(bytes, [200, 900, 1500])).toThrow(/row/);
  });
});

describe('zip.stream', () => {
  const xml = strToU8(sheetXml(300));
  const bytes = zipSync({ 'a.xml': xml, 'b.xml': [strToU8('<x/>'), { level: 0 }] }, { level: 6 });

  it('hands over the bytes zip.read gives, stored or deflated, with fflate and with node’s zlib', () => {
    for (const options of [{}, NODE_INFLATE]) {
      const zip = openZip(bytes, options);
      for (const name of ['a.xml', 'b.xml']) {
        const entry = zip.get(name)!;
        const pieces: Uint8Array[] = [];
        const lasts: boolean[] = [];
        zip.stream(entry, 1e9, (p, last) => {
          pieces.push(p.slice());
          lasts.push(last);
        });
        expect(Buffer.concat(pieces)).toEqual(Buffer.from(zip.read(entry, 1e9)));
        // Only the final piece says it is the last.
        expect(lasts.indexOf(true)).toBe(lasts.length - 1);
      }
    }
  });

  it('refuses a part over the limit or past its declared size, as read does', () => {
    const zip = openZip(bytes);
    expect(() => zip.stream(zip.get('a.xml')!, 100, () => undefined)).toThrow(ZipError);
    const forged = openZip(forgeDeclaredSize(bytes, 'a.xml', (n) => n - 10));
    let err: unknown;
    try {
      forged.stream(forged.get('a.xml')!, 1e9, () => undefined);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ZipError);
    expect((err as ZipError).kind).toBe('too-large');
  });

  it('lets the sink’s own error through unchanged', () => {
    const zip = openZip(bytes);
    const mine = new Error('mine');
    expect(() =>
      zip.stream(zip.get('a.xml')!, 1e9, () => {
        throw mine;
      }),
    ).toThrow(mine);
  });
});

describe('zlibInflateStream', () => {
  it('inflates a part declared over 24 MB in several pieces, the same bytes in the end', () => {
    const row = strToU8('<row r="1"><c r="A1" t="inlineStr"><is><t>Văn bản chỉ đạo</t></is></c></row>');
    // Sheet-like bytes that compress about as much as a sheet does (not a repeated run).
    const big = new Uint8Array(25 * 1024 * 1024);
    let seed = 1;
    for (let o = 0; o < big.length; o++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      big[o] = seed % 5 === 0 ? 48 + (seed % 10) : row[o % row.length]!;
    }
    const deflated = deflateRawSync(big, { level: 1 });
    let count = 0;
    let total = 0;
    let same = true;
    zlibInflateStream(deflated, big.length, (p) => {
      for (let i = 0; i < p.length; i += 4099) if (p[i] !== big[total + i]) same = false;
      count++;
      total += p.length;
    });
    expect(total).toBe(big.length);
    expect(same).toBe(true);
    expect(count).toBeGreaterThan(10);
    // A small part is one piece.
    count = 0;
    zlibInflateStream(deflateRawSync(row), row.length, () => count++);
    expect(count).toBe(1);
  });
});
