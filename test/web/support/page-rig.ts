/**
 * What every browser test of the local page needs: the built page, the local server, Chromium,
 * a folder for downloads, and the clerk's moves — open the page (from disk or the server, with
 * the engine in a worker or refused one), give it a workbook, save the copy it offers.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../../src/cli/commands/web';
import { launchChromium, requestsLeavingThePage, watchPage, type PageWatch } from './browser';
import { buildWebPage } from './web-build';
import { changedParts, type Parts } from './zip-parts';

export type Origin = 'file' | 'http';
export type EngineWhere = 'worker' | 'page';

/** Statuses in the fixtures are reckoned as of 2026-11-20; the page's clock is fixed to its noon. */
export const AS_OF_NOON = new Date('2026-11-20T12:00:00+08:00');
export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: PageWatch;
  readonly url: string;
}

export interface SavedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Where it was saved, under the name the page gave it. */
  readonly file: string;
}

export interface PageRig {
  readonly browser: Browser;
  readonly webDir: string;
  /** A scratch folder, removed by close(). */
  readonly downloads: string;
  openPage(origin: Origin, engine: EngineWhere, locale?: string): Promise<OpenPage>;
  close(): Promise<void>;
}

export async function startPageRig(): Promise<PageRig> {
  const downloads = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-web-downloads-'));
  const webDir = await buildWebPage();
  const server: WebServer = await startWebServer({ root: webDir, port: 0 });
  const browser = await launchChromium();
  return {
    browser,
    webDir,
    downloads,
    async openPage(origin, engine, locale = 'zh-CN') {
      const context = await browser.newContext({ acceptDownloads: true, locale, viewport: { width: 1100, height: 900 } });
      // A browser that refuses workers: the page must fall back to its own thread.
      if (engine === 'page') await context.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
      const page = await context.newPage();
      await page.clock.setFixedTime(AS_OF_NOON);
      const watch = watchPage(page);
      const url = origin === 'file' ? `file://${path.join(webDir, 'index.html')}` : server.url;
      await page.goto(url);
      return { context, page, watch, url };
    },
    async close() {
      await browser.close();
      await server.close();
      await fs.rm(downloads, { recursive: true, force: true });
    },
  };
}

export async function giveWorkbook(page: Page, file: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('heading', { name: '识别出的登记簿' }).waitFor();
}

/** Waits for the copy named `name`, saves it through the page's link, and reads it. */
export async function saveCopy(rig: PageRig, page: Page, name: RegExp): Promise<SavedFile> {
  await page.getByText(name).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '保存副本' }).click()]);
  // Kept under the name the page gave it: opened again, the page names the next copy from it.
  const file = path.join(rig.downloads, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await fs.readFile(file)), file };
}

/** Parts a mark may change: the sheets it paints, the styles, the mark log and its links. */
export function markMayChange(name: string): boolean {
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) || name === 'xl/styles.xml' || clearMayChange(name);
}

/** Parts a clear may leave changed: the (emptied) mark log and its links. */
export function clearMayChange(name: string): boolean {
  return name.startsWith('customXml/') || name === '[Content_Types].xml' || name === 'xl/_rels/workbook.xml.rels';
}

/** Each named part is in the copy, byte for byte as in the original. */
export function expectUntouched(original: Parts, copy: Parts, names: readonly string[]): void {
  for (const name of names) {
    expect(copy[name]).toBeDefined();
    expect(changedParts({ [name]: original[name] }, { [name]: copy[name] })).toEqual([]);
  }
}

/** No request went anywhere but the page itself, and nothing was refused or thrown. */
export function expectNothingLeft(open: OpenPage): void {
  expect(requestsLeavingThePage(open.watch.requests, open.url)).toEqual([]);
  expect(open.watch.errors).toEqual([]);
}
