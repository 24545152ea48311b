/** Debian's Chromium through playwright-core, launched as every browser test here launches it. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** What a page asked for and complained about while a test drove it. */
export interface PageWatch {
  readonly requests: string[];
  /** Console errors and uncaught exceptions, CSP violations among them. */
  readonly errors: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { requests: [], errors: [] };
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  return watch;
}

/**
 * Requests that went anywhere but the page's own file: blob: and data: URLs never leave the
 * browser; `pageUrl` is the page (file:// path or the local server's address).
 */
export function requestsLeavingThePage(requests: readonly string[], pageUrl: string): string[] {
  const own = new Set([pageUrl, pageUrl.endsWith('/') ? `${pageUrl}index.html` : pageUrl]);
  return requests.filter((url) => !own.has(url) && !url.startsWith('blob:') && !url.startsWith('data:'));
}
