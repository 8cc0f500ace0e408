/**
 * exceljs → WorkbookSnapshot: every worksheet (hidden ones too) as a grid of RawCells,
 * merged ranges, the annex identity markers (workbook-level defined names) and the settings
 * JSON stored in the veryHidden settings sheet. Reading never changes the file.
 *
 * Browser-safe: no Node `fs` and no Node `Buffer` here, so the task pane can read the bytes of
 * files the officer picks (aggregation). Reading from a path is in ./read-file (Node only).
 */
import ExcelJS from 'exceljs';
import { excelSerialToIso } from '../../domain/parse/date';
import { fromFileFormula } from './formula';
import { TEMPLATE_IDS } from '../../domain/templates/catalog';
import {
  cellFormat,
  rawCell,
  parseMarkerName,
  SETTINGS_SHEET,
  type AnnexMarker,
  type RawCell,
  type SheetSnapshot,
  type Visibility,
  type WorkbookSnapshot,
} from '../../domain/sheet/workbook';
import { checkRecordFromSheet } from '../../domain/stamp/storage';

export interface ReadResult extends WorkbookSnapshot {
  /** The settings sheet held text that is not JSON (the settings were ignored). */
  settingsError?: string;
}

/** Why a file cannot be read as a workbook; the CLI words each one for the officer. */
export type { ReadFailure, TooLarge } from '../../domain/sheet/read-failure';
import type { TooLarge } from '../../domain/sheet/read-failure';
import { sniffWorkbook, WorkbookReadError } from '../xlsx/errors';
import { isDateFormat } from '../xlsx/numfmt';

export { sniffWorkbook, WorkbookReadError, isDateFormat };

/**
 * How big a workbook may be before reading refuses it ('too-large') instead of risking the
 * memory of the machine (the CLI promises 1 GB). exceljs holds every cell as an object:
 * measured peak memory of `phuluc validate` is ~80 MB plus 18–32 × the unzipped XML (cells
 * sharing one formula are the worst, then styled empty cells) plus 3–5 × the unzipped pictures.
 * A 4.8 MB file of 78,000 VB rows (39 MB of XML) peaked at 843 MB, a 47 MB one at 3.9 GB; a
 * 50 MB workbook of photos at 245 MB. At these limits the worst mix measured (14.8 MB of shared
 * formulas + 44 MB of pictures) peaked at 657 MB. A real annex workbook unzips to under 1 MB of
 * XML; 24 MB is ~46,000 VB rows, or every annex at ~2,800 rows, and peaks near 700 MB for plain
 * values (the pathological mix of 24 MB of shared formulas and 36 MB of pictures could reach ~1 GB).
 */
export const SIZE_LIMITS = {
  /** The file on disk (checked before reading it into memory). */
  fileBytes: 100 * 1024 * 1024,
  /** Unzipped .xml/.rels/.vml parts: sheets, shared strings, styles… */
  xmlBytes: 24 * 1024 * 1024,
  /** Every unzipped part, pictures included (also stops a small "zip bomb"). */
  totalBytes: 60 * 1024 * 1024,
} as const;

export interface ZipSizes {
  entries: number;
  /** Unzipped size of the .xml, .rels and .vml parts. */
  xmlBytes: number;
  /** Unzipped size of every part. */
  totalBytes: number;
}

/** A 64-bit little-endian size as a number (exact up to 2^53). */
function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 0x100000000;
}

/**
 * The unzipped sizes a ZIP's central directory declares, read from its end without inflating
 * anything (ZIP64 included). undefined when the bytes have no readable central directory:
 * exceljs then reports the file as corrupt. A forged directory can understate sizes; this is
 * a guard against honest big files and ordinary zip bombs, not a sandbox.
 */
export function zipContentSizes(bytes: Uint8Array): ZipSizes | undefined {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  let eocd = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let entries = v.getUint16(eocd + 10, true);
  let cdSize = v.getUint32(eocd + 12, true);
  let cdOffset = v.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || v.getUint32(loc, true) !== 0x07064b50) return undefined;
    const z = u64(v, loc + 8);
    if (z + 56 > n || v.getUint32(z, true) !== 0x06064b50) return undefined;
    entries = u64(v, z + 32);
    cdSize = u64(v, z + 40);
    cdOffset = u64(v, z + 48);
  }
  if (cdOffset + cdSize > n) return undefined;
  const out: ZipSizes = { entries: 0, xmlBytes: 0, totalBytes: 0 };
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > n || v.getUint32(p, true) !== 0x02014b50) return undefined;
    let size = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > n) return undefined;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff) {
      // ZIP64 extra field (id 1): the 64-bit uncompressed size comes first. Unreadable = huge.
      size = Number.MAX_SAFE_INTEGER;
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
        const id = v.getUint16(e, true);
        const len = v.getUint16(e + 2, true);
        if (id === 0x0001 && len >= 8 && e + 12 <= n) {
          size = u64(v, e + 4);
          break;
        }
        e += 4 + len;
      }
    }
    out.entries++;
    out.totalBytes += size;
    if (/\.(xml|rels|vml)$/i.test(name)) out.xmlBytes += size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Which size limit a workbook passes, if any (before exceljs loads it). */
export function checkWorkbookSize(bytes: Uint8Array, limits: typeof SIZE_LIMITS = SIZE_LIMITS): TooLarge | undefined {
  const fileBytes = bytes.byteLength;
  if (fileBytes > limits.fileBytes) return { kind: 'file', fileBytes, bytes: fileBytes, limit: limits.fileBytes };
  const z = zipContentSizes(bytes);
  if (!z) return undefined;
  if (z.xmlBytes > limits.xmlBytes) return { kind: 'xml', fileBytes, bytes: z.xmlBytes, limit: limits.xmlBytes };
  if (z.totalBytes > limits.totalBytes)
    return { kind: 'total', fileBytes, bytes: z.totalBytes, limit: limits.totalBytes };
  return undefined;
}

/**
 * Loads .xlsx bytes (a Node Buffer, a Uint8Array or the ArrayBuffer of a browser File) with
 * exceljs after checking their signature; throws WorkbookReadError. `path` only names the file
 * in the error.
 */
export async function loadWorkbookData(data: ArrayBuffer | Uint8Array, path = ''): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const bad = sniffWorkbook(bytes, path);
  if (bad) throw new WorkbookReadError(bad, path);
  const big = checkWorkbookSize(bytes);
  if (big) throw new WorkbookReadError('too-large', path, `${big.kind} ${big.bytes} > ${big.limit}`, big);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', path, (e as Error).message);
  }
  return wb;
}

/** .xlsx bytes → snapshot (what readWorkbookFile does after reading the file). */
export async function readWorkbookData(data: ArrayBuffer | Uint8Array, path = ''): Promise<ReadResult> {
  return workbookToSnapshot(await loadWorkbookData(data, path));
}

// ---------------------------------------------------------------------------------------

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateToIso(d: Date): string | undefined {
  const t = d.getTime();
  if (!Number.isFinite(t)) return undefined;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

interface ErrorValue {
  error: string;
}
interface RichTextValue {
  richText: { text: string }[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richText(v: RichTextValue): string {
  return v.richText.map((r) => r.text ?? '').join('');
}

/** A value (literal or cached formula result) as a RawCell; undefined for empty. */
function valueToRaw(v: unknown, nf: string | undefined, date1904: boolean): RawCell | undefined {
  if (v === null || v === undefined) return undefined;
  const format = cellFormat(nf);
  if (typeof v === 'number') {
    if (isDateFormat(nf) && v > 0 && v < 2958466) return rawCell('d', excelSerialToIso(v, date1904), undefined, format);
    return rawCell('n', v, undefined, format);
  }
  if (typeof v === 'string') return rawCell('s', v, undefined, format);
  if (typeof v === 'boolean') return rawCell('b', v, undefined, format);
  if (v instanceof Date) {
    const iso = dateToIso(v);
    return iso ? rawCell('d', iso, undefined, format) : rawCell('e', '#VALUE!', undefined, format);
  }
  if (isObject(v)) {
    if (typeof (v as unknown as ErrorValue).error === 'string')
      return rawCell('e', (v as unknown as ErrorValue).error, undefined, format);
    if (Array.isArray((v as unknown as RichTextValue).richText))
      return rawCell('s', richText(v as unknown as RichTextValue), undefined, format);
    if ('hyperlink' in v || 'text' in v) {
      const text = (v as { text?: unknown }).text;
      if (typeof text === 'string') return rawCell('s', text, undefined, format);
      if (isObject(text) && Array.isArray((text as unknown as RichTextValue).richText))
        return rawCell('s', richText(text as unknown as RichTextValue), undefined, format);
      return valueToRaw(text, nf, date1904);
    }
  }
  return rawCell('s', String(v), undefined, format);
}

const T = ExcelJS.ValueType;

function cellToRaw(cell: ExcelJS.Cell, date1904: boolean): RawCell | undefined {
  const type = cell.type;
  if (type === T.Null || type === T.Merge) return undefined;
  const nf = cell.style?.numFmt;
  if (type === T.Formula) {
    const formula = cell.formula ? fromFileFormula(cell.formula) : undefined;
    const f = formula ? (formula.startsWith('=') ? formula : `=${formula}`) : undefined;
    const result = cell.result as unknown;
    const raw = valueToRaw(result, nf, date1904);
    if (!f) return raw;
    if (!raw) return rawCell('f', null, f, cellFormat(nf));
    return rawCell(raw.t, raw.v, f, raw.nf);
  }
  return valueToRaw(cell.value, nf, date1904);
}

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

export function worksheetToSnapshot(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const cells: (RawCell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let out: (RawCell | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const raw = cellToRaw(cell, date1904);
      if (!raw) return;
      (out ??= [])[colNumber - 1] = raw;
    });
    if (out) cells[rowNumber - 1] = out;
  });
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const merges: string[] = [];
  const internal = ws as unknown as { _merges?: Record<string, { tl: string; br: string } | undefined> };
  for (const m of Object.values(internal._merges ?? {})) if (m) merges.push(m.tl === m.br ? m.tl : `${m.tl}:${m.br}`);
  const snap: SheetSnapshot = { name: ws.name, visibility: visibilityOf(ws.state), cells };
  if (merges.length) snap.merges = merges;
  return snap;
}

/** "'PL-I (2)'!$A$1" → "PL-I (2)" */
export function sheetOfRange(range: string): string | undefined {
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return undefined;
  const s = range.slice(0, bang);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

export function markersOf(wb: ExcelJS.Workbook): AnnexMarker[] {
  const markers: AnnexMarker[] = [];
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const dn of model) {
    const parsed = parseMarkerName(dn.name, TEMPLATE_IDS);
    if (!parsed) continue;
    const sheetName = dn.ranges.map(sheetOfRange).find((s): s is string => !!s);
    if (sheetName) markers.push({ name: dn.name, templateId: parsed.templateId, sheetName });
  }
  return markers;
}

/** Text of A1 of the settings sheet, parsed; a parse failure is returned, not thrown. */
export function settingsOf(wb: ExcelJS.Workbook): { settings?: unknown; error?: string } {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return {};
  const raw = cellToRaw(ws.getCell('A1'), false);
  if (!raw || raw.t !== 's' || raw.v.trim() === '') return {};
  try {
    return { settings: JSON.parse(raw.v) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export function workbookToSnapshot(wb: ExcelJS.Workbook): ReadResult {
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  const sheets = wb.worksheets.map((ws) => worksheetToSnapshot(ws, date1904));
  const result: ReadResult = { sheets, markers: markersOf(wb) };
  const s = settingsOf(wb);
  if (s.settings !== undefined) result.settings = s.settings;
  if (s.error) result.settingsError = s.error;
  // The validation stamp and the explanations of warnings (C1, D1:D20 of the settings sheet).
  const own = sheets.find((x) => x.name === SETTINGS_SHEET);
  if (own) Object.assign(result, checkRecordFromSheet(own));
  return result;
}
