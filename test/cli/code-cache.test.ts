/**
 * bin/phuluc.js and V8's code cache: the first validate writes dist-cli/bundle/phuluc.v8cache,
 * later runs load it and answer the same; a damaged cache is refused by V8 and replaced; with
 * PHULUC_NO_CODE_CACHE=1 nothing is written. Runs a copy of bin + bundle in a temp folder.
 */
import { spawnSync } from 'child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist-cli', 'bundle');
let dir: string;
let bin: string;
let cache: string;
let book: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  // The report without its timing.
  return { code: r.status, out: r.stdout.replace(/"ms": [\d.]+/g, '"ms": 0'), err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(bundle, 'phuluc.js'))) {
    const b = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build:cli: ${b.stdout}${b.stderr}`);
  }
  dir = mkdtempSync(path.join(tmpdir(), 'phuluc-cache-'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(root, 'bin', 'phuluc.js'), path.join(dir, 'bin', 'phuluc.js'));
  cpSync(bundle, path.join(dir, 'dist-cli', 'bundle'), {
    recursive: true,
    filter: (f) => !f.endsWith('.v8cache'),
  });
  copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  bin = path.join(dir, 'bin', 'phuluc.js');
  cache = path.join(dir, 'dist-cli', 'bundle', 'phuluc.v8cache');
  book = path.join(dir, 'a.xlsx');
  const samples = path.join(root, 'samples');
  const made = run([
    'new',
    '--out',
    book,
    '--settings',
    path.join(samples, 'settings.json'),
    '--data',
    path.join(samples, 'data.json'),
  ]);
  expect(made.code).toBe(0);
}, 240000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the code cache of bin/phuluc.js', () => {
  it('is written by the first validate and used by the next, with the same report', () => {
    expect(existsSync(cache)).toBe(false); // `new` does not write it
    const first = run(['validate', book, '--json']);
    expect(first.err).toBe('');
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    const second = run(['validate', book, '--json']);
    expect(second).toEqual(first);
    expect(statSync(cache).mtimeMs).toBe(written); // accepted, so not written again
    expect(first.out).toContain('"findings"');
  });

  it('is replaced when damaged, and the run answers as without it', () => {
    const clean = run(['validate', book, '--json'], { PHULUC_NO_CODE_CACHE: '1' });
    writeFileSync(cache, 'not a code cache');
    const damaged = run(['validate', book, '--json']);
    expect(damaged).toEqual(clean);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  });

  it('is neither read nor written with PHULUC_NO_CODE_CACHE=1', () => {
    rmSync(cache);
    const r = run(['validate', book], { PHULUC_NO_CODE_CACHE: '1' });
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(existsSync(cache)).toBe(false);
  });
});
