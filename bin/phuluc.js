#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
// The CLI in one file (webpack.cli.js), built by `npm ci` / `npm run build:cli`.
const entry = path.join(__dirname, '..', 'dist-cli', 'bundle', 'phuluc.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'phuluc: chưa biên dịch — hãy chạy "npm ci" (hoặc "npm run build:cli") trước. / not built yet: run "npm ci" or "npm run build:cli" first.\n',
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
