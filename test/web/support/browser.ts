/** The page's browser tests launch Chromium exactly as the pane's do (test/e2e/support). */
import type { Page } from 'playwright-core';
import { QUIET_FLAGS } from '../../e2e/support/launch-chromium';

export { launchChromium } from '../../e2e/support/launch-chromium';
export const CHROMIUM_FLAGS = QUIET_FLAGS;

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
