/**
 * The page's own thread on the 100,000-row register: how long it is blocked at once while the
 * clerk opens the file (detection and statuses), checks it, and marks it and saves the copy, and
 * the peak memory of the page's process through open → mark → save. Prints its figures for
 * docs/web-page.md; the expectations are on results (the counts the bench generated the register
 * with), not on time — performance is measured, not asserted, in jest.
 *
 * Run alone: npx jest -c jest.e2e.config.js test/web/page-thread.e2e.ts
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureRegister, type RegisterFile } from '../../bench/generate/registers';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './support/browser';
import { buildWebPage } from './support/web-build';

jest.setTimeout(900_000);

const ROOT = path.join(__dirname, '..', '..');
const AS_OF_NOON = new Date('2026-11-20T12:00:00+08:00');

let browser: Browser;
let webDir: string;
let register: RegisterFile;

beforeAll(async () => {
  webDir = await buildWebPage();
  register = await ensureRegister(path.join(ROOT, 'bench', 'work', 'registers'), 100_000, 1);
  // Precise figures from performance.memory (otherwise rounded and cached for minutes).
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info'] });
});

afterAll(async () => {
  await browser?.close();
});

/** The long tasks (over 50 ms) of the page's main thread since the last call, in ms. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { longTasks?: number[] };
    const taken = w.longTasks ?? [];
    w.longTasks = [];
    return taken;
  });
}

/** Peak resident memory (VmHWM) of each renderer process of the browser, in bytes. */
async function rendererPeaks(): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const peaks = await Promise.all(
    info.processInfo
      .filter((p) => p.type === 'renderer')
      .map(async (p) => Number(/VmHWM:\s+(\d+) kB/.exec(await fs.readFile(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0) * 1024),
  );
  await cdp.detach();
  return peaks;
}

function summary(name: string, tasks: readonly number[], elapsed: number): string {
  const blocked = tasks.reduce((a, b) => a + b, 0);
  return `${name}: ${Math.round(elapsed)} ms; page thread blocked ${Math.round(blocked)} ms in ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks))} ms`;
}

describe('the page thread on a 100,000-row register', () => {
  it('stays free while the register is opened, checked, marked and saved, with the bench’s counts', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1000, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    // The page thread's own JavaScript heap, sampled through the DevTools protocol: what the page
    // holds besides its worker (the worker has a heap of its own).
    const cdp = await context.newCDPSession(page);
    let heapPeak = 0;
    const sampler = setInterval(() => {
      cdp.send('Runtime.getHeapUsage').then(
        (usage) => (heapPeak = Math.max(heapPeak, usage.usedSize)),
        () => undefined,
      );
    }, 200);
    try {
      await page.clock.setFixedTime(AS_OF_NOON);
      await page.goto(`file://${path.join(webDir, 'index.html')}`);
      await page.getByText('选择工作簿').first().waitFor();
      await takeLongTasks(page);
      const lines: string[] = [];

      let started = performance.now();
      await page.locator('input[type=file]').setInputFiles(register.path);
      await page.getByRole('heading', { name: '识别出的登记簿' }).waitFor({ timeout: 600_000 });
      await page.getByText(`逾期 ${register.outcomes.overdue}`).first().waitFor({ timeout: 600_000 });
      lines.push(summary('open and assess', await takeLongTasks(page), performance.now() - started));

      await page.getByRole('tab', { name: '校验' }).click();
      started = performance.now();
      await page.getByRole('button', { name: '校验工作簿' }).click();
      await page.getByRole('heading', { name: /发现的问题/ }).waitFor({ timeout: 600_000 });
      lines.push(summary('check', await takeLongTasks(page), performance.now() - started));

      await page.getByRole('tab', { name: '逾期' }).click();
      started = performance.now();
      await page.getByRole('button', { name: '标记逾期', exact: true }).click();
      await page.getByText(/副本已生成：incoming-100000-s1-已标记-2026-11-20\.xlsx/).waitFor({ timeout: 600_000 });
      lines.push(summary('mark and make the copy', await takeLongTasks(page), performance.now() - started));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '保存副本' }).click()]);
      expect(download.suggestedFilename()).toBe('incoming-100000-s1-已标记-2026-11-20.xlsx');
      await download.delete();

      const peak = Math.max(...(await rendererPeaks()));
      lines.push(`peak memory of the page's process (renderer with its worker), open → check → mark → save: ${Math.round(peak / 2 ** 20)} MB`);
      lines.push(`peak JavaScript heap of the page's own thread (sampled every 200 ms): ${Math.round(heapPeak / 2 ** 20)} MB`);
      console.log(lines.join('\n'));
      await expect(page.getByText(`逾期 ${register.outcomes.overdue}`).first().isVisible()).resolves.toBe(true);
    } finally {
      clearInterval(sampler);
      await context.close();
    }
  });
});
