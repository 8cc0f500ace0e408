/**
 * LibreOffice headless (Debian's libreoffice-calc) as a second spreadsheet engine: converting
 * .xlsx → .xlsx recalculates every formula, so a test can read what a recipient without the
 * add-in would see. Each run gets its own profile directory, so parallel runs never share one.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** Converts the files to .xlsx in `outDir` (same base names), recalculated by LibreOffice. */
export function recalcWithLibreOffice(files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'phuluc-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--calc',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
