/**
 * `register-desk web [--port N] [--dir FOLDER]`: serves the local web page (dist/web) to this
 * computer only, for browsers or policies that will not run a page opened from disk. Bound to
 * 127.0.0.1; answers only requests addressed to 127.0.0.1 or localhost (a page elsewhere cannot
 * reach it through a DNS name that points here); GET and HEAD of the page's own files, nothing else.
 * The page itself never sends the workbook anywhere: this server only hands out the page.
 */
import { promises as fs, existsSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { CliFailure, toFailure } from '../failure';
import type { Output } from '../options';

/** The port a clerk can bookmark; when it is taken, any free port is used and named. */
export const DEFAULT_WEB_PORT = 51730;
const LOOPBACK = '127.0.0.1';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The page's own policy is in its <meta>; framing can only be refused from a header.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * dist/web of this installation: found above this file, whether run from src or build/node.
 * @example findWebDir() // '/opt/register-desk/dist/web'
 */
export function findWebDir(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'web');
    if (path.dirname(dir) === dir) return path.resolve('dist', 'web');
  }
}

/** The file a request path names inside `root`, or null when it names nothing there. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) && !relative.includes('\0') ? file : null;
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

async function answer(root: string, port: number, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void => {
    res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (!isLocalHost(req.headers.host, port)) return send(421, 'This server answers only http://127.0.0.1 and http://localhost.');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Only GET and HEAD.');
  const file = resolveInside(root, req.url ?? '/');
  const type = file ? TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !type) return send(404, 'Not found.');
  try {
    send(200, await fs.readFile(file), type);
  } catch {
    send(404, 'Not found.');
  }
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Serves `root` on 127.0.0.1; `port` 0 takes any free port.
 * @example const server = await startWebServer({ root: 'dist/web', port: 0 }); server.url // 'http://127.0.0.1:40123/'
 */
export async function startWebServer(options: { readonly root: string; readonly port: number }): Promise<WebServer> {
  const root = path.resolve(options.root);
  let port = 0;
  const server = http.createServer((req, res) => void answer(root, port, req, res));
  port = await listen(server, options.port);
  return {
    url: `http://${LOOPBACK}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WEB_PORT;
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliFailure('--port', `端口“${text}”不对，请写 0 到 65535 之间的整数，例如 ${DEFAULT_WEB_PORT}（0 表示任选一个空闲端口）`, '--port must be an integer from 0 to 65535 (0: any free port)', undefined, 'badOption');
  }
  return port;
}

async function startOnFreePort(root: string, wanted: number, fixed: boolean): Promise<WebServer> {
  try {
    return await startWebServer({ root, port: wanted });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    if (fixed) throw new CliFailure('--port', `端口 ${wanted} 已被其他程序占用，请换一个端口`, `port ${wanted} is in use; choose another`, undefined, 'badOption');
    return startWebServer({ root, port: 0 });
  }
}

/**
 * Runs until the process is asked to stop (Ctrl+C), or until `stop` settles; resolves to the exit code.
 * @example await runWeb({ port: '51730' }, consoleOutput) // 0 after Ctrl+C
 */
export async function runWeb(options: { readonly port?: string; readonly dir?: string }, out: Output, stop?: Promise<void>): Promise<number> {
  try {
    const root = path.resolve(options.dir ?? findWebDir());
    if (!existsSync(path.join(root, 'index.html'))) {
      throw new CliFailure(root, '这里没有台账助手网页（index.html）：请先运行 npm run build:web，或用 --dir 指定网页所在的文件夹', 'no index.html here: run `npm run build:web` first, or name the folder with --dir', undefined, 'notFound');
    }
    const server = await startOnFreePort(root, parsePort(options.port), options.port !== undefined);
    out.log(`台账助手网页版已启动：请用 Edge、Chrome 或 360 安全浏览器打开 ${server.url}`);
    out.log('只有本机能访问；工作簿只在浏览器里处理，不会发送到这个程序或任何地方。按 Ctrl+C 结束。');
    await (stop ?? untilInterrupted());
    await server.close();
    return 0;
  } catch (e) {
    const failure = toFailure('register-desk web', e);
    out.error(failure.describe());
    return failure.code === 'badOption' ? 64 : 2;
  }
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
