import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { findWebDir, runWeb, startWebServer, type WebServer } from '../../src/cli/commands/web';

let root: string;
let server: WebServer;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-web-server-'));
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>台账助手</title>');
  await fs.writeFile(path.join(root, 'secret.txt'), 'not served');
  await fs.writeFile(path.join(os.tmpdir(), 'rd-outside.html'), 'outside');
  server = await startWebServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await fs.rm(root, { recursive: true, force: true });
});

/** A raw request, so the Host header and the path reach the server exactly as written. */
function request(pathname: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, path: pathname, method: options.method ?? 'GET', headers: { host: options.host ?? url.host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('register-desk web', () => {
  it('listens on 127.0.0.1 only and serves the page at the root', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('台账助手');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('answers localhost as well as the address', async () => {
    const port = new URL(server.url).port;
    expect((await request('/index.html', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a request addressed to another name that points here', async () => {
    const port = new URL(server.url).port;
    expect((await request('/', { host: `attacker.example:${port}` })).status).toBe(421);
  });

  it('serves nothing outside its folder and no file type it does not know', async () => {
    expect((await request('/../rd-outside.html')).status).toBe(404);
    expect((await request('/%2e%2e/rd-outside.html')).status).toBe(404);
    expect((await request('/secret.txt')).status).toBe(404);
    expect((await request('/missing.html')).status).toBe(404);
  });

  it('accepts nothing but reading', async () => {
    expect((await request('/', { method: 'POST' })).status).toBe(405);
    const head = await request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('says where to find the page and stops when asked', async () => {
    const lines: string[] = [];
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runWeb({ dir: root, port: '0' }, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, stopped);
    await new Promise((r) => setTimeout(r, 50));
    expect(lines[0]).toMatch(/^台账助手网页版已启动：请用 Edge、Chrome 或 360 安全浏览器打开 http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines[1]).toContain('只有本机能访问');
    stop();
    await expect(running).resolves.toBe(0);
  });

  it('tells the clerk to build the page when there is none', async () => {
    const errors: string[] = [];
    const code = await runWeb({ dir: os.tmpdir(), port: '0' }, { log: () => undefined, error: (l) => errors.push(l) }, Promise.resolve());
    expect(code).toBe(2);
    expect(errors.join('\n')).toContain('npm run build:web');
  });

  it('rejects a port that is not one, as a usage error', async () => {
    const errors: string[] = [];
    expect(await runWeb({ dir: root, port: '80a' }, { log: () => undefined, error: (l) => errors.push(l) }, Promise.resolve())).toBe(64);
    expect(errors[0]).toContain('端口“80a”不对');
  });

  it('finds dist/web of the installation it runs from', () => {
    expect(findWebDir(path.join(__dirname, '..', '..', 'src', 'cli', 'commands'))).toBe(path.join(__dirname, '..', '..', 'dist', 'web'));
  });
});
