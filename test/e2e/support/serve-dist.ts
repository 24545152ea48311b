/**
 * A static file server for the built add-in on 127.0.0.1 (a free port), the way an office's own
 * intranet server would serve it: files under one folder, nothing else, every request recorded.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};

export interface DistServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  /** Paths asked for, in order (with their query). */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

/** @example const server = await serveFolder(distDir); await page.goto(`${server.origin}/taskpane.html`) */
export async function serveFolder(root: string): Promise<DistServer> {
  const requested: string[] = [];
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requested.push(url.pathname + url.search);
    const file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    // Only files under the folder: a name that climbs out of it is not served.
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file).then(
      (stat) => {
        if (!stat.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': stat.size });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    ).catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
