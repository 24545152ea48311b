/**
 * Opening the harness page in a task-pane-sized window and reading the stand-in workbook behind
 * it. Shared by the browser tests (test/e2e/*.e2e.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { HarnessApi } from '../harness/harness-api';
import { ROOT } from './build-harness';

/** Office's task pane is 320 px wide at its narrowest; the pane must work there. */
export const PANE_VIEWPORT = { width: 320, height: 900 } as const;

export const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');

export interface PaneOptions {
  /** Under test/fixtures/workbooks; layouts/multi-register.xlsx by default. */
  readonly fixture?: string;
  /** Office's display language; zh-CN by default. */
  readonly lang?: string;
}

/** Errors each page reported: a page error or a CSP refusal is a defect in itself. */
const pageErrors = new WeakMap<Page, string[]>();

/** A new browser context (its own sessionStorage: a fresh workbook) with the pane opened in it. */
export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, deviceScaleFactor: 2, locale: options.lang ?? 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const query = new URLSearchParams({ fixture: options.fixture ?? 'layouts/multi-register.xlsx', lang: options.lang ?? 'zh-CN' });
  await page.goto(`${origin}/index.html?${query.toString()}`);
  await page.waitForFunction(() => window.__harness !== undefined);
  return page;
}

/** Errors the page reported (uncaught exceptions, console errors such as CSP refusals). */
export function errorsOf(page: Page): readonly string[] {
  return pageErrors.get(page) ?? [];
}

/** Fills of a sheet of the stand-in, A1 → Office.js fill. */
export function fillsOf(page: Page, sheet: string): Promise<ReturnType<HarnessApi['fills']>> {
  return page.evaluate((name) => window.__harness!.fills(name), sheet);
}

/** The cells the pane selected so far. */
export function selectionsOf(page: Page): Promise<HarnessApi['selections']> {
  return page.evaluate(() => [...window.__harness!.selections]);
}

/** The workbook's sheets with the add-in's own marks. */
export function sheetsOf(page: Page): Promise<Awaited<ReturnType<HarnessApi['listSheets']>>> {
  return page.evaluate(() => window.__harness!.listSheets());
}

/** The settings stored in the workbook. */
export function settingsOf(page: Page): Promise<Awaited<ReturnType<HarnessApi['readSettings']>>> {
  return page.evaluate(() => window.__harness!.readSettings());
}

/**
 * Asks `read` until its answer passes `accept` (the pane works asynchronously), or gives up.
 * @example await waitForValue(() => selectionsOf(page), (s) => s.length > 0)
 */
export async function waitForValue<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Saves a screenshot of the whole pane to docs/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}
