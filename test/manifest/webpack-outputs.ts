/**
 * The files a production build writes, read from webpack.config.js without building: the HTML
 * pages of HtmlWebpackPlugin and the files CopyWebpackPlugin copies. Keeps `npm test` fast while
 * still tying every manifest URL to something the build really produces.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

interface CopyPattern {
  readonly from: string;
  readonly to: string;
}

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => { plugins: unknown[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function loadWebpackConfig(env: Record<string, unknown> = {}): { plugins: unknown[] } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(ROOT, 'webpack.config.js')) as ConfigFactory;
  return factory(env, { mode: 'production' });
}

function pluginsNamed(config: { plugins: unknown[] }, name: string): Record<string, unknown>[] {
  return config.plugins.filter((p): p is Record<string, unknown> => isRecord(p) && p.constructor.name === name);
}

export function listHtmlOutputs(config: { plugins: unknown[] }): string[] {
  return pluginsNamed(config, 'HtmlWebpackPlugin').map((plugin) => {
    const options = plugin.userOptions;
    if (!isRecord(options) || typeof options.filename !== 'string') throw new Error('HtmlWebpackPlugin without a filename');
    return options.filename;
  });
}

function readCopyPatterns(config: { plugins: unknown[] }): CopyPattern[] {
  return pluginsNamed(config, 'CopyPlugin').flatMap((plugin) => {
    const patterns = plugin.patterns;
    if (!Array.isArray(patterns)) throw new Error('CopyWebpackPlugin without patterns');
    return patterns.map((pattern: unknown) => {
      if (!isRecord(pattern) || typeof pattern.from !== 'string' || typeof pattern.to !== 'string') {
        throw new Error('Copy pattern without string from/to');
      }
      return { from: pattern.from, to: pattern.to };
    });
  });
}

function fillTo(to: string, file: string): string {
  const ext = extname(file);
  return to.replace('[name]', basename(file, ext)).replace('[ext]', ext);
}

/** Output paths (relative to dist/) of every copied file; globs only in the file name part. */
export function listCopiedOutputs(config: { plugins: unknown[] }): string[] {
  return readCopyPatterns(config).flatMap(({ from, to }) => {
    if (!from.includes('*')) return [fillTo(to, from)];
    const directory = dirname(from);
    const matcher = new RegExp(`^${basename(from).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
    return readdirSync(join(ROOT, directory))
      .filter((name) => matcher.test(name))
      .map((name) => fillTo(to, name));
  });
}
