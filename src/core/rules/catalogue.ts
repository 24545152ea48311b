/**
 * The catalogue of validation rules: code → family, severity, titles, description and an example.
 * docs/rules.md mirrors it (a test keeps the two in step).
 */
import { DOC_NUMBER_RULES } from './catalogue/doc-number-rules';
import { RECORD_RULES } from './catalogue/record-rules';
import type { RuleInfo } from './catalogue/rule-info';
import { VALUE_RULES } from './catalogue/value-rules';
import type { RuleCode } from './rule-codes';

export type { RuleFamily, RuleInfo } from './catalogue/rule-info';

export const RULES: Readonly<Record<RuleCode, RuleInfo>> = {
  ...RECORD_RULES,
  ...DOC_NUMBER_RULES,
  ...VALUE_RULES,
};
