/**
 * Builds the `phuluc` command line into one file, dist-cli/bundle/phuluc.js (bin/phuluc.js loads
 * it; `npm run build:cli` runs tsc, then this). One file starts faster than the ~200 modules tsc
 * emits, and zod comes in as ES modules that webpack concatenates, instead of ~95 CommonJS files:
 * loading the CLI took ~250 ms, ~150 ms bundled (2026-12-02, this machine). Not minified, so a
 * stack trace still reads. exceljs stays outside (required at run time, and only by the commands
 * that write); `import()` of aggregate, import, compare, stamp become chunks beside it.
 */
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: { phuluc: './src/cli/main.ts' },
  output: {
    path: path.resolve(__dirname, 'dist-cli', 'bundle'),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  externals: { exceljs: 'commonjs exceljs' },
  // __dirname stays the bundle's own folder (main.ts finds package.json from it).
  node: { __dirname: false, __filename: false },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript' },
              target: 'es2022',
              // Class fields as tsc compiles them for the CLI (tsconfig.cli.json).
              transform: { useDefineForClassFields: true },
            },
          },
        },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
};
