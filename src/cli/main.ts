/**
 * The `phuluc` command line: templates, new, validate, aggregate, import, compare. `main(argv)` returns the exit code
 * (0 no error, 1 errors found, 2 unusable input); it never calls process.exit and never
 * shows a stack trace unless PHULUC_DEBUG=1.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { ReadResult } from '../adapters/xlsx/read-file';
import { validateSnapshot } from '../domain/engine/validate';
import type { ReportSettings } from '../domain/settings';
import { SETTINGS_SHEET } from '../domain/sheet/workbook';
import { TEMPLATE_IDS, getTemplate } from '../domain/templates/catalog';
import { checkAnnexData, type AnnexData } from '../domain/templates/fill';
import { formatMessage } from '../domain/messages';
import { HELP, M } from '../domain/messages/cli';
import { formatReport } from './report-text';
import { freshCheck } from '../domain/stamp/stamp';
import { formatCheckedAt, STAMP_CLI } from '../domain/messages/stamp';
import { catalogJson, formatCatalog } from './catalog';
import {
  checkOut,
  readXlsxOrRefuse,
  loadSettings,
  parseArgs,
  readJsonFile,
  str,
  UsageError,
  writeOut,
  type Io,
} from './args';

export type { Io } from './args';
export { UsageError } from './args';

const stdio: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  progress: (t) => {
    if (!process.stderr.isTTY) return;
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    process.stderr.write(`\r${t.length > width ? `${t.slice(0, width - 1)}…` : t.padEnd(width)}${t ? '' : '\r'}`);
  },
};

function version(): string {
  // Two folders up from dist-cli/cli/main.js (tsc) and from dist-cli/bundle/phuluc.js (webpack.cli.js).
  for (const p of [path.join(__dirname, '..', '..', 'package.json'), path.join(process.cwd(), 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'phuluc-bdg' && pkg.version) return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

// ---------------------------------------------------------------------------------------

async function cmdTemplates(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['--json', '--settings'], 'templates');
  if (positional.length) throw new UsageError(M.extraArgument(positional[0]!, 'templates'));
  const { settings } = await loadSettings(str(options.get('--settings')));
  if (options.has('--json')) io.out(JSON.stringify(catalogJson(settings), null, 2) + '\n');
  else io.out(formatCatalog(settings));
  return 0;
}

function chooseTemplates(list: string | undefined): string[] {
  if (list === undefined) return [...TEMPLATE_IDS];
  const ids = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length) throw new UsageError(M.noTemplates);
  const out: string[] = [];
  for (const id of ids) {
    const def = getTemplate(id);
    if (!def) throw new UsageError(M.unknownTemplate(id, TEMPLATE_IDS.join(', ')));
    if (!out.includes(def.id)) out.push(def.id);
  }
  return out;
}

function checkData(data: unknown, chosen: string[], settings: ReportSettings): Record<string, AnnexData> {
  if (data === undefined) return {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(M.dataNotObject);
  const out: Record<string, AnnexData> = {};
  const problems: string[] = [];
  for (const [key, annex] of Object.entries(data as Record<string, unknown>)) {
    const def = getTemplate(key);
    if (!def) {
      problems.push(M.dataProblem({ kind: 'template', templateId: key }));
      continue;
    }
    if (!chosen.includes(def.id)) {
      problems.push(M.dataTemplateNotChosen(def.id));
      continue;
    }
    const found = checkAnnexData(def.id, settings, annex);
    if (found.length) problems.push(...found.map(M.dataProblem));
    else out[def.id] = annex as AnnexData;
  }
  if (problems.length) throw new UsageError(problems[0]!, problems.slice(1));
  return out;
}

/** Last year's delegate counts (same HĐND term) as data for the new annexes, with the sentence saying so. */
async function carryFromLast(
  file: string,
  settings: ReportSettings,
  chosen: string[],
): Promise<{ data: Record<string, AnnexData>; sentence: string }> {
  const snapshot: ReadResult = await readXlsxOrRefuse(file);
  const { carryOver } = await import('../domain/compare/carry');
  const { termLabel } = await import('../domain/compare/term');
  const { COMPARE_CLI } = await import('../domain/messages/compare');
  const r = carryOver(snapshot, settings, chosen);
  if (r.skipped) return { data: {}, sentence: COMPARE_CLI.notCarried[r.skipped] };
  return { data: r.data, sentence: COMPARE_CLI.carried(r.values, r.lastYear!, termLabel(settings.reportYear)) };
}

/** `b` over `a`, cell by cell (what the officer gave with --data wins). */
function mergeData(a: Record<string, AnnexData>, b: Record<string, AnnexData>): Record<string, AnnexData> {
  const out: Record<string, AnnexData> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const rows: AnnexData = {};
    for (const src of [a[id] ?? {}, b[id] ?? {}])
      for (const [row, cells] of Object.entries(src)) rows[row] = { ...(rows[row] ?? {}), ...cells };
    out[id] = rows;
  }
  return out;
}

async function cmdNew(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(
    args,
    ['--out', '--templates', '--settings', '--data', '--force', '--from-last'],
    'new',
  );
  if (positional.length) throw new UsageError(M.extraArgument(positional[0]!, 'new'));
  const out = str(options.get('--out'));
  if (!out) throw new UsageError(M.newNeedsOut);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(M.outNotXlsx(out));
  const force = options.has('--force');
  const chosen = chooseTemplates(str(options.get('--templates')));
  const { settings } = await loadSettings(str(options.get('--settings')));
  const dataFile = str(options.get('--data'));
  const given = checkData(dataFile ? await readJsonFile(dataFile, M.dataWord) : undefined, chosen, settings);
  const fromLast = str(options.get('--from-last'));
  const carry = fromLast ? await carryFromLast(fromLast, settings, chosen) : undefined;
  const data = carry ? mergeData(carry.data, given) : given;

  await checkOut(out, force);
  // exceljs (writing) is loaded only by the commands that write: validate starts without it.
  const { buildAnnexWorkbook } = await import('../adapters/exceljs/build');
  const { workbook: wb, annexes } = await buildAnnexWorkbook(chosen, settings, data);
  const made = annexes.map((a) => ({ id: a.templateId, sheet: a.sheetName, title: getTemplate(a.templateId)!.title }));
  await writeOut(out, Buffer.from(await wb.xlsx.writeBuffer()), force);
  io.out(M.created(out, made.length) + '\n');
  for (const m of made) io.out(M.createdSheet(m.id, m.sheet, m.title) + '\n');
  if (carry) io.out(carry.sentence + '\n');
  io.out(M.nextStep(out) + '\n');
  return 0;
}

async function cmdValidate(args: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(args, ['--json', '--settings', '--stamp'], 'validate');
  if (!positional.length) throw new UsageError(M.validateNeedsFile);
  if (positional.length > 1) throw new UsageError(M.extraArgument(positional[1]!, 'validate'));
  const file = positional[0]!;
  const settingsFile = str(options.get('--settings'));
  const given = settingsFile ? (await loadSettings(settingsFile)).raw : undefined;

  const snapshot: ReadResult = await readXlsxOrRefuse(file);
  const report = validateSnapshot(snapshot, given !== undefined ? { settings: given } : {});
  if (snapshot.settingsError && given === undefined) {
    report.findings.unshift({
      rule: 'structure/settings',
      messageId: 'settings/invalid',
      severity: 'warning',
      sheet: '',
      cell: '',
      message: M.settingsSheetUnreadable(snapshot.settingsError),
      data: { sheet: SETTINGS_SHEET },
    });
    report.stats.warnings++;
  }
  let stamped: string | undefined;
  if (options.has('--stamp') && report.annexes.length > 0) {
    // The stamp is metadata written after the check; the officer's figures are proven unchanged.
    const { stampedBytes, StampRefused } = await import('./stamp');
    try {
      const { stamp, bytes } = await stampedBytes(file, snapshot, report);
      await writeOut(file, bytes, true);
      report.stamp = freshCheck(stamp);
      stamped = stamp.clean
        ? STAMP_CLI.written(file, formatCheckedAt(stamp.checkedAt))
        : STAMP_CLI.writtenWithErrors(file, formatCheckedAt(stamp.checkedAt), stamp.errors);
    } catch (e) {
      if (e instanceof StampRefused) throw new UsageError(e.message, [], e.detail);
      throw e;
    }
  }
  if (options.has('--json')) io.out(JSON.stringify(report, null, 2) + '\n');
  else io.out(formatReport(report, file) + (stamped ? `${stamped}\n` : ''));
  const unreadableAnnex = report.findings.some((f) => f.messageId === 'structure/annex-unreadable');
  if (report.annexes.length === 0 && !unreadableAnnex) {
    // Nothing to check: the workbook is not one of ours. The structure finding says so.
    // Tables in the officer's own layout: say what was found and how to bring them in.
    const handMade = report.findings.filter((x) => x.messageId === 'structure/hand-made-table');
    const f = report.findings.find((x) => x.messageId === 'structure/unknown-workbook');
    const lines = handMade.length
      ? handMade.map((x) => x.message)
      : [f?.message ?? formatMessage('structure/unknown-workbook')];
    if (!options.has('--json')) io.err(lines.join('\n') + '\n');
    return 2;
  }
  return report.stats.errors > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------

let pipeGuard = false;

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  if (io === stdio && !pipeGuard) {
    // `phuluc validate x.xlsx | head`: a closed pipe is not an error worth a stack trace.
    pipeGuard = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(HELP);
      return 0;
    }
    if (cmd === '--version' || cmd === '-v' || cmd === '-V') {
      io.out(`phuluc ${version()}\n`);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    switch (cmd) {
      case 'templates':
        return await cmdTemplates(rest, io);
      case 'new':
        return await cmdNew(rest, io);
      case 'validate':
        return await cmdValidate(rest, io);
      case 'aggregate':
        return await (await import('./aggregate')).cmdAggregate(rest, io);
      case 'import':
        // import and compare write with exceljs: loaded only when asked for, so validate starts without it.
        return await (await import('./import')).cmdImport(rest, io);
      case 'compare':
        return await (await import('./compare')).cmdCompare(rest, io);
      default:
        throw new UsageError(M.unknownCommand(cmd));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`phuluc: ${e.message}\n`);
      for (const l of e.lines) io.err(`phuluc: ${l}\n`);
      if (process.env.PHULUC_DEBUG === '1') {
        io.err(`${e.stack ?? ''}\n`);
        if (e.detail instanceof Error) io.err(`${e.detail.stack ?? e.detail.message}\n`);
      }
      return 2;
    }
    const err = e as Error;
    io.err(`phuluc: ${M.unexpected(err?.message ?? String(e))}\n`);
    if (process.env.PHULUC_DEBUG === '1') io.err(`${err?.stack ?? ''}\n`);
    return 2;
  }
}
