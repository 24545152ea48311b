import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../app/assess-workbook';
import { checkAssessment } from '../../app/check/check-workbook-findings';
import { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import type { Finding } from '../../core/rules/finding';
import { SAMPLE_NOW } from '../testing/sample-workbook';
import { cellOfFinding, groupFindingsByRule, listFixableRules } from './finding-groups';

const PLANTED = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules', 'planted-faults.xlsx');

async function checkPlanted() {
  const host = XlsxHost.open(new Uint8Array(readFileSync(PLANTED)));
  return checkAssessment(await assessWorkbook(host, { now: SAMPLE_NOW }));
}

describe('groupFindingsByRule', () => {
  it('groups every finding under its rule, errors before warnings, larger groups first', async () => {
    const check = await checkPlanted();
    const groups = groupFindingsByRule(check);
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(check.counts.error + check.counts.warning);
    expect(groups[0]).toMatchObject({ rule: 'completeness.required', info: { severity: 'error' } });
    const severities = groups.map((g) => g.info.severity);
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
    for (let i = 1; i < groups.length; i++) {
      if (groups[i].info.severity === groups[i - 1].info.severity) expect(groups[i].findings.length).toBeLessThanOrEqual(groups[i - 1].findings.length);
    }
  });

  it('lists the rules that have a safe fix', async () => {
    const fixable = listFixableRules(groupFindingsByRule(await checkPlanted()));
    expect(fixable).toEqual(expect.arrayContaining(['doc-number.brackets', 'urgency.invalid', 'classification.invalid', 'date.as-text']));
    expect(fixable).not.toContain('completeness.required');
  });
});

describe('cellOfFinding', () => {
  const base = { code: 'completeness.column-missing', rule: 'completeness.column-missing', severity: 'warning', sheet: '收文', message: { zh: '', en: '' }, fix: { zh: '', en: '' } } as const;

  it('takes the finding’s cell, else its row at the first column, else none for a whole register', () => {
    expect(cellOfFinding({ ...base, row: 7, at: { sheet: '收文', row: 7, col: 3 } } as Finding)).toEqual({ sheet: '收文', row: 7, col: 3 });
    expect(cellOfFinding({ ...base, row: 7 } as Finding, 2)).toEqual({ sheet: '收文', row: 7, col: 2 });
    expect(cellOfFinding({ ...base, row: null } as Finding)).toBeNull();
  });
});
