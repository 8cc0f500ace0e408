#!/usr/bin/env node
/**
 * End-to-end tests: the real task pane in the browser playground, in Debian's Chromium.
 *
 *   node test/e2e/run.mjs [--json=results.json] [--only=<part of a name>] [--production] [--keep]
 *
 * Builds once (into a temporary folder), serves it on a free localhost port, runs every
 * scenario in a fresh page, saves screenshots to test-artifacts/e2e/, writes
 * { passed, failed, scenarios } to the --json file and exits non-zero on any failure.
 * The browser: PHULUC_CHROMIUM or Debian's chromium (`npm test` installs it on Debian as root).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { missingChromiumMessage } from '../../scripts/chromium.mjs';
import { ARTIFACTS, CHROMIUM, parseArgs, runScenarios, startEnvironment } from './harness.mjs';
import { scenarios } from './scenarios.mjs';

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (opts.help) {
    console.log('Usage: node test/e2e/run.mjs [--json=file] [--only=name] [--production] [--keep]');
    return 0;
  }
  const write = (results, extra = {}) => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    if (opts.json) writeFileSync(opts.json, JSON.stringify({ passed, failed, scenarios: results, ...extra }, null, 2));
    return { passed, failed };
  };

  if (!existsSync(CHROMIUM)) {
    const msg = missingChromiumMessage();
    console.error(`✗ setup\n    ${msg.replace(/\n/g, '\n    ')}`);
    write([{ name: 'setup: Chromium', ok: false, ms: 0, error: msg }]);
    return 1;
  }

  let env;
  try {
    env = await startEnvironment({ mode: opts.mode });
  } catch (e) {
    console.error(`✗ setup\n    ${String(e.stack || e.message).replace(/\n/g, '\n    ')}`);
    write([{ name: 'setup: build, server and browser', ok: false, ms: 0, error: String(e.message) }]);
    return 1;
  }
  let results;
  try {
    results = await runScenarios(env, scenarios, { only: opts.only });
  } finally {
    await env.close(opts.keep);
  }
  const js = Object.entries(env.sizes)
    .filter(([n]) => /^(playground|taskpane|playground-xlsx|playground-samples)\.js$/.test(n))
    .map(([n, s]) => `${n} ${(s / 1024).toFixed(0)} KiB`);
  const { passed, failed } = write(results, { bundles: env.sizes, notes: [...env.notes] });
  console.log(`\nBundles (${opts.mode}): ${js.join(', ')}`);
  for (const n of env.notes) console.log(`note (not a failure): ${n}`);
  console.log(`Screenshots: ${path.relative(process.cwd(), ARTIFACTS) || '.'}`);
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  if (results.length === 0) {
    console.error(opts.only ? `No scenario matches "${opts.only}".` : 'No scenario ran.');
    return 1;
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
