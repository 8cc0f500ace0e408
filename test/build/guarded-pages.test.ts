/**
 * The real webpack.config.js (its pages, GuardPlugin, html-webpack-plugin, minified as
 * `npm run build` makes dist/) with tiny stand-in entries, so it builds in seconds: every page
 * Excel opens loads dist/guard.js first, the guard is ECMAScript 5, and each page's own bundle
 * is named only in the guard's data-app. scripts/build.mjs runs the same page check on dist/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as acorn from 'acorn';

/* eslint-disable @typescript-eslint/no-require-imports */
const guard: {
  GUARDED_PAGES: string[];
  checkGuardedPage(html: string): string;
} = require('../../scripts/guard.cjs');
const webpack: (
  config: object,
  cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(): string }) => void,
) => void = require('webpack');
const makeConfig: (env: object, argv: object) => Promise<Record<string, unknown>> = require('../../webpack.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, '..', '..');

describe('built pages (webpack, production mode)', () => {
  let dist: string;
  beforeAll(async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-guarded-'));
    dist = path.join(work, 'dist');
    const config = await makeConfig({}, { mode: 'production' });
    const entries = config.entry as Record<string, string | { import: string }>;
    const stubbed: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(entries)) {
      const stub = path.join(work, `${name}.js`);
      fs.writeFileSync(stub, `window.__entry = ${JSON.stringify(name)};\n`);
      stubbed[name] = typeof entry === 'string' ? stub : { ...entry, import: stub };
    }
    const built = { ...config, context: root, entry: stubbed, output: { ...(config.output as object), path: dist } };
    await new Promise<void>((resolve, reject) =>
      webpack({ ...built, infrastructureLogging: { level: 'error' } }, (err, stats) => {
        if (err) return reject(err);
        if (stats!.hasErrors()) return reject(new Error(stats!.toString()));
        resolve();
      }),
    );
  }, 120_000);

  it.each(['taskpane.html', 'commands.html', 'notice.html'])(
    '%s loads the guard first, its bundle through it',
    (page) => {
      expect(guard.GUARDED_PAGES).toContain(page);
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      expect(guard.checkGuardedPage(html)).toBe('');
      const app = /data-app="?([^"\s>]+)/.exec(html)![1]!;
      expect(app).toBe(page.replace('.html', '.js'));
      expect(fs.existsSync(path.join(dist, app))).toBe(true);
      // office.js still comes right after the guard, from Microsoft's CDN.
      const srcs = [...html.matchAll(/<script\b[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
      expect(srcs).toEqual(['guard.js', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    },
  );

  it('dist/guard.js is ECMAScript 5', () => {
    const js = fs.readFileSync(path.join(dist, 'guard.js'), 'utf8');
    expect(() => acorn.parse(js, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // Minified for ES5 with its sentences kept as \u escapes (ASCII in any page encoding).
    expect(js).toContain('"\\u0110\\xf3ng"'); // "Đóng"
    expect(js.length).toBeLessThan(8000);
    expect(/[^\t\n\r\x20-\x7e]/.test(js)).toBe(false);
  });

  it('leaves the playground (not opened by Excel) as it was', () => {
    const html = fs.readFileSync(path.join(dist, 'playground.html'), 'utf8');
    expect(html).not.toContain('guard.js');
    expect(html).toMatch(/<script defer(="defer")? src="?playground\.js/);
  });
});
