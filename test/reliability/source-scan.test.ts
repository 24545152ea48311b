/**
 * What the source itself promises (docs/security.md): register text reaches the page only through
 * React's escaping (no raw HTML sinks), no code is built from strings, nothing in src can reach
 * out over a network (no fetch, XHR, sockets, beacons, outgoing requests), the only server is the
 * command line's page server bound to this computer (127.0.0.1), and the only web addresses are
 * XML namespace names and that loopback address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(full);
    return /\.(ts|tsx|js|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Comments say why; only code counts. Strips block and line comments (keeping line numbers). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const sources = listSources(SRC).map((file) => ({ file: path.relative(SRC, file), code: stripComments(readFileSync(file, 'utf8')) }));

function findUses(pattern: RegExp): string[] {
  return sources.flatMap(({ file, code }) =>
    code.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const NAMESPACE_HOSTS = ['schemas.openxmlformats.org', 'schemas.microsoft.com', 'www.w3.org', 'purl.oclc.org', 'purl.org'];

describe('the source of the add-in', () => {
  it('has files to scan (the scan itself works)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(findUses(/export function parseDate/)).toHaveLength(1);
  });

  it('never hands text to the page as HTML: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(findUses(/dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/)).toEqual([]);
  });

  it('never builds code from strings: no eval, new Function, or string timers', () => {
    expect(findUses(/\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('has no way to reach out over a network: no fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, outgoing request or connection', () => {
    const client = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\bhttps?\.(request|get)\s*\(|\bnet\.(connect|createConnection)\s*\(|node:(https|tls|dgram|http2)\b|require\(\s*['"](https|tls|dgram|http2)['"]/;
    expect(findUses(client)).toEqual([]);
  });

  it('serves nothing but from the command line, and only on 127.0.0.1', () => {
    const servers = findUses(/from\s+['"]node:(http|net)['"]|require\(\s*['"](node:)?(http|net)['"]\s*\)/);
    expect(servers.filter((use) => !use.startsWith(`cli${path.sep}`))).toEqual([]);
    const serving = new Set(servers.map((use) => use.split(':')[0]));
    const listens = findUses(/\.listen\s*\(/).filter((use) => serving.has(use.split(':')[0]));
    expect(listens.filter((use) => !/\.listen\s*\(\s*\w+\s*,\s*(LOOPBACK|'127\.0\.0\.1')/.test(use))).toEqual([]);
    for (const file of serving) expect(sources.find((s) => s.file === file)?.code).toMatch(/const LOOPBACK = '127\.0\.0\.1'/);
  });

  it('names no web address other than XML namespaces and this computer', () => {
    const urls = sources.flatMap(({ file, code }) => [...code.matchAll(/\b(?:https?|wss?|ftp):\/\/([^/\s'"`)]+)/g)].map((m) => ({ file, host: m[1] })));
    const local = (host: string): boolean => /^(127\.0\.0\.1|localhost|\$\{LOOPBACK\})(:|\.|$)/.test(host);
    expect(urls.filter((u) => !NAMESPACE_HOSTS.includes(u.host) && !local(u.host)).map((u) => `${u.file}: ${u.host}`)).toEqual([]);
  });
});
