/**
 * The main screens of the local web page, photographed for docs/web-page.md and the README
 * (docs/screenshots/web-*.png), on the demo workbook the command line's `demo` writes.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { launchChromium, requestsLeavingThePage, watchPage } from './support/browser';
import { buildWebPage } from './support/web-build';

jest.setTimeout(240_000);

const SHOTS = path.join(__dirname, '..', '..', 'docs', 'screenshots');
const AS_OF_NOON = new Date('2026-11-20T12:00:00+08:00');

let browser: Browser;
let webDir: string;
let workDir: string;
let workbook: string;

beforeAll(async () => {
  webDir = await buildWebPage();
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-web-shots-'));
  workbook = path.join(workDir, '2026年台账.xlsx');
  await fs.writeFile(workbook, await buildSampleWorkbook());
  await fs.mkdir(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fs.rm(workDir, { recursive: true, force: true });
});

async function newPage(locale: string): Promise<{ page: Page; requests: string[]; url: string }> {
  const context = await browser.newContext({ acceptDownloads: true, locale, viewport: { width: 1000, height: 820 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.clock.setFixedTime(AS_OF_NOON);
  const watch = watchPage(page);
  const url = `file://${path.join(webDir, 'index.html')}`;
  await page.goto(url);
  return { page, requests: watch.requests, url };
}

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `web-${name}.png`), fullPage: true });

describe('screenshots of the local web page', () => {
  it('shows opening, the registers, marking and the year-end package with the copy to save, and a file it cannot open', async () => {
    const { page, requests, url } = await newPage('zh-CN');
    await page.getByRole('button', { name: '选择工作簿…' }).waitFor();
    await shoot(page, 'open');

    await page.locator('input[type=file]').setInputFiles(workbook);
    await page.getByRole('heading', { name: '识别出的登记簿' }).waitFor();
    await shoot(page, 'registers');

    await page.getByRole('tab', { name: '逾期' }).click();
    await page.getByRole('button', { name: '标记逾期', exact: true }).click();
    await page.getByText('副本已生成：2026年台账-已标记-2026-11-20.xlsx').waitFor();
    await shoot(page, 'marked');

    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByRole('button', { name: '列出年终汇总要写的表' }).click();
    await page.getByText('新建「2026年度 目录」').waitFor();
    await shoot(page, 'year-end-plan');
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText('副本已生成：2026年台账-年终汇总-2026.xlsx').waitFor();
    await shoot(page, 'year-end');

    await page.locator('input[type=file]').setInputFiles(path.join(__dirname, '..', 'fixtures', 'workbooks', 'awkward', 'legacy.xls'));
    await page.getByText('无法打开“legacy.xls”').waitFor();
    await shoot(page, 'cannot-open');
    expect(requestsLeavingThePage(requests, url)).toEqual([]);
    await page.context().close();
  });

  it('shows the page in English', async () => {
    const { page } = await newPage('en-US');
    await page.locator('input[type=file]').setInputFiles(workbook);
    await page.getByRole('tab', { name: 'Overdue' }).waitFor();
    await page.getByRole('tab', { name: 'Overdue' }).click();
    await page.getByRole('button', { name: 'Mark overdue', exact: true }).waitFor();
    await shoot(page, 'english');
    await page.context().close();
  });
});
