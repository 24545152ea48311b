/**
 * Safe fixes, the pure half: what each chosen finding's cell should become. Only unambiguous
 * rewrites are proposed (a two-digit year only when the row's date confirms it, a text date only
 * when it names its own year, a synonym only from the settings' table); a host shows them to the
 * clerk and applies them only to cells that still hold `before`.
 */
import { sameDay } from '../../dates/day';
import type { CellRef, CellValue, FieldName, Register, RegisterRecord } from '../../types';
import { readStandaloneDay } from '../dates/check-text-dates';
import { findRowYear } from '../doc-number/check-doc-number-form';
import { fixDocNumber, type DocNumberFix } from '../doc-number/fix-doc-number';
import { toAsciiDigits } from '../doc-number/scan-doc-number';
import type { Finding, FixProposal, FixValue } from '../finding';
import type { RuleCode } from '../rule-codes';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../settings/rule-settings';
import { foldKeys, foldValue } from '../values/fold-value';

const DOC_NUMBER_FIXES: Partial<Record<RuleCode, DocNumberFix>> = {
  'doc-number.brackets': 'brackets',
  'doc-number.two-digit-year': 'twoDigitYear',
  'doc-number.leading-zero': 'leadingZero',
  'doc-number.ordinal': 'ordinal',
  'doc-number.missing-hao': 'missingHao',
  'doc-number.full-width-digits': 'fullWidthDigits',
};

/** The codes proposeFixes can act on. */
export const FIXABLE_CODES: readonly RuleCode[] = [
  ...(Object.keys(DOC_NUMBER_FIXES) as RuleCode[]),
  'date.as-text',
  'value.full-width-digits',
  'urgency.invalid',
  'classification.invalid',
];

interface CellGroup {
  readonly cell: CellRef;
  readonly field: FieldName;
  readonly record: RegisterRecord;
  readonly rules: RuleCode[];
}

type Rewrite = { after: FixValue; rules: RuleCode[] } | null;

function rewriteDocNumber(group: CellGroup, before: CellValue): Rewrite {
  if (typeof before !== 'string') return null;
  const chosen = new Map<DocNumberFix, RuleCode>();
  for (const rule of group.rules) {
    const flaw = DOC_NUMBER_FIXES[rule];
    if (flaw) chosen.set(flaw, rule);
  }
  if (chosen.size === 0) return null;
  const fixed = fixDocNumber(before, new Set(chosen.keys()), findRowYear(group.record)?.year ?? null);
  if (!fixed || fixed.text === before) return null;
  return { after: fixed.text, rules: fixed.fixed.map((flaw) => chosen.get(flaw)).filter((r): r is RuleCode => !!r) };
}

function rewriteOther(group: CellGroup, before: CellValue, settings: RuleSettings): Rewrite {
  const rule = group.rules[0];
  if (rule === 'date.as-text') {
    const day = readStandaloneDay(before);
    const read = group.record.dates[group.field as keyof RegisterRecord['dates']];
    return day && read && sameDay(day, read) ? { after: { day }, rules: [rule] } : null;
  }
  if (typeof before !== 'string') return null;
  if (rule === 'value.full-width-digits') {
    const after = toAsciiDigits(before.trim());
    return after !== before ? { after, rules: [rule] } : null;
  }
  const table = rule === 'urgency.invalid' ? settings.urgencySynonyms : rule === 'classification.invalid' ? settings.classificationSynonyms : null;
  const after = table ? foldKeys(table).get(foldValue(before)) : undefined;
  return after !== undefined && after !== before ? { after, rules: [rule] } : null;
}

function groupByCell(register: Register, findings: readonly Finding[], codes: ReadonlySet<RuleCode>): CellGroup[] {
  const records = new Map(register.records.map((r) => [r.row, r]));
  const groups = new Map<string, CellGroup>();
  for (const finding of findings) {
    if (!codes.has(finding.rule) || !finding.at || !finding.field || finding.sheet !== register.layout.sheet) continue;
    const record = records.get(finding.at.row);
    if (!record) continue;
    const key = `${finding.at.row}:${finding.at.col}`;
    const group = groups.get(key);
    if (group) group.rules.push(finding.rule);
    else groups.set(key, { cell: finding.at, field: finding.field, record, rules: [finding.rule] });
  }
  return [...groups.values()];
}

/**
 * Proposes the safe rewrite of every cell whose findings carry one of `codes`.
 * @example
 * proposeFixes(register, findings, ['doc-number.brackets'])
 * // [{ cell: { sheet: '收文登记', row: 7, col: 3 }, field: 'docNumber',
 * //    before: '县自然资发[2026]15号', after: '县自然资发〔2026〕15号', rule: 'doc-number.brackets', … }]
 */
export function proposeFixes(
  register: Register,
  findings: readonly Finding[],
  codes: readonly RuleCode[],
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): FixProposal[] {
  const proposals: FixProposal[] = [];
  const chosen = new Set(codes.filter((code) => FIXABLE_CODES.includes(code)));
  for (const group of groupByCell(register, findings, chosen)) {
    const before = group.record.values[group.field] ?? null;
    const isDocNumber = group.rules.some((r) => DOC_NUMBER_FIXES[r]);
    const rewrite = isDocNumber ? rewriteDocNumber(group, before) : rewriteOther(group, before, settings);
    if (!rewrite || rewrite.rules.length === 0) continue;
    proposals.push({ cell: group.cell, field: group.field, before, after: rewrite.after, rule: rewrite.rules[0], rules: rewrite.rules });
  }
  return proposals;
}
