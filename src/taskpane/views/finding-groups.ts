/**
 * Findings as the validation panel lists them: grouped by rule, errors first, the largest groups
 * first, each with its catalogue entry (title, whether a safe fix exists) and the cell a click
 * selects.
 */
import type { WorkbookCheck } from '../../app/check/check-workbook-findings';
import { RULES, type RuleInfo } from '../../core/rules/catalogue';
import type { Finding } from '../../core/rules/finding';
import { RULE_CODES, type RuleCode } from '../../core/rules/rule-codes';
import type { CellRef } from '../../core/types';

export interface FindingGroup {
  readonly rule: RuleCode;
  readonly info: RuleInfo;
  readonly findings: readonly Finding[];
}

/**
 * @example groupFindingsByRule(check)[0] // { rule: 'completeness.required', info: { title: { zh: '必填项为空', … } }, findings: [6 findings] }
 */
export function groupFindingsByRule(check: WorkbookCheck): FindingGroup[] {
  const byRule = new Map<RuleCode, Finding[]>();
  for (const { findings } of check.sheets) {
    for (const f of findings) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
  }
  const order = (rule: RuleCode): number => RULE_CODES.indexOf(rule);
  return [...byRule.entries()]
    .map(([rule, findings]) => ({ rule, info: RULES[rule], findings }))
    .sort((a, b) => (a.info.severity === b.info.severity ? 0 : a.info.severity === 'error' ? -1 : 1) || b.findings.length - a.findings.length || order(a.rule) - order(b.rule));
}

/**
 * The cell a finding is about, or its row's first register column, or null for a whole register.
 * @example cellOfFinding({ sheet: '收文', row: 7, at: { sheet: '收文', row: 7, col: 3 }, … }) // { sheet: '收文', row: 7, col: 3 }
 */
export function cellOfFinding(finding: Finding, firstCol = 0): CellRef | null {
  if (finding.at) return finding.at;
  return finding.row === null ? null : { sheet: finding.sheet, row: finding.row, col: firstCol };
}

/** The fixable rules among the groups, in their order. */
export function listFixableRules(groups: readonly FindingGroup[]): RuleCode[] {
  return groups.filter((g) => g.info.fixable).map((g) => g.rule);
}
