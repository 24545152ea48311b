/**
 * The local web page in Debian's Chromium, opened from disk and served by `register-desk web`,
 * with the engine in a Web Worker and, when workers are refused, on the page: a clerk gives it
 * a workbook, sees the registers, marks overdue items, saves the copy, clears it again. Every
 * copy is compared with the original part by part; every request the page makes is recorded
 * and none may leave the page's own file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  clearMayChange,
  expectNothingLeft,
  expectUntouched,
  FIXTURES,
  giveWorkbook,
  markMayChange,
  saveCopy,
  startPageRig,
  type EngineWhere,
  type Origin,
  type PageRig,
} from './support/page-rig';
import { changedParts, partsOf } from './support/zip-parts';

jest.setTimeout(240_000);

/** Written by LibreOffice, with a chart, a VBA project and a clerk's fills. */
const LIBREOFFICE_MACROS = path.join(FIXTURES, 'features', 'libreoffice-from-openpyxl.xlsm');
/** Written by LibreOffice, with a pivot table. */
const PIVOT = path.join(FIXTURES, 'features', 'libreoffice-pivot.xlsx');

let rig: PageRig;
beforeAll(async () => {
  rig = await startPageRig();
});
afterAll(() => rig?.close());

describe.each<[Origin, EngineWhere]>([
  ['file', 'worker'],
  ['http', 'worker'],
  ['file', 'page'],
  ['http', 'page'],
])('the page opened from %s, engine in the %s', (origin, engine) => {
  it('marks a LibreOffice workbook with a chart and macros, saves the copy, and clears it again', async () => {
    const open = await rig.openPage(origin, engine);
    const { page } = open;
    try {
      await page.getByText('本页只在这台电脑上处理工作簿的副本').waitFor();
      expect(await page.getByText('需要较新的浏览器').count()).toBe(0);
      await giveWorkbook(page, LIBREOFFICE_MACROS);
      await expect(page.getByText('逾期 1').first().isVisible()).resolves.toBe(true);
      expect(await page.getByText('这个浏览器不允许后台处理').count()).toBe(engine === 'page' ? 1 : 0);

      await page.getByRole('tab', { name: '逾期' }).click();
      await page.getByRole('button', { name: '标记逾期', exact: true }).click();
      const marked = await saveCopy(rig, page, /副本已生成：libreoffice-from-openpyxl-已标记-2026-11-20\.xlsm/);
      expect(marked.name).toBe('libreoffice-from-openpyxl-已标记-2026-11-20.xlsm');

      const original = partsOf(new Uint8Array(await fs.readFile(LIBREOFFICE_MACROS)));
      const markedParts = partsOf(marked.bytes);
      const changed = changedParts(original, markedParts);
      expect(changed).toContain('xl/styles.xml');
      expect(changed.filter((n) => !markMayChange(n))).toEqual([]);
      expectUntouched(original, markedParts, ['xl/vbaProject.bin', ...Object.keys(original).filter((n) => n.startsWith('xl/charts/'))]);

      // The saved copy, opened again on the page, loses its marks.
      await giveWorkbook(page, marked.file);
      await page.getByRole('tab', { name: '逾期' }).click();
      await page.getByRole('button', { name: '清除标记', exact: true }).click();
      const cleared = await saveCopy(rig, page, /副本已生成：libreoffice-from-openpyxl-已清除标记-2026-11-20\.xlsm/);
      expect(changedParts(original, partsOf(cleared.bytes)).filter((n) => !clearMayChange(n))).toEqual([]);
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });
});

describe('the page opening other files', () => {
  it('marks a workbook with a pivot table and leaves the pivot byte for byte', async () => {
    const open = await rig.openPage('file', 'worker');
    try {
      await giveWorkbook(open.page, PIVOT);
      await open.page.getByRole('tab', { name: '逾期' }).click();
      await open.page.getByRole('button', { name: '标记逾期', exact: true }).click();
      const marked = await saveCopy(rig, open.page, /副本已生成：libreoffice-pivot-已标记-2026-11-20\.xlsx/);
      const original = partsOf(new Uint8Array(await fs.readFile(PIVOT)));
      const pivotParts = Object.keys(original).filter((n) => /pivot/i.test(n));
      expect(pivotParts.length).toBeGreaterThan(0);
      expect(changedParts(original, partsOf(marked.bytes)).filter((n) => !markMayChange(n))).toEqual([]);
      expectUntouched(original, partsOf(marked.bytes), pivotParts);
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });

  it('says plainly why an old .xls file cannot be opened', async () => {
    const open = await rig.openPage('http', 'worker');
    try {
      await open.page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'awkward', 'legacy.xls'));
      await open.page.getByText('无法打开“legacy.xls”').waitFor();
      await expect(open.page.getByText(/这是旧版 \.xls 文件，请在 Excel 或 WPS 中另存为 \.xlsx 后再试/).isVisible()).resolves.toBe(true);
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });

  it('tells a browser that cannot run it what to use instead', async () => {
    const context = await rig.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`file://${path.join(rig.webDir, 'index.html')}`);
      await expect(page.getByText(/需要较新的浏览器：请用 Edge、Chrome、奇安信可信浏览器打开本页，或把 360 安全浏览器切换到“极速模式”/).isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('speaks English to an English browser', async () => {
    const open = await rig.openPage('file', 'worker', 'en-US');
    try {
      await open.page.getByText('This page works on a copy of your workbook on this computer only').waitFor();
      expect(await open.page.evaluate(() => document.documentElement.lang)).toBe('en-US');
      await open.page.locator('input[type=file]').setInputFiles(LIBREOFFICE_MACROS);
      await open.page.getByRole('tab', { name: 'Overdue' }).waitFor();
      expectNothingLeft(open);
    } finally {
      await open.context.close();
    }
  });
});
