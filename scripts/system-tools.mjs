/**
 * The system tools some tests use besides the browser: LibreOffice Calc (recalculating written
 * workbooks, stamp round trips, printing the samples to PDF), poppler's pdftotext (reading that
 * PDF) and Liberation Serif (LibreOffice's metric-compatible stand-in for the annexes' Times New
 * Roman). On Debian as root, `npm test` installs the missing ones with apt-get, as it does
 * Chromium; elsewhere it names what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const timesIsLiberation = () => {
  const r = spawnSync('fc-match', ['Times New Roman'], { encoding: 'utf8' });
  return r.status === 0 && /Liberation Serif/.test(r.stdout);
};

const TOOLS = [
  {
    pkg: 'libreoffice-calc',
    present: () =>
      ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].some((p) =>
        existsSync(p),
      ) || has('soffice'),
  },
  { pkg: 'poppler-utils', present: () => has('pdftotext', ['-v']) },
  { pkg: 'fonts-liberation2', present: timesIsLiberation },
];

/** Installs what is missing where it can (Debian, root); returns the packages still missing. */
export function ensureSystemTools({ log = console.log } = {}) {
  let missing = TOOLS.filter((t) => !t.present()).map((t) => t.pkg);
  if (missing.length === 0) return [];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    log(`Installing Debian's ${missing.join(', ')} for the tests that use them (apt-get, as root)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0)
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    missing = TOOLS.filter((t) => !t.present()).map((t) => t.pkg);
  }
  if (missing.length)
    log(
      `Missing for some tests: ${missing.join(', ')} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}); ` +
        'the tests that need them fail and say so.',
    );
  return missing;
}
