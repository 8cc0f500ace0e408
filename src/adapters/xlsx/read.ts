/**
 * .xlsx bytes → WorkbookSnapshot, without exceljs: what the engine needs and nothing more.
 *
 * - Bounded: the sizes the ZIP directory declares are checked before anything is inflated, each
 *   part is inflated only up to its declared size (fflate, ./../ooxml/zip), only the parts the
 *   engine reads are inflated (never pictures), a row above 1,048,576 or a column past XFD
 *   stops the read with `WorkbookReadError('corrupt')` and its `damage`.
 * - Tolerant: namespace prefixes (`<x:worksheet>`), cells and rows without `r`, shared,
 *   inline and rich strings (phonetic runs dropped), `_xHHHH_` escapes, "true"/"false"
 *   booleans, ISO dates (t="d"), the 1900 and 1904 date systems and Excel's 1900 leap-year bug,
 *   built-in and custom number formats, shared formulas (moved like Excel does), merges,
 *   defined names (`#REF!` kept), sheet state, relationships with absolute or `..` targets.
 * - A sheet whose part is missing or unreadable is listed in `unreadableSheets` (the engine
 *   turns an annex among them into an error finding); the other sheets are still read.
 * - Part by part: each sheet's XML is decoded and scanned in slices of whole rows, so a 100 MB
 *   sheet never becomes one 100 MB string.
 *
 * Browser-safe: bytes in, no Node built-ins (the CLI reads the file, ./read-file).
 */
import { TEMPLATE_IDS } from '../../domain/templates/catalog';
import {
  parseMarkerName,
  SETTINGS_SHEET,
  type AnnexMarker,
  type DefinedName,
  type SheetSnapshot,
  type UnreadableSheet,
  type Visibility,
  type WorkbookSnapshot,
} from '../../domain/sheet/workbook';
import type { TooLarge } from '../../domain/sheet/read-failure';
import { checkRecordFromSheet } from '../../domain/stamp/storage';
import {
  openZip,
  decodeUtf8,
  ZipError,
  type RawInflate,
  type PieceSink,
  type RawInflateStream,
  type Zip,
  type ZipEntry,
} from '../ooxml/zip';
import { parseXmlTree, findAll, findFirst, xmlBool, XmlScanner, XML_CLOSE, XML_END, XML_OPEN } from '../ooxml/xml';
import { sniffWorkbook, WorkbookReadError } from './errors';
import { BUILTIN_DATE_IDS, BUILTIN_NUM_FMTS, isDateFormat } from './numfmt';
import { DamagedSheet, SheetScanner, unescapeXstring, type SheetContext, type Styles } from './sheet';

export { WorkbookReadError } from './errors';

export interface ReadResult extends WorkbookSnapshot {
  /** The settings sheet held text that is not JSON (the settings were ignored). */
  settingsError?: string;
}

export { MAX_COLS, MAX_ROWS, serialToIso, unescapeXstring } from './sheet';

/**
 * How big a workbook may be before reading refuses it ('too-large'). This reader holds the
 * cells, not the XML: measured peak memory of `phuluc validate` grows by a few MiB per MB of
 * sheet XML (bench: memoryMiBPerXmlMB), so 160 MB of XML stays under 1 GB.
 */
export const XLSX_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** The XML parts this reader inflates (workbook, relationships, styles, shared strings, sheets). */
  xmlBytes: 160 * 1024 * 1024,
} as const;

export interface XlsxReadOptions {
  /** Names the file in errors. */
  path?: string;
  /** A faster raw inflate where there is one (Node's zlib: ./read-file); fflate otherwise. */
  inflate?: RawInflate;
  /** Its streaming form: sheets are scanned piece by piece as they inflate (./read-file's NODE_INFLATE). */
  inflateStream?: RawInflateStream;
  limits?: { fileBytes: number; xmlBytes: number };
}

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (absolute and ".." targets too). */
export function resolveTarget(base: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function visibilityOf(state: string | undefined): Visibility {
  const s = state?.trim().toLowerCase();
  return s === 'hidden' ? 'hidden' : s === 'veryhidden' ? 'veryHidden' : 'visible';
}

/** "'PL-I (2)'!$A$1" → "PL-I (2)"; undefined for "#REF!" and references without a sheet. */
export function sheetOfRange(range: string): string | undefined {
  const first = range.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)[0]!.trim();
  const bang = first.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let s = first.slice(0, bang);
  if (s.startsWith('=')) s = s.slice(1);
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  if (s === '' || s.toUpperCase() === '#REF') return undefined;
  return s;
}

function readStyles(xml: string | undefined): Styles {
  const out: Styles = { nf: [], date: [] };
  if (!xml) return out;
  const custom = new Map<number, string>();
  const x = new XmlScanner(xml);
  let inCellXfs = false;
  for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
    if (ev === XML_OPEN) {
      if (x.name === 'numFmt') {
        const id = Number(x.rawAttr('numFmtId'));
        const code = x.attr('formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (x.name === 'cellXfs') inCellXfs = !x.selfClosing;
      else if (x.name === 'xf' && inCellXfs) {
        const id = Number(x.rawAttr('numFmtId') ?? 0);
        const nf = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
        out.nf.push(nf === 'General' ? undefined : nf);
        out.date.push(custom.has(id) ? isDateFormat(nf) : BUILTIN_DATE_IDS.has(id));
        if (!x.selfClosing) x.skip();
      }
    } else if (ev === XML_CLOSE && x.name === 'cellXfs') inCellXfs = false;
  }
  return out;
}

function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const x = new XmlScanner(xml);
  let cur: string | undefined;
  for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
    if (ev === XML_OPEN) {
      const n = x.name;
      if (n === 'si') {
        if (cur !== undefined) out.push(unescapeXstring(cur));
        cur = '';
        if (x.selfClosing) {
          out.push('');
          cur = undefined;
        }
      } else if (n === 't') {
        const t = x.readText();
        if (cur !== undefined) cur += t;
      } else if (n === 'rPh' || n === 'phoneticPr') x.skip();
    } else if (ev === XML_CLOSE && x.name === 'si' && cur !== undefined) {
      out.push(unescapeXstring(cur));
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(unescapeXstring(cur));
  return out;
}

function readRels(zip: Zip, part: string, budget: Budget): Rel[] {
  const entry = zip.get(relsPathOf(part));
  if (!entry) return [];
  let xml: string;
  try {
    xml = budget.text(entry);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    return [];
  }
  return findAll(parseXmlTree(xml), 'Relationship').map((r) => ({
    id: r.attrs.Id ?? r.attrs.id ?? '',
    type: r.attrs.Type ?? r.attrs.type ?? '',
    target: r.attrs.Target ?? r.attrs.target ?? '',
    external: (r.attrs.TargetMode ?? '').toLowerCase() === 'external',
  }));
}

/** The XML this read may still inflate; a part past it makes the workbook 'too-large'. */
class Budget {
  private left: number;
  constructor(
    private readonly zip: Zip,
    private readonly limit: number,
    private readonly fileBytes: number,
    private readonly path: string,
  ) {
    this.left = limit;
  }
  private tooLarge(bytes: number): WorkbookReadError {
    const t: TooLarge = { kind: 'xml', fileBytes: this.fileBytes, bytes, limit: this.limit };
    return new WorkbookReadError('too-large', this.path, `xml ${bytes} > ${this.limit}`, t);
  }
  bytes(entry: ZipEntry): Uint8Array {
    return this.guarded(entry, () => {
      const out = this.zip.read(entry, this.left);
      this.left -= out.length;
      return out;
    });
  }
  text(entry: ZipEntry): string {
    return decodeUtf8(this.bytes(entry));
  }
  /** The part in pieces (see Zip.stream), counted against the budget as bytes() is. */
  stream(entry: ZipEntry, sink: PieceSink): void {
    let got = 0;
    try {
      this.guarded(entry, () =>
        this.zip.stream(entry, this.left, (piece, last) => {
          got += piece.length;
          sink(piece, last);
        }),
      );
    } finally {
      this.left -= got;
    }
  }
  /** Runs a read of `entry` within the budget: a part declared past what is left is too large. */
  private guarded<T>(entry: ZipEntry, read: () => T): T {
    if (entry.size > this.left) throw this.tooLarge(this.limit - this.left + entry.size);
    try {
      return read();
    } catch (e) {
      // A part that inflates past the size it declares is forged or damaged, not big: the
      // inflating stopped there; the part is unreadable.
      if (e instanceof ZipError && e.kind === 'too-large') throw new ZipError('corrupt', entry.name);
      throw e;
    }
  }
}

/** Reads the workbook's bytes. Throws WorkbookReadError for what cannot be used. */
export function readXlsx(data: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): ReadResult {
  const path = options.path ?? '';
  const limits = options.limits ?? XLSX_LIMITS;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const bad = sniffWorkbook(bytes, path);
  if (bad) throw new WorkbookReadError(bad, path);
  if (bytes.byteLength > limits.fileBytes) {
    const t: TooLarge = { kind: 'file', fileBytes: bytes.byteLength, bytes: bytes.byteLength, limit: limits.fileBytes };
    throw new WorkbookReadError('too-large', path, `file ${bytes.byteLength} > ${limits.fileBytes}`, t);
  }
  let zip: Zip;
  try {
    zip = openZip(bytes, { inflate: options.inflate, inflateStream: options.inflateStream });
  } catch (e) {
    throw new WorkbookReadError('corrupt', path, (e as Error).message);
  }
  const budget = new Budget(zip, limits.xmlBytes, bytes.byteLength, path);
  try {
    return readZip(zip, budget, path);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof ZipError) {
      throw new WorkbookReadError(e.kind === 'encrypted' ? 'encrypted' : 'corrupt', path, e.message);
    }
    throw new WorkbookReadError('corrupt', path, (e as Error).message);
  }
}

function readZip(zip: Zip, budget: Budget, path: string): ReadResult {
  // The workbook part: from the package relationships, else where every producer puts it.
  const rootRels = readRels(zip, '', budget);
  let workbookPath = rootRels.find((r) => REL_TYPE.officeDocument.test(r.type) && !r.external)?.target;
  workbookPath = workbookPath ? resolveTarget('', workbookPath) : undefined;
  let wbEntry = workbookPath ? zip.get(workbookPath) : undefined;
  if (!wbEntry) {
    workbookPath = 'xl/workbook.xml';
    wbEntry = zip.get(workbookPath) ?? zip.entries.find((e) => /(^|\/)workbook\d*\.xml$/i.test(e.name));
    if (wbEntry) workbookPath = wbEntry.name.replace(/\\/g, '/').replace(/^\/+/, '');
  }
  if (!wbEntry || !workbookPath) {
    const looksLikeXlsx = zip.entries.some((e) => /^\/?xl\//i.test(e.name));
    throw new WorkbookReadError(looksLikeXlsx ? 'corrupt' : 'not-xlsx', path, 'no workbook part');
  }
  const wb = parseXmlTree(budget.text(wbEntry));
  const date1904 = xmlBool(findFirst(wb, 'workbookPr')?.attrs.date1904);
  const rels = readRels(zip, workbookPath, budget);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: RegExp, fallback: string): ZipEntry | undefined => {
    const rel = rels.find((r) => type.test(r.type) && !r.external);
    return (rel ? zip.get(resolveTarget(workbookPath!, rel.target)) : undefined) ?? zip.get(fallback);
  };
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  // A damaged styles or shared strings part makes every sheet unreliable: the file is corrupt.
  const optionalText = (entry: ZipEntry | undefined): string | undefined => (entry ? budget.text(entry) : undefined);
  const styles = readStyles(optionalText(partOf(REL_TYPE.styles, `${dir}styles.xml`)));
  const sst = readSharedStrings(optionalText(partOf(REL_TYPE.sharedStrings, `${dir}sharedStrings.xml`)));
  const ctx: SheetContext = { sst, styles, date1904 };

  const sheets: SheetSnapshot[] = [];
  const unreadable: UnreadableSheet[] = [];
  const sheetEls = findAll(findFirst(wb, 'sheets') ?? wb, 'sheet');
  const sheetNames: string[] = [];
  for (const el of sheetEls) {
    const name = el.attrs.name ?? '';
    sheetNames.push(name);
    const visibility = visibilityOf(el.attrs.state);
    const rid = el.attrs.id;
    const rel = rid !== undefined ? relById.get(rid) : undefined;
    if (rel && !REL_TYPE.worksheet.test(rel.type) && !/worksheets?\//i.test(rel.target)) continue; // chart sheet …
    const entry = rel && !rel.external ? zip.get(resolveTarget(workbookPath, rel.target)) : undefined;
    if (!entry) {
      unreadable.push({ name, visibility, reason: 'missing' });
      continue;
    }
    let sheet: SheetSnapshot;
    try {
      const scan = new SheetScanner(name, ctx);
      budget.stream(entry, (piece, last) => scan.push(piece, last));
      sheet = scan.end();
    } catch (e) {
      if (e instanceof DamagedSheet)
        throw new WorkbookReadError('corrupt', path, `${name}: ${e.message}`, undefined, {
          sheet: name,
          kind: e.kind,
          value: e.value,
        });
      if (e instanceof WorkbookReadError) throw e;
      unreadable.push({ name, visibility, reason: 'damaged' });
      continue;
    }
    sheet.visibility = visibility;
    sheets.push(sheet);
  }

  const definedNames: DefinedName[] = [];
  const markers: AnnexMarker[] = [];
  for (const dn of findAll(
    findFirst(wb, 'definedNames') ?? { name: '', attrs: {}, children: [], text: '' },
    'definedName',
  )) {
    const name = dn.attrs.name ?? '';
    const ref = dn.text.trim();
    const d: DefinedName = { name, ref };
    const local = dn.attrs.localSheetId;
    if (local !== undefined && sheetNames[Number(local)] !== undefined) d.localSheet = sheetNames[Number(local)]!;
    if (xmlBool(dn.attrs.hidden)) d.hidden = true;
    definedNames.push(d);
    const parsed = parseMarkerName(name, TEMPLATE_IDS);
    const sheetName = parsed ? sheetOfRange(ref) : undefined;
    if (parsed && sheetName) markers.push({ name, templateId: parsed.templateId, sheetName });
  }

  const result: ReadResult = { sheets, markers };
  if (definedNames.length) result.definedNames = definedNames;
  if (unreadable.length) result.unreadableSheets = unreadable;
  if (date1904) result.date1904 = true;
  const settingsSheet = sheets.find((s) => s.name === SETTINGS_SHEET);
  const a1 = settingsSheet?.cells[0]?.[0];
  if (a1 && a1.t === 's' && a1.v.trim() !== '') {
    try {
      result.settings = JSON.parse(a1.v) as unknown;
    } catch (e) {
      result.settingsError = (e as Error).message;
    }
  }
  // The validation stamp and the explanations of warnings (C1, D1:D20 of the settings sheet), as the exceljs reader gives them.
  if (settingsSheet) Object.assign(result, checkRecordFromSheet(settingsSheet));
  return result;
}
