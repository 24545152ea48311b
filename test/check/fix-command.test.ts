/**
 * Safe fixes through files: the preview, the patched copy (only the edited `<c>` elements
 * change), the revert (values back exactly), and a feature-rich workbook that keeps every other
 * byte.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, revertEdits, type AppliedEdits } from '../../src/app/check/apply-edits';
import { checkWorkbookOn } from '../../src/app/check/check-workbook-findings';
import { planFixes } from '../../src/app/check/plan-fixes';
import { runFix } from '../../src/cli/commands/fix';
import { serialToDay } from '../../src/core/dates/day';
import { FIXABLE_CODES } from '../../src/core/rules/fixes/propose-fixes';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { captureOutput, cellXml, changedParts, FEATURES, makeTempDir, partText, PLANTED, readBytes, replaceInPart } from './helpers';

const AS_OF = { year: 2026, month: 11, day: 20 };
const SHEET1 = 'xl/worksheets/sheet1.xml';
const FIXED_CELLS = ['D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'B12', 'F25', 'H29', 'A35'];

let dir: string;
let original: Uint8Array;
beforeAll(async () => {
  dir = await makeTempDir('rd-fix-');
  original = await readBytes(PLANTED);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A sheet part with the given cells' elements put back as they were in `from`. */
function withCellsOf(bytes: Uint8Array, from: Uint8Array, sheetPath: string, refs: readonly string[]): string {
  let xml = partText(bytes, sheetPath);
  for (const ref of refs) xml = xml.replace(cellXml(bytes, sheetPath, ref), cellXml(from, sheetPath, ref));
  return xml;
}

async function allValues(bytes: Uint8Array): Promise<unknown[]> {
  const host = XlsxEditingHost.open(bytes);
  const sheets = await host.listSheets();
  return Promise.all(sheets.map((s) => host.readTop(s.name, 100).then((g) => g.rows)));
}

describe('register-desk fix', () => {
  it('previews every safe fix as cell, before → after, and writes nothing', async () => {
    const c = captureOutput();
    const out = path.join(dir, 'never.xlsx');
    expect(await runFix(PLANTED, { rule: ['all'], dryRun: true, asOf: '2026-11-20', output: out }, c.out)).toBe(0);
    expect(c.lines[0]).toBe('预览：将修正 10 处（--dry-run，未写出文件）');
    expect(c.lines).toContain('  「收文登记」D4  县财发[2026]3号 → 县财发〔2026〕3号（doc-number.brackets）');
    expect(c.lines).toContain('  「收文登记」B12  2026.3.12 → 2026-03-12（日期）（date.as-text）');
    expect(c.lines).toContain('  「收文登记」H29  急件 → 加急（urgency.invalid）');
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('changes only the edited cells of the one sheet, and the values as previewed', async () => {
    const out = path.join(dir, 'fixed.xlsx');
    const c = captureOutput();
    expect(await runFix(PLANTED, { rule: ['all'], output: out, asOf: '2026-11-20' }, c.out)).toBe(0);
    expect(c.lines[0]).toContain('修正 10 处');
    const fixed = await readBytes(out);
    expect(changedParts(original, fixed)).toEqual([SHEET1]);
    expect(withCellsOf(fixed, original, SHEET1, FIXED_CELLS)).toBe(partText(original, SHEET1));
    const host = XlsxEditingHost.open(fixed);
    const grid = await host.readTop('收文登记', 40);
    const at = (row: number, col: number): unknown => grid.rows[row - 1]?.[col];
    expect(at(4, 3)).toBe('县财发〔2026〕3号');
    expect(at(9, 3)).toBe('县林发〔2026〕15号');
    expect(at(29, 7)).toBe('加急');
    expect(at(35, 0)).toBe('32');
    expect(at(12, 1)).toEqual({ type: 'date', serial: 46093, day: { year: 2026, month: 3, day: 12 } });
    // The text date took the date format its column already uses (B3's).
    expect(cellXml(fixed, SHEET1, 'B12')).toBe('<c r="B12" s="3"><v>46093</v></c>');
    expect(cellXml(original, SHEET1, 'B3')).toMatch(/^<c r="B3" s="3">/);
  });

  it('fixes only the picked cells, and only the chosen rules', async () => {
    const c = captureOutput();
    expect(await runFix(PLANTED, { rule: ['doc-number.brackets', 'urgency.invalid'], cell: ['收文登记!H29', 'D9'], dryRun: true, asOf: '2026-11-20' }, c.out)).toBe(0);
    expect(c.lines.slice(1)).toEqual(['  「收文登记」H29  急件 → 加急（urgency.invalid）']);
  });

  it('refuses a rule without a safe fix, an unknown rule, and a copy without -o', async () => {
    await expect(runFix(PLANTED, { rule: ['date.out-of-range'], dryRun: true }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runFix(PLANTED, { rule: ['no.such-rule'], dryRun: true }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runFix(PLANTED, { rule: [], dryRun: true }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runFix(PLANTED, { rule: ['all'] }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
    await expect(runFix(PLANTED, { rule: ['all'], dryRun: true, cell: ['第4行'] }, captureOutput().out)).rejects.toMatchObject({ code: 'badOption' });
  });

  it('reverts to the values before the fix exactly, keeping every other part', async () => {
    const host = XlsxEditingHost.open(original);
    const plans = planFixes(await checkWorkbookOn(host, { asOf: AS_OF }), FIXABLE_CODES);
    const done: AppliedEdits[] = [];
    for (const p of plans) done.push(await applyEdits(host, p.sheet, p.edits));
    expect(done.flatMap((d) => d.applied)).toHaveLength(10);
    const reopened = XlsxEditingHost.open(host.save());
    for (const d of done) expect((await revertEdits(reopened, d)).skipped).toEqual([]);
    const back = reopened.save();
    expect(await allValues(back)).toEqual(await allValues(original));
    expect(changedParts(original, back)).toEqual([SHEET1]);
  });

  it('does not revert a cell the clerk changed again after the fix', async () => {
    const host = XlsxEditingHost.open(original);
    const plans = planFixes(await checkWorkbookOn(host, { asOf: AS_OF }), ['urgency.invalid', 'doc-number.brackets']);
    const done = await applyEdits(host, '收文登记', plans[0].edits);
    await host.writeCells('收文登记', [{ row: 29, col: 7, before: '加急', after: '特急' }]);
    const reverted = await revertEdits(host, done);
    expect(reverted.skipped.map((e) => [e.row, e.col])).toEqual([[29, 7]]);
    const grid = await host.readTop('收文登记', 30);
    expect(grid.rows[28]?.[7]).toBe('特急');
    expect(grid.rows[3]?.[3]).toBe('县财发[2026]3号');
  });

  it('skips a cell that no longer holds the value shown, and a formula cell', async () => {
    const withFormula = replaceInPart(original, SHEET1, (xml) => xml.replace(/<c r="D4"[^>]*>.*?<\/c>/, '<c r="D4" t="str"><f>"县财发[2026]3号"</f><v>县财发[2026]3号</v></c>'));
    const host = XlsxEditingHost.open(withFormula);
    const outcome = await host.writeCells('收文登记', [
      { row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' },
      { row: 29, col: 7, before: '很急', after: '加急' },
      { row: 30, col: 7, before: '很急', after: '加急' },
    ]);
    expect(outcome.written).toBe(1);
    expect(outcome.skipped.map((e) => e.row)).toEqual([29, 4]);
    expect(cellXml(host.save(), SHEET1, 'D4')).toBe(cellXml(withFormula, SHEET1, 'D4'));
  });

  it('keeps a marked cell marked when its text date becomes a date, and clearing gives the date format', async () => {
    const host = XlsxEditingHost.open(original);
    const key = '00000000@0';
    await host.applyMarks('收文登记', [{ row: 12, fromCol: 0, toCol: 14, kind: 'overdue', key }, { row: 12, fromCol: 1, toCol: 1, kind: 'invalid', key }]);
    await host.writeCells('收文登记', [{ row: 12, col: 1, before: '2026.3.12', after: { day: { year: 2026, month: 3, day: 12 } } }]);
    const marked = host.save();
    expect(cellXml(marked, SHEET1, 'B12')).not.toBe('<c r="B12" s="3"><v>46093</v></c>');
    expect((await XlsxEditingHost.open(marked).readTop('收文登记', 12)).rows[11]?.[1]).toMatchObject({ type: 'date', serial: 46093 });
    await host.clearMarks('收文登记', ['invalid']);
    await host.clearMarks();
    const cleared = host.save();
    expect(cellXml(cleared, SHEET1, 'B12')).toBe('<c r="B12" s="3"><v>46093</v></c>');
    expect(partText(cleared, 'xl/styles.xml')).toBe(partText(original, 'xl/styles.xml'));
  });

  it('keeps every other byte of a feature-rich workbook (validation, conditional formats, table, chart)', async () => {
    const source = await readBytes(path.join(FEATURES, 'openpyxl-features.xlsx'));
    const planted = replaceInPart(source, SHEET1, (xml) =>
      xml.replace('&#12308;2026&#12309;108', '[2026]108').replace('<c r="B4" s="4" t="n"><v>46240</v></c>', '<c r="B4" s="3" t="inlineStr"><is><t>2026.8.6</t></is></c>'),
    );
    const input = path.join(dir, 'features-planted.xlsx');
    const out = path.join(dir, 'features-fixed.xlsx');
    await fs.writeFile(input, planted);
    const c = captureOutput();
    expect(await runFix(input, { rule: ['all'], output: out, asOf: '2026-11-20' }, c.out)).toBe(0);
    expect(c.lines[0]).toContain('修正 2 处');
    const fixed = await readBytes(out);
    expect(changedParts(planted, fixed)).toEqual([SHEET1]);
    expect(withCellsOf(fixed, planted, SHEET1, ['D3', 'B4'])).toBe(partText(planted, SHEET1));
    expect(cellXml(fixed, SHEET1, 'B4')).toBe('<c r="B4" s="4"><v>46240</v></c>');
    expect(serialToDay(46240)).toEqual({ year: 2026, month: 8, day: 6 });
    const values = await XlsxEditingHost.open(fixed).readTop('收文登记', 4);
    expect(values.rows[2]?.[3]).toBe('县农发〔2026〕108号');
  });
});
