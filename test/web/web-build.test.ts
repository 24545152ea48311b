/**
 * The built page (webpack.web.config.js, production) is one self-contained file a clerk can
 * open from disk: both scripts inline and admitted by hash, no other file or origin named, and
 * a policy under which the page can make no connection at all.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ENGINE_SCRIPT_ID } from '../../src/web/engine/engine-global';
import { buildWebPage } from './support/web-build';

jest.setTimeout(300_000);

interface WebConfigModule {
  escapeForScriptElement(js: string): string;
  renderPage(template: string, engine: string, page: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.web.config.js') as WebConfigModule;

let dir: string;
let html: string;

beforeAll(async () => {
  dir = await buildWebPage();
  html = await fs.readFile(path.join(dir, 'index.html'), 'utf8');
});

function policy(): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

function inlineScripts(): { id: string | null; text: string }[] {
  return [...html.matchAll(/<script(?: id="([^"]+)")?>([\s\S]*?)<\/script>/g)].map((m) => ({ id: m[1] ?? null, text: m[2] }));
}

const hashOf = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the built web page', () => {
  it('is one HTML file (and a size report), nothing else to carry', async () => {
    expect((await fs.readdir(dir)).sort()).toEqual(['bundle-stats.json', 'index.html']);
  });

  it('holds the engine and the page as two inline scripts, the engine first and under its id', () => {
    const scripts = inlineScripts();
    expect(scripts.map((s) => s.id)).toEqual([ENGINE_SCRIPT_ID, null]);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it('admits exactly those two scripts by their hashes, and nothing inline or evaluated besides', () => {
    const csp = policy();
    expect(csp.get('script-src')).toEqual(inlineScripts().map((s) => hashOf(s.text)));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('allows no connection, font, object or form, and workers and images only from the page itself', () => {
    const csp = policy();
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('font-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('worker-src')).toEqual(['blob:']);
    expect(csp.get('img-src')).toEqual(['data:', 'blob:']);
  });

  it('names no other file or origin in its markup, and carries the logo inside', () => {
    const markup = html.replace(/<script(?: id="[^"]+")?>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/\b(src|href)=/);
    expect(markup).not.toMatch(/<link\b/);
    expect(html).not.toContain('assets/logo-filled.png');
    expect(inlineScripts()[1].text).toContain('data:image/png;base64,');
  });

  it('keeps the engine free of the page’s interface code, so the worker starts small', () => {
    const [engine, page] = inlineScripts().map((s) => s.text);
    expect(page).toMatch(/react/i);
    expect(engine).not.toMatch(/react\.element|__reactContainer|FluentProvider/i);
    expect(engine.length).toBeLessThan(page.length / 2);
  });

  it('reports the sizes the bench reads, matching the file', async () => {
    const stats = JSON.parse(await fs.readFile(path.join(dir, 'bundle-stats.json'), 'utf8')) as Record<string, { bytes: number; gzip: number }>;
    expect(stats.html.bytes).toBe(Buffer.byteLength(html, 'utf8'));
    for (const part of ['html', 'engine', 'page']) expect(stats[part].gzip).toBeLessThan(stats[part].bytes);
  });
});

describe('inlining a script', () => {
  it('keeps "</script" inside a script from ending the element', () => {
    expect(config.escapeForScriptElement('a="</script><script>x";b="<!--"')).toBe('a="<\\/script><script>x";b="<\\!--"');
  });

  it('puts the scripts in the template exactly as given, even "$&" in them', () => {
    const page = config.renderPage('<meta content="%CONTENT_SECURITY_POLICY%"><script>%ENGINE_SCRIPT%</script><script>%PAGE_SCRIPT%</script>', 'x.replace(/a/,"$&$&")', 'y()');
    expect(page).toContain('<script>x.replace(/a/,"$&$&")</script><script>y()</script>');
    expect(page).toContain(`script-src ${hashOf('x.replace(/a/,"$&$&")')} ${hashOf('y()')}`);
  });
});
