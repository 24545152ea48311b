/**
 * Lets node run the bench's TypeScript (and the project's src/) directly: `node -r
 * ./bench/register-ts.cjs bench/run.ts`. Each .ts file is transpiled on first require with the
 * project's own TypeScript (no type check: `npm run typecheck` does that) into CommonJS, and the
 * output is cached under build/bench/ts-cache by content hash, so child processes start fast
 * (build/ is ignored by git and ESLint alike).
 */
'use strict';

const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const CACHE_DIR = path.join(__dirname, '..', 'build', 'bench', 'ts-cache');
const OPTIONS = {
  module: 'CommonJS',
  target: 'ES2021',
  esModuleInterop: true,
  jsx: 'react-jsx',
  sourceMap: false,
  inlineSourceMap: false,
};

let ts = null;
let compilerOptions = null;

function transpile(source, filename) {
  if (!ts) {
    ts = require('typescript');
    compilerOptions = ts.convertCompilerOptionsFromJson(OPTIONS, __dirname).options;
  }
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

function compileCached(source, filename) {
  const key = createHash('sha1').update(`${process.version}\0${filename}\0`).update(source).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const output = transpile(source, filename);
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, cached);
    return output;
  }
}

function load(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  module._compile(compileCached(source, filename), filename);
}

require.extensions['.ts'] = load;
require.extensions['.tsx'] = load;
