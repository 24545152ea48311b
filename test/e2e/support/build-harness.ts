/**
 * Builds the browser-test page (webpack.e2e.config.js) once before the suite, unless
 * REGISTER_DESK_E2E_PREBUILT=1 says `npm run build:e2e` already did.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';

export const ROOT = join(__dirname, '..', '..', '..');

interface E2eConfigModule {
  (): webpack.Configuration;
  readonly OUTPUT_DIR: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configModule = require(join(ROOT, 'webpack.e2e.config.js')) as E2eConfigModule;

/** Where the harness page is built. */
export const HARNESS_DIR = configModule.OUTPUT_DIR;

/** @example await buildHarness(); // build/e2e/index.html exists */
export function buildHarness(): Promise<void> {
  if (process.env.REGISTER_DESK_E2E_PREBUILT === '1' && existsSync(join(HARNESS_DIR, 'index.html'))) return Promise.resolve();
  return new Promise((resolve, reject) => {
    webpack(configModule(), (error, stats) => {
      if (error) reject(error);
      else if (!stats) reject(new Error('webpack returned no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}
