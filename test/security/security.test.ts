/**
 * Security properties written down in SECURITY.md, checked where a test can:
 * least permissions, only our own app domain, a strict CSP on every page (no inline script,
 * no eval), and no HTML built from cell contents anywhere in the UI source.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

function cspOf(html: string): Map<string, string[]> {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html.replace(/\s+/g, ' '));
  if (!m) throw new Error('no CSP meta tag');
  const out = new Map<string, string[]>();
  for (const part of m[1]!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

describe('manifest permissions and domains', () => {
  const manifest = read('manifest.xml');
  it('asks for ReadWriteDocument at most', () => {
    expect(manifest).toMatch(/<Permissions>\s*ReadWriteDocument\s*<\/Permissions>/);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadItem|WriteDocument<\/Permissions>.*Restricted/);
  });
  it('lists no app domain but our own origin', () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]!.trim());
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]!;
    expect(domains.length).toBeGreaterThan(0);
    for (const d of domains) expect(new URL(d).origin).toBe(new URL(source).origin);
  });
});

describe.each([
  'src/taskpane/taskpane.html',
  'src/commands/commands.html',
  'src/commands/notice.html',
  'src/playground/playground.html',
])('Content-Security-Policy of %s', (page) => {
  const html = read(page);
  const csp = cspOf(html);
  it('allows scripts only from ourselves and office.js, never inline or eval', () => {
    const scripts = csp.get('script-src') ?? csp.get('default-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    for (const s of scripts.filter((x) => !x.startsWith("'"))) expect(s).toBe('https://appsforoffice.microsoft.com');
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });
  it('has no inline script', () => {
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/\ssrc=/);
      expect(m[2]!.trim()).toBe('');
    }
  });
});

describe('no HTML from cell contents, no eval', () => {
  const files = [
    ...sourceFiles('src/taskpane'),
    ...sourceFiles('src/playground'),
    ...sourceFiles('src/commands'),
    ...sourceFiles('src/domain'),
    ...sourceFiles('src/app'),
  ];
  it.each(files)('%s', (file) => {
    const text = read(file);
    expect(text).not.toMatch(
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/,
    );
    expect(text).not.toMatch(/\beval\(|new Function\(/);
  });
});
