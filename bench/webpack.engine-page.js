// Production build of the engine page (browser/engine-page.ts), compiled as the task pane's
// code is: the same swc options as webpack.config.js (ES2022, class fields assigned in the constructor).
const path = require('path');
const { swcOptions } = require('../webpack.config.js');

module.exports = {
  mode: 'production',
  entry: { 'engine-page': path.resolve(__dirname, 'browser/engine-page.ts') },
  output: { path: path.resolve(__dirname, '..', 'dist-bench', 'engine-page'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: swcOptions(false) } }],
  },
  performance: { hints: false },
};
