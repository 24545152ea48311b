/**
 * The built page for browser tests: webpack.web.config.js run once into a folder keyed by the
 * page's inputs (sources, config, template, logo), so test files share one build and a change
 * anywhere in src/ builds again. Two test workers building at once both finish; one folder wins.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..', '..');

interface WebConfigModule {
  (env: Record<string, unknown>, argv: Record<string, unknown>): webpack.Configuration;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return nested.flat();
}

async function inputsKey(): Promise<string> {
  const files = [...(await listFiles(path.join(ROOT, 'src'))), path.join(ROOT, 'webpack.web.config.js'), path.join(ROOT, 'assets', 'logo-filled.png')].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = statSync(file);
    hash.update(`${path.relative(ROOT, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

function runWebpack(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'no stats'));
      else resolve();
    });
  });
}

/** The folder holding index.html (and bundle-stats.json) of a production build of the page. */
export async function buildWebPage(): Promise<string> {
  const folder = path.join(os.tmpdir(), 'register-desk-web-build', await inputsKey());
  if (existsSync(path.join(folder, 'index.html'))) return folder;
  const scratch = `${folder}.${process.pid}.tmp`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const create = require(path.join(ROOT, 'webpack.web.config.js')) as WebConfigModule;
  const config = create({}, { mode: 'production' });
  await runWebpack({ ...config, output: { ...config.output, path: scratch } });
  await fs.rename(scratch, folder).catch(async () => fs.rm(scratch, { recursive: true, force: true }));
  await pruneOldBuilds(path.dirname(folder));
  return folder;
}

/** Builds of sources long since changed: a test started an hour ago has finished with them. */
async function pruneOldBuilds(parent: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await fs.readdir(parent)) {
    const dir = path.join(parent, name);
    if (statSync(dir).mtimeMs < hourAgo) await fs.rm(dir, { recursive: true, force: true });
  }
}
