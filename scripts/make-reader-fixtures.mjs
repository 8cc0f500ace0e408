#!/usr/bin/env node
// Makes the reader's corpus fixtures (test/fixtures/reader): our generated workbooks as
// `phuluc new` writes them, and the same files opened and saved by LibreOffice Calc
// (`soffice --headless --convert-to xlsx`, Debian's libreoffice-calc). Run after
// `npm run build:cli` and `npx tsc -p tsconfig.bench.json`; commit the results.
// The corpus test reads both and compares their findings.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'test', 'fixtures', 'reader');
const tmp = mkdtempSync(path.join(tmpdir(), 'phuluc-fixtures-'));
mkdirSync(out, { recursive: true });
const bin = path.join(root, 'bin', 'phuluc.js');

// 1. The samples (the seeds' values in every annex).
execFileSync(process.execPath, [
  bin,
  'new',
  '--out',
  path.join(out, 'samples.xlsx'),
  '--force',
  '--settings',
  path.join(root, 'samples', 'settings.json'),
  '--data',
  path.join(root, 'samples', 'data.json'),
]);
// 2. Every annex at 20 rows of officer data (numbers, numbers typed as text, dates, documents).
const { officerData, benchSettings } = require(path.join(root, 'dist-bench', 'bench', 'data.js'));
writeFileSync(path.join(tmp, 'data.json'), JSON.stringify(officerData(20)));
writeFileSync(path.join(tmp, 'settings.json'), JSON.stringify(benchSettings));
execFileSync(process.execPath, [
  bin,
  'new',
  '--out',
  path.join(out, 'filled.xlsx'),
  '--force',
  '--settings',
  path.join(tmp, 'settings.json'),
  '--data',
  path.join(tmp, 'data.json'),
]);

for (const name of ['samples', 'filled']) {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  copyFileSync(path.join(out, `${name}.xlsx`), path.join(dir, `${name}.xlsx`));
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${tmp}/profile`,
      '--convert-to',
      'xlsx',
      '--outdir',
      path.join(dir, 'lo'),
      path.join(dir, `${name}.xlsx`),
    ],
    { stdio: 'ignore' },
  );
  copyFileSync(path.join(dir, 'lo', `${name}.xlsx`), path.join(out, `${name}.libreoffice.xlsx`));
}
rmSync(tmp, { recursive: true, force: true });
console.log(`fixtures written to ${path.relative(root, out)}`);
