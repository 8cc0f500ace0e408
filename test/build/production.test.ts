/**
 * The production build's two special outputs, checked without running webpack (the e2e run
 * builds and opens them): dist/manifest.xml moved to PHULUC_URL (scripts/manifest-refs.cjs,
 * applied by webpack.config.js) and the self-contained offline checker page
 * (scripts/inline-page.cjs).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Refs {
  productionManifest(xml: string, base: string): string;
  normalizeBase(url: string): string;
  urlsOutsideBase(urls: { url: string; line: number }[], base: string): string[];
  checkManifestRefs(
    xml: string,
    options?: { assetsDir?: string },
  ): { errors: string[]; urls: { url: string; line: number }[]; icons: unknown[] };
  validateSchema(
    file: string,
    schemaDir: string,
    options?: { xml?: string; name?: string },
  ): Promise<{ status: string; output: string }>;
  defaultSchemaDir(root: string): string;
}
interface Inline {
  inlinePage(o: { template: string; js: string; style: string; iconDataUrl: string; licenses?: string }): {
    html: string;
    hash: string;
  };
  escapeInlineScript(js: string): string;
  checkInlinePage(html: string): string;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const refs: Refs = require('../../scripts/manifest-refs.cjs');
const inline: Inline = require('../../scripts/inline-page.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, '..', '..');
const devManifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const BASE = 'https://example.gov.vn/phuluc';

describe('production manifest (PHULUC_URL)', () => {
  const prod = refs.productionManifest(devManifest, `${BASE}/`);

  it('moves every URL under the base and the AppDomain to its origin', () => {
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/<AppDomain>https:\/\/example\.gov\.vn<\/AppDomain>/);
    expect(prod).toMatch(/<SourceLocation DefaultValue="https:\/\/example\.gov\.vn\/phuluc\/taskpane\.html"\/>/);
    const r = refs.checkManifestRefs(prod, { assetsDir: path.join(root, 'assets') });
    expect(r.errors).toEqual([]);
    expect(r.urls.length).toBe(refs.checkManifestRefs(devManifest).urls.length);
    expect(r.icons.length).toBeGreaterThanOrEqual(10);
    expect(refs.urlsOutsideBase(r.urls, BASE)).toEqual([]);
    // The dev manifest is not under the production base, so the check can fail.
    expect(refs.urlsOutsideBase(refs.checkManifestRefs(devManifest).urls, BASE).length).toBeGreaterThan(10);
  });

  it('stays valid against the official schema', async () => {
    const r = await refs.validateSchema('manifest.xml', refs.defaultSchemaDir(root), { xml: prod, name: 'prod.xml' });
    expect(r.output).toMatch(/validates/);
    expect(r.status).toBe('valid');
  });

  it('works for a bare origin too', () => {
    const r = refs.checkManifestRefs(refs.productionManifest(devManifest, 'https://phuluc.example.gov.vn'), {
      assetsDir: path.join(root, 'assets'),
    });
    expect(r.errors).toEqual([]);
    expect(r.urls.every((u) => u.url.startsWith('https://phuluc.example.gov.vn'))).toBe(true);
  });

  it.each([
    ['http://example.gov.vn/phuluc', /not https/],
    ['https://example.gov.vn/phuluc?x=1', /without \?query/],
    ['example.gov.vn', /not a URL/],
  ])('refuses %s', (bad, why) => {
    expect(() => refs.productionManifest(devManifest, bad)).toThrow(why);
  });

  it('is what webpack.config.js copies to dist/ when PHULUC_URL is set, and only then', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require('../../webpack.config.js') as (
      env: object,
      argv: object,
    ) => Promise<{ plugins: { patterns?: { from: string; transform?: (c: Buffer) => string }[] }[] }>;
    const manifestPattern = async () => {
      const config = await makeConfig({}, { mode: 'production' });
      return config.plugins.flatMap((p) => p.patterns ?? []).find((x) => x.from === 'manifest.xml');
    };
    const saved = process.env.PHULUC_URL;
    try {
      delete process.env.PHULUC_URL;
      expect((await manifestPattern())?.transform).toBeUndefined();
      process.env.PHULUC_URL = BASE;
      const pattern = await manifestPattern();
      expect(pattern?.transform?.(Buffer.from(devManifest))).toBe(prod);
    } finally {
      if (saved === undefined) delete process.env.PHULUC_URL;
      else process.env.PHULUC_URL = saved;
    }
  });
});

describe('inline page (dist/kiem-tra.html)', () => {
  const template = fs.readFileSync(path.join(root, 'src', 'checker', 'kiem-tra.html'), 'utf8');
  const style = '<style>body{margin:0}</style>';
  const js = 'window.x = "</script><b>";console.log("a $& b $1");';

  it('inlines the script with a CSP that allows it by hash and nothing else', () => {
    const { html, hash } = inline.inlinePage({ template, js, style, iconDataUrl: 'data:image/png;base64,AAAA' });
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe('window.x = "<\\/script><b>";console.log("a $& b $1");');
    expect(createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64')).toBe(hash);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.split('; ');
    expect(csp).toEqual(
      expect.arrayContaining(["default-src 'none'", `script-src 'sha256-${hash}'`, "connect-src 'none'"]),
    );
    expect(html).toContain(style);
    expect(html).toContain('href="data:image/png;base64,AAAA"');
    expect(html).not.toMatch(/inline:/);
  });

  it('keeps licence notices in a comment after the page', () => {
    const { html } = inline.inlinePage({ template, js, style, iconDataUrl: 'data:,', licenses: 'MIT -- React' });
    expect(html.trimEnd().endsWith('MIT - - React\n-->')).toBe(true);
  });

  it('checks a finished page: its one script must still match its policy (a later minimizer could change it)', () => {
    const { html } = inline.inlinePage({ template, js, style, iconDataUrl: 'data:,' });
    expect(inline.checkInlinePage(html)).toBe('');
    expect(inline.checkInlinePage(html.replace('console.log', 'console.info'))).toMatch(/hash is not the one/);
    expect(inline.checkInlinePage(html.replace('</body>', '<script src="x.js"></script></body>'))).toMatch(
      /one inline <script>, found 2/,
    );
  });

  it('refuses a template without its markers and a script with "<!--"', () => {
    expect(() =>
      inline.inlinePage({ template: template.replace('<!-- inline:script -->', ''), js, style, iconDataUrl: 'data:,' }),
    ).toThrow(/inline:script/);
    expect(() => inline.escapeInlineScript('a = "<!--";')).toThrow(/<!--/);
  });
});
