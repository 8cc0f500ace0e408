#!/usr/bin/env node
// npm run bench: compile the benchmark (bench/*.ts with the domain and adapters), build the
// task pane and the reference page in production mode, then run bench/bench.ts, which prints
// the table and writes bench-results.json. Figures are measured in this run, nothing assumed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
function step(label, cmd, args) {
  process.stdout.write(`… ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error(`bench: ${label} failed`);
    process.exit(1);
  }
}
step('compile benchmark', npx, ['tsc', '-p', 'tsconfig.bench.json']);
step('compile CLI', npx, ['tsc', '-p', 'tsconfig.cli.json']);
step('bundle CLI', npx, ['webpack', '--config', 'webpack.cli.js']);
step('build task pane (production)', npx, ['webpack', '--mode', 'production', '--output-path', 'dist-bench/addin']);
step('build reference page (production)', npx, ['webpack', '--config', 'bench/webpack.reference.js']);
step('build engine page (production)', npx, ['webpack', '--config', 'bench/webpack.engine-page.js']);
const r = spawnSync(
  process.execPath,
  ['--expose-gc', path.join(root, 'dist-bench', 'bench', 'bench.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
