/**
 * Bad input (issue 8): every file of the awkward corpus through inspect, mark, clear and remind.
 * Each run either succeeds or ends with one Chinese sentence naming the file (and the sheet when
 * it is about one) and what to do; never a stack trace; exit codes as documented (0 done, 2 a
 * file could not be read or written); nothing written when a command refuses; and in one call
 * over many files the others are still processed.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReportJson } from '../../src/cli/json-types';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { runCli } from '../cli/run-cli';
import { findUnreadable } from './support/clerk-output';
import { readAwkwardCorpus, WORKBOOKS_DIR, type AwkwardEntry } from './support/fixture-files';

const AS_OF = '2026-11-20';
const corpus = readAwkwardCorpus();
const opening = corpus.filter((e) => e.opens);
const refusing = corpus.filter((e) => !e.opens);

type WriteCommand = 'mark' | 'clear' | 'remind';

/**
 * Files on which a writing command must refuse, and what the refusal names: Excel itself would
 * not let a clerk paint a protected sheet or add a sheet to a workbook whose structure is locked.
 */
const REFUSALS: Readonly<Record<string, Partial<Record<WriteCommand, readonly string[]>>>> = {
  'awkward/protected-sheet.xlsx': { mark: ['收文登记', '撤销保护'] },
  'awkward/protected-workbook.xlsx': { remind: ['工作簿', '撤销'] },
};

let dir: string;
/** The corpus as it was before any command ran on it. */
let originals: Buffer[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-awkward-'));
  originals = await Promise.all(corpus.map((e) => fs.readFile(input(e))));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const input = (e: AwkwardEntry): string => path.join(WORKBOOKS_DIR, e.file);
const outputOf = (e: AwkwardEntry, command: string): string => path.join(dir, `${command}-${path.basename(e.file)}.xlsx`);

async function sheetsOf(file: string): Promise<string[]> {
  const host = XlsxHost.open(new Uint8Array(await fs.readFile(file)));
  return (await host.listSheets()).map((s) => s.name);
}

describe('inspect over the awkward corpus', () => {
  it.each(opening)('$file: reads every sheet and exits 0', async (e) => {
    const run = await runCli('inspect', input(e), '--as-of', AS_OF);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const sheet of e.sheets ?? []) expect(run.stdout).toContain(`「${sheet}」`);
    expect(findUnreadable(run.stdout)).toEqual([]);
  }, 10_000);

  it.each(refusing)('$file: names the file, says why and what to do, in Chinese, and exits 2', async (e) => {
    const run = await runCli('inspect', input(e), '--json', '--as-of', AS_OF);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(input(e));
    expect(run.stderr).toMatch(/请/);
    expect(findUnreadable(run.stderr)).toEqual([]);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.files[0].error?.code).toBe(e.error);
  }, 10_000);

  it('goes through the whole corpus in one call: every file reported in order, the readable ones read, exit 2', async () => {
    const run = await runCli('inspect', ...corpus.map(input), '--json', '--as-of', AS_OF);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.files.map((f) => f.file)).toEqual(corpus.map(input));
    report.files.forEach((f, i) => {
      const e = corpus[i];
      expect([e.file, f.error?.code ?? null]).toEqual([e.file, e.opens ? null : e.error]);
      if (e.opens) expect([e.file, f.sheets.map((s) => s.sheet)]).toEqual([e.file, e.sheets]);
    });
    for (const e of refusing) expect(run.stderr).toContain(input(e));
    expect(findUnreadable(run.stderr)).toEqual([]);
  }, 30_000);

  it('in text form too, names each unreadable file on stderr and still prints every readable one', async () => {
    const run = await runCli('inspect', ...corpus.map(input), '--as-of', AS_OF);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(refusing.length);
    for (const e of refusing) expect(run.stderr).toContain(input(e));
    for (const e of opening) expect(run.stdout).toContain(`${input(e)}（截至 ${AS_OF}）`);
    expect(findUnreadable(run.stderr)).toEqual([]);
  }, 30_000);
});

describe('mark, clear and remind over the awkward corpus', () => {
  it.each(opening)('$file: mark, clear of the marked copy and remind each succeed or refuse in plain Chinese, writing nothing when they refuse', async (e) => {
    const marked = outputOf(e, 'mark');
    const outputs: Record<WriteCommand, string> = { mark: marked, clear: outputOf(e, 'clear'), remind: outputOf(e, 'remind') };
    for (const command of ['mark', 'clear', 'remind'] as const) {
      // clear works on the marked copy when there is one, so that it has marks to take off.
      const source = command === 'clear' && existsSync(marked) ? marked : input(e);
      const asOf = command === 'clear' ? [] : ['--as-of', AS_OF];
      const run = await runCli(command, source, '-o', outputs[command], ...asOf);
      const refusal = REFUSALS[e.file]?.[command];
      expect([command, findUnreadable(run.stderr + run.stdout)]).toEqual([command, []]);
      if (refusal) {
        expect([command, run.code]).toEqual([command, 2]);
        expect(run.stderr).toContain(source);
        for (const word of refusal) expect(run.stderr).toContain(word);
        expect(existsSync(outputs[command])).toBe(false);
      } else {
        expect([command, run.code, run.stderr]).toEqual([command, 0, '']);
        const wanted = command === 'remind' ? [...(e.sheets ?? []), '催办单'] : e.sheets;
        expect([command, await sheetsOf(outputs[command])]).toEqual([command, wanted]);
      }
    }
  }, 20_000);

  it.each(refusing.flatMap((e) => (['mark', 'clear', 'remind'] as const).map((command) => ({ ...e, command }))))(
    '$file: $command names the file, says what to do, exits 2 and writes nothing',
    async (e) => {
      const output = outputOf(e, `${e.command}-refused`);
      const run = await runCli(e.command, input(e), '-o', output);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(input(e));
      expect(run.stderr).toMatch(/请/);
      expect(findUnreadable(run.stderr)).toEqual([]);
      expect(existsSync(output)).toBe(false);
    },
    10_000,
  );

  it('leaves every input file of the corpus byte for byte as it was (this test runs after all the others)', async () => {
    const after = await Promise.all(corpus.map((e) => fs.readFile(input(e))));
    after.forEach((bytes, i) => expect([corpus[i].file, Buffer.compare(bytes, originals[i])]).toEqual([corpus[i].file, 0]));
  });
});
