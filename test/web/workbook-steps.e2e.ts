/**
 * The pane's other writing steps on the local page, each ending in a copy to save: a corrected
 * column mapping (read back by the .xlsx host and by `register-desk inspect`), the 催办单 and the
 * year-end package (opened as workbooks), and safe fixes (the fixed cell read back).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { runCli } from '../cli/run-cli';
import { expectNothingLeft, expectUntouched, FIXTURES, giveWorkbook, saveCopy, startPageRig, type PageRig } from './support/page-rig';
import { partsOf } from './support/zip-parts';

jest.setTimeout(240_000);

const LIBREOFFICE_MACROS = path.join(FIXTURES, 'features', 'libreoffice-from-openpyxl.xlsm');

let rig: PageRig;
beforeAll(async () => {
  rig = await startPageRig();
});
afterAll(() => rig?.close());

describe('writing steps on the local page', () => {
  it('remembers a corrected mapping in the workbook, where the command line and the add-in read it', async () => {
    const open = await rig.openPage('file', 'worker');
    const { page } = open;
    try {
      await giveWorkbook(page, LIBREOFFICE_MACROS);
      await page.getByRole('button', { name: '查看或修改「收文登记」的列映射' }).click();
      await page.getByRole('heading', { name: '「收文登记」的列映射' }).waitFor();
      await page.getByText('这是台账助手根据表头自动识别的结果，请核对。').waitFor();
      await page.getByLabel('备注', { exact: true }).selectOption('');
      await page.getByRole('button', { name: '保存列映射' }).click();
      const saved = await saveCopy(rig, page, /副本已生成：libreoffice-from-openpyxl-已更新设置-2026-11-20\.xlsm/);
      const settings = await XlsxHost.open(saved.bytes).readSettings();
      expect(settings.mappings?.['收文登记']).toMatchObject({ kind: 'incoming', columns: { title: 'E', deadline: 'H' } });
      expect(settings.mappings?.['收文登记']?.columns.remarks).toBeUndefined();
      const inspect = await runCli('inspect', saved.file, '--json');
      const sheet = (JSON.parse(inspect.stdout) as { files: { sheets: { sheet: string; columns: Record<string, string> }[] }[] }).files[0].sheets[0];
      expect(sheet.columns).toMatchObject({ title: 'E', deadline: 'H' });
      expect(sheet.columns.remarks).toBeUndefined();
      // Opened again on the page, the copy shows the clerk's mapping as the workbook's own.
      await giveWorkbook(page, saved.file);
      await page.getByRole('button', { name: '查看或修改「收文登记」的列映射' }).click();
      await page.getByText('这是本工作簿里保存的列映射。').waitFor();
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });

  it('builds the 催办单 and the year-end package as workbooks to save, leaving every sheet of the clerk’s byte for byte', async () => {
    const sample = path.join(rig.downloads, '2026年台账.xlsx');
    await fs.writeFile(sample, await buildSampleWorkbook());
    const open = await rig.openPage('http', 'worker');
    const { page } = open;
    try {
      await giveWorkbook(page, sample);
      await page.getByRole('tab', { name: '逾期' }).click();
      await page.getByRole('button', { name: '生成催办单' }).click();
      const reminder = await saveCopy(rig, page, /副本已生成：2026年台账-催办单-2026-11-20\.xlsx/);
      expect(WorkbookPackage.open(reminder.bytes).sheets.map((s) => s.name)).toContain('催办单');

      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByRole('button', { name: '列出年终汇总要写的表' }).click();
      await page.getByText('新建「2026年度 目录」').waitFor();
      await page.getByRole('button', { name: '写入工作簿' }).click();
      const built = await saveCopy(rig, page, /副本已生成：2026年台账-年终汇总-2026\.xlsx/);
      const names = WorkbookPackage.open(built.bytes).sheets.map((s) => s.name);
      expect(names.slice(0, 3)).toEqual(['收文登记', '督办台账', '发文登记']);
      expect(names).toEqual(expect.arrayContaining(['2026年度 目录', '2026年度 收文统计', '2026年度 督办统计', '2026年度 发文统计']));
      const original = partsOf(new Uint8Array(await fs.readFile(sample)));
      expectUntouched(original, partsOf(built.bytes), Object.keys(original).filter((n) => n.startsWith('xl/worksheets/')));
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });

  it('checks a workbook, rewrites the unambiguous entries after showing them, and saves the fixed copy', async () => {
    const open = await rig.openPage('file', 'worker');
    const { page } = open;
    try {
      await giveWorkbook(page, path.join(FIXTURES, '..', 'rules', 'planted-faults.xlsx'));
      await page.getByRole('tab', { name: '校验' }).click();
      await page.getByRole('button', { name: '校验工作簿' }).click();
      await page.getByRole('heading', { name: /发现的问题 · 错误 \d+ 处/ }).waitFor();
      await page.getByRole('button', { name: '预览修正' }).click();
      await page.getByText('收文登记!D4：县财发[2026]3号 → 县财发〔2026〕3号').waitFor();
      await page.getByRole('button', { name: '确认修正' }).click();
      const fixed = await saveCopy(rig, page, /副本已生成：planted-faults-已修正-2026-11-20\.xlsx/);
      const grid = await XlsxHost.open(fixed.bytes).readTop('收文登记', 4);
      expect(grid.rows[3]?.[3]).toBe('县财发〔2026〕3号');
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });
});
