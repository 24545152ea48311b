/**
 * A register column's rule as Office.js takes it: the same criteria, texts and marker as the
 * .xlsx host writes (src/hosts/xlsx/edit/render-validation.ts), so a rule installed in Excel is
 * recognised as the add-in's by the command line and the web page, and the other way round.
 * The marker is the prompt title 台账助手 with the prompt switched off: the clerk never sees it,
 * and Excel, LibreOffice and openpyxl keep it when they save.
 */
import type { CalendarDay } from '../../../core/dates/day';
import type { ColumnValidation } from '../../editing-host';
import { listFormulaValues, readErrorStyle } from '../../xlsx/edit/render-validation';
import { ADD_IN_PROMPT_TITLE } from '../../xlsx/edit/validation-scan';
import type { XlValidationAlert, XlValidationPrompt, XlValidationRule } from './edit-api';

/** Excel's limits: titles 32 characters, messages 255. */
const TITLE_MAX = 32;
const TEXT_MAX = 255;

export interface OfficeValidation {
  readonly rule: XlValidationRule;
  readonly errorAlert: XlValidationAlert;
  readonly prompt: XlValidationPrompt;
  readonly ignoreBlanks: boolean;
}

function cutText(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}

function dateFormula(day: CalendarDay): string {
  return `=DATE(${day.year},${day.month},${day.day})`;
}

const STYLES = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

/**
 * The Office.js data validation of a rule, or null when it cannot be set (a list with nothing
 * left, a date rule without a range) — the rules the .xlsx host leaves out too.
 * @example toOfficeValidation({ col: 5, fromRow: 3, toRow: 1002, type: 'list', values: ['特急', '加急'], allowBlank: true, errorTitle: '紧急程度有误', errorMessage: '请从下拉列表中选择' })?.rule
 * // { list: { inCellDropDown: true, source: '特急,加急' } }
 */
export function toOfficeValidation(rule: ColumnValidation): OfficeValidation | null {
  let officeRule: XlValidationRule;
  let prompt: string;
  if (rule.type === 'list') {
    const values = listFormulaValues(rule.values ?? []);
    if (!values) return null;
    officeRule = { list: { inCellDropDown: true, source: values.join(',') } };
    prompt = `可选：${values.join('、')}`;
  } else {
    if (!rule.between) return null;
    officeRule = { date: { formula1: dateFormula(rule.between[0]), formula2: dateFormula(rule.between[1]), operator: 'Between' } };
    prompt = '请填写日期，如 2026-03-05';
  }
  return {
    rule: officeRule,
    errorAlert: { showAlert: true, style: STYLES[readErrorStyle(rule)], title: cutText(rule.errorTitle, TITLE_MAX), message: cutText(rule.errorMessage, TEXT_MAX) },
    prompt: { showPrompt: false, title: ADD_IN_PROMPT_TITLE, message: cutText(prompt, TEXT_MAX) },
    ignoreBlanks: rule.allowBlank,
  };
}
