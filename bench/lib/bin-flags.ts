/**
 * The Node flags the command line's launcher starts it with, read from the first line of
 * bin/register-desk.js (`#!/usr/bin/env -S node …`): the children that measure a
 * `register-desk` command's peak run with them, so the figure is the command line's as a clerk
 * starts it, and the launcher stays the one place they are written.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const SHEBANG = /^#!\/usr\/bin\/env(?:\s+-S)?\s+node((?:\s+--[A-Za-z0-9-]+(?:=\S+)?)*)\s*$/;

/**
 * @example binNodeFlags() // ['--max-semi-space-size=4', '--heap-growing-percent=50']
 */
export function binNodeFlags(binFile = path.resolve(__dirname, '..', '..', 'bin', 'register-desk.js')): string[] {
  const first = readFileSync(binFile, 'utf8').split('\n', 1)[0];
  const m = SHEBANG.exec(first);
  if (!m) throw new Error(`${binFile}: the first line is not "#!/usr/bin/env -S node [--flag…]": ${first}`);
  return m[1].split(/\s+/).filter((f) => f !== '');
}
