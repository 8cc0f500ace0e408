/** Shared by the reader's tests: the samples workbook as bytes, the CLI run in-process, part lookup. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8 } from 'fflate';
import { buildAnnexWorkbook } from '../../src/adapters/exceljs/build';
import { main, type Io } from '../../src/cli/main';
import { defaultSettings } from '../../src/domain/settings';
import { TEMPLATE_IDS } from '../../src/domain/templates/catalog';
import type { WorkbookData } from '../../src/domain/templates/fill';
import { unzipParts } from './zip-tools';

const root = path.join(__dirname, '..', '..');

/** The samples workbook (the seeds' values, every annex), as `phuluc new` writes it. */
export async function samplesWorkbook(): Promise<Uint8Array> {
  const settings = defaultSettings(JSON.parse(readFileSync(path.join(root, 'samples', 'settings.json'), 'utf8')));
  const data = JSON.parse(readFileSync(path.join(root, 'samples', 'data.json'), 'utf8')) as WorkbookData;
  const { workbook } = await buildAnnexWorkbook([...TEMPLATE_IDS], settings, data);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
  ms: number;
}

/** `phuluc ARGS` in this process (same code as the bin), output captured. */
export async function cli(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const t = performance.now();
  const code = await main(args, io);
  return { code, out, err, ms: performance.now() - t };
}

/** No stack trace, no English runtime or library text. */
export function expectClean(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/\b(TypeError|RangeError|ReferenceError|Error:|Invalid|invalid|undefined|FATAL|ENOENT)\b/);
}

/** The part holding the sheet that the marker `PHULUC_<id>` points at. */
export function sheetPartOf(bytes: Uint8Array, templateId: string): { part: string; sheet: string; rid: string } {
  const parts = unzipParts(bytes);
  const wb = strFromU8(parts['xl/workbook.xml']!);
  const marker = new RegExp(
    `<definedName name="PHULUC_${templateId.replace(/[^A-Za-z0-9]/g, '_')}"[^>]*>(?:&apos;|')?([^'&!<]+)(?:&apos;|')?!`,
  ).exec(wb);
  if (!marker) throw new Error(`no marker for ${templateId}`);
  const sheet = marker[1]!;
  const el = new RegExp(`<sheet [^>]*name="${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`).exec(wb)![0];
  const rid = /r:id="([^"]+)"/.exec(el)![1]!;
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(rels)![0];
  const t = /Target="([^"]+)"/.exec(target)![1]!;
  return { part: t.startsWith('/') ? t.slice(1) : `xl/${t}`, sheet, rid };
}
