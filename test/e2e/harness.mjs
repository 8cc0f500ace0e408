/**
 * A tiny end-to-end harness: build the add-in once into a temporary folder, serve it on a free
 * localhost port, drive Debian's Chromium with playwright-core (never a downloaded browser),
 * run scenarios (plain async functions) one after another and report "✓ name" / "✗ name".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../../scripts/chromium.mjs';
import { buildBundle, ROOT, serveStatic } from '../../scripts/playground.mjs';

export { ROOT };
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
/** PHULUC_CHROMIUM, else Debian's /usr/bin/chromium or another usual path (scripts/chromium.mjs). */
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

export function assert(cond, message) {
  if (!cond) throw new AssertionError(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new AssertionError(`${message}\n    expected: ${b}\n    actual:   ${a}`);
}

/** Waits until `fn()` is truthy (polling), or fails with `message`. */
export async function until(fn, message, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new AssertionError(
        `${message} (timed out; last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function parseArgs(argv) {
  const opts = { json: undefined, only: undefined, mode: 'development', build: true, keep: false };
  for (const a of argv) {
    if (a.startsWith('--json=')) opts.json = a.slice(7);
    else if (a.startsWith('--only=')) opts.only = a.slice(7);
    else if (a === '--production') opts.mode = 'production';
    else if (a === '--keep') opts.keep = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`Unknown option ${a}`);
  }
  return opts;
}

/** Newest modification time of the .ts files under `dir`. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let cliChecked = false;

/** `npx phuluc …` without npx: the compiled CLI, (re)built first when missing or older than src/. */
export function phuluc(args) {
  const bin = path.join(ROOT, 'bin', 'phuluc.js');
  const main = path.join(ROOT, 'dist-cli', 'bundle', 'phuluc.js');
  const sources = ['src/domain', 'src/adapters/exceljs', 'src/adapters/memory', 'src/cli']; // tsconfig.cli.json
  const newest = Math.max(...sources.map((d) => newestSource(path.join(ROOT, d))));
  if (!cliChecked && (!existsSync(main) || statSync(main).mtimeMs < newest)) {
    cliChecked = true;
    // npm run build:cli: tsc, then webpack.cli.js (the bundle bin/phuluc.js loads).
    for (const args of [
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
      [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.cli.js'],
    ]) {
      const step = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      if (step.status !== 0) throw new Error(`build:cli failed:\n${step.stdout}${step.stderr}`);
    }
  }
  cliChecked = true;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/**
 * Everything the scenarios share: the server URL, the browser context, a temp folder, and
 * every request any page made (scenario (i) and the final check look at it).
 */
export async function startEnvironment({ mode }) {
  const work = mkdtempSync(path.join(tmpdir(), 'phuluc-e2e-'));
  const dist = path.join(work, 'dist');
  const t0 = Date.now();
  const stats = await buildBundle({ mode, outDir: dist, quiet: true });
  const info = stats.toJson({ all: false, assets: true });
  const sizes = Object.fromEntries(info.assets.filter((a) => a.name.endsWith('.js')).map((a) => [a.name, a.size]));
  console.log(`Built (${mode}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const served = await serveStatic(dist, { port: 0 });
  const { chromium } = await import('playwright-core');
  const userDataDir = path.join(work, 'profile');
  mkdirSync(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    locale: 'vi-VN',
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const notes = new Set();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: served.url,
    port: served.port,
    /** The built files (dist/kiem-tra.html is opened from here, or from a copy, as file://). */
    dist,
    context,
    requests,
    notes,
    work,
    sizes,
    async close(keep) {
      await context.close().catch(() => undefined);
      await new Promise((r) => served.server.close(r));
      if (!keep) rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Runs scenarios in order; each gets a fresh page. Returns the results list. */
export async function runScenarios(env, scenarios, { only, timeout = 120000 } = {}) {
  const results = [];
  for (const [name, fn] of scenarios) {
    if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
    const page = await env.context.newPage();
    const problems = [];
    const pending = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = m.text();
      // React's development-build warnings are notes, not failures, except an invalid DOM
      // attribute (Fluent's AccordionPanel passed inert={true} under React 18 on every load,
      // microsoft/fluentui#36064; our AccordionPanel wrapper fixes it and this keeps it fixed).
      if (text.startsWith('Warning:')) {
        const line = Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?'))).then(
          ([fmt, ...rest]) =>
            String(fmt)
              .replace(/%s/g, () => String(rest.shift() ?? ''))
              .split('\n')[0],
        );
        pending.push(
          line.then((l) => {
            if (/non-boolean attribute|Invalid DOM property|Unknown prop/.test(l)) problems.push(`React warning: ${l}`);
            else env.notes.add(l);
          }),
        );
      } else problems.push(`console error: ${text}`);
    });
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    const started = Date.now();
    let error;
    try {
      let timer;
      await Promise.race([
        fn({ page, env, dialogs, problems }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s`)), timeout);
        }),
      ]).finally(() => clearTimeout(timer));
      await Promise.all(pending);
      if (dialogs.length) throw new AssertionError(`a dialog opened: ${dialogs.join('; ')}`);
      if (problems.length) throw new AssertionError(`the page reported errors:\n    ${problems.join('\n    ')}`);
    } catch (e) {
      error = e;
      const shot = path.join(ARTIFACTS, `FAILED-${slug(name)}.png`);
      await page.screenshot({ path: shot, fullPage: false }).catch(() => undefined);
    }
    await page.close().catch(() => undefined);
    const ms = Date.now() - started;
    if (error) {
      console.log(
        `✗ ${name} (${ms} ms)\n    ${String(error.stack || error.message)
          .split('\n')
          .slice(0, 8)
          .join('\n    ')}`,
      );
      results.push({ name, ok: false, ms, error: String(error.message) });
    } else {
      console.log(`✓ ${name} (${ms} ms)`);
      results.push({ name, ok: true, ms });
    }
  }
  return results;
}

export function slug(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
}
