/**
 * The production task pane: builds it with webpack into bench/work/dist, counts the JavaScript
 * its page loads first (raw and gzipped; office.js, Microsoft's, counted apart), and times the
 * first render of the pane in headless Chromium from a local server.
 *
 * Usage: bundle.ts OUTDIR RUNS
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { reportResult } from '../lib/child-result';
import { median } from '../lib/stats';
import { serveFolder } from '../ops/static-server';
import { QUIET_FLAGS } from '../../test/e2e/support/launch-chromium';

export interface BundleResult {
  /** Our scripts the page loads at start (office.js excluded). */
  readonly initialJsBytes: number;
  readonly initialJsGzipBytes: number;
  readonly scripts: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>;
  readonly officeJsBytes: number;
  readonly officeJsGzipBytes: number;
  readonly buildMs: number;
  readonly firstRenderMs: number;
  readonly firstRenderRunsMs: readonly number[];
}

const REPO = path.resolve(__dirname, '..', '..');

function build(outDir: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [path.join(REPO, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', outDir], { cwd: REPO, stdio: 'pipe' });
  return performance.now() - t0;
}

/** Script sources of the page, in order (`<script src=…>`, quoted or not). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Milliseconds from navigation start until the pane's container first holds an element. */
async function timeFirstRender(origin: string, runs: number): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: QUIET_FLAGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      // A fresh context each time: nothing cached from the run before.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (document.getElementById('container')?.childElementCount ?? 0) > 0, undefined, { timeout: 30_000, polling: 'raf' });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function measure(outDir: string, runs: number): Promise<BundleResult> {
  const buildMs = build(outDir);
  const html = readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
  const sized = scriptsOf(html).map((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const ours = sized.filter((s) => !s.file.startsWith('office-js/'));
  const office = sized.filter((s) => s.file.startsWith('office-js/'));
  const sum = (list: typeof sized, key: 'bytes' | 'gzipBytes'): number => list.reduce((n, s) => n + s[key], 0);
  const server = await serveFolder(outDir);
  try {
    const firstRenderRunsMs = await timeFirstRender(server.origin, runs);
    return {
      initialJsBytes: sum(ours, 'bytes'),
      initialJsGzipBytes: sum(ours, 'gzipBytes'),
      scripts: sized,
      officeJsBytes: sum(office, 'bytes'),
      officeJsGzipBytes: sum(office, 'gzipBytes'),
      buildMs,
      firstRenderMs: median(firstRenderRunsMs),
      firstRenderRunsMs,
    };
  } finally {
    await server.close();
  }
}

const [outDir, runs] = process.argv.slice(2);
measure(path.resolve(outDir), Number(runs)).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
