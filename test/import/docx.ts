/**
 * A minimal Word document writer for the import fixtures: the seed tables in the seeds' own
 * layouts (their title lines as paragraphs above, merged header cells as w:gridSpan and
 * w:vMerge restart/continue, the "(1) (2) …" row where the seed has one), written as
 * WordprocessingML and zipped with fflate's zipSync — no `docx` package needed.
 *
 * `noisy` writes what Word itself writes around the text: the report's letterhead as a
 * borderless two-column layout table first, every word its own run (spell-check and revision
 * ids split runs), w:proofErr and bookmarks between runs, w:lastRenderedPageBreak, empty
 * paragraphs, tabs and line breaks inside long header cells, and a hidden run and a deleted
 * revision that Word does not show (and the reader must not read).
 */
import { strToU8, zipSync } from 'fflate';
import type { Merge } from '../../src/domain/import/grid';
import type { SeedTable } from './seed-tables';

export interface DocxOptions {
  noisy?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function run(text: string, bold: boolean): string {
  const rPr = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

let bookmark = 0;

/** One paragraph of text, as Word splits it when `noisy`. */
export function para(text: string, bold = false, noisy = false, align?: 'center'): string {
  const pPr = `<w:pPr>${align ? `<w:jc w:val="${align}"/>` : ''}<w:spacing w:before="0" w:after="0"/></w:pPr>`;
  if (!text) return `<w:p>${pPr}</w:p>`;
  if (!noisy) return `<w:p>${pPr}${run(text, bold)}</w:p>`;
  const words = text.split(' ');
  const parts: string[] = [];
  words.forEach((w, i) => {
    const piece = i < words.length - 1 ? `${w} ` : w;
    if (i === 1) parts.push('<w:proofErr w:type="spellStart"/>');
    if (i === 2) parts.push('<w:proofErr w:type="spellEnd"/>');
    if (i === 0 && words.length > 3) {
      const id = bookmark++;
      parts.push(`<w:bookmarkStart w:id="${id}" w:name="_Toc${id}"/>`);
      parts.push(run(piece, bold));
      parts.push(`<w:bookmarkEnd w:id="${id}"/>`);
      return;
    }
    parts.push(`<w:r w:rsidRPr="00${(i * 7919) % 99999}">${bold ? '<w:rPr><w:b/></w:rPr>' : ''}`);
    if (i === 3) parts.push('<w:lastRenderedPageBreak/>');
    parts.push(`<w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`);
  });
  return `<w:p w:rsidR="00A1B2C3">${pPr}${parts.join('')}</w:p>`;
}

/** The cell's paragraphs (noisy: a long header gets a line break and a tab inside, plus invisible runs). */
function cellBody(text: string, header: boolean, noisy: boolean): string {
  if (!noisy || !text) return para(text, header, noisy, header ? 'center' : undefined);
  const words = text.split(' ');
  let body = para(text, header, true, header ? 'center' : undefined);
  if (header && words.length >= 6) {
    // "Nữ DTTS tham gia<br/>Hội đồng …" and a tab: Word shows a line break, the text is the same.
    const half = Math.ceil(words.length / 2);
    body = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(words.slice(0, half).join(' '), true)}<w:r><w:br/></w:r>${run(
      words.slice(half).join(' '),
      true,
    )}</w:p>`;
  }
  // Invisible to the officer: a hidden run and a deleted revision.
  const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn 999</w:t></w:r>';
  const deleted =
    '<w:del w:id="901" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>777</w:delText></w:r></w:del>';
  return body.replace(/<\/w:p>$/, `${hidden}${deleted}</w:p>`);
}

function tableXml(t: SeedTable, noisy: boolean): string {
  const width = Math.max(...t.rows.map((r) => r.length));
  const ownerOf = (r: number, c: number): Merge | undefined =>
    t.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="1000"/>').join('');
  const rows = t.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const m = ownerOf(r, c);
      if (m && c !== m.c1) continue;
      const span = m ? m.c2 - m.c1 + 1 : 1;
      const v = m && m.r2 > m.r1 ? (r === m.r1 ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      const text = !m || r === m.r1 ? (row[c] ?? '') : '';
      const tcPr = `<w:tcPr><w:tcW w:w="${1000 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${v}</w:tcPr>`;
      cells.push(`<w:tc>${tcPr}${cellBody(text, r < t.headerRows, noisy)}</w:tc>`);
    }
    const trPr = r < t.headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr${noisy ? ` w:rsidR="00${r}F"` : ''}>${trPr}${cells.join('')}</w:tr>`;
  });
  const tblPr =
    '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>';
  return `<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The report's letterhead: a borderless layout table, as every Vietnamese administrative document has. */
function letterhead(noisy: boolean): string {
  const cell = (lines: string[]) =>
    `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${lines.map((l) => para(l, true, noisy, 'center')).join('')}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>${cell(
    ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ BẮC KẠN'],
  )}${cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])}</w:tr><w:tr>${cell([
    'Số: /BC-UBND',
  ])}${cell(['Bắc Kạn, ngày tháng 8 năm 2024'])}</w:tr></w:tbl>`;
}

export function documentXml(tables: readonly SeedTable[], opts: DocxOptions = {}): string {
  const noisy = !!opts.noisy;
  bookmark = 0;
  const body: string[] = [];
  if (noisy) {
    body.push(letterhead(true));
    body.push(para('BÁO CÁO', true, true, 'center'));
    body.push(para('Kết quả thực hiện công tác bình đẳng giới', true, true, 'center'));
    body.push(para(''));
  }
  for (const t of tables) {
    for (const line of t.before) body.push(para(line, true, noisy, 'center'));
    body.push(tableXml(t, noisy));
    body.push(para(''));
    if (noisy) body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
  }
  const sect =
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body.join('')}${sect}</w:body></w:document>`;
}

/** A whole .docx package around a document part. */
export function docxPackage(document: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(document),
    },
    // A fixed date: the same tables give the same bytes (the committed fixture can be checked).
    { level: 6, mtime: new Date('2024-08-01T00:00:00Z') },
  );
}

export function seedDocx(tables: readonly SeedTable[], opts: DocxOptions = {}): Uint8Array {
  return docxPackage(documentXml(tables, opts));
}
