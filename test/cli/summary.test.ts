import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetTop } from '../../src/hosts/xlsx/read/sheet-readers';
import { readCellText } from '../../src/core/text/cell-text';
import { runCli } from './run-cli';

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-summary-'));
  sample = path.join(dir, '城关镇.xlsx');
  await fs.writeFile(sample, await buildSampleWorkbook());
  await fs.copyFile(sample, path.join(dir, '青山镇.xlsx'));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function cellsOf(pkg: WorkbookPackage, sheet: string, rows: number): string[][] {
  const part = pkg.sheets.find((s) => s.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  const grid = readSheetTop(pkg, part, rows);
  return Array.from(grid.rows, (r) => Array.from(r ?? [], (v) => readCellText(v ?? null)));
}

describe('register-desk summary', () => {
  it('consolidates two workbooks into one new workbook of year-end sheets, counting each register once per workbook', async () => {
    const out = path.join(dir, 'sum.xlsx');
    const run = await runCli('summary', sample, path.join(dir, '青山镇.xlsx'), '--year', '2026', '--as-of', '2026-11-20', '-o', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pkg = WorkbookPackage.open(new Uint8Array(await fs.readFile(out)));
    const names = pkg.sheets.map((s) => s.name);
    expect(names[0]).toBe('说明');
    expect(names).toEqual(expect.arrayContaining(['2026年度 目录', '2026年度 收文统计', '2026年度 督办统计', '2026年度 逾期未办结清单']));
    const cover = cellsOf(pkg, '说明', 10).flat();
    expect(cover).toEqual(expect.arrayContaining(['城关镇.xlsx', '青山镇.xlsx']));
    // The sample holds 15 incoming documents of 2026 (sample-data.ts): 5 finished on time (one of
    // them a 阅件 marked 已阅), 3 finished late, 4 overdue, 2 due soon, 1 ongoing. Two copies double it.
    const overview = cellsOf(pkg, '2026年度 收文统计', 8).find((r) => r[0] === '全部收文');
    expect(overview?.slice(0, 7)).toEqual(['全部收文', '30', '16', '10', '6', '14', '8']);
  });

  it('names an unreadable file, still summarises the others, and exits 2', async () => {
    const bad = path.join(dir, 'broken.xlsx');
    await fs.writeFile(bad, 'PK\u0003\u0004 truncated');
    const out = path.join(dir, 'sum-2.xlsx');
    const run = await runCli('summary', bad, sample, '--as-of', '2026-11-20', '-o', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.xlsx');
    expect(run.stdout).toContain('1 个工作簿');
    await expect(fs.stat(out)).resolves.toBeTruthy();
  });
});
