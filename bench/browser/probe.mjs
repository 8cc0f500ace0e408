#!/usr/bin/env node
/**
 * node bench/browser/probe.mjs <bundle> <rows> <rounds> <browsers>: loads the engine page's
 * bundle (dist-bench/engine-page/engine-page.js, bench/browser/engine-page.ts) into
 * <browsers> fresh headless Chromium processes, one after another — each a new V8 with no
 * code cache of the bundle — and prints one JSON line: { browser, runs: [BrowserEngineRun…] }
 * or { missing: "<why>" } when no Chromium is found. Debian's Chromium, never a download
 * (scripts/chromium.mjs).
 */
import { readFileSync } from 'node:fs';
import { findChromium } from '../../scripts/chromium.mjs';

const [bundle, rows, rounds, browsers] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.log(JSON.stringify({ missing: 'no Chromium (scripts/chromium.mjs)' }));
  process.exit(0);
}
const { chromium } = await import('playwright-core');
const code = readFileSync(bundle, 'utf8');
const runs = [];
let version = '';
for (let k = 0; k < Number(browsers); k++) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    version = browser.version();
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    runs.push(await page.evaluate(([r, n]) => globalThis.benchEngine(r, n), [Number(rows), Number(rounds)]));
  } finally {
    await browser.close();
  }
}
console.log(JSON.stringify({ browser: version, runs }));
