import { strToU8, zipSync } from 'fflate';
import { seedGrid } from './accuracy';
import { docxPackage, seedDocx } from './docx';
import { SEED_TABLES } from './seed-tables';
import type { TableGrid } from '../../src/domain/import/grid';
import { DocxReadError, readDocx, tablesOfDocument } from '../../src/adapters/docx/read';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;
const texts = (g: TableGrid) => g.cells.map((r) => r.map((c) => c.text));
const sortMerges = (g: Pick<TableGrid, 'merges'>) =>
  [...g.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1).map((m) => `${m.r1},${m.c1}-${m.r2},${m.c2}`);

function reason(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof DocxReadError) return e.reason;
    throw e;
  }
  return undefined;
}

describe('readDocx', () => {
  it('reads every seed table back: its cells, its merged areas (gridSpan, vMerge) and the lines above it', () => {
    for (const noisy of [false, true]) {
      const { grids, part } = readDocx(seedDocx(SEED_TABLES, { noisy }));
      expect(part).toBe('word/document.xml');
      const tables = noisy ? grids.slice(1) : grids;
      expect(tables).toHaveLength(SEED_TABLES.length);
      SEED_TABLES.forEach((t, i) => {
        const want = seedGrid(t);
        expect(texts(tables[i]!)).toEqual(texts(want));
        expect(sortMerges(tables[i]!)).toEqual(sortMerges(want));
        expect(tables[i]!.before.slice(-t.before.length)).toEqual(t.before);
      });
      if (noisy) {
        // The letterhead is a table too (the engine finds nothing to import in it).
        expect(texts(grids[0]!)[0]).toEqual([
          'ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
        ]);
        const all = JSON.stringify(grids);
        expect(all).not.toContain('999'); // hidden run
        expect(all).not.toContain('777'); // deleted revision
      }
    }
  });

  it('text as Word shows it: tabs, breaks, paragraphs, content controls, insertions; not field codes or drawings', () => {
    const [g] = tablesOfDocument(
      doc(
        `<w:tbl><w:tr>${tc(
          '<w:p><w:r><w:t>Số</w:t><w:tab/><w:t>TT</w:t></w:r></w:p><w:p><w:r><w:t>(1)</w:t></w:r></w:p>',
        )}${tc(
          '<w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:ins w:id="1"><w:r><w:t>Địa</w:t></w:r></w:ins><w:r><w:br/><w:t xml:space="preserve"> phương </w:t></w:r></w:p></w:sdtContent></w:sdt>',
        )}${tc(
          '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>hình</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r><w:r><w:noBreakHyphen/><w:t>3</w:t></w:r></w:p>',
        )}</w:tr></w:tbl>`,
      ),
    );
    expect(texts(g!)).toEqual([['Số TT (1)', 'Địa phương', '12-3']]);
  });

  it('gridBefore, legacy hMerge, a vMerge continuing a spanned cell, rows shorter than the grid', () => {
    const [g] = tablesOfDocument(
      doc(
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
          `<w:tr>${tc(p('A'), '<w:vMerge w:val="restart"/>')}${tc(p('B'), '<w:hMerge w:val="restart"/>')}${tc(p(''), '<w:hMerge/>')}${tc(p('D'))}</w:tr>` +
          `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('x'), '<w:gridSpan w:val="2"/>')}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('y'), '<w:gridSpan w:val="2"/><w:vMerge/>')}${tc(p('z'))}</w:tr>` +
          `</w:tbl>`,
      ),
    );
    expect(texts(g!)).toEqual([
      ['A', 'B', '', 'D'],
      // A continued cell's text joins its merged cell (Word shows it there).
      ['', 'x y', '', ''],
      ['', '', '', 'z'],
    ]);
    expect(sortMerges(g!)).toEqual(['0,0-1,0', '0,1-0,2', '1,1-2,2']);
  });

  it('a nested table is its own grid; the cell holding it keeps its own text; the lines above it are its cell’s', () => {
    const grids = tablesOfDocument(
      doc(
        `${p('Phụ lục I')}<w:tbl><w:tr>${tc(`${p('Bảng con')}<w:tbl><w:tr>${tc(p('TT'))}${tc(p('Địa phương'))}</w:tr></w:tbl>${p('')}`)}${tc(p('ngoài'))}</w:tr></w:tbl>${p('sau')}<w:tbl><w:tr>${tc(p('2'))}</w:tr></w:tbl>`,
      ),
    );
    expect(grids.map((g) => g.id)).toEqual(['w1', 'w2', 'w3']);
    expect(texts(grids[0]!)).toEqual([['Bảng con', 'ngoài']]);
    expect(grids[0]!.before).toEqual(['Phụ lục I']);
    expect(texts(grids[1]!)).toEqual([['TT', 'Địa phương']]);
    expect(grids[1]!.before).toEqual(['Bảng con']);
    // Only the lines since the previous table.
    expect(grids[2]!.before).toEqual(['sau']);
  });

  it('damaged input never throws past its reason: truncated XML, absurd spans, too many cells', () => {
    const full = doc(`<w:tbl><w:tr>${tc(p('a'))}${tc(p('b'), '<w:gridSpan w:val="1000000000"/>')}</w:tr>`);
    const [g] = tablesOfDocument(full.slice(0, full.length - 30));
    expect(g!.cells[0]![0]!.text).toBe('a');
    expect(g!.cells[0]!.length).toBeLessThanOrEqual(256);
    const many = doc(`<w:tbl>${`<w:tr>${tc(p('1'))}${tc(p('2'))}</w:tr>`.repeat(60)}</w:tbl>`);
    expect(reason(() => tablesOfDocument(many, 100))).toBe('too-large');
    expect(tablesOfDocument(many, 120)[0]!.cells).toHaveLength(60);
  });

  it('refuses what is not a readable Word document, with its reason', () => {
    expect(reason(() => readDocx(new Uint8Array(0)))).toBe('empty');
    expect(reason(() => readDocx(strToU8('<html>bảng</html>')))).toBe('not-docx');
    const cfb = new Uint8Array(600);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(reason(() => readDocx(cfb))).toBe('doc');
    const xlsx = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(reason(() => readDocx(xlsx))).toBe('not-docx');
    expect(reason(() => readDocx(zipSync({ 'a.txt': strToU8('x') })))).toBe('corrupt');
    const bytes = seedDocx(SEED_TABLES);
    expect(reason(() => readDocx(bytes.subarray(0, bytes.length - 30)))).toBe('corrupt');
  });

  it('bounded: a document part larger than the limit, or inflating past what it declares, is refused', () => {
    const bytes = docxPackage(doc(p('x'.repeat(100_000))));
    expect(reason(() => readDocx(bytes, { limits: { fileBytes: 1e8, xmlBytes: 50_000, cells: 10 } }))).toBe(
      'too-large',
    );
    expect(reason(() => readDocx(bytes, { limits: { fileBytes: 100, xmlBytes: 1e8, cells: 10 } }))).toBe('too-large');
    // A zip bomb lying about its size: the central directory says 200 bytes.
    const lying = bytes.slice();
    const v = new DataView(lying.buffer);
    for (let i = lying.length - 22; i >= 0; i--) {
      if (v.getUint32(i, true) !== 0x02014b50) continue;
      const nameLen = v.getUint16(i + 28, true);
      const name = new TextDecoder().decode(lying.subarray(i + 46, i + 46 + nameLen));
      if (name === 'word/document.xml') v.setUint32(i + 24, 200, true);
    }
    expect(reason(() => readDocx(lying))).toBe('too-large');
  });
});
