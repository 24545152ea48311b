/**
 * Nothing leaves the machine (issue 8): the built task pane, served from 127.0.0.1 the way an
 * office's intranet server serves it, is opened in Chromium with every request routed through
 * the test. Any request to another origin fails the test (and is blocked); office.js must come
 * from the add-in's own folder, not Microsoft's CDN; the page's Content-Security-Policy allows
 * only its own origin. Builds dist/ first when it is missing (npx webpack --mode production).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/launch-chromium';
import { serveFolder, type DistServer } from './support/serve-dist';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

let server: DistServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every URL the page, its frames and workers asked for, in order. */
const requested: string[] = [];
const sockets: string[] = [];
/** What the Content-Security-Policy refused, and the script that tried. */
const refusals: Array<{ text: string; from: string }> = [];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'taskpane.html'))) {
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  }
  server = await serveFolder(DIST);
  browser = await launchChromium();
  context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(`${server.origin}/`)) await route.continue();
    else await route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push({ text: message.text(), from: message.location().url });
  });
  await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => (document.getElementById('container')?.textContent ?? '').length > 0, undefined, { timeout: 20_000 });
  // A beacon sent some seconds after load would still be caught: let the page run a while.
  await page.waitForTimeout(3_000);
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function readPolicy(content: string): Map<string, string[]> {
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the task pane in a browser', () => {
  it('renders (so the test watched a running pane, not an empty page)', async () => {
    expect(await page.locator('#container').innerText()).toMatch(/[\u4e00-\u9fff]|Register Desk/);
  });

  it('asks for nothing outside its own origin: no request, no socket, no beacon', () => {
    expect(requested.length).toBeGreaterThan(3);
    const foreign = requested.filter((url) => !url.startsWith('data:') && !url.startsWith(`${server.origin}/`));
    expect(foreign).toEqual([]);
    expect(sockets).toEqual([]);
  });

  it('loads office.js from its own folder, not from Microsoft\'s CDN', () => {
    expect(requested).toContain(`${server.origin}/office-js/office.js`);
    expect(server.requested).toContain('/office-js/office.js');
    expect(requested.some((url) => url.includes('appsforoffice.microsoft.com'))).toBe(false);
  });

  it('declares a Content-Security-Policy that allows only its own origin', async () => {
    const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const policy = readPolicy(content ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        // Besides 'self' and 'none': inline images as data: URLs, and the hash of an empty <style>.
        const allowed = ["'self'", "'none'"].includes(source) || (directive === 'img-src' && source === 'data:') || (directive === 'style-src' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(source));
        expect([directive, source, allowed]).toEqual([directive, source, true]);
      }
    }
  });

  it('needs no refusal for its own code: whatever the policy refuses comes from office.js', () => {
    // Outside Office, office.js tries to frame Microsoft's telemetry service
    // (telemetryservice.firstpartyapps.oaspapps.com) and to style that frame: the policy stops both.
    const notOfficeJs = refusals.filter((r) => !r.from.startsWith(`${server.origin}/office-js/`));
    expect(notOfficeJs.map((r) => `${r.from}: ${r.text}`)).toEqual([]);
  });

  it('lets no frame load from another origin, office.js\'s telemetry frame included', async () => {
    // A frame the policy blocked shows Chromium's error page (chrome-error://), not the site.
    const frames = page.frames().map((f) => f.url());
    expect(frames.filter((url) => /^(https?|wss?|ftp):/.test(url) && !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(requested.some((url) => url.includes('telemetry'))).toBe(false);
  });
});
