/**
 * What the `phuluc` commands share: the output streams, the officer-fixable error, argument
 * parsing, reading the JSON inputs and writing the output file safely. Its own module so that
 * each command (main.ts, aggregate.ts, …) imports it without importing main.ts.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseSettings, type ReportSettings } from '../domain/settings';
import { M } from '../domain/messages/cli';
import { readXlsxFile, WorkbookReadError, type ReadResult } from '../adapters/xlsx/read-file';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A transient progress line ("Đang đọc 3/20: …"); only on a terminal. */
  progress?(text: string): void;
}

/** A problem the officer can fix: printed as one sentence, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly lines: string[] = [],
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; the others are flags. */
const VALUE_OPTIONS = new Set([
  '--out',
  '--templates',
  '--template',
  '--settings',
  '--data',
  '--share-points',
  '--from-last',
]);

export function parseArgs(args: string[], allowed: string[], cmd: string): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!allowed.includes(name)) throw new UsageError(M.unknownOption(name, cmd));
      if (VALUE_OPTIONS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined || value === '') throw new UsageError(M.missingValue(name));
        options.set(name, value);
      } else options.set(name, true);
    } else positional.push(a);
  }
  return { positional, options };
}

export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? M.jsonMissing(what, file) : M.jsonUnreadable(what, file));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new UsageError(M.jsonInvalid(what, file, (e as Error).message));
  }
}

export async function loadSettings(
  file: string | undefined,
  base?: unknown,
): Promise<{ settings: ReportSettings; raw: unknown }> {
  const raw = file ? await readJsonFile(file, M.settingsWord) : base;
  const parsed = parseSettings(raw ?? {});
  if (!parsed.ok)
    throw new UsageError(
      M.settingsInvalid(file ?? ''),
      parsed.errors.map((e) => `  - ${e}`),
    );
  return { settings: parsed.settings, raw };
}

export function str(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Before doing the work: --out must not exist (unless --force) and its folder must. */
export async function checkOut(out: string, force: boolean): Promise<void> {
  try {
    await fs.access(out);
    if (!force) throw new UsageError(M.outExists(out));
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  try {
    const st = await fs.stat(path.dirname(path.resolve(out)));
    if (!st.isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UsageError(M.outDirMissing(out));
  }
}

/** Writes through a temporary file and a rename; never overwrites without --force. */
export async function writeOut(out: string, buf: Buffer, force: boolean): Promise<void> {
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, buf, { flag: 'w' });
    if (!force) {
      // Last check against a file that appeared meanwhile: never overwrite without --force.
      try {
        await fs.access(out);
        await fs.unlink(tmp);
        throw new UsageError(M.outExists(out));
      } catch (e) {
        if (e instanceof UsageError) throw e;
      }
    }
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    if (e instanceof UsageError) throw e;
    throw new UsageError(M.cannotWrite(out, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
}

/** Reads an .xlsx file with the own reader; a file that cannot be read becomes its Vietnamese sentence. */
export async function readXlsxOrRefuse(file: string): Promise<ReadResult> {
  try {
    return await readXlsxFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError)
      throw new UsageError(M.readFailure(e.reason, file, e.tooLarge, e.damage), [], e);
    throw e;
  }
}
