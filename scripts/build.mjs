#!/usr/bin/env node
/**
 * npm run build: the production build in dist/, for hosting.
 *
 *   PHULUC_URL=https://example.gov.vn/phuluc npm run build
 *
 * Builds with webpack in production mode (minified pages, the ribbon command file, icons and
 * the offline checker), writes dist/manifest.xml with every URL under PHULUC_URL (the
 * repository's manifest.xml stays on https://localhost:3000 for development) and validates it
 * as `npm run validate` validates the dev manifest: the official XSDs, resids, https URLs on
 * our origin, icons in dist/assets at their declared sizes, and every URL under PHULUC_URL.
 * Without PHULUC_URL the build is made for https://localhost:3000, with a note.
 *
 * It also checks that every page Excel opens loads the ES5 guard (dist/guard.js, ECMAScript 5)
 * first and the page's bundle only through it.
 *
 * Exit codes: 0 built and valid, 1 build failed or the manifest is invalid, 2 bad PHULUC_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import refs from './manifest-refs.cjs';
import guard from './guard.cjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const DEV_BASE = 'https://localhost:3000';

let base = DEV_BASE;
if (process.env.PHULUC_URL) {
  try {
    base = refs.normalizeBase(process.env.PHULUC_URL);
  } catch (e) {
    console.error(`✗ PHULUC_URL: ${e.message}`);
    console.error('  Địa chỉ máy chủ phải là https, ví dụ PHULUC_URL=https://example.gov.vn/phuluc npm run build');
    process.exit(2);
  }
} else {
  console.log(
    `note: PHULUC_URL is not set, so dist/manifest.xml points at the dev server ${DEV_BASE}.\n` +
      '      For officers: PHULUC_URL=https://<your server>/<folder> npm run build',
  );
}

const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const env = { ...process.env };
if (base === DEV_BASE) delete env.PHULUC_URL;
else env.PHULUC_URL = base;
const built = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, stdio: 'inherit', env });
if (built.status !== 0) {
  console.error('✗ webpack build failed');
  process.exit(1);
}

// Every page Excel opens must load the ES5 guard first, and our bundles only through it.
const guardProblems = [];
try {
  guard.assertEs5(readFileSync(path.join(DIST, guard.GUARD_FILE), 'utf8'), 'dist/guard.js');
} catch (e) {
  guardProblems.push(e.message);
}
for (const page of guard.GUARDED_PAGES) {
  const file = path.join(DIST, page);
  const problem = existsSync(file) ? guard.checkGuardedPage(readFileSync(file, 'utf8')) : 'not built';
  if (problem) guardProblems.push(`dist/${page}: ${problem}`);
}
if (guardProblems.length) {
  for (const p of guardProblems) console.error(`  ${p}`);
  console.error('✗ the pages do not load the old-webview guard first (scripts/guard.cjs)');
  process.exit(1);
}

const manifest = path.join(DIST, 'manifest.xml');
if (!existsSync(manifest)) {
  console.error(`✗ ${manifest} was not written`);
  process.exit(1);
}
const schema = await refs.validateSchema(manifest, refs.defaultSchemaDir(ROOT), { name: 'dist/manifest.xml' });
const result = refs.checkManifestRefs(readFileSync(manifest, 'utf8'), { assetsDir: path.join(DIST, 'assets') });
const errors = [
  ...(schema.status === 'valid' ? [] : [schema.output]),
  ...result.errors,
  ...refs.urlsOutsideBase(result.urls, base),
];
if (errors.length) {
  for (const e of errors) console.error(`  dist/manifest.xml: ${e}`);
  console.error(`✗ dist/manifest.xml is not valid (${errors.length} problem(s)) / tệp kê khai không hợp lệ.`);
  process.exit(1);
}
console.log(
  `\n✓ dist/ built for ${base}: manifest valid (schema, ${result.urls.length} URLs under ${base}, ` +
    `${result.icons.length} icons in dist/assets).\n` +
    `  Copy everything in dist/ to ${base}/ (static HTTPS hosting), then give officers dist/manifest.xml ` +
    '(README, "Triển khai").',
);
