// Production build of the bundle-size reference page (see reference/reference.tsx).
const path = require('path');
module.exports = {
  mode: 'production',
  entry: { reference: path.resolve(__dirname, 'reference/reference.tsx') },
  output: { path: path.resolve(__dirname, '..', 'dist-bench', 'reference'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2019',
            },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};
