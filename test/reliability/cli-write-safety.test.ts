/**
 * The command line never overwrites its input, refuses an existing output unless told --force,
 * and writes atomically: a write that fails midway leaves neither a temporary file nor a partial
 * workbook under the clerk's file name (issue 8; a killed process: cli-killed-write.test.ts). Run
 * for every command whose help offers -o, so a command added later is held to the same rules.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { runCli } from '../cli/run-cli';
import { findUnreadable } from './support/clerk-output';

const AS_OF = '2026-11-20';
const NOTICE = [
  '国务院办公厅关于2026年部分节假日安排的通知',
  '一、元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。',
  '二、春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
  '三、清明节：4月4日至6日放假，共3天。',
].join('\n');

let dir: string;
let sample: string;
let sampleBytes: Buffer;
let notice: string;
let writing: string[];

/** What each writing command needs besides its input and -o (a command not listed needs nothing). */
function extraArgs(command: string): string[] {
  switch (command) {
    case 'holidays':
      return ['--notice', notice];
    case 'check':
      return ['--mark', '--as-of', AS_OF];
    case 'fix':
      return ['--rule', 'all', '--as-of', AS_OF];
    case 'mark':
    case 'remind':
    case 'summary':
      return ['--as-of', AS_OF];
    default:
      return [];
  }
}

/** Exit codes of a run that wrote its copy: check also says 1 when it found errors to mark. */
const wroteCopy = (command: string, code: number): boolean => code === 0 || (command === 'check' && code === 1);

async function listWritingCommands(): Promise<string[]> {
  const help = (await runCli('--help')).stdout;
  const names = [...help.matchAll(/^\s{2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((n) => n !== 'help');
  const writes: string[] = [];
  for (const name of names) if ((await runCli(name, '--help')).stdout.includes('-o, --output')) writes.push(name);
  return writes;
}

const tempsIn = async (folder: string): Promise<string[]> => (await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'));

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-write-'));
  sample = path.join(dir, 'sample.xlsx');
  sampleBytes = Buffer.from(await buildSampleWorkbook());
  await fs.writeFile(sample, sampleBytes);
  notice = path.join(dir, 'notice.txt');
  await fs.writeFile(notice, NOTICE);
  writing = await listWritingCommands();
}, 30_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

afterEach(() => jest.restoreAllMocks());

describe('the commands that write', () => {
  it('include mark, clear, remind, check, fix, validate, summary and holidays (and any command added since whose help offers -o)', () => {
    expect(writing).toEqual(expect.arrayContaining(['mark', 'clear', 'remind', 'check', 'fix', 'validate', 'summary', 'holidays']));
  });

  it('each write a copy that opens, and leave the input byte for byte', async () => {
    for (const command of writing) {
      const out = path.join(dir, `copy-${command}.xlsx`);
      const run = await runCli(command, sample, '-o', out, ...extraArgs(command));
      expect([command, wroteCopy(command, run.code), findUnreadable(run.stderr)]).toEqual([command, true, []]);
      expect((await XlsxHost.open(new Uint8Array(await fs.readFile(out))).listSheets()).length).toBeGreaterThan(0);
      expect([command, Buffer.compare(await fs.readFile(sample), sampleBytes)]).toEqual([command, 0]);
    }
  }, 60_000);

  it('each refuse to write over the input, even with --force, in Chinese', async () => {
    for (const command of writing) {
      for (const force of [[], ['--force']]) {
        const run = await runCli(command, sample, '-o', sample, ...extraArgs(command), ...force);
        expect([command, ...force, run.code]).toEqual([command, ...force, 2]);
        expect(run.stderr).toContain('不能与输入文件相同');
        expect(findUnreadable(run.stderr)).toEqual([]);
      }
    }
    expect(Buffer.compare(await fs.readFile(sample), sampleBytes)).toBe(0);
  }, 60_000);

  it('each refuse to write over the input reached through a link, even with --force', async () => {
    const link = path.join(dir, 'link-to-sample.xlsx');
    await fs.symlink(sample, link);
    for (const command of writing) {
      const run = await runCli(command, sample, '-o', link, ...extraArgs(command), '--force');
      expect([command, run.code]).toEqual([command, 2]);
      expect(run.stderr).toContain('不能与输入文件相同');
      expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    }
    expect(Buffer.compare(await fs.readFile(sample), sampleBytes)).toBe(0);
  }, 60_000);

  it('each refuse an existing output without --force, saying so, and replace it with --force', async () => {
    for (const command of writing) {
      const out = path.join(dir, `exists-${command}.xlsx`);
      await fs.writeFile(out, 'keep me');
      const refused = await runCli(command, sample, '-o', out, ...extraArgs(command));
      expect([command, refused.code]).toEqual([command, 2]);
      expect(refused.stderr).toContain('--force');
      expect(await fs.readFile(out, 'utf8')).toBe('keep me');
      const forced = await runCli(command, sample, '-o', out, ...extraArgs(command), '--force');
      expect([command, wroteCopy(command, forced.code)]).toEqual([command, true]);
      expect(await fs.readFile(out, 'utf8')).not.toBe('keep me');
    }
  }, 60_000);

  it('each leave no temporary file and no output when the disk fills up midway, naming the output in Chinese', async () => {
    const write = fs.writeFile;
    jest.spyOn(fs, 'writeFile').mockImplementation(async (file, data) => {
      await write(file, (data as Uint8Array).subarray(0, 100));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    for (const command of writing) {
      const out = path.join(dir, `full-${command}.xlsx`);
      const run = await runCli(command, sample, '-o', out, ...extraArgs(command));
      expect([command, run.code]).toEqual([command, 2]);
      expect(run.stderr).toContain(out);
      expect(findUnreadable(run.stderr)).toEqual([]);
      expect(existsSync(out)).toBe(false);
      expect(await tempsIn(dir)).toEqual([]);
    }
  }, 60_000);

  it('each keep the old output whole when the final rename fails, with no temporary file left', async () => {
    jest.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
    for (const command of writing) {
      const out = path.join(dir, `busy-${command}.xlsx`);
      await fs.writeFile(out, 'the copy of last week');
      const run = await runCli(command, sample, '-o', out, ...extraArgs(command), '--force');
      expect([command, run.code]).toEqual([command, 2]);
      expect(run.stderr).toContain('Excel');
      expect(await fs.readFile(out, 'utf8')).toBe('the copy of last week');
      expect(await tempsIn(dir)).toEqual([]);
    }
  }, 60_000);
});
