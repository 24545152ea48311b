/**
 * Matching a record's urgency or category against the default rules of its register kind.
 * Values are folded once per rule set, so each record costs one lookup per rule field.
 */
import { readCellText } from '../text/cell-text';
import { normalizeValue } from '../text/normalize';
import type { CellValue, RegisterRecord } from '../types';
import type { DefaultRule } from './deadline-settings';
import { memoizeByText } from './memo-by-text';

export interface RuleMatch {
  readonly rule: DefaultRule;
  /** `urgency:特急`, `category:急办件`: which rule applied, for the derivation. */
  readonly id: string;
}

export type RuleMatcher = (record: RegisterRecord) => RuleMatch | null;

/**
 * "特急件 " → 特急, "急 办 件" → 急办: half-width, simplified, no spaces, a trailing 件 dropped.
 * @example foldRuleValue(' 特急件') // '特急'
 */
export function foldRuleValue(value: CellValue | undefined): string {
  const text = readCellText(value);
  return normalizeValue(text).replace(/\s+/g, '').replace(/件$/, '');
}

/**
 * Compiles rules into a matcher: the first rule (in the settings' order) whose field holds one of
 * its values wins.
 * @example compileRules([{ field: 'urgency', values: ['特急'], period: { amount: 1, unit: 'workingDays' } }])
 *   ({ row: 5, values: { urgency: '特急件' }, dates: {}, problems: [] })?.id // 'urgency:特急'
 */
export function compileRules(rules: readonly DefaultRule[]): RuleMatcher {
  const folded = rules.map((rule) => ({ rule, values: new Map(rule.values.map((v) => [foldRuleValue(v), v])) }));
  const fold = memoizeByText(foldRuleValue);
  return (record) => {
    const urgency = fold(record.values.urgency);
    const category = fold(record.values.category);
    for (const { rule, values } of folded) {
      const written = rule.field === 'urgency' ? urgency : category;
      const canonical = written === '' ? undefined : values.get(written);
      if (canonical !== undefined) return { rule, id: `${rule.field}:${canonical}` };
    }
    return null;
  };
}
