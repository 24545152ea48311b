/**
 * `register-desk validate FILE -o OUT [--replace] [--json]`: a copy whose registers carry data
 * validation — drop-down lists for 密级, 紧急程度 and 承办单位, dates on the date columns.
 * Existing values are left as they are. A column the clerk already validates is reported and
 * left alone unless `--replace` is given.
 */
import { formatDay } from '../../core/dates/day';
import { cellAddress } from '../../core/layout/address';
import { readRuleSettings } from '../../core/rules/settings/read-rule-settings';
import { RULE_SETTINGS_SECTION } from '../../core/rules/settings/rule-settings';
import type { Register } from '../../core/types';
import { scanWorkbook } from '../../app/scan-workbook';
import { installRegisterValidations, type RuleConflict, type SheetValidations } from '../../app/check/install-register-validations';
import type { RegisterValidation } from '../../app/check/plan-validations';
import { toFailure } from '../failure';
import type { Output } from '../options';
import { writeEditedCopy } from './check';

export interface ValidateOptions {
  readonly output: string;
  readonly replace?: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

function rangeOf(rule: RegisterValidation): string {
  return `${cellAddress(rule.fromRow, rule.col)}:${cellAddress(rule.toRow, rule.col)}`;
}

function describeRule(rule: RegisterValidation): string {
  const what = rule.type === 'date' && rule.between ? `只能填 ${formatDay(rule.between[0])} 至 ${formatDay(rule.between[1])} 的日期` : `下拉列表（${(rule.values ?? []).join('、')}）`;
  return `${rule.errorTitle.replace(/(填写有误|不是日期)$/, '')} ${rangeOf(rule)} ${what}`;
}

function describeConflict(c: RuleConflict): string {
  const theirs = c.existing.map((e) => `${e.ref}，${e.type}`).join('；');
  return `${c.rule.errorTitle.replace(/(填写有误|不是日期)$/, '')} ${rangeOf(c.rule)}：该列已有您自己设置的数据验证（${theirs}）`;
}

function printResults(output: string, results: readonly SheetValidations[], out: Output): void {
  out.log(`已写出加了数据验证的副本：${output}（已有内容未改动，原文件未改动）`);
  if (results.length === 0) out.log('  没有找到登记簿，未设置数据验证。');
  for (const r of results) {
    for (const rule of r.installed) out.log(`  「${r.sheet}」${describeRule(rule)}`);
    for (const c of r.replaced) out.log(`  「${r.sheet}」已替换 ${describeConflict(c)}`);
    for (const c of r.conflicts) out.log(`  「${r.sheet}」未设置 ${describeConflict(c)}；如要换成台账助手的规则，请加 --replace`);
    for (const n of r.notes) out.log(`  [注意] ${n.message.zh}`);
  }
}

function ruleJson(rule: RegisterValidation): Record<string, unknown> {
  return { field: rule.field, range: rangeOf(rule), type: rule.type, ...(rule.values ? { values: rule.values } : {}), ...(rule.between ? { between: rule.between.map(formatDay) } : {}) };
}

function resultsJson(file: string, output: string, results: readonly SheetValidations[]): string {
  const conflict = (c: RuleConflict): Record<string, unknown> => ({ ...ruleJson(c.rule), existing: c.existing.map((e) => ({ ref: e.ref, type: e.type })) });
  const sheets = results.map((r) => ({ sheet: r.sheet, installed: r.installed.map(ruleJson), replaced: r.replaced.map(conflict), conflicts: r.conflicts.map(conflict), notes: r.notes.map((n) => n.message.zh) }));
  return JSON.stringify({ file, output, sheets }, null, 2);
}

/**
 * @example await runValidate('收文.xlsx', { output: '收文-验证.xlsx' }, consoleOutput) // 0
 */
export async function runValidate(file: string, options: ValidateOptions, out: Output): Promise<number> {
  try {
    const results = await writeEditedCopy(file, options, async (host) => {
      const scan = await scanWorkbook(host);
      const registers = scan.sheets.map((s) => s.register).filter((r): r is Register => r !== null);
      const { settings } = readRuleSettings(scan.settings[RULE_SETTINGS_SECTION]);
      return installRegisterValidations(host, registers, settings, { replace: options.replace === true });
    });
    if (options.json) out.log(resultsJson(file, options.output, results));
    else printResults(options.output, results, out);
    return 0;
  } catch (e) {
    out.error(toFailure(file, e).describe());
    return 2;
  }
}
