/**
 * The stable codes of every validation rule. A code is a public contract: the command line's JSON,
 * docs/rules.md and the settings' list of switched-off rules all name rules by it, so codes are
 * added, never renamed.
 */
export const RULE_CODES = [
  'completeness.required',
  'completeness.column-missing',
  'date.unreadable',
  'date.as-text',
  'date.out-of-range',
  'date.completed-before-start',
  'date.completed-in-future',
  'date.deadline-before-start',
  'result.done-without-date',
  'result.open-with-date',
  'doc-number.brackets',
  'doc-number.two-digit-year',
  'doc-number.leading-zero',
  'doc-number.ordinal',
  'doc-number.missing-hao',
  'doc-number.full-width-digits',
  'doc-number.malformed',
  'doc-number.year-mismatch',
  'doc-number.gap',
  'doc-number.duplicate',
  'value.full-width-digits',
  'classification.invalid',
  'urgency.invalid',
  'handler.unknown',
  'duplicate.serial',
  'duplicate.document',
  'classified.copy-number',
  'classified.not-returned',
  'cross.supervision-missing',
  'cross.off-register',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(RULE_CODES);

/**
 * Narrows a string read from settings or a command line to a rule code.
 * @example isRuleCode('doc-number.brackets') // true
 */
export function isRuleCode(text: string): text is RuleCode {
  return CODE_SET.has(text);
}
