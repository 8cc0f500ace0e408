/**
 * .docx bytes → the table grids the import engine reads (src/domain/import/grid): every table
 * of the main document, in document order, with its merged cells and the lines printed just
 * above it.
 *
 * Why our own reading (fflate via ../ooxml/zip, plus the project's XML scanner, ../ooxml/xml)
 * rather than a Word library: the engine needs only the table structure and the text Word
 * shows — no styles, numbering or layout. mammoth, the well-kept .docx reader, converts to
 * HTML through its own document model (merged cells become colspan/rowspan of that model, the
 * w:tblGrid is gone) and brings its own zip and XML stack into a task pane whose bundle is
 * budgeted; the `docx` package only writes. Our zip layer is already bounded against zip
 * bombs and our scanner already tolerates the producers the .xlsx reader meets (LibreOffice,
 * WPS, Google Docs, the OpenXML SDK's prefixes), so the same guarantees hold for Word files
 * with no new dependency.
 *
 * What is read:
 * - `w:tbl` / `w:tr` / `w:tc`; `w:gridBefore` (cells skipped at the row's start), `w:gridSpan`
 *   (a cell over several grid columns), `w:vMerge` restart/continue and the legacy `w:hMerge`
 *   → merged areas; rows padded to the table's width (`w:tblGrid`, or the widest row).
 * - Text as Word shows it: `w:t` in runs, `w:tab` → space, `w:br`/`w:cr` → line break,
 *   `w:noBreakHyphen` → "-", `w:sym` dropped; paragraphs of a cell joined by line breaks;
 *   deleted revisions (`w:del`, `w:moveFrom`), field codes (`w:instrText`), hidden runs
 *   (`w:vanish`), drawings and text boxes are not text. Content controls (`w:sdt`), inserted
 *   revisions and hyperlinks are read through.
 * - Nested tables: each becomes its own grid (after the table holding it); the holding cell
 *   keeps only its own paragraphs — a layout table wrapping a data table does not swallow it.
 * - `before`: the non-empty paragraphs between the previous table and this one (the title, the
 *   "Phụ lục I" line, the caption), nearest last; for a nested table, the paragraphs above it
 *   in its cell.
 *
 * Bounded like the .xlsx reader: the file size, the document part's declared and actual
 * unzipped size (../ooxml/zip never inflates past it), at most MAX_GRID_COLS columns per table
 * (a `w:gridSpan` of 10⁹ cannot allocate), and at most DOCX_LIMITS.cells cells in all.
 *
 * Browser-safe: bytes in, no Node built-ins (the CLI reads the file: ./read-file).
 */
import type { GridCell, Merge, TableGrid } from '../../domain/import/grid';
import { normalizeText } from '../../domain/text/normalize';
import { openZip, ZipError, type RawInflate, type Zip } from '../ooxml/zip';
import { findAll, parseXmlTree, xmlBool, XmlScanner, XML_CLOSE, XML_END, XML_OPEN } from '../ooxml/xml';

/** Why a Word file cannot be read (the messages module words it: IMPORT.docFailure). */
export type DocxFailure =
  'missing' | 'directory' | 'unreadable' | 'empty' | 'not-docx' | 'doc' | 'encrypted' | 'corrupt' | 'too-large';

export class DocxReadError extends Error {
  constructor(
    readonly reason: DocxFailure,
    readonly path: string,
    readonly detail?: string,
  ) {
    super(`${reason}: ${path}${detail ? ` (${detail})` : ''}`);
    this.name = 'DocxReadError';
  }
}

export const DOCX_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** The main document part once unzipped (a 300-page report is a few MB). */
  xmlBytes: 64 * 1024 * 1024,
  /** Table cells in all (a 50-row, 7-column list is 350). */
  cells: 500_000,
} as const;

/** Word's own limit is 63 columns; anything wider is damage, clamped. */
export const MAX_GRID_COLS = 256;

export interface DocxReadOptions {
  path?: string;
  inflate?: RawInflate;
  limits?: { fileBytes: number; xmlBytes: number; cells: number };
}

export interface DocxResult {
  grids: TableGrid[];
  /** The part read ("word/document.xml"). */
  part: string;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the first bytes say, before unzipping. */
export function sniffDocx(bytes: Uint8Array): DocxFailure | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 8 && CFB.every((b, i) => bytes[i] === b)) {
    const s = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return s.includes('EncryptedPackage') || s.includes('EncryptionInfo') ? 'encrypted' : 'doc';
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return 'not-docx';
  return undefined;
}

/**
 * The main document part of a Word package: the part [Content_Types].xml declares as a Word
 * document (or template, macro-enabled included), else the package's officeDocument
 * relationship when it points into word/, else word/document.xml. A workbook has none.
 */
export function mainDocumentPart(zip: Zip): string | undefined {
  const clean = (t: string) => t.replace(/\\/g, '/').replace(/^\/+/, '');
  const types = zip.get('[Content_Types].xml');
  if (types) {
    try {
      for (const o of findAll(parseXmlTree(zip.text(types, 1 << 20)), 'Override')) {
        const ct = (o.attrs.ContentType ?? '').toLowerCase();
        const name = clean(o.attrs.PartName ?? '');
        if (
          /wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroenabled/.test(ct) &&
          zip.get(name)
        )
          return name;
      }
    } catch {
      // fall through
    }
  }
  const rels = zip.get('_rels/.rels');
  if (rels) {
    try {
      for (const r of findAll(parseXmlTree(zip.text(rels, 1 << 20)), 'Relationship')) {
        const target = clean(r.attrs.Target ?? '');
        if (/\/officeDocument$/.test(r.attrs.Type ?? '') && /^word\//i.test(target) && zip.get(target)) return target;
      }
    } catch {
      // fall through to the usual name
    }
  }
  return zip.get('word/document.xml') ? 'word/document.xml' : undefined;
}

/** Reads every table of a .docx. Throws DocxReadError. */
export function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): DocxResult {
  const path = options.path ?? '';
  const limits = options.limits ?? DOCX_LIMITS;
  const bad = sniffDocx(bytes);
  if (bad) throw new DocxReadError(bad, path);
  if (bytes.length > limits.fileBytes) throw new DocxReadError('too-large', path, `file ${bytes.length}`);
  let zip: Zip;
  try {
    zip = openZip(bytes, options.inflate ? { inflate: options.inflate } : {});
  } catch {
    throw new DocxReadError('corrupt', path, 'zip directory');
  }
  const part = mainDocumentPart(zip);
  if (!part) {
    // A workbook or another OOXML package: not a Word document.
    throw new DocxReadError(zip.get('xl/workbook.xml') || zip.get('EncryptedPackage') ? 'not-docx' : 'corrupt', path);
  }
  let xml: string;
  try {
    xml = zip.text(zip.get(part)!, limits.xmlBytes);
  } catch (e) {
    if (e instanceof ZipError) {
      if (e.kind === 'too-large') throw new DocxReadError('too-large', path, e.message);
      if (e.kind === 'encrypted') throw new DocxReadError('encrypted', path);
    }
    throw new DocxReadError('corrupt', path, part);
  }
  const grids = tablesOfDocument(xml, limits.cells, path);
  return { grids, part };
}

// ----------------------------------------------------------------------------- the scan

interface CellBuild {
  paras: string[];
  /** The paragraph being read. */
  text: string;
  inPara: boolean;
  span: number;
  vMerge?: 'restart' | 'continue';
  hMerge?: 'restart' | 'continue';
}

interface RowBuild {
  gridBefore: number;
  cells: CellBuild[];
}

interface TableBuild {
  ordinal: number;
  gridCols: number;
  rows: RowBuild[];
  before: string[];
  row?: RowBuild;
  cell?: CellBuild;
}

/** Elements whose content is never text Word shows as part of the table. */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'txbxContent',
  'sdtPr',
  'pPr',
  'tblPr',
  'tblPrEx',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'fldData',
  'sdtEndPr',
  // Revision marks: the properties before the change (an old gridSpan, an old w:vanish).
  'tblGridChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
]);

function clampSpan(v: string | undefined): number {
  const n = Number(v);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_GRID_COLS) : 1;
}

/** The tables of a WordprocessingML document part, as grids. Never throws except for 'too-large'. */
export function tablesOfDocument(xml: string, maxCells: number = DOCX_LIMITS.cells, path = ''): TableGrid[] {
  const x = new XmlScanner(xml);
  const out: { start: number; grid: TableGrid }[] = [];
  const stack: TableBuild[] = [];
  let ordinal = 0;
  let cells = 0;
  /** Body paragraphs since the last table (outside any table). */
  let recent: string[] = [];
  let bodyPara: string | undefined;
  let run: { hidden: boolean; inRPr: boolean } | undefined;

  const top = () => stack[stack.length - 1];
  const append = (s: string) => {
    const t = top();
    if (t?.cell) t.cell.text += s;
    else if (!t && bodyPara !== undefined) bodyPara += s;
  };

  for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
    if (ev === XML_OPEN) {
      const n = x.name;
      if (SKIP.has(n)) {
        x.skip();
        continue;
      }
      const t = top();
      switch (n) {
        case 'tbl': {
          if (x.selfClosing) break;
          const before = t?.cell ? [...t.cell.paras, t.cell.text].map(normalizeText).filter(Boolean) : recent;
          stack.push({ ordinal: ++ordinal, gridCols: 0, rows: [], before: before.slice(-6) });
          break;
        }
        case 'gridCol':
          if (t && !t.row) t.gridCols = Math.min(t.gridCols + 1, MAX_GRID_COLS);
          break;
        case 'tr':
          if (t) {
            t.row = { gridBefore: 0, cells: [] };
            if (x.selfClosing) {
              t.rows.push(t.row);
              t.row = undefined;
            }
          }
          break;
        case 'gridBefore':
          if (t?.row && !t.cell) t.row.gridBefore = Math.min(clampSpan(x.rawAttr('val')), MAX_GRID_COLS);
          break;
        case 'tc':
          if (t) {
            if (!t.row) t.row = { gridBefore: 0, cells: [] };
            if (++cells > maxCells) throw new DocxReadError('too-large', path, `cells > ${maxCells}`);
            t.cell = { paras: [], text: '', inPara: false, span: 1 };
            if (x.selfClosing) {
              t.row.cells.push(t.cell);
              t.cell = undefined;
            }
          }
          break;
        case 'gridSpan':
          if (t?.cell) t.cell.span = clampSpan(x.rawAttr('val'));
          break;
        case 'vMerge':
          if (t?.cell)
            t.cell.vMerge = (x.attr('val') ?? 'continue').toLowerCase() === 'restart' ? 'restart' : 'continue';
          break;
        case 'hMerge':
          if (t?.cell)
            t.cell.hMerge = (x.attr('val') ?? 'continue').toLowerCase() === 'restart' ? 'restart' : 'continue';
          break;
        case 'p':
          if (t?.cell) {
            if (t.cell.inPara) t.cell.paras.push(t.cell.text);
            t.cell.text = '';
            t.cell.inPara = !x.selfClosing;
            if (x.selfClosing) t.cell.paras.push('');
          } else if (!t) bodyPara = x.selfClosing ? undefined : '';
          break;
        case 'r':
          run = x.selfClosing ? undefined : { hidden: false, inRPr: false };
          break;
        case 'rPr':
          if (run && !x.selfClosing) run.inRPr = true;
          break;
        case 'vanish':
        case 'specVanish':
          if (run?.inRPr) run.hidden = xmlBool(x.attr('val'), true);
          break;
        case 't': {
          const s = x.readText();
          if (!run?.hidden) append(s);
          break;
        }
        case 'tab':
          if (run && !run.hidden && !run.inRPr) append(' ');
          break;
        case 'br':
        case 'cr':
          if (run && !run.hidden) append('\n');
          break;
        case 'noBreakHyphen':
          if (run && !run.hidden) append('-');
          break;
        default:
          break;
      }
    } else if (ev === XML_CLOSE) {
      const n = x.name;
      const t = top();
      switch (n) {
        case 'rPr':
          if (run) run.inRPr = false;
          break;
        case 'r':
          run = undefined;
          break;
        case 'p':
          if (t?.cell?.inPara) {
            t.cell.paras.push(t.cell.text);
            t.cell.text = '';
            t.cell.inPara = false;
          } else if (!t && bodyPara !== undefined) {
            const line = normalizeText(bodyPara);
            if (line) recent = [...recent, line].slice(-6);
            bodyPara = undefined;
          }
          break;
        case 'tc':
          if (t?.cell && t.row) {
            if (t.cell.inPara) t.cell.paras.push(t.cell.text);
            t.cell.inPara = false;
            t.cell.text = '';
            t.row.cells.push(t.cell);
            t.cell = undefined;
          }
          break;
        case 'tr':
          if (t?.row) {
            if (t.cell) t.row.cells.push(t.cell);
            t.cell = undefined;
            t.rows.push(t.row);
            t.row = undefined;
          }
          break;
        case 'tbl':
          if (t) {
            stack.pop();
            out.push({ start: t.ordinal, grid: toGrid(t) });
            if (!stack.length) recent = [];
          }
          break;
        default:
          break;
      }
    }
    // XML_TEXT outside w:t (whitespace between elements, a producer's stray text) is not shown.
  }
  // A truncated document: the tables still open are kept as far as they were read.
  while (stack.length) {
    const t = stack.pop()!;
    if (t.row) {
      if (t.cell) t.row.cells.push(t.cell);
      t.rows.push(t.row);
    }
    out.push({ start: t.ordinal, grid: toGrid(t) });
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((o) => o.grid);
}

function cellText(c: CellBuild): string {
  const paras = c.inPara ? [...c.paras, c.text] : c.paras;
  return normalizeText(paras.map((p) => p.replace(/\n+/g, ' ')).join(' '));
}

function toGrid(t: TableBuild): TableGrid {
  let width = t.gridCols;
  for (const row of t.rows) {
    let w = row.gridBefore;
    for (const c of row.cells) w += c.hMerge === 'continue' ? 1 : c.span;
    width = Math.max(width, Math.min(w, MAX_GRID_COLS));
  }
  const cells: GridCell[][] = [];
  const merges: Merge[] = [];
  /** Open vertical merges by their first column. */
  const open = new Map<number, Merge>();
  t.rows.forEach((row, r) => {
    const line: GridCell[] = Array.from({ length: width }, () => ({ text: '' }));
    let col = Math.min(row.gridBefore, width);
    const seen = new Set<number>();
    let last: Merge | undefined;
    for (const c of row.cells) {
      if (col >= width) break;
      const text = cellText(c);
      if (c.hMerge === 'continue' && last && last.r1 === r) {
        // Legacy horizontal merge: this cell widens the one before it.
        last.c2 = Math.min(col, width - 1);
        if (text) line[last.c1]!.text = normalizeText(`${line[last.c1]!.text} ${text}`);
        col++;
        continue;
      }
      const span = Math.min(c.span, width - col);
      const above = open.get(col);
      if (c.vMerge === 'continue' && above && above.r2 === r - 1 && above.c2 === col + span - 1) {
        above.r2 = r;
        seen.add(col);
        // Word shows a continued cell's content inside the merged cell: keep it with the owner's.
        if (text) {
          const owner = cells[above.r1]![above.c1]!;
          owner.text = normalizeText(`${owner.text} ${text}`);
        }
        last = undefined;
        col += span;
        continue;
      }
      line[col] = { text };
      const m: Merge = { r1: r, c1: col, r2: r, c2: col + span - 1 };
      if (span > 1 || c.vMerge === 'restart' || c.hMerge === 'restart') merges.push(m);
      open.set(col, m);
      seen.add(col);
      last = m;
      col += span;
    }
    for (const k of [...open.keys()]) if (!seen.has(k)) open.delete(k);
    cells.push(line);
  });
  return {
    id: `w${t.ordinal}`,
    origin: { kind: 'word', table: t.ordinal },
    cells,
    // Single-cell "merges" (a restart never continued) are not merges.
    merges: merges.filter((m) => m.r2 > m.r1 || m.c2 > m.c1),
    before: t.before,
  };
}
