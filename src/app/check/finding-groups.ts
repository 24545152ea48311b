/**
 * Findings grouped by rule, the way a clerk works through them ("文号括号不规范：D4、D33"), and
 * as the plain Chinese lines the command line prints.
 */
import { cellAddress } from '../../core/layout/address';
import { RULES } from '../../core/rules/catalogue';
import type { Finding } from '../../core/rules/finding';
import { RULE_CODES, type RuleCode } from '../../core/rules/rule-codes';

export interface FindingGroup {
  readonly rule: RuleCode;
  readonly findings: readonly Finding[];
}

/** Messages shown per rule before the rest are only counted. */
const MESSAGES_SHOWN = 5;
/** Cell names listed per rule before the rest are only counted. */
const CELLS_SHOWN = 40;

/**
 * Groups in the catalogue's order of rules, findings in sheet order within each.
 * @example groupByRule(findings).map((g) => [g.rule, g.findings.length]) // [['completeness.required', 3], …]
 */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<RuleCode, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return RULE_CODES.filter((code) => groups.has(code)).map((rule) => ({ rule, findings: groups.get(rule) as Finding[] }));
}

/**
 * The cell a finding names ("D17"), or "第17行" / "整表" when it names none.
 * @example nameFindingCell(finding) // 'D17'
 */
export function nameFindingCell(f: Finding): string {
  if (f.at) return cellAddress(f.at.row, f.at.col);
  return f.row === null ? '整表' : `第${f.row}行`;
}

function listCells(findings: readonly Finding[]): string {
  const names = [...new Set(findings.map(nameFindingCell))];
  const shown = names.slice(0, CELLS_SHOWN).join('、');
  return names.length > CELLS_SHOWN ? `${shown} 等 ${names.length} 处` : shown;
}

/**
 * Lines for one sheet's findings: a head line per rule (severity, code, title, count, cells),
 * then the first few messages with what to do.
 * @example describeGroups(findings)[0] // '[错误] doc-number.brackets 文号括号不规范（1 处，可一键修正）：D4'
 */
export function describeGroups(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  for (const { rule, findings: list } of groupByRule(findings)) {
    const info = RULES[rule];
    const tag = info.severity === 'error' ? '错误' : '提醒';
    const fixable = info.fixable ? '，可一键修正' : '';
    lines.push(`[${tag}] ${rule} ${info.title.zh}（${list.length} 处${fixable}）：${listCells(list)}`);
    for (const f of list.slice(0, MESSAGES_SHOWN)) lines.push(`    ${f.message.zh}。${f.fix.zh}`);
    if (list.length > MESSAGES_SHOWN) lines.push(`    ……另有 ${list.length - MESSAGES_SHOWN} 处，用 --json 查看全部`);
  }
  return lines;
}
