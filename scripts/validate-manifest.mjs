#!/usr/bin/env node
// Validates an Office Add-in manifest offline.
//
//   node scripts/validate-manifest.mjs [--assets DIR] [--base URL] FILE...
//
// 1. Schema: libxml2's xmllint compiled to WebAssembly (npm xmllint-wasm, no system
//    binary) against the official XSDs in schemas/office-manifest/ (OfficeAppManifestV1_1.xsd
//    and the files it imports; origin in that folder's README), or $PHULUC_SCHEMA_DIR.
// 2. References the schema can't check (see scripts/manifest-refs.cjs): resids,
//    https URLs under our own origins, icon files in assets/ with the declared size.
// 3. With --base URL (a production build): every URL is on that origin, and every URL
//    but the AppDomain lies under URL.
//
// Exit codes: 0 valid, 1 invalid, 2 usage / file / schema folder problem.

import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import refs from './manifest-refs.cjs';

const { checkManifestRefs, validateSchema, defaultSchemaDir, urlsOutsideBase } = refs;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function usage(msg) {
  if (msg) console.error(msg);
  console.error('Usage: node scripts/validate-manifest.mjs [--assets DIR] [--base URL] FILE...');
  process.exit(2);
}

const args = process.argv.slice(2);
let assetsDir = path.join(repoRoot, 'assets');
let base;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--assets') {
    if (!args[i + 1]) usage('--assets needs a directory');
    assetsDir = path.resolve(args[++i]);
  } else if (args[i] === '--base') {
    if (!args[i + 1]) usage('--base needs a URL');
    base = args[++i];
  } else if (args[i] === '-h' || args[i] === '--help') usage();
  else files.push(args[i]);
}
if (files.length === 0) usage();

const schemaDir = defaultSchemaDir(repoRoot);

let exitCode = 0;

for (const file of files) {
  const rel = path.relative(process.cwd(), path.resolve(file));
  const name = rel && !rel.startsWith('..') ? rel : path.resolve(file);
  if (!existsSync(file)) {
    console.error(`✗ ${name}: file not found / không tìm thấy tệp.`);
    exitCode = Math.max(exitCode, 2);
    continue;
  }

  const schema = await validateSchema(file, schemaDir);
  if (schema.status === 'no-schema') {
    console.error(`✗ ${schema.output}`);
    console.error('  Không tìm thấy thư mục lược đồ XSD của tệp kê khai Office.');
    process.exit(2);
  }
  if (schema.status === 'invalid') {
    console.error(schema.output);
    console.error(
      `✗ ${name} is NOT valid against the Office manifest schema / Tệp kê khai không hợp lệ theo lược đồ XSD của Office.`,
    );
    exitCode = Math.max(exitCode, 1);
    continue;
  }

  const result = checkManifestRefs(readFileSync(file, 'utf8'), { assetsDir });
  if (base !== undefined) {
    try {
      result.errors.push(...urlsOutsideBase(result.urls, base));
    } catch (e) {
      usage(e.message);
    }
  }
  for (const w of result.warnings) console.warn(`  warning: ${name}: ${w}`);
  if (result.errors.length) {
    for (const e of result.errors) console.error(`  ${name}: ${e}`);
    console.error(
      `✗ ${name}: schema OK, but ${result.errors.length} reference problem(s) / ` +
        `đúng lược đồ nhưng có ${result.errors.length} lỗi tham chiếu (resid, URL hoặc biểu tượng).`,
    );
    exitCode = Math.max(exitCode, 1);
    continue;
  }
  console.log(
    `✓ ${name} is valid: schema, ${result.urls.length} URLs, ${result.icons.length} icons checked / ` +
      'Tệp kê khai hợp lệ.',
  );
}

process.exit(exitCode);
