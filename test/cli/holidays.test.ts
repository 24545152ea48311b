import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import type { ReportJson } from '../../src/cli/json-types';
import { runCli } from './run-cli';

const NOTICE_2027_SHAPE = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日至3日放假，共3天。',
  '二、春节：2月5日至11日放假调休，共7天。2月13日（周六）上班。',
].join('\n');

let dir: string;
let sample: string;
let notice: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-holidays-'));
  sample = path.join(dir, 'sample.xlsx');
  notice = path.join(dir, 'notice.txt');
  await fs.writeFile(sample, await buildSampleWorkbook());
  await fs.writeFile(notice, NOTICE_2027_SHAPE, 'utf8');
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('register-desk holidays', () => {
  it('shows what the notice says and writes nothing without -o', async () => {
    const run = await runCli('holidays', sample, '--notice', notice);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2027年节假日安排：放假 10 天，调休上班 1 天');
    expect(run.stdout).toContain('春节：放假 02-05、02-06、02-07、02-08、02-09、02-10、02-11；调休上班 02-13');
    expect(run.stdout).toContain('加上 -o');
  });

  it('writes the 节假日表, and 2027 deadlines then count those holidays and stop being reported as missing', async () => {
    const out = path.join(dir, 'with-2027.xlsx');
    expect((await runCli('holidays', sample, '--notice', notice, '-o', out)).code).toBe(0);
    const before = JSON.parse((await runCli('inspect', sample, '--json', '--as-of', '2027-01-04')).stdout) as ReportJson;
    const after = JSON.parse((await runCli('inspect', out, '--json', '--as-of', '2027-01-04')).stdout) as ReportJson;
    expect(before.files[0].missingHolidayYears).toContain(2027);
    expect(after.files[0].missingHolidayYears ?? []).not.toContain(2027);
    expect(after.files[0].sheets.map((s) => s.sheet)).not.toContain('节假日表');
  });

  it('says plainly when the text holds no holiday dates', async () => {
    const junk = path.join(dir, 'junk.txt');
    await fs.writeFile(junk, '这不是通知', 'utf8');
    const run = await runCli('holidays', sample, '--notice', junk);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有读出任何放假或调休日期');
  });
});
