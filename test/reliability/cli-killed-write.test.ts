/**
 * A command-line process killed in the middle of writing its output (a power cut, a task killed
 * from the task manager): the clerk's existing output stays whole, and the half-written temporary
 * file it could not remove is removed by the next write of the same file — unless its writer is
 * still running.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { writeOutput } from '../../src/cli/io';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rd-killed-'));
const sample = path.join(dir, 'sample.xlsx');
let sampleBytes: Buffer;

beforeAll(async () => {
  sampleBytes = Buffer.from(await buildSampleWorkbook());
  await fs.writeFile(sample, sampleBytes);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const tempsIn = async (folder: string): Promise<string[]> => (await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'));

describe('a process killed while writing', () => {
  it('leaves the old output whole, and the next write removes the half-written temporary file', async () => {
    const target = path.join(dir, 'killed.xlsx');
    await fs.writeFile(target, 'the copy of last week');
    const child = spawnSync(process.execPath, [path.join(__dirname, 'support', 'crash-mid-write.js'), sample, target], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(await fs.readFile(target, 'utf8')).toBe('the copy of last week');
    const left = await tempsIn(dir);
    expect(left).toHaveLength(1);
    expect((await fs.stat(path.join(dir, left[0]))).size).toBe(sampleBytes.length >> 1);

    await writeOutput(target, new Uint8Array(sampleBytes), { force: true });
    expect(await tempsIn(dir)).toEqual([]);
    expect(Buffer.compare(await fs.readFile(target), sampleBytes)).toBe(0);
  }, 30_000);

  it('leaves alone the temporary file of a writer that is still running', async () => {
    const target = path.join(dir, 'busy-writer.xlsx');
    const theirs = path.join(dir, `.busy-writer.xlsx.${process.ppid}.${Date.now()}.tmp`);
    await fs.writeFile(theirs, 'still being written');
    await writeOutput(target, new Uint8Array(sampleBytes));
    expect(await fs.readFile(theirs, 'utf8')).toBe('still being written');
    await fs.rm(theirs);
  });
});
