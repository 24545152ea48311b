/**
 * The settings tables as the clerk edits them: every cell a piece of text, rows that may be half
 * filled. These convert between those rows and the settings the engine reads, and say which rows
 * are incomplete.
 */
import type { DefaultRule } from '../../core/deadlines/deadline-settings';
import { DEADLINE_UNITS, type DeadlineUnit, type Period } from '../../core/deadlines/deadline-types';
import type { RequiredFields } from '../../core/rules/settings/rule-settings';
import type { FieldName } from '../../core/types';

export interface RuleRow {
  readonly basis: 'urgency' | 'category';
  readonly values: string;
  readonly amount: string;
  readonly unit: DeadlineUnit;
}

/** How a list of values is written in one cell: 特急、特急件. */
export const VALUE_SEPARATOR = '、';

/**
 * Splits a cell of values at 、 , ， ; ； or line breaks; empty pieces dropped.
 * @example splitValues('特急、 特急件,急件') // ['特急', '特急件', '急件']
 */
export function splitValues(text: string): string[] {
  return text.split(/[、,，;；\n]+/).map((v) => v.trim()).filter((v) => v !== '');
}

/** @example toRuleRows([{ field: 'urgency', values: ['特急'], period: { amount: 1, unit: 'workingDays' } }])[0].amount // '1' */
export function toRuleRows(rules: readonly DefaultRule[]): RuleRow[] {
  return rules.map((r) => ({ basis: r.field, values: r.values.join(VALUE_SEPARATOR), amount: String(r.period.amount), unit: r.period.unit }));
}

/** A whole number of days or months, 0 to 999, as the deadline settings accept. */
export function readAmount(text: string): number | null {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

/** @example readPeriod('5', 'workingDays') // { amount: 5, unit: 'workingDays' } */
export function readPeriod(amount: string, unit: DeadlineUnit): Period | null {
  const n = readAmount(amount);
  return n === null || !DEADLINE_UNITS.includes(unit) ? null : { amount: n, unit };
}

/**
 * The rules the rows say, and the 1-based numbers of the rows that say too little to be one.
 * @example readRuleRows([{ basis: 'urgency', values: '特急', amount: '1', unit: 'workingDays' }]).rules[0].values // ['特急']
 */
export function readRuleRows(rows: readonly RuleRow[]): { rules: DefaultRule[]; incomplete: number[] } {
  const rules: DefaultRule[] = [];
  const incomplete: number[] = [];
  rows.forEach((row, i) => {
    const values = splitValues(row.values);
    const period = readPeriod(row.amount, row.unit);
    if (values.length === 0 || !period) incomplete.push(i + 1);
    else rules.push({ field: row.basis, values, period });
  });
  return { rules, incomplete };
}

export interface RequiredRow {
  readonly first: FieldName | '';
  readonly second: FieldName | '';
  readonly when: FieldName | '';
}

/** @example toRequiredRows([{ anyOf: ['sender', 'docNumber'] }])[0] // { first: 'sender', second: 'docNumber', when: '' } */
export function toRequiredRows(list: readonly RequiredFields[]): RequiredRow[] {
  return list.map((r) => ({ first: r.anyOf[0] ?? '', second: r.anyOf[1] ?? '', when: r.when ?? '' }));
}

/**
 * The required entries the rows say (a row without its first field is incomplete).
 * @example readRequiredRows([{ first: 'handler', second: '', when: 'deadline' }]).required // [{ anyOf: ['handler'], when: 'deadline' }]
 */
export function readRequiredRows(rows: readonly RequiredRow[]): { required: RequiredFields[]; incomplete: number[] } {
  const required: RequiredFields[] = [];
  const incomplete: number[] = [];
  rows.forEach((row, i) => {
    if (row.first === '') {
      incomplete.push(i + 1);
      return;
    }
    const anyOf = row.second !== '' && row.second !== row.first ? [row.first, row.second] : [row.first];
    required.push(row.when === '' ? { anyOf } : { anyOf, when: row.when });
  });
  return { required, incomplete };
}

/**
 * The values of a one-column list, trimmed, without blanks or repeats.
 * @example tidyValues([' 办公室', '', '办公室', '财政股']) // ['办公室', '财政股']
 */
export function tidyValues(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}
