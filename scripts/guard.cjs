/**
 * The old-webview guard (src/guard/guard.js) at build time.
 *
 * - buildGuard(root): the guard's ES5 source with the Vietnamese sentences of
 *   src/domain/messages/guard.ts inlined (that module is plain data: it is transpiled with
 *   TypeScript and evaluated on its own), checked to parse as ECMAScript 5 with acorn.
 * - GuardPlugin: emits dist/guard.js and, in each guarded page, moves the page's own bundles
 *   from their <script defer> tags to the data-app attribute of the page's guard tag, so only
 *   the guard loads them (and never in IE11 / Edge Legacy).
 * - checkGuardedPage(html): '' when a built page loads the guard first and no bundle of ours
 *   any other way; otherwise what is wrong (scripts/build.mjs checks dist/ with it).
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

/** The pages Excel opens; each has `<script src="guard.js" data-page="…"></script>` first in its head. */
const GUARDED_PAGES = ['taskpane.html', 'commands.html', 'notice.html'];
const GUARD_FILE = 'guard.js';
const PLACEHOLDER = '/* GUARD_MESSAGES */ null';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const guardSource = (root) => path.join(root, 'src', 'guard', 'guard.js');
const messagesSource = (root) => path.join(root, 'src', 'domain', 'messages', 'guard.ts');

/** GUARD_MSG from src/domain/messages/guard.ts, which must stay plain data (no imports). */
function guardMessages(root) {
  const ts = require('typescript');
  const file = messagesSource(root);
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 },
    fileName: file,
  }).outputText;
  if (/\brequire\(/.test(out)) throw new Error(`${file} must not import anything: the ES5 guard inlines it`);
  const sandbox = { exports: {}, module: { exports: {} } };
  sandbox.module.exports = sandbox.exports;
  vm.runInNewContext(out, sandbox, { filename: file });
  const msg = sandbox.module.exports.GUARD_MSG;
  if (!msg || typeof msg.title !== 'string') throw new Error(`${file} does not export GUARD_MSG`);
  return msg;
}

/** A JSON literal that is also ES5 in any page encoding: ASCII only, U+2028/2029 escaped. */
function asciiLiteral(value) {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Throws with the position when `js` is not ECMAScript 5. */
function assertEs5(js, name) {
  const acorn = require('acorn');
  try {
    acorn.parse(js, { ecmaVersion: 5, sourceType: 'script' });
  } catch (e) {
    throw new Error(`${name} is not ECMAScript 5 (old Excel webviews cannot run it): ${e.message}`, { cause: e });
  }
}

function buildGuard(root) {
  const template = fs.readFileSync(guardSource(root), 'utf8');
  if (template.split(PLACEHOLDER).length !== 2) throw new Error(`src/guard/guard.js needs ${PLACEHOLDER} exactly once`);
  const js = template.replace(PLACEHOLDER, () => asciiLiteral(guardMessages(root)));
  assertEs5(js, 'src/guard/guard.js');
  return js;
}

/** The production guard: minified for ES5 and ASCII output, then checked again. */
async function minifyGuard(js) {
  const { minify } = require('terser');
  const out = await minify(js, {
    ecma: 5,
    compress: { ecma: 5 },
    mangle: true,
    format: { ascii_only: true, comments: false },
  });
  assertEs5(out.code, 'dist/guard.js (minified)');
  return out.code;
}

const attr = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const GUARD_TAG = /<script src="guard\.js"( data-page="[a-z]+")><\/script>/;

/** The template's guard tag with the page's bundles in data-app. */
function guardPageHtml(html, files, name = 'page') {
  const m = GUARD_TAG.exec(html);
  if (!m) throw new Error(`${name}: no <script src="guard.js" data-page="…"></script> in the template`);
  const first = /<script\b[^>]*>/.exec(html);
  if (first && first.index !== m.index) throw new Error(`${name}: guard.js must be the page's first script`);
  return html.replace(GUARD_TAG, `<script src="guard.js"${m[1]} data-app="${attr(files.join(' '))}"></script>`);
}

/** '' when a built (possibly minified) page loads guard.js first and our bundles only through it. */
function checkGuardedPage(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  if (!scripts.length) return 'no script';
  const src = (attrs) => {
    const m = /\ssrc=("([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attrs);
    return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
  };
  const first = scripts[0][1];
  if (src(first) !== GUARD_FILE) return `the first script is ${src(first) ?? 'inline'}, not guard.js`;
  if (!/\sdata-app=("[^"]+"|[^\s>"]+)/.test(first)) return 'guard.js has no data-app (the page would load nothing)';
  for (const [, attrs, body] of scripts.slice(1)) {
    if (body.trim()) return 'an inline script';
    const s = src(attrs);
    if (s !== OFFICE_JS) return `another script (${s}) loads without the guard`;
  }
  return '';
}

class GuardPlugin {
  /** @param {{ root: string, pages?: string[] }} options */
  constructor(options) {
    this.root = options.root;
    this.pages = options.pages ?? GUARDED_PAGES;
  }

  apply(compiler) {
    const HtmlWebpackPlugin = require('html-webpack-plugin');
    const { sources, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PhulucGuard', (compilation) => {
      compilation.fileDependencies.add(guardSource(this.root));
      compilation.fileDependencies.add(messagesSource(this.root));
      compilation.hooks.processAssets.tapPromise(
        { name: 'PhulucGuard', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            const js = buildGuard(this.root);
            const code = compiler.options.optimization.minimize ? await minifyGuard(js) : js;
            // minimized: webpack's own minifier leaves it as checked (ES5, ASCII).
            compilation.emitAsset(GUARD_FILE, new sources.RawSource(code), { minimized: true });
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(e.message));
          }
        },
      );
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      hooks.afterTemplateExecution.tapAsync('PhulucGuard', (data, done) => {
        if (!this.pages.includes(data.outputName)) return done(null, data);
        try {
          const isBundle = (t) => t.tagName === 'script' && t.attributes && t.attributes.src;
          const files = [...data.headTags, ...data.bodyTags].filter(isBundle).map((t) => t.attributes.src);
          data.headTags = data.headTags.filter((t) => !isBundle(t));
          data.bodyTags = data.bodyTags.filter((t) => !isBundle(t));
          data.html = guardPageHtml(data.html, files, data.outputName);
          done(null, data);
        } catch (e) {
          done(e);
        }
      });
    });
  }
}

module.exports = {
  GUARDED_PAGES,
  GUARD_FILE,
  OFFICE_JS,
  guardMessages,
  buildGuard,
  minifyGuard,
  assertEs5,
  guardPageHtml,
  checkGuardedPage,
  GuardPlugin,
};
