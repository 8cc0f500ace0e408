/**
 * Builds the Excel add-in into dist/: the task pane, the ribbon command file, icons and the manifest.
 *
 *   npx webpack --mode development    build once (source maps, not minified)
 *   npx webpack --mode production     minified build
 *   npx webpack serve --mode development    dev server on https://localhost:3000
 *   PHULUC_URL=https://example.gov.vn/phuluc npx webpack --mode production
 *                                     dist/manifest.xml points at that address instead of
 *                                     https://localhost:3000 (npm run build also validates it)
 *
 * To add a page (e.g. the browser playground), add one line to ENTRIES and one to PAGES.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionManifest } = require('./scripts/manifest-refs.cjs');
const { InlinePagePlugin } = require('./scripts/inline-page.cjs');
const { GuardPlugin } = require('./scripts/guard.cjs');

const DEV_PORT = 3000;
const DIST = path.resolve(__dirname, 'dist');

/** Every bundle, by chunk name. */
const ENTRIES = {
  taskpane: './src/taskpane/office-entry.tsx',
  commands: './src/commands/commands.ts',
  // The one-line result dialog of the ribbon "Kiểm tra" command.
  notice: './src/commands/notice.ts',
  // Browser playground: the task pane over an in-memory workbook (no Excel, no office.js).
  playground: './src/playground/main.tsx',
  // The offline checker, dist/kiem-tra.html: one chunk (file:// loads no chunks), inlined below.
  checker: { import: './src/checker/main.tsx', asyncChunks: false, layer: 'checker' },
};

/** Every HTML page and the chunks it loads. */
const PAGES = [
  { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] },
  { filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] },
  { filename: 'notice.html', template: './src/commands/notice.html', chunks: ['notice'] },
  { filename: 'playground.html', template: './src/playground/playground.html', chunks: ['playground'] },
];

function swcOptions(dev) {
  return {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      // Class fields as tsconfig's target (ES2020) compiles them: assigned in the constructor.
      transform: {
        react: { runtime: 'automatic', development: dev, refresh: false },
        useDefineForClassFields: false,
      },
      // The bundles need ES2022 anyway (Fluent UI's tabster has class static blocks) and the guard
      // (src/guard/guard.js) loads them only where ES2022 runs: our code is not down-levelled
      // further (optional chaining, ?? and ??= stay as written; smaller first paint).
      target: 'es2022',
    },
    sourceMaps: dev,
  };
}

/**
 * HTTPS options from office-addin-dev-certs (an optional dependency). Excel only loads add-ins
 * over https, so without certificates the dev server still starts, over http, with a clear note.
 */
async function httpsServerOptions() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    console.warn(
      '\n[phuluc] office-addin-dev-certs is not installed: serving over http://localhost:' +
        DEV_PORT +
        '.\n[phuluc] Excel loads add-ins only over https: install the optional dependency' +
        ' (npm install --include=optional), then run "npx office-addin-dev-certs install".\n',
    );
    return undefined;
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    console.warn(
      '\n[phuluc] No dev certificates (' +
        (err && err.message ? err.message.split('\n')[0] : err) +
        '): serving over http://localhost:' +
        DEV_PORT +
        '.\n[phuluc] Run "npx office-addin-dev-certs install" for https, which Excel requires.\n',
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' || env.production ? 'production' : 'development';
  const dev = mode === 'development';
  // Certificates are only needed (and only looked up) when serving, never for a build.
  const https = env.WEBPACK_SERVE ? await httpsServerOptions() : undefined;
  // Where the add-in is hosted for officers; unset, dist/manifest.xml stays on the dev server.
  const base = process.env.PHULUC_URL;
  const manifestTransform = base ? { transform: (content) => productionManifest(content.toString(), base) } : {};

  return {
    mode,
    entry: { ...ENTRIES },
    output: {
      path: DIST,
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: swcOptions(dev) },
        },
      ],
    },
    // Not "eval": the task pane's Content-Security-Policy has no 'unsafe-eval'.
    devtool: dev ? 'source-map' : false,
    optimization: { minimize: !dev },
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: p.chunks,
            scriptLoading: 'defer',
            inject: 'head',
          }),
      ),
      // dist/guard.js, the ES5 old-webview guard, first in taskpane/commands/notice.html: the
      // pages' bundles move from their <script> tags into its data-app (scripts/guard.cjs).
      new GuardPlugin({ root: __dirname }),
      // dist/kiem-tra.html: the checker's one script inlined, with the playground's styles.
      new InlinePagePlugin({
        chunk: 'checker',
        filename: 'kiem-tra.html',
        template: path.resolve(__dirname, 'src/checker/kiem-tra.html'),
        styleFrom: path.resolve(__dirname, 'src/playground/playground.html'),
        icon: path.resolve(__dirname, 'assets/icon-16.png'),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', ...manifestTransform },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.ENTRIES = ENTRIES;
module.exports.PAGES = PAGES;
module.exports.swcOptions = swcOptions;
