// Production build of the engine page (browser/engine-page.ts), compiled as the task pane's
// code is (webpack.config.js swcOptions: ES2022, class fields assigned in the constructor).
const path = require('path');
module.exports = {
  mode: 'production',
  entry: { 'engine-page': path.resolve(__dirname, 'browser/engine-page.ts') },
  output: { path: path.resolve(__dirname, '..', 'dist-bench', 'engine-page'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: { parser: { syntax: 'typescript' }, transform: { useDefineForClassFields: false }, target: 'es2022' },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};
