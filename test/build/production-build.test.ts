/**
 * Builds the production bundle once (about 20 s on two cores) into a temporary folder and checks
 * what a clerk's Excel will load: a small initial script, a page that names only its own origin,
 * one copy of the module the pane and the ribbon share, and every office.js file Excel asks for.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');
const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const INITIAL_BUDGET_BYTES = 250 * 1024;

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: Record<string, unknown>): webpack.Configuration;
  listOfficeJsFiles(): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configModule = require(join(ROOT, 'webpack.config.js')) as WebpackConfigModule;

let out = '';
let stats: webpack.StatsCompilation = {};
let html = '';

function runWebpack(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, result) => {
      if (error) reject(error);
      else if (!result) reject(new Error('webpack returned no stats'));
      else if (result.hasErrors()) reject(new Error(result.toString({ all: false, errors: true })));
      else resolve(result);
    });
  });
}

function scriptSources(page: string): string[] {
  return [...page.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'register-desk-build-'));
  const config = configModule({}, { mode: 'production' });
  const result = await runWebpack({ ...config, output: { ...config.output, path: out } });
  stats = result.toJson({ all: false, ids: true, chunks: true, chunkModules: true, entrypoints: true, assets: true });
  html = readFileSync(join(out, 'taskpane.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the production build', () => {
  it('keeps the JavaScript the pane loads at start under 250 KB gzipped', () => {
    const own = scriptSources(html).filter((src) => !src.startsWith('office-js/'));
    expect(own.length).toBeGreaterThanOrEqual(3);
    const gzipped = own.reduce((sum, src) => sum + gzipSync(readFileSync(join(out, src)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });

  it('loads office.js first, from the add-in\'s own folder, and nothing from another origin', () => {
    const sources = scriptSources(html);
    expect(sources[0]).toBe('office-js/office.js');
    for (const src of sources) expect(src).not.toMatch(/^(https?:)?\/\//);
    for (const src of sources) expect(existsSync(join(out, src))).toBe(true);
  });

  it('loads both the pane and the ribbon commands in taskpane.html, the shared runtime\'s page', () => {
    const sources = scriptSources(html);
    for (const entry of ['taskpane', 'commands']) {
      const files = stats.entrypoints?.[entry]?.assets?.map((a) => a.name) ?? [];
      expect(files.length).toBeGreaterThan(0);
      for (const file of files.filter((f) => f.endsWith('.js'))) expect(sources).toContain(file);
    }
  });

  it('puts the result feed the pane and the ribbon share in exactly one chunk', () => {
    const holders = (stats.chunks ?? []).filter((chunk) =>
      (chunk.modules ?? []).some((m) => (m.name ?? '').includes('src/commands/result-feed.ts')),
    );
    expect(holders).toHaveLength(1);
    const holder = String(holders[0].id);
    for (const entry of ['taskpane', 'commands']) {
      expect((stats.entrypoints?.[entry]?.chunks ?? []).map(String)).toContain(holder);
    }
  });

  it('declares a Content-Security-Policy that admits only the add-in\'s own origin', () => {
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('ships every office.js file it copies unchanged', () => {
    const files = configModule.listOfficeJsFiles();
    for (const file of files) {
      const copied = join(out, 'office-js', file);
      expect({ file, copied: existsSync(copied) }).toEqual({ file, copied: true });
      expect(statSync(copied).size).toBe(statSync(join(OFFICE_JS_DIST, file)).size);
    }
    expect(readFileSync(join(out, 'office-js', 'office.js')).equals(readFileSync(join(OFFICE_JS_DIST, 'office.js')))).toBe(true);
  });

  it('ships the Excel script office.js asks for on every platform it knows, minified and debug', () => {
    const officeDebug = readFileSync(join(OFFICE_JS_DIST, 'office.debug.js'), 'utf8');
    const excelMap = /"excel"\s*:\s*\{([^}]*)\}/.exec(officeDebug)?.[1] ?? '';
    const platforms = [...excelMap.matchAll(/"(\w+)"\s*:\s*"([\d.]+)"/g)].map((m) => `excel-${m[1]}-${m[2]}`);
    expect(platforms).toEqual(expect.arrayContaining(['excel-win32-16.01', 'excel-web-16.00', 'excel-mac-16.00']));
    for (const name of platforms) {
      for (const suffix of ['.js', '.debug.js']) expect(existsSync(join(out, 'office-js', `${name}${suffix}`))).toBe(true);
    }
  });

  it('ships office.js\'s strings in English (its fallback) and Chinese', () => {
    for (const locale of ['en-us', 'zh-cn', 'zh-tw']) {
      expect(existsSync(join(out, 'office-js', locale, 'office_strings.js'))).toBe(true);
    }
  });

  it('leaves out office.js\'s telemetry scripts', () => {
    expect(existsSync(join(out, 'office-js', 'telemetry'))).toBe(false);
    expect(existsSync(join(out, 'office-js', 'ariatelemetry'))).toBe(false);
  });

  it('copies the manifest and the icons beside the page', () => {
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toContain('https://localhost:3000/taskpane.html');
    for (const icon of ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png', 'logo-filled.png']) {
      expect(existsSync(join(out, 'assets', icon))).toBe(true);
    }
  });
});
