/**
 * A command line that cannot run as written exits 64 (BSD EX_USAGE, as the README documents),
 * touches no file, and tells the clerk in Chinese what is wrong and where to look.
 */
import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { runCli } from '../cli/run-cli';
import { findUnreadable } from './support/clerk-output';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rd-usage-'));
const sample = path.join(dir, 'sample.xlsx');
const out = path.join(dir, 'out.xlsx');

beforeAll(async () => fs.writeFile(sample, await buildSampleWorkbook()));

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const MISTAKES: ReadonlyArray<{ what: string; args: string[] }> = [
  { what: 'an unknown command', args: ['frobnicate', sample] },
  { what: 'an unknown option', args: ['mark', sample, '-o', out, '--colour', 'red'] },
  { what: 'mark without -o', args: ['mark', sample] },
  { what: 'inspect without a file', args: ['inspect'] },
  { what: 'a malformed --as-of on inspect', args: ['inspect', sample, '--as-of', '20/11/2026'] },
  { what: 'a malformed --as-of on mark', args: ['mark', sample, '-o', out, '--as-of', '2026-13-01'] },
  { what: 'a malformed --as-of on remind', args: ['remind', sample, '-o', out, '--as-of', 'yesterday'] },
];

describe('a command line that cannot run as written', () => {
  it.each(MISTAKES)('$what: exits 64 and writes nothing', async ({ what, args }) => {
    const run = await runCli(...args);
    expect([what, run.code]).toEqual([what, 64]);
    expect(existsSync(out)).toBe(false);
    expect(findUnreadable(run.stderr)).toEqual([]);
  });

  it('explains a malformed date in Chinese with an example of the right form', async () => {
    for (const command of ['inspect', 'mark', 'remind']) {
      const run = await runCli(command, sample, ...(command === 'inspect' ? [] : ['-o', out]), '--as-of', '20/11/2026');
      expect([command, run.code]).toEqual([command, 64]);
      expect(run.stderr).toContain('选项 --as-of');
      expect(run.stderr).toContain('YYYY-MM-DD');
    }
  });

  it.each(MISTAKES.slice(0, 4))('$what: says what is wrong in Chinese on the first line, not only in the parser\'s English', async ({ what, args }) => {
    const first = (await runCli(...args)).stderr.split('\n')[0];
    expect([what, first]).toEqual([what, expect.stringMatching(/[\u4e00-\u9fff]/)]);
    expect(first).not.toMatch(/^error:/i);
  });
});
