#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=50
// The flags keep the heap near what the command line holds. V8's young generation stays at 4 MB a
// half instead of growing to 16: the command line streams registers in bands and pieces, and a
// larger nursery only holds their garbage longer. And after each full collection the old
// generation may grow by half of what survived, not by V8's own factor (up to four times): a
// band's records live just long enough to be promoted, so the heap was mostly dead bands when a
// run peaked. When they were chosen a 100,000-row mark peaked at about 165 MB with both, 160-215
// with the first only, 220 with neither (about 150 and 200 since the mark log is written as
// bytes); a 100-workbook summary costs some 6 % more time for them (docs/benchmarks.md).
// npm's shims pass the flags on Windows too; `node bin/register-desk.js` runs without them.
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
