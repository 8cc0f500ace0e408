#!/usr/bin/env node
// The whole test suite, as README and CI run it (`npm ci && npm test`): type check, lint,
// jest (unit, integration, UI), then the end-to-end browser tests. Ends with one plain line
// "N passed, N failed" taken from the runners' own totals, so a run that executed no test is visible.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensureSystemTools } from './system-tools.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 20) {
  console.error(`npm test needs Node.js 20 or newer (this is ${process.version}).`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'node_modules', 'typescript', 'package.json'))) {
  console.error(
    'The dependencies are not installed: run "npm ci" first (the README\'s test command is "npm ci && npm test").',
  );
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;
let ok = true;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) ok = false;
  return r.status ?? 1;
}

// 1. Types (strict) across src and test.
if (run('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) failed += 1;
else passed += 1;

// 1b. Lint (ESLint with the domain boundary rule) and formatting (Prettier), as `npm run lint`.
if (run('lint', npx, ['eslint', '.']) !== 0) failed += 1;
else passed += 1;
if (run('format', npx, ['prettier', '--check', '.']) !== 0) failed += 1;
else passed += 1;

// 2. The CLI build the integration tests run (bin/phuluc.js → dist-cli/bundle), as `npm run build:cli`.
const cliBuilt =
  run('build:cli', npx, ['tsc', '-p', 'tsconfig.cli.json']) === 0 &&
  run('build:cli (bundle)', npx, ['webpack', '--config', 'webpack.cli.js']) === 0;
if (!cliBuilt) failed += 1;

// 2b. LibreOffice Calc, pdftotext and Liberation Serif for the tests that print or round-trip
//     files (installed on Debian as root when missing, as Chromium below).
ensureSystemTools();

// 3. jest: unit, rule, adapter, integration, CLI and task-pane tests.
const out = path.join(mkdtempSync(path.join(tmpdir(), 'phuluc-jest-')), 'results.json');
run(
  'jest',
  npx,
  ['jest', '--ci', '--json', `--outputFile=${out}`, ...process.argv.slice(2)],
  cliBuilt ? { PHULUC_CLI_BUILT: '1' } : {},
);
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
  if (j.numTotalTests === 0) ok = false;
} else failed += 1;

// 4. End-to-end tests in Debian's Chromium (skipped only when asked: PHULUC_SKIP_E2E=1). With no
//    browser, on Debian as root, Debian's chromium package is installed first (scripts/chromium.mjs);
//    elsewhere the e2e setup fails with what to install.
const e2e = path.join(root, 'test', 'e2e', 'run.mjs');
if (existsSync(e2e) && process.env.PHULUC_SKIP_E2E !== '1') {
  ensureChromium();
  const res = path.join(path.dirname(out), 'e2e.json');
  run('e2e', process.execPath, [e2e, `--json=${res}`]);
  if (existsSync(res)) {
    const j = JSON.parse(readFileSync(res, 'utf8'));
    passed += j.passed;
    failed += j.failed;
  } else failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
