import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import type { ReportJson } from '../../src/cli/json-types';
import { runCli } from './run-cli';

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-inspect-'));
  sample = path.join(dir, 'sample.xlsx');
  await fs.writeFile(sample, await buildSampleWorkbook());
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('register-desk inspect --json', () => {
  it('gives the stable JSON shape with kinds, header rows, data rows and column letters', async () => {
    const run = await runCli('inspect', sample, '--json', '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.asOf).toBe('2026-11-20');
    const sheets = report.files[0].sheets;
    const incoming = sheets.find((s) => s.sheet === '收文登记');
    expect(incoming).toMatchObject({
      kind: 'incoming',
      headerRows: [2, 2],
      dataRows: [3, 18],
      records: 15,
      columns: { serialNo: 'A', receivedDate: 'B', sender: 'C', docNumber: 'D', title: 'E', deadline: 'J', completedDate: 'K', result: 'L' },
    });
    const supervision = sheets.find((s) => s.sheet === '督办台账');
    expect(supervision).toMatchObject({ kind: 'supervision', headerRows: [2, 3], dataRows: [4, 11], records: 8 });
    expect(supervision?.columns).toMatchObject({ matter: 'C', assignedDate: 'E', completedDate: 'J', result: 'K' });
    expect(sheets.find((s) => s.sheet === '发文登记')?.kind).toBe('outgoing');
    expect(sheets.find((s) => s.sheet === '填表说明')?.kind).toBeNull();
  });

  it('reports statuses counted by hand for the sample as of 2026-11-20', async () => {
    const report = JSON.parse((await runCli('inspect', sample, '--json', '--as-of', '2026-11-20')).stdout) as ReportJson;
    const incoming = report.files[0].sheets.find((s) => s.sheet === '收文登记');
    // Rows 12, 13, 14, 17 overdue; 15 and 16 due soon; 6, 8, 11 finished late (see sample-data.ts).
    expect(incoming?.status).toEqual({ done: 5, doneLate: 3, overdue: 4, dueSoon: 2, open: 0, noDeadline: 1 });
    expect(incoming?.overdue?.map((o) => [o.row, o.deadline, o.deadlineSource])).toEqual([
      [13, '2026-09-24', 'relative'],
      [14, '2026-10-10', 'relative'],
      [15, '2026-11-10', 'explicit'],
      [18, '2026-11-19', 'default'],
    ]);
    // 国庆 and the working Saturday 10-10: from 10-10 to 11-20 is 41 calendar days.
    expect(incoming?.overdue?.find((o) => o.row === 14)).toMatchObject({ daysLate: 41 });
  });

  it('names the unreadable file in Chinese, keeps going with the others, and exits 2', async () => {
    const bad = path.join(dir, 'not-a-workbook.xlsx');
    await fs.writeFile(bad, 'hello, this is text');
    const run = await runCli('inspect', bad, sample, '--json', '--as-of', '2026-11-20');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.files[0].error?.code).toBe('notZip');
    expect(report.files[1].sheets.length).toBe(4);
    expect(run.stderr).toContain('not-a-workbook.xlsx');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a malformed --as-of with a plain message', async () => {
    const run = await runCli('inspect', sample, '--as-of', '20/11/2026');
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('YYYY-MM-DD');
  });
});
