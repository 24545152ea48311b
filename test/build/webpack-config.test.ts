/** The build's options, read from webpack.config.js without building. */
import { join } from 'node:path';

interface HtmlOptions {
  readonly filename: string;
  readonly officeJsUrl: string;
  readonly contentSecurityPolicy: string;
}

interface ConfigModule {
  (env: Record<string, unknown>, argv: Record<string, unknown>): { plugins: unknown[]; devServer?: unknown };
  resolveOrigin(raw: string | undefined): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configModule = require(join(__dirname, '..', '..', 'webpack.config.js')) as ConfigModule;

function htmlOptions(env: Record<string, unknown>): HtmlOptions {
  const plugin = configModule(env, { mode: 'production' }).plugins.find(
    (p) => (p as { constructor: { name: string } }).constructor.name === 'HtmlWebpackPlugin',
  ) as { userOptions: HtmlOptions };
  return plugin.userOptions;
}

function copiedTargets(env: Record<string, unknown>): string[] {
  const plugin = configModule(env, { mode: 'production' }).plugins.find(
    (p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin',
  ) as { patterns: Array<{ to: string }> };
  return plugin.patterns.map((p) => p.to);
}

describe('resolveOrigin', () => {
  it('keeps the dev server when no origin is given', () => {
    expect(configModule.resolveOrigin(undefined)).toBe('https://localhost:3000/');
  });

  it('adds the trailing slash the manifest URLs are joined with', () => {
    expect(configModule.resolveOrigin('https://oa.example.gov.cn/register-desk')).toBe('https://oa.example.gov.cn/register-desk/');
    expect(configModule.resolveOrigin('https://oa.example.gov.cn')).toBe('https://oa.example.gov.cn/');
  });

  it('refuses plain http and things that are not URLs, since Office loads add-ins over https only', () => {
    expect(() => configModule.resolveOrigin('http://oa.example.gov.cn/')).toThrow(/https/);
    expect(() => configModule.resolveOrigin('oa.example.gov.cn')).toThrow(/https/);
  });
});

describe('the office.js option', () => {
  it('loads the local copy by default and allows no other script origin', () => {
    const options = htmlOptions({});
    expect(options.officeJsUrl).toBe('office-js/office.js');
    expect(options.contentSecurityPolicy).toContain("script-src 'self';");
    expect(copiedTargets({}).filter((to) => to.startsWith('office-js/')).length).toBeGreaterThan(10);
  });

  it('loads Microsoft\'s CDN when asked, admits only that host, and copies no office.js files', () => {
    const options = htmlOptions({ officeJs: 'cdn' });
    expect(options.officeJsUrl).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(options.contentSecurityPolicy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(copiedTargets({ officeJs: 'cdn' }).filter((to) => to.startsWith('office-js/'))).toEqual([]);
  });

  it('builds one page, taskpane.html, for the pane and the ribbon commands', () => {
    expect(htmlOptions({}).filename).toBe('taskpane.html');
  });

  it('configures a dev server only for webpack serve', () => {
    expect(configModule({}, { mode: 'production' }).devServer).toBeUndefined();
  });
});
