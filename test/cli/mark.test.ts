import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { runCli } from './run-cli';

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-mark-'));
  sample = path.join(dir, 'sample.xlsx');
  await fs.writeFile(sample, await buildSampleWorkbook());
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const parts = async (file: string): Promise<Record<string, Uint8Array>> => unzipSync(new Uint8Array(await fs.readFile(file)));

/** Parts whose bytes differ between two packages (added, removed or changed). */
function changed(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => !a[n] || !b[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0).sort();
}

describe('register-desk mark and clear', () => {
  it('marks a copy, leaving the input untouched and every other part byte for byte', async () => {
    const before = await fs.readFile(sample);
    const out = path.join(dir, 'marked.xlsx');
    const run = await runCli('mark', sample, '-o', out, '--as-of', '2026-11-20');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('「收文登记」逾期 4 件，临期 2 件，超期办结 3 件（标记 9 行）');
    expect(Buffer.compare(before, await fs.readFile(sample))).toBe(0);
    const diff = changed(await parts(sample), await parts(out));
    // The two marked sheets, the styles, and the mark log (a custom XML part with its links).
    expect(diff.filter((n) => !n.startsWith('customXml/'))).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
  });

  it('clear gives back the original sheets and styles exactly', async () => {
    const marked = path.join(dir, 'marked-2.xlsx');
    const cleared = path.join(dir, 'cleared.xlsx');
    expect((await runCli('mark', sample, '-o', marked, '--as-of', '2026-11-20')).code).toBe(0);
    const run = await runCli('clear', marked, '-o', cleared);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('「收文登记」恢复 9 行原有底色');
    const original = await parts(sample);
    const back = await parts(cleared);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
      expect(Buffer.from(back[name]).toString('utf8')).toBe(Buffer.from(original[name]).toString('utf8'));
    }
  });

  it('never overwrites the input, and an existing output only with --force', async () => {
    const same = await runCli('mark', sample, '-o', sample);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('不能与输入文件相同');
    const out = path.join(dir, 'exists.xlsx');
    await fs.writeFile(out, 'keep me');
    const refused = await runCli('mark', sample, '-o', out, '--as-of', '2026-11-20');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    expect((await runCli('mark', sample, '-o', out, '--as-of', '2026-11-20', '--force')).code).toBe(0);
  });

  it('remind adds a 催办单 sheet and changes no existing sheet', async () => {
    const out = path.join(dir, 'remind.xlsx');
    const run = await runCli('remind', sample, '-o', out, '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('逾期 8 件，临期 2 件');
    const a = await parts(sample);
    const b = await parts(out);
    for (const name of Object.keys(a).filter((n) => n.startsWith('xl/worksheets/'))) {
      expect(Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name]))).toBe(0);
    }
    const added = Object.keys(b).filter((n) => !a[n]);
    expect(added).toContain('xl/worksheets/sheet5.xml');
    const xml = Buffer.from(b['xl/worksheets/sheet5.xml']).toString('utf8');
    expect(xml).toContain('承办单位：县住建局');
    expect(xml).toContain('orientation="landscape"');
  });
});
