/**
 * The browser the end-to-end tests drive (playwright-core never downloads one).
 *
 *   findChromium()     PHULUC_CHROMIUM if set, else the first of Debian's / the usual paths
 *   ensureChromium()   the same; where none is found on Debian as root, installs Debian's
 *                      `chromium` package with apt-get (what `npm test` does on a fresh machine)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
];

/** The browser to use, or undefined. An explicit PHULUC_CHROMIUM is used as given (checked by the caller). */
export function findChromium(env = process.env) {
  if (env.PHULUC_CHROMIUM) return env.PHULUC_CHROMIUM;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Why no browser can be used, and how to get one (one paragraph, English, for developers). */
export function missingChromiumMessage(env = process.env) {
  const where = env.PHULUC_CHROMIUM
    ? `PHULUC_CHROMIUM=${env.PHULUC_CHROMIUM} does not exist`
    : `no Chromium found (${CANDIDATES.join(', ')})`;
  return (
    `${where}. The end-to-end tests drive Debian's Chromium with playwright-core and never download a browser.\n` +
    '  Install it:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    '  (or set PHULUC_CHROMIUM to a Chromium/Chrome/Edge binary; skip these tests with PHULUC_SKIP_E2E=1 npm test)'
  );
}

/**
 * Finds the browser; on Debian, as root, with none installed and PHULUC_CHROMIUM unset,
 * installs the `chromium` package first. Returns the path, or undefined when there is none.
 */
export function ensureChromium({ log = console.log, env = process.env } = {}) {
  const found = findChromium(env);
  if (found) return existsSync(found) ? found : undefined;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return undefined;
  log('No Chromium found: installing Debian\'s "chromium" package (apt-get, as root) for the end-to-end tests…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
          stdio: 'inherit',
          env: aptEnv,
        })
      : update;
  if (install.status !== 0) log('apt-get could not install chromium.');
  return findChromium(env);
}
