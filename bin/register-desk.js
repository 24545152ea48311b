#!/usr/bin/env -S node --max-semi-space-size=4
// The flag keeps V8's young generation at 4 MB a half instead of letting it grow to 16: the
// command line streams registers in bands and pieces, and a larger nursery only holds their
// garbage longer (a 100,000-row mark peaks at about 180 MB with it, 220 MB without). npm's
// shims pass it on Windows too; `node bin/register-desk.js` runs without it, as before.
'use strict';
// The command line runs from the compiled output of `npm run build:cli` (tsconfig.cli.json).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'build', 'node', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('台账助手命令行尚未编译：请先运行 npm run build:cli（或 npm run build）。');
  console.error('The command line is not built yet: run `npm run build:cli` first.');
  process.exit(2);
}
require(main).main(process.argv).then(
  (code) => process.exit(code),
  (e) => {
    console.error('台账助手遇到意外错误：' + (e && e.message ? e.message : String(e)));
    process.exit(3);
  },
);
