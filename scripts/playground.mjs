#!/usr/bin/env node
/**
 * The browser playground: builds the add-in with webpack (playground page included) and serves
 * dist/ on http://localhost:3001 with a tiny static server (no extra dependency, no network).
 *
 *   npm run playground                       development build, then serve
 *   npm run playground -- --production       minified build
 *   npm run playground -- --no-build         serve what dist/ holds
 *   npm run playground -- --port 3005        another port
 *
 * The end-to-end tests import buildBundle() and serveStatic() from here.
 */
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PORT = 3001;
const require = createRequire(import.meta.url);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Builds with the project's webpack.config.js. `outDir` replaces dist/ (the tests build into
 * their own folder so they never race a developer's dist/). Resolves to webpack's stats.
 */
export async function buildBundle({ mode = 'development', outDir, quiet = false } = {}) {
  const webpack = require('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({}, { mode });
  config.context = ROOT;
  if (outDir) config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: 'error' };
  const stats = await new Promise((resolve, reject) => {
    webpack(config, (err, st) => (err ? reject(err) : resolve(st)));
  });
  if (stats.hasErrors()) {
    const info = stats.toJson({ all: false, errors: true });
    const text = info.errors.map((e) => e.message).join('\n\n');
    throw new Error(`webpack build failed:\n${text}`);
  }
  if (!quiet) {
    const info = stats.toJson({ all: false, assets: true, timings: true });
    const js = info.assets
      .filter((a) => a.name.endsWith('.js'))
      .map((a) => `${a.name} ${(a.size / 1024).toFixed(0)} KiB`);
    console.log(`Built (${mode}) in ${(info.time / 1000).toFixed(1)} s: ${js.join(', ')}`);
  }
  return stats;
}

/**
 * Serves `dir` over http on localhost. `port` 0 picks a free port. Only GET/HEAD, no directory
 * listings, nothing outside `dir`. Resolves to { server, port, url }.
 */
export function serveStatic(dir, { port = DEFAULT_PORT, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (pathname.includes('\0')) return send(400, 'Bad request');
    if (pathname === '/') pathname = '/playground.html';
    const file = path.resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'Forbidden');
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      return send(404, 'Not found');
    }
    if (!stat.isFile()) return send(404, 'Not found');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://localhost:${actual}` });
    });
  });
}

function parseArgs(argv) {
  const opts = { mode: 'development', build: true, port: DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--production' || a === '--prod') opts.mode = 'production';
    else if (a === '--development' || a === '--dev') opts.mode = 'development';
    else if (a === '--no-build') opts.build = false;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`Unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error('--port needs a number from 0 to 65535');
  return opts;
}

export async function main(argv = process.argv.slice(2)) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (opts.help) {
    console.log('Usage: npm run playground [-- --production] [-- --no-build] [-- --port 3001]');
    return 0;
  }
  const dist = path.join(ROOT, 'dist');
  if (opts.build) {
    console.log(`Building the playground (${opts.mode})…`);
    try {
      await buildBundle({ mode: opts.mode });
    } catch (e) {
      console.error(e.message);
      return 1;
    }
  }
  try {
    await fs.access(path.join(dist, 'playground.html'));
  } catch {
    console.error('dist/playground.html is missing: run "npm run playground" without --no-build.');
    return 1;
  }
  let served;
  try {
    served = await serveStatic(dist, { port: opts.port });
  } catch (e) {
    if (e.code === 'EADDRINUSE') {
      console.error(
        `Port ${opts.port} is busy (another playground?). Try: npm run playground -- --port ${opts.port + 1}`,
      );
      console.error(`Cổng ${opts.port} đang bận. Thử: npm run playground -- --port ${opts.port + 1}`);
    } else console.error(e.message);
    return 1;
  }
  console.log(`\nPlayground: ${served.url}/playground.html`);
  console.log('Mở địa chỉ trên bằng trình duyệt. Ctrl+C để dừng. (Open it in a browser; Ctrl+C stops.)');
  const stop = () => served.server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined; // keeps serving
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then((code) => {
    if (code !== undefined) process.exit(code);
  });
}
