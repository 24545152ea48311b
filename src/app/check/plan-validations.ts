/**
 * Data validation for a register, so the next entries stay clean: drop-down lists for 密级,
 * 紧急程度 and 承办单位 (from the rule settings' lists, the values the rules accept) and date
 * validation on the date columns (the register's years, as the date rules judge them). The rules
 * cover the data rows and a margin of empty rows below for the entries to come.
 */
import { makeDay, type CalendarDay } from '../../core/dates/day';
import { FIELD_LABELS } from '../../core/layout/field-labels';
import { findYearRange } from '../../core/rules/dates/year-range';
import type { RuleSettings } from '../../core/rules/settings/rule-settings';
import { STANDARD_URGENCIES } from '../../core/rules/values/check-urgency';
import { DATE_FIELDS, type FieldName, type Problem, type Register } from '../../core/types';
import type { ColumnValidation } from '../../hosts/editing-host';

/** Rows below the last record the rules also cover, for the entries still to come. */
export const ROWS_TO_COME = 1000;
const LAST_ROW = 1_048_576;
/** Excel keeps an inline list to 255 characters. */
const LIST_MAX = 255;
/** Dates allowed in a register that names no year and whose rows show none. */
const ANY_YEARS: readonly [number, number] = [2000, 2099];

/**
 * A rule for one register column. `errorStyle` is not in the editing contract: a host that
 * knows it lets the clerk step out of a list after a warning (a 保密期限 after ★, a new unit).
 */
export interface RegisterValidation extends ColumnValidation {
  readonly field: FieldName;
  readonly errorStyle?: 'stop' | 'warning';
}

export interface ValidationPlan {
  readonly sheet: string;
  readonly rules: readonly RegisterValidation[];
  /** Columns left without a rule, and why. */
  readonly notes: readonly Problem[];
}

/**
 * The values an inline list can hold (no commas or quotes, no repeats), or null when they do not
 * fit Excel's 255 characters.
 * @example fitListValues(['特急', '加急', '特急']) // ['特急', '加急']
 */
export function fitListValues(values: readonly string[]): string[] | null {
  const kept = [...new Set(values.map((v) => v.trim()))].filter((v) => v !== '' && !/[,"]/.test(v));
  return kept.length > 0 && kept.join(',').length <= LIST_MAX ? kept : null;
}

function labelOf(register: Register, field: FieldName, col: number): string {
  const header = register.layout.headers[col] ?? '';
  return header.slice(header.lastIndexOf('/') + 1).replace(/\s+/g, '') || FIELD_LABELS[field].zh;
}

function listValues(register: Register, field: FieldName, settings: RuleSettings): string[] {
  if (field === 'classification') return ['绝密', '机密', '秘密', ...settings.ordinaryClassifications];
  if (field === 'urgency') {
    const own = register.layout.kind ? (settings.urgenciesByKind[register.layout.kind] ?? []) : [];
    return ['特急', '加急', ...settings.ordinaryUrgencies, ...own, ...STANDARD_URGENCIES];
  }
  return [...settings.handlers];
}

function listMessage(field: FieldName, label: string, values: readonly string[]): string {
  const shown = values.join('、');
  if (field === 'classification') return `${label}请从下拉列表中选择（${shown}）；有保密期限的写在★后，如 秘密★1年`;
  if (field === 'handler') return `${label}不在本单位的承办单位名单中（${shown}）；如确是新单位，请先把它加入设置中的名单`;
  return `${label}请从下拉列表中选择：${shown}`;
}

function tooLong(sheet: string, label: string): Problem {
  return {
    code: 'validation.list-too-long',
    severity: 'warning',
    message: { zh: `「${sheet}」${label}的可选值太多，超出 Excel 下拉列表 255 个字符的限制，未设下拉列表`, en: `The ${label} list of "${sheet}" is longer than Excel's 255-character limit; no drop-down was set` },
    fix: { zh: '可在设置中精简名单后再试', en: 'Shorten the list in the settings and try again' },
  };
}

function yearSpan(register: Register, settings: RuleSettings): readonly [CalendarDay, CalendarDay] {
  const range = findYearRange(register, settings);
  const [from, to] = range ? [range.from, range.to] : ANY_YEARS;
  return [makeDay(Math.max(1900, from), 1, 1) as CalendarDay, makeDay(Math.min(9999, to), 12, 31) as CalendarDay];
}

/**
 * @example planValidations(register, settings).rules.map((r) => [r.field, r.type]) // [['receivedDate', 'date'], ['classification', 'list'], …]
 */
export function planValidations(register: Register, settings: RuleSettings): ValidationPlan {
  const { layout } = register;
  const sheet = layout.sheet;
  if (!layout.kind || layout.firstDataRow === null) return { sheet, rules: [], notes: [] };
  const fromRow = layout.firstDataRow;
  const toRow = Math.min(LAST_ROW, Math.max(register.dataRows?.[1] ?? fromRow, fromRow) + ROWS_TO_COME);
  const rules: RegisterValidation[] = [];
  const notes: Problem[] = [];
  for (const field of DATE_FIELDS) {
    const col = layout.columns[field];
    if (col === undefined) continue;
    const label = labelOf(register, field, col);
    const between = yearSpan(register, settings);
    const span = `${between[0].year} 年至 ${between[1].year} 年`;
    rules.push({ field, col, fromRow, toRow, type: 'date', between, allowBlank: true, errorTitle: `${label}不是日期`, errorMessage: `${label}请填写 ${span}之间的日期，如 2026-03-05 或 2026/3/5（不要写成文字）` });
  }
  for (const field of ['classification', 'urgency', 'handler'] as const) {
    const col = layout.columns[field];
    if (col === undefined || (field === 'handler' && settings.handlers.length === 0)) continue;
    const label = labelOf(register, field, col);
    const values = fitListValues(listValues(register, field, settings));
    if (!values) {
      notes.push(tooLong(sheet, label));
      continue;
    }
    const errorStyle = field === 'urgency' ? 'stop' : 'warning';
    rules.push({ field, col, fromRow, toRow, type: 'list', values, allowBlank: true, errorStyle, errorTitle: `${label}填写有误`, errorMessage: listMessage(field, label, values) });
  }
  return { sheet, rules: rules.sort((a, b) => a.col - b.col), notes };
}
