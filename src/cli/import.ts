/**
 * `phuluc import FILE [--template ID] [--out ANNEX.xlsx] [--settings S] [--json] [--force]`:
 * the tables of an officer's own Excel sheet or Word document become the standard annexes,
 * written through the same render path as `phuluc new`, then validated. Prints the column
 * mapping, what was not placed and why, the checks that differed, and the findings.
 * Exit codes as validate: 0 no error, 1 errors found, 2 nothing importable (with why).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildAnnexWorkbook } from '../adapters/exceljs/build';
import { readWorkbookFile, WorkbookReadError } from '../adapters/exceljs/read-file';
import { DocxReadError, readDocxFile } from '../adapters/docx/read-file';
import { mainDocumentPart } from '../adapters/docx/read';
import { openZip } from '../adapters/ooxml/zip';
import { XLSX_LIMITS } from '../adapters/xlsx/read';
import { validateSnapshot } from '../domain/engine/validate';
import {
  describeTable,
  noteLines,
  noteText,
  nothingImportable,
  placeName,
  tableName,
  unplacedLines,
  columnText,
  templateTableOf,
} from '../domain/import/describe';
import type { TableGrid } from '../domain/import/grid';
import { importTables } from '../domain/import/import';
import { gridsFromWorkbook } from '../domain/import/workbook';
import { IMPORT, IMPORT_REASON } from '../domain/messages/import';
import { M } from '../domain/messages/cli';
import { getTemplate, TEMPLATE_IDS } from '../domain/templates/catalog';
import { checkOut, loadSettings, parseArgs, str, UsageError, writeOut, type Io } from './args';
import { formatReport } from './report-text';

type Kind = 'xlsx' | 'docx' | 'doc' | 'other';

/**
 * What the file is, by its first bytes and, for a ZIP, by its parts (a Word document saved
 * with a wrong extension is still read as one); the extension decides only what cannot be
 * opened (the readers then say why).
 */
async function sniff(file: string): Promise<Kind> {
  const byName: Kind = /\.docx?$/i.test(file) ? 'docx' : /\.xlsx$/i.test(file) ? 'xlsx' : 'other';
  let head: Buffer;
  try {
    const fh = await fs.open(file, 'r');
    try {
      const st = await fh.stat();
      head = Buffer.alloc(8);
      await fh.read(head, 0, 8, 0);
      if (st.isFile() && head[0] === 0x50 && head[1] === 0x4b && st.size <= XLSX_LIMITS.fileBytes) {
        const byParts = zipKind(new Uint8Array(await fh.readFile()));
        if (byParts) return byParts;
      }
    } finally {
      await fh.close();
    }
  } catch {
    return byName === 'other' ? 'xlsx' : byName; // the readers say what is wrong (missing, unreadable)
  }
  if (head[0] === 0xd0 && head[1] === 0xcf) return /\.docx?$/i.test(file) ? 'doc' : 'xlsx';
  return byName;
}

function zipKind(bytes: Uint8Array): Kind | undefined {
  try {
    const zip = openZip(bytes);
    if (mainDocumentPart(zip)) return 'docx';
    if (zip.get('xl/workbook.xml')) return 'xlsx';
  } catch {
    // not a readable zip: the readers say so
  }
  return undefined;
}

async function readGrids(file: string): Promise<TableGrid[]> {
  const kind = await sniff(file);
  if (kind === 'doc') throw new UsageError(IMPORT.docOld(file));
  if (kind === 'other') throw new UsageError(IMPORT.unsupported(file));
  if (kind === 'docx') return readGridsDocx(file);
  return readGridsXlsx(file);
}

async function readGridsDocx(file: string): Promise<TableGrid[]> {
  try {
    return (await readDocxFile(file)).grids;
  } catch (e) {
    if (e instanceof DocxReadError) throw new UsageError(IMPORT.docFailure(e.reason, file), [], e);
    throw e;
  }
}

async function readGridsXlsx(file: string): Promise<TableGrid[]> {
  try {
    return gridsFromWorkbook(await readWorkbookFile(file));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UsageError(M.readFailure(e.reason, file, e.tooLarge), [], e);
    throw e;
  }
}

function defaultOut(file: string): string {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.(xlsx|docx)$/i, '');
  return path.join(dir, `${base}-phu-luc.xlsx`);
}

export async function cmdImport(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['--template', '--out', '--settings', '--json', '--force'], 'import');
  if (!positional.length) throw new UsageError(IMPORT.importNeedsFile);
  if (positional.length > 1) throw new UsageError(M.extraArgument(positional[1]!, 'import'));
  const file = positional[0]!;
  const templateOpt = str(options.get('--template'));
  const def = templateOpt ? getTemplate(templateOpt) : undefined;
  if (templateOpt && !def) throw new UsageError(M.unknownTemplate(templateOpt, TEMPLATE_IDS.join(', ')));
  const outOpt = str(options.get('--out'));
  if (outOpt && !/\.xlsx$/i.test(outOpt)) throw new UsageError(M.outNotXlsx(outOpt));
  const force = options.has('--force');
  const json = options.has('--json');
  const settingsFile = str(options.get('--settings'));
  const given = settingsFile ? (await loadSettings(settingsFile)).settings : undefined;

  const grids = await readGrids(file);
  const result = importTables(grids, {
    ...(given ? { settings: given } : { inferSettings: true }),
    ...(def ? { templateId: def.id } : {}),
  });
  const why = nothingImportable(result, file);
  if (why) {
    if (json) io.out(JSON.stringify(jsonOf(result, file, undefined, undefined), null, 2) + '\n');
    else {
      for (const t of result.tables) for (const l of describeTable(result, t)) io.out(`${l}\n`);
      for (const l of unplacedLines(result)) io.out(`${l}\n`);
    }
    throw new UsageError(why);
  }

  const out = outOpt ?? defaultOut(file);
  await checkOut(out, force);
  const ids = TEMPLATE_IDS.filter((id) => result.data[id]);
  const { workbook, annexes } = await buildAnnexWorkbook(ids, result.settings, result.data);
  const buf = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeOut(out, buf, force);
  // Validate what was written, read back as any officer's file is.
  const report = validateSnapshot(await readWorkbookFile(buf));

  if (json) {
    io.out(JSON.stringify(jsonOf(result, file, out, report), null, 2) + '\n');
  } else {
    io.out(`${M.checked(file)}\n`);
    if (!outOpt) io.out(`${IMPORT.outDefault(out)}\n`);
    io.out('\n');
    for (const t of result.tables) for (const l of describeTable(result, t)) io.out(`${l}\n`);
    io.out('\n');
    for (const l of unplacedLines(result)) io.out(`${l}\n`);
    const notes = noteLines(result);
    if (notes.length) io.out(`\n${notes.join('\n')}\n`);
    io.out(`\n${IMPORT.written(out, annexes.length)}\n`);
    for (const a of annexes) {
      const info = result.annexes.find((x) => x.templateId === a.templateId);
      io.out(`${IMPORT.writtenSheet(a.templateId, a.sheetName, info?.rows ?? 0, info?.values ?? 0)}\n`);
    }
    io.out(`\n${IMPORT.checkedHeading}\n`);
    io.out(formatReport(report, out));
    io.out(`\n${IMPORT.next(out)}\n`);
  }
  return report.stats.errors > 0 ? 1 : 0;
}

function jsonOf(result: ReturnType<typeof importTables>, file: string, out: string | undefined, report: unknown) {
  return {
    file,
    ...(out ? { out } : {}),
    settings: result.settings,
    inferred: result.inferred,
    tables: result.tables.map((t) => {
      const tt = templateTableOf(result, t);
      return {
        id: t.id,
        name: tableName(t),
        rows: t.rows,
        cols: t.cols,
        templateId: t.templateId ?? null,
        table: t.tableKey ?? null,
        score: t.score,
        candidates: t.candidates,
        continues: t.continues ?? null,
        columns: t.columns
          .filter((c) => c.status !== 'empty')
          .map((c) => ({
            column: c.index + 1,
            header: c.header,
            status: c.status,
            target: c.target ?? null,
            label: columnText(tt, c),
            candidates: c.candidates,
          })),
      };
    }),
    annexes: result.annexes,
    unplaced: result.unplaced.map((u) => {
      const t = result.tables.find((x) => x.id === u.tableId)!;
      return {
        table: u.tableId,
        where: placeName(t, u.r, u.c),
        text: u.text,
        reason: u.reason,
        message: IMPORT_REASON[u.reason]?.({ candidates: u.candidates?.join(', ') }) ?? u.reason,
        ...(u.count && u.count > 1 ? { count: u.count } : {}),
      };
    }),
    notes: result.notes.map((n) => ({ kind: n.kind, ...noteText(result, n) })),
    ...(report ? { report } : {}),
  };
}
