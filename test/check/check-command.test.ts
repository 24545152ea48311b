/**
 * `register-desk check` on the planted-faults workbook and on clean ones: every planted fault in
 * its cell and nothing on the clean look-alike rows, the inspect JSON with findings added, the
 * reader's date problems listed once, exit codes, and the marked copy.
 */
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCheck } from '../../src/cli/commands/check';
import type { ReportJson } from '../../src/cli/json-types';
import { MARK_PALETTE } from '../../src/core/marks/palette';
import { captureOutput, changedParts, FEATURES, FIXTURES, fillOf, makeTempDir, PLANTED, readBytes } from './helpers';

interface Expected {
  readonly asOf: string;
  readonly findings: ReadonlyArray<{ readonly sheet: string; readonly cell: string; readonly rule: string }>;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'rules', 'expected-findings.json'), 'utf8')) as Expected;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('rd-check-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function checkJson(...files: string[]): Promise<{ code: number; report: ReportJson }> {
  const c = captureOutput();
  const code = await runCheck(files, { json: true, asOf: expected.asOf }, c.out);
  return { code, report: JSON.parse(c.text()) as ReportJson };
}

describe('register-desk check', () => {
  it('finds every planted fault in its cell and nothing on the clean rows', async () => {
    const { code, report } = await checkJson(PLANTED);
    const found = report.files[0].sheets.flatMap((s) => (s.findings ?? []).map((f) => ({ sheet: s.sheet, cell: f.cell ?? '', rule: f.rule })));
    const key = (f: { sheet: string; cell: string; rule: string }): string => `${f.sheet}|${f.cell}|${f.rule}`;
    expect(found.map(key).sort()).toEqual(expected.findings.map(key).sort());
    expect(code).toBe(1);
  });

  it('gives the inspect object of each sheet with its findings added', async () => {
    const { report } = await checkJson(PLANTED);
    expect(report.asOf).toBe('2026-11-20');
    const sheet = report.files[0].sheets.find((s) => s.sheet === '收文登记');
    expect(sheet).toMatchObject({ kind: 'incoming', headerRows: [2, 2], dataRows: [3, 35], records: 33, columns: { docNumber: 'D' } });
    expect(sheet?.status).toBeDefined();
    expect(sheet?.findings?.find((f) => f.cell === 'D4')).toEqual({
      rule: 'doc-number.brackets',
      severity: 'error',
      cell: 'D4',
      row: 4,
      field: 'docNumber',
      message: 'D4 的文号“县财发[2026]3号”年份没有用六角括号〔 〕',
      fix: '请写成 县财发〔2026〕3号',
    });
    const notRegister = report.files[0].sheets.find((s) => s.sheet === '填表说明');
    expect(notRegister).toMatchObject({ kind: null, findings: [] });
  });

  it('lists an unreadable date once, as a finding, not again among the reading problems', async () => {
    const { report } = await checkJson(PLANTED);
    const sheet = report.files[0].sheets.find((s) => s.sheet === '收文登记');
    expect(sheet?.findings?.filter((f) => f.cell === 'B13').map((f) => f.rule)).toEqual(['date.unreadable']);
    expect(sheet?.problems.filter((p) => p.cell === 'B13')).toEqual([]);
  });

  it('prints findings grouped by rule, with their cells, and exits 1 when there are errors', async () => {
    const c = captureOutput();
    const code = await runCheck([PLANTED], { asOf: '2026-11-20' }, c.out);
    expect(code).toBe(1);
    const text = c.text();
    expect(text).toContain('错误 29 条，提醒 10 条');
    expect(text).toContain('[错误] classification.invalid 密级写法不规范（2 处，可一键修正）：F25、F26');
    expect(text).toContain('[错误] completeness.required 必填项为空（3 处）：E21、I22、C23');
    expect(text).toContain('    H29 的紧急程度“急件”不是规范写法。请改为“加急”（可一键修正）');
    expect(c.errors).toEqual([]);
  });

  it('exits 0 when a workbook has only warnings, and when it has none', async () => {
    const warnings = captureOutput();
    expect(await runCheck([path.join(FIXTURES, 'workbooks', 'layouts', 'incoming-date-forms.xlsx')], { asOf: '2026-11-20' }, warnings.out)).toBe(0);
    expect(warnings.text()).toMatch(/错误 0 条，提醒 [1-9]\d* 条/);
    const clean = captureOutput();
    expect(await runCheck([path.join(FEATURES, 'openpyxl-features.xlsx')], { asOf: '2026-11-20' }, clean.out)).toBe(0);
    expect(clean.text()).toContain('错误 0 条，提醒 0 条');
  });

  it('exits 2 when a file cannot be read, and still reports the others', async () => {
    const { code, report } = await checkJson(path.join(FIXTURES, 'workbooks', 'awkward', 'renamed-text.xlsx'), PLANTED);
    expect(code).toBe(2);
    expect(report.files[0].error?.code).toBe('notZip');
    expect(report.files[1].sheets.length).toBeGreaterThan(0);
    const missing = captureOutput();
    expect(await runCheck([path.join(dir, 'no-such.xlsx')], {}, missing.out)).toBe(2);
    expect(missing.errors.join('\n')).toContain('找不到文件');
  });

  it('writes a copy with the cells of the findings in the invalid colour, changing no value', async () => {
    const out = path.join(dir, 'marked.xlsx');
    const c = captureOutput();
    expect(await runCheck([PLANTED], { asOf: '2026-11-20', mark: true, output: out }, c.out)).toBe(1);
    expect(c.text()).toContain('「收文登记」标出 28 个单元格');
    const before = await readBytes(PLANTED);
    const after = await readBytes(out);
    expect(Buffer.compare(Buffer.from(before), await fs.readFile(PLANTED))).toBe(0);
    for (const cell of ['D4', 'B13', 'F25', 'E21']) expect(fillOf(after, 'xl/worksheets/sheet1.xml', cell)).toBe(MARK_PALETTE.invalid.rgb);
    // A clean look-alike row keeps the clerk's fill.
    expect(fillOf(after, 'xl/worksheets/sheet1.xml', 'D11')).toBe(fillOf(before, 'xl/worksheets/sheet1.xml', 'D11'));
    const changed = changedParts(before, after).filter((n) => !n.startsWith('customXml/'));
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
  });

  it('refuses --mark without one input and an output, before reading anything', async () => {
    await expect(runCheck([PLANTED], { mark: true }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runCheck([PLANTED, PLANTED], { mark: true, output: path.join(dir, 'x.xlsx') }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runCheck([PLANTED], { output: path.join(dir, 'y.xlsx') }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
  });
});
