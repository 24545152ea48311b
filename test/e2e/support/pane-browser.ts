/**
 * One Chromium and one static server for a browser test file: started before its tests, closed
 * after them. The harness page (build/e2e) is built by the suite's global setup.
 */
import type { Browser } from 'playwright-core';
import { HARNESS_DIR } from './build-harness';
import { launchChromium } from './launch-chromium';
import { serveFolder, type DistServer } from './serve-dist';

export interface PaneBrowser {
  browser(): Browser;
  /** "http://127.0.0.1:PORT" of the harness page. */
  origin(): string;
}

/** Call at the top of a test file. */
export function usePaneBrowser(): PaneBrowser {
  let server: DistServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await serveFolder(HARNESS_DIR);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    origin: () => {
      if (!server) throw new Error('the server is not started yet');
      return server.origin;
    },
  };
}
