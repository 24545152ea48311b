/** Reading the next workbook's bytes while the one before is parsed, failures kept for their turn. */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliFailure } from '../../src/cli/failure';
import { ReadAhead } from '../../src/cli/summary/read-ahead';

describe('ReadAhead', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'read-ahead-'));
    files = [path.join(dir, '城关镇.xlsx'), path.join(dir, '不存在.xlsx'), path.join(dir, '青山镇.xlsx')];
    await fs.writeFile(files[0], 'first');
    await fs.writeFile(files[2], 'third');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString();

  it('gives each file’s bytes, started ahead or not', async () => {
    const ahead = new ReadAhead(files);
    ahead.start(2);
    expect(text(await ahead.take(0))).toBe('first');
    expect(text(await ahead.take(2))).toBe('third');
  });

  it('reports a file that cannot be read when its turn comes, as the clerk’s sentence', async () => {
    const ahead = new ReadAhead(files);
    ahead.start(1);
    // Nothing is thrown or rejected unhandled before the file is taken.
    await new Promise((r) => setTimeout(r, 20));
    const failure = await ahead.take(1).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(CliFailure);
    expect((failure as CliFailure).zh).toContain('找不到文件');
  });

  it('reads a file again once taken, and ignores indices past the list', async () => {
    const ahead = new ReadAhead(files);
    ahead.start(-1);
    ahead.start(3);
    ahead.start(undefined);
    ahead.start(0);
    const first = ahead.take(0);
    const again = ahead.take(0);
    expect(first).not.toBe(again);
    expect(text(await again)).toBe('first');
    expect(text(await first)).toBe('first');
  });
});
