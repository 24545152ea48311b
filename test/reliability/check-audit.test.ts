/**
 * scripts/check-audit.js reads `npm audit --omit=dev --json` (npm 7+ format): a high or critical
 * advisory fails the check unless docs/security.md explains it under "Advisories that do not
 * apply"; a missing report (offline, a mirror refusing the endpoint) is told apart from a clean one.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface Advisory {
  readonly package: string;
  readonly id: string;
  readonly severity: string;
}

interface AuditSummary {
  readonly reachable: boolean;
  readonly why: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly blocking: readonly Advisory[];
  readonly explained: readonly Advisory[];
}

interface CheckAudit {
  readExplainedAdvisories(markdown: string): Set<string>;
  summarizeAudit(report: unknown, explained: ReadonlySet<string>): AuditSummary;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const audit = require(path.join(__dirname, '..', '..', 'scripts', 'check-audit.js')) as CheckAudit;

const REPORT = {
  auditReportVersion: 2,
  vulnerabilities: {
    tmp: {
      name: 'tmp',
      severity: 'high',
      via: [{ source: 1, name: 'tmp', title: 'tmp allows arbitrary file write via symbolic link', url: 'https://github.com/advisories/GHSA-52f5-9888-hmc6', severity: 'high', range: '<=0.2.3' }],
    },
    exceljs: { name: 'exceljs', severity: 'high', via: ['tmp'] },
    uuid: {
      name: 'uuid',
      severity: 'moderate',
      via: [{ source: 2, name: 'uuid', title: 'Missing buffer bounds check', url: 'https://github.com/advisories/GHSA-w5hq-g745-h8pq', severity: 'moderate', range: '<11.1.1' }],
    },
  },
  metadata: { vulnerabilities: { moderate: 1, high: 2, critical: 0 } },
};

describe('the dependency audit check', () => {
  it('fails on a high advisory of a production dependency and names it, ignoring moderate ones', () => {
    const summary = audit.summarizeAudit(REPORT, new Set());
    expect(summary.reachable).toBe(true);
    expect(summary.blocking.map((a) => [a.package, a.id])).toEqual([['tmp', 'GHSA-52f5-9888-hmc6']]);
    expect(summary.counts).toMatchObject({ high: 2, moderate: 1, critical: 0 });
  });

  it('accepts a high advisory that docs/security.md explains under "Advisories that do not apply"', () => {
    const doc = ['# Security', '## Audit', '### Advisories that do not apply', '- GHSA-52f5-9888-hmc6: tmp is used only when …', '## Other', '- GHSA-w5hq-g745-h8pq mentioned elsewhere'].join('\n');
    const explained = audit.readExplainedAdvisories(doc);
    expect([...explained]).toEqual(['GHSA-52f5-9888-hmc6']);
    const summary = audit.summarizeAudit(REPORT, explained);
    expect(summary.blocking).toEqual([]);
    expect(summary.explained.map((a) => a.id)).toEqual(['GHSA-52f5-9888-hmc6']);
  });

  it('tells a report it could not get from a clean one', () => {
    const refused = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 };
    expect(audit.summarizeAudit(refused, new Set())).toMatchObject({ reachable: false, why: refused.message });
    expect(audit.summarizeAudit(undefined, new Set()).reachable).toBe(false);
    expect(audit.summarizeAudit({ vulnerabilities: {} }, new Set())).toMatchObject({ reachable: true, blocking: [] });
  });

  it('reads the advisories the project\'s own docs/security.md explains (none of them malformed)', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    for (const id of audit.readExplainedAdvisories(doc)) expect(id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
    expect(doc).toContain('scripts/check-audit.js');
  });
});
