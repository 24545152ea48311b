/** The validation rules: entry points, the catalogue, settings, document numbers and safe fixes. */
export { checkRegister, type CheckOptions, type RecordDeadline } from './check-register';
export { checkWorkbook, checkAcrossRegisters, type WorkbookCheckOptions } from './check-workbook';
export { RULES, type RuleFamily, type RuleInfo } from './catalogue';
export { RULE_CODES, isRuleCode, type RuleCode } from './rule-codes';
export type { Finding, FindingSeverity, FixProposal, FixValue } from './finding';
export {
  DEFAULT_RULE_SETTINGS,
  RULE_SETTINGS_SECTION,
  type RequiredFields,
  type RuleSettings,
} from './settings/rule-settings';
export { readRuleSettings } from './settings/read-rule-settings';
export { parseDocNumber, docNumberKey, type DocNumber, type DocNumberFlaw } from './doc-number/parse-doc-number';
export { fixDocNumber, type DocNumberFix } from './doc-number/fix-doc-number';
export { proposeFixes, FIXABLE_CODES } from './fixes/propose-fixes';
