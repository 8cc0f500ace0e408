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

/**
 * Loads the bundle with V8's code cache beside it (phuluc.v8cache): the bytecode of the functions
 * an earlier `validate` compiled, so a re-check does not parse and compile them again. V8 refuses
 * a cache made by another Node or for other source (then the bundle compiles as usual, and the
 * next validate writes a new cache); a folder we cannot write to just means no cache. Anything
 * unexpected falls back to a plain require. PHULUC_NO_CODE_CACHE=1 turns it off.
 */
function load(file) {
  if (process.env.PHULUC_NO_CODE_CACHE === '1') return { cli: require(file) };
  try {
    const vm = require('vm');
    const Module = require('module');
    const cacheFile = file.replace(/\.js$/, '.v8cache');
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
    const m = new Module(file, module);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    script.runInThisContext().call(m.exports, m.exports, (id) => m.require(id), m, file, path.dirname(file));
    m.loaded = true;
    const fresh = cachedData === undefined || script.cachedDataRejected === true;
    const save = () => {
      try {
        fs.writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
        fs.renameSync(`${cacheFile}.${process.pid}`, cacheFile);
      } catch {
        /* a read-only install: no cache */
      }
    };
    return { cli: m.exports, save: fresh ? save : undefined };
  } catch {
    return { cli: require(file) };
  }
}

const { cli, save } = load(entry);
const argv = process.argv.slice(2);
cli.main(argv).then((code) => {
  process.exitCode = code;
  // After a validate, the cache holds the engine's functions too.
  if (save && argv[0] === 'validate') save();
});
