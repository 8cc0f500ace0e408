/**
 * LibreOffice Calc headless (Debian's libreoffice-calc, installed by .ci/run): the round trip an
 * officer's file takes when someone opens and saves it in LibreOffice. Each call uses its own
 * user profile, so tests (and other suites) running LibreOffice at the same time do not collide
 * on the profile lock.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export function sofficePath(): string {
  for (const p of [
    process.env.PHULUC_SOFFICE,
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
  ]) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('LibreOffice (soffice) is needed by this test: apt-get install libreoffice-calc');
}

/** Opens `file` in LibreOffice and saves it as .xlsx into `outDir`; returns the new file's path. */
export function roundTrip(file: string, outDir: string): string {
  return convert(file, outDir, 'xlsx:Calc Office Open XML', 'xlsx');
}

/** Prints `file` to PDF with LibreOffice's own page setup (what an officer's print-to-PDF gives). */
export function toPdf(file: string, outDir: string): string {
  return convert(file, outDir, 'pdf:calc_pdf_Export', 'pdf');
}

function convert(file: string, outDir: string, filter: string, ext: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'phuluc-lo-'));
  try {
    mkdirSync(outDir, { recursive: true });
    const r = spawnSync(
      sofficePath(),
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, `.${ext}`));
    if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed (${r.status}): ${r.stdout}${r.stderr}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
