/**
 * A command-line process that dies in the middle of writing its output, as on a power cut or a
 * killed task: it runs the command line's own writeOutput (src/cli/io.ts, compiled on the fly),
 * lets half of the temporary file reach the disk, then kills itself with SIGKILL.
 *
 * Usage: node crash-mid-write.js <bytes-file> <target>
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const [bytesFile, target] = process.argv.slice(2);
const bytes = fs.readFileSync(bytesFile);

fs.promises.writeFile = async (file, data) => {
  const handle = await fs.promises.open(file, 'wx');
  await handle.write(data.subarray(0, data.length >> 1));
  await handle.sync();
  process.kill(process.pid, 'SIGKILL');
};

const { writeOutput } = require(path.join(__dirname, '..', '..', '..', 'src', 'cli', 'io.ts'));
writeOutput(target, new Uint8Array(bytes), { force: true }).then(() => process.exit(0));
