'use strict';
/**
 * Webpack plugin: one self-contained HTML page from one chunk (the offline checker,
 * dist/kiem-tra.html). A page opened from file:// cannot count on loading anything beside it
 * (chunk loading, fetch and XHR of local files differ between Chrome, Edge and Firefox), so:
 *
 *   - the entry is built as a single chunk (asyncChunks: false in webpack.config.js; this plugin
 *     fails the build if the chunk can still load another chunk or has more than one script);
 *   - its JavaScript goes into one inline <script> at the end of <body> (`</script` escaped so
 *     the HTML parser cannot end it early), the source map is dropped, and the
 *     third-party licence notices move into an HTML comment;
 *   - the Content-Security-Policy allows exactly that script by its SHA-256 hash and nothing from
 *     anywhere: default-src 'none', connect-src 'none' (the page sends nothing);
 *   - the styles come from another page's template (the playground's <style> block) and the
 *     icon becomes a data: URL.
 *
 * The template marks where things go: content="inline:csp", href="inline:icon",
 * <!-- inline:style … --> and <!-- inline:script -->. A missing marker fails the build.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const NAME = 'InlinePagePlugin';

/** The policy for a page whose only script is inline with `hash` (base64 SHA-256). */
function inlinePagePolicy(hash) {
  return [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    // Fluent UI's CSS-in-JS (Griffel) inserts <style> elements.
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * JavaScript made safe inside <script>…</script>: `</script` becomes `<\/script` (the same in a
 * string, a template, a regular expression or a comment). `<!--` would switch the HTML parser into
 * its escaped script states; no safe rewrite exists for every context, so it stops the build.
 */
function escapeInlineScript(js) {
  if (js.includes('<!--')) throw new Error(`${NAME}: the script contains "<!--", which cannot be inlined safely`);
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

function replaceOnce(html, marker, value, template) {
  const i = html.indexOf(marker);
  if (i < 0) throw new Error(`${NAME}: ${template} has no ${marker}`);
  return html.slice(0, i) + value + html.slice(i + marker.length);
}

/** Builds the page's HTML from the template text, the script and the parts to inline. */
function inlinePage({ template, templateName = 'template', js, style, iconDataUrl, licenses }) {
  const script = escapeInlineScript(js);
  const hash = crypto.createHash('sha256').update(script, 'utf8').digest('base64');
  let html = template;
  html = replaceOnce(html, 'content="inline:csp"', `content="${inlinePagePolicy(hash)}"`, templateName);
  html = replaceOnce(html, 'href="inline:icon"', `href="${iconDataUrl}"`, templateName);
  const styleMarker = /<!-- inline:style[^>]*-->/.exec(html);
  if (!styleMarker) throw new Error(`${NAME}: ${templateName} has no <!-- inline:style --> marker`);
  html = html.replace(styleMarker[0], () => style);
  // The function form: `$&` and friends in the minified code must stay as they are.
  const scriptMarker = '<!-- inline:script -->';
  if (!html.includes(scriptMarker)) throw new Error(`${NAME}: ${templateName} has no ${scriptMarker}`);
  html = html.replace(scriptMarker, () => `<script>${script}</script>`);
  if (licenses) html = html.replace('</html>', () => `</html>\n<!--\n${licenses.replace(/--/g, '- -')}\n-->\n`);
  return { html, hash };
}

class InlinePagePlugin {
  /**
   * @param {{ chunk: string, filename: string, template: string, styleFrom: string, icon: string }} options
   *   chunk: the entry chunk to inline; filename: the page written; template: its HTML template;
   *   styleFrom: an HTML file whose first <style>…</style> block the page uses; icon: a PNG file.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { chunk: chunkName, filename, template, styleFrom, icon } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      for (const f of [template, styleFrom, icon]) compilation.fileDependencies.add(path.resolve(f));
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const chunk = [...compilation.chunks].find((c) => c.name === chunkName);
          if (!chunk) {
            compilation.errors.push(new Error(`${NAME}: no chunk "${chunkName}"`));
            return;
          }
          // asyncChunks: false leaves the async chunks in the graph (other entries load them) but
          // puts their modules into this chunk: what must be absent is any way to load a chunk.
          const RG = compiler.webpack.RuntimeGlobals;
          const runtime = compilation.chunkGraph.getTreeRuntimeRequirements(chunk);
          const scripts = [...chunk.files].filter((f) => f.endsWith('.js'));
          if (runtime.has(RG.ensureChunkHandlers) || runtime.has(RG.loadScript) || scripts.length !== 1) {
            compilation.errors.push(
              new Error(
                `${NAME}: "${chunkName}" must be one script that loads no other chunk (scripts: ${scripts.join(', ')}); ` +
                  'set asyncChunks: false on its entry',
              ),
            );
            return;
          }
          const js = compilation
            .getAsset(scripts[0])
            .source.source()
            .toString()
            .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '')
            .replace(/\/\*! For license information please see \S+ \*\/\n?/, '');
          const extra = [...chunk.auxiliaryFiles];
          const licenseFile = extra.find((f) => f.endsWith('.LICENSE.txt'));
          const licenses = licenseFile ? compilation.getAsset(licenseFile).source.source().toString() : '';
          const styleMatch = /<style>[\s\S]*?<\/style>/.exec(fs.readFileSync(styleFrom, 'utf8'));
          if (!styleMatch) {
            compilation.errors.push(new Error(`${NAME}: ${styleFrom} has no <style> block`));
            return;
          }
          let page;
          try {
            page = inlinePage({
              template: fs.readFileSync(template, 'utf8'),
              templateName: path.basename(template),
              js,
              style: styleMatch[0],
              iconDataUrl: `data:image/png;base64,${fs.readFileSync(icon).toString('base64')}`,
              licenses,
            });
          } catch (e) {
            compilation.errors.push(e);
            return;
          }
          // Already final: a minimizer running after this stage (additionalAssets) would change the
          // inline script and so break its hash.
          compilation.emitAsset(filename, new sources.RawSource(page.html), { minimized: true });
          for (const f of [...scripts, ...extra]) compilation.deleteAsset(f);
        },
      );
      // Last, after every minimizer: the page must still carry the script its policy names.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(filename);
        if (!asset) return;
        const problem = checkInlinePage(asset.source.source().toString());
        if (problem) compilation.errors.push(new Error(`${NAME}: ${filename}: ${problem}`));
      });
    });
  }
}

/** Why `html` would not run its inline script under its own policy, or '' when it would. */
function checkInlinePage(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  if (scripts.length !== 1 || scripts[0][1].trim()) return `expected one inline <script>, found ${scripts.length}`;
  // Quoted with " in our template; a minimizer may leave it so or requote it.
  const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]+)"|'([^']+)')/i.exec(html);
  if (!csp) return 'no Content-Security-Policy';
  const policy = csp[1] ?? csp[2];
  const hash = crypto.createHash('sha256').update(scripts[0][2], 'utf8').digest('base64');
  if (!policy.includes(`'sha256-${hash}'`))
    return "the inline script's hash is not the one in its Content-Security-Policy";
  return '';
}

module.exports = { InlinePagePlugin, inlinePage, inlinePagePolicy, escapeInlineScript, checkInlinePage };
