/**
 * "Nhập từ bảng có sẵn…" for the task pane and the playground: an officer's .xlsx or .docx (the
 * bytes of the file they pick) or the range selected in the open workbook becomes the standard
 * annexes — previewed first (each table with what it was recognised as, each column with its
 * target, which the officer may change), then inserted through the port's insertSheet (new
 * sheets, never over one; removed by deleting them), exactly as "Chèn" inserts an annex.
 *
 * Loaded lazily by service.ts (its own chunk "import"): the import engine and the readers are
 * not in the pane's first paint. Browser-safe: bytes in, no Node built-ins.
 */
import { readDocx, DocxReadError } from '../adapters/docx/read';
import { readXlsx } from '../adapters/xlsx/read';
import {
  columnText,
  describeTable,
  noteLines,
  nothingImportable,
  tableName,
  targetOptions,
  templateTableOf,
  unplacedLines,
} from '../domain/import/describe';
import type { TableGrid } from '../domain/import/grid';
import { importTables } from '../domain/import/import';
import type { ImportOverrides, ImportResult } from '../domain/import/types';
import { gridFromSelection, gridsFromWorkbook } from '../domain/import/workbook';
import { IMPORT } from '../domain/messages/import';
import { IMPORT_PANE } from '../domain/messages/import-pane';
import { parseSettings } from '../domain/settings';
import type { WorkbookPort } from '../domain/sheet/workbook';
import { getTemplate } from '../domain/templates/catalog';
import { renderAnnex } from '../domain/templates/fill';
import { readErrorReason } from './aggregate';
import type { ImportPreview, ImportSource } from './types';

/** A sentence the pane shows as it is (the source cannot be imported). */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** The tables of a picked file: a Word document by its parts, else a workbook. */
export function gridsOfFile(name: string, data: ArrayBuffer | Uint8Array): TableGrid[] {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const looksWord = /\.docx?$/i.test(name);
  try {
    return readDocx(bytes, { path: name }).grids;
  } catch (err) {
    if (!(err instanceof DocxReadError)) throw err;
    // Not a Word document (a workbook, or damaged): a .docx says why; anything else is tried as a workbook.
    if (looksWord || err.reason === 'doc' || err.reason === 'empty')
      throw new ImportRefused(IMPORT.docFailure(err.reason, name));
  }
  try {
    return gridsFromWorkbook(readXlsx(bytes, { path: name }));
  } catch (err) {
    throw new ImportRefused(IMPORT_PANE.unreadable(name, readErrorReason(err)));
  }
}

async function gridsOf(port: WorkbookPort, source: ImportSource): Promise<{ grids: TableGrid[]; name: string }> {
  if (source.kind === 'file') return { grids: gridsOfFile(source.file.name, source.file.data), name: source.file.name };
  if (!port.readSelection) throw new ImportRefused(IMPORT_PANE.selectionUnsupported);
  const sel = await port.readSelection();
  if (!sel) throw new ImportRefused(IMPORT_PANE.selectionEmpty);
  return { grids: [gridFromSelection(sel.sheet, sel.row0, sel.col0)], name: IMPORT.selection(sel.sheet.name) };
}

async function run(port: WorkbookPort, source: ImportSource, overrides?: ImportOverrides) {
  const [{ grids, name }, stored] = await Promise.all([gridsOf(port, source), port.readSettings()]);
  const parsed = stored === undefined || stored === null ? undefined : parseSettings(stored);
  const settings = parsed?.ok ? parsed.settings : undefined;
  const result = importTables(grids, {
    ...(settings ? { settings } : { inferSettings: true }),
    ...(overrides ? { overrides } : {}),
  });
  return { result, name, hadSettings: !!settings };
}

export function previewOf(result: ImportResult, name: string): ImportPreview {
  return {
    sourceName: name,
    tables: result.tables
      .filter((t) => t.headerTop >= 0)
      .map((t) => {
        const tt = templateTableOf(result, t);
        const def = t.templateId ? getTemplate(t.templateId) : undefined;
        return {
          id: t.id,
          name: tableName(t),
          rows: t.rows,
          cols: t.cols,
          summary: describeTable(result, t)[0]!,
          ...(def ? { templateId: def.id, templateTitle: def.title } : {}),
          rowsLine: describeTable(result, t).slice(-1)[0]!.trim(),
          columns: tt
            ? t.columns
                .filter((c) => c.status !== 'empty')
                .map((c) => ({
                  index: c.index,
                  header: c.header.join(' › '),
                  status: c.status,
                  target: c.status === 'mapped' || c.status === 'chosen' ? (c.target ?? null) : null,
                  text: columnText(tt, c),
                }))
            : [],
          options: tt ? targetOptions(tt).map((o) => ({ id: o.id, label: o.label })) : [],
        };
      }),
    annexes: result.annexes.map((a) => ({
      templateId: a.templateId,
      title: getTemplate(a.templateId)?.title ?? a.templateId,
      rows: a.rows,
      values: a.values,
    })),
    unplaced: unplacedLines(result),
    notes: noteLines(result),
    ...(nothingImportable(result, name) ? { nothing: nothingImportable(result, name)! } : {}),
  };
}

export async function previewImport(
  port: WorkbookPort,
  source: ImportSource,
  overrides?: ImportOverrides,
): Promise<ImportPreview> {
  const { result, name } = await run(port, source, overrides);
  return previewOf(result, name);
}

/**
 * Inserts the imported annexes (one new sheet each, in the catalog's order). When the workbook
 * has no report settings yet, the settings the tables imply (report year, levels) are stored
 * first, so "Kiểm tra" reads the annexes with the settings they were built with.
 */
export async function insertImport(
  port: WorkbookPort,
  source: ImportSource,
  overrides?: ImportOverrides,
): Promise<{ sheets: string[] }> {
  const { result, name, hadSettings } = await run(port, source, overrides);
  const why = nothingImportable(result, name);
  if (why) throw new ImportRefused(why);
  if (!hadSettings) await port.writeSettings(result.settings);
  const sheets: string[] = [];
  for (const a of result.annexes) {
    const { plan } = renderAnnex(a.templateId, result.settings, result.data[a.templateId] ?? {});
    try {
      sheets.push((await port.insertSheet(plan)).sheetName);
    } catch (err) {
      // The sheets already inserted stay (each is whole); say which ones, and what failed.
      throw new ImportRefused(
        IMPORT_PANE.insertFailed(sheets, a.templateId, err instanceof Error ? err.message : String(err)),
      );
    }
  }
  return { sheets };
}
