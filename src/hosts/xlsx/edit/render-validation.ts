/**
 * One `<dataValidation>` element for a register column, written as Excel writes it, marked as
 * the add-in's own by its promptTitle (see validation-scan.ts).
 */
import type { CalendarDay } from '../../../core/dates/day';
import type { ColumnValidation } from '../../editing-host';
import { toCellAddress } from '../patch/cell-ref';
import { escapeXml } from '../patch/xml-text';
import { ADD_IN_PROMPT_TITLE } from './validation-scan';

/** Excel's limits: titles 32 characters, messages and an inline list 255. */
const TITLE_MAX = 32;
const TEXT_MAX = 255;

export type ErrorStyle = 'stop' | 'warning' | 'information';

/**
 * The error style a rule asks for. ColumnValidation has no field for it; a rule may carry
 * `errorStyle` (the app's RegisterValidation does) — a list a clerk may need to step out of
 * (密级 with a 保密期限, a new handling unit) warns instead of refusing.
 * @example readErrorStyle({ ...rule, errorStyle: 'warning' }) // 'warning'
 */
export function readErrorStyle(rule: ColumnValidation): ErrorStyle {
  const style: unknown = (rule as { readonly errorStyle?: unknown }).errorStyle;
  return style === 'warning' || style === 'information' ? style : 'stop';
}

/**
 * The values an inline list can hold: no commas or quotes (the list has no escape for them),
 * no blanks, no repeats, and together at most 255 characters; null when none is left.
 * @example listFormulaValues(['绝密', '机密', '秘密']) // ['绝密', '机密', '秘密']
 */
export function listFormulaValues(values: readonly string[]): string[] | null {
  const kept: string[] = [];
  let length = -1;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '' || /[,"]/.test(value) || kept.includes(value)) continue;
    if (length + 1 + value.length > TEXT_MAX) return null;
    length += 1 + value.length;
    kept.push(value);
  }
  return kept.length > 0 ? kept : null;
}

function dateFormula(day: CalendarDay): string {
  return `DATE(${day.year},${day.month},${day.day})`;
}

function cut(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}

function attrs(pairs: ReadonlyArray<readonly [string, string | null]>): string {
  return pairs
    .filter((p): p is readonly [string, string] => p[1] !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

/**
 * The element for one rule (prefix: the main namespace's prefix in the part), or null when the
 * rule cannot be written (a list with nothing left, a date rule without a range).
 * @example renderValidation({ col: 5, fromRow: 3, toRow: 1002, type: 'list', values: ['特急', '加急'], allowBlank: true, errorTitle: '紧急程度有误', errorMessage: '请从下拉列表中选择' }, '')
 * // '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="紧急程度有误" … sqref="F3:F1002"><formula1>"特急,加急"</formula1></dataValidation>'
 */
export function renderValidation(rule: ColumnValidation, prefix: string): string | null {
  let formulas: string[];
  let prompt: string;
  if (rule.type === 'list') {
    const values = listFormulaValues(rule.values ?? []);
    if (!values) return null;
    formulas = [`"${values.join(',')}"`];
    prompt = `可选：${values.join('、')}`;
  } else {
    if (!rule.between) return null;
    formulas = [dateFormula(rule.between[0]), dateFormula(rule.between[1])];
    prompt = '请填写日期，如 2026-03-05';
  }
  const style = readErrorStyle(rule);
  const sqref = `${toCellAddress(rule.fromRow, rule.col)}:${toCellAddress(rule.toRow, rule.col)}`;
  const head = attrs([
    ['type', rule.type],
    ['errorStyle', style === 'stop' ? null : style],
    ['operator', rule.type === 'date' ? 'between' : null],
    ['allowBlank', rule.allowBlank ? '1' : null],
    ['showErrorMessage', '1'],
    ['errorTitle', cut(rule.errorTitle, TITLE_MAX)],
    ['error', cut(rule.errorMessage, TEXT_MAX)],
    ['promptTitle', ADD_IN_PROMPT_TITLE],
    ['prompt', cut(prompt, TEXT_MAX)],
    ['sqref', sqref],
  ]);
  const body = formulas.map((f, i) => `<${prefix}formula${i + 1}>${escapeXml(f).replace(/&quot;/g, '"')}</${prefix}formula${i + 1}>`).join('');
  return `<${prefix}dataValidation${head}>${body}</${prefix}dataValidation>`;
}
