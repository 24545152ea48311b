/**
 * `npm start` (scripts/start.js): sideload where Office tooling can, explain everywhere else, and
 * switch the tooling's usage data off before it runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Plan {
  readonly kind: 'sideload' | 'explain';
  readonly command?: string;
  readonly args?: readonly string[];
  readonly message?: string;
}

interface StartScript {
  planStart(machine: { platform: string; excelInstalled: boolean }): Plan;
  turnOffUsageData(homeDir: string): string;
  isExcelInstalled(platform?: string): boolean;
}

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require(join(ROOT, 'scripts', 'start.js')) as StartScript;

describe('planStart', () => {
  it.each(['win32', 'darwin'])('sideloads into desktop Excel on %s when Excel is installed', (platform) => {
    const plan = start.planStart({ platform, excelInstalled: true });
    expect(plan.kind).toBe('sideload');
    expect(plan.command).toBe(process.execPath);
    expect(plan.args?.slice(1)).toEqual(['start', 'manifest.xml', 'desktop', '--app', 'excel']);
    expect(existsSync(plan.args?.[0] ?? '')).toBe(true);
  });

  it.each([
    ['linux', true],
    ['linux', false],
    ['win32', false],
    ['darwin', false],
  ])('explains how to sideload by hand on %s (Excel installed: %s)', (platform, excelInstalled) => {
    expect(start.planStart({ platform, excelInstalled }).kind).toBe('explain');
  });

  it('explains in Chinese and in English, with the catalog route and the dev-server command', () => {
    const message = start.planStart({ platform: 'linux', excelInstalled: false }).message ?? '';
    for (const phrase of ['受信任的加载项目录', 'Trusted Add-in Catalogs', 'npm run dev-server', 'npm run build', 'docs/deployment.md']) {
      expect(message).toContain(phrase);
    }
  });

  it('knows there is no Excel to sideload into on Linux', () => {
    expect(start.isExcelInstalled('linux')).toBe(false);
  });
});

describe('turnOffUsageData', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'register-desk-home-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

  it('writes the level the Office add-in tools read, "off"', () => {
    const file = start.turnOffUsageData(home);
    expect(file).toBe(join(home, 'office-addin-usage-data.json'));
    expect(read(file)).toEqual({ usageDataInstances: { 'office-addin-usage-data': { usageDataLevel: 'off' } } });
  });

  it('keeps the other groups and settings already in the file', () => {
    const file = join(home, 'office-addin-usage-data.json');
    writeFileSync(
      file,
      JSON.stringify({
        usageDataInstances: {
          'office-addin-usage-data': { usageDataLevel: 'on', deviceID: 'abc' },
          'generator-office': { usageDataLevel: 'on' },
        },
      }),
    );
    start.turnOffUsageData(home);
    expect(read(file)).toEqual({
      usageDataInstances: {
        'office-addin-usage-data': { usageDataLevel: 'off', deviceID: 'abc' },
        'generator-office': { usageDataLevel: 'on' },
      },
    });
  });

  it('replaces a file it cannot read instead of failing', () => {
    const file = join(home, 'office-addin-usage-data.json');
    writeFileSync(file, 'undefined');
    start.turnOffUsageData(home);
    expect(read(file)).toEqual({ usageDataInstances: { 'office-addin-usage-data': { usageDataLevel: 'off' } } });
  });
});

describe('npm start on this machine', () => {
  it('prints the explanation and exits 0 when it cannot sideload here', () => {
    const plan = start.planStart({ platform: process.platform, excelInstalled: start.isExcelInstalled() });
    if (plan.kind === 'sideload') {
      // A machine with Excel would really launch it; the plan above is what it would run.
      expect(plan.args).toContain('manifest.xml');
      return;
    }
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.js')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run dev-server');
  });
});
