/**
 * What editing needs of a range beyond the subset in excel-api.ts: `formulas` (ExcelApi 1.1, to
 * leave formula cells alone) and `dataValidation` (ExcelApi 1.8), as structural types. The real
 * Office.js types fit them (checked at compile time below); the stand-in's ranges have both. A
 * range is asked for them through {@link formulasOf} and {@link validationOf}.
 */
import type { XlRange } from '../excel-api';
import { ExcelHostError } from '../excel-errors';

export interface XlListRule {
  inCellDropDown: boolean;
  /** Set as comma-separated text; Office.js also takes a range. */
  source: unknown;
}

export interface XlDateRule {
  /** Set as a formula text such as `=DATE(2000,1,1)`; read back as a formula. */
  formula1: unknown;
  formula2?: unknown;
  operator: string;
}

export interface XlValidationRule {
  list?: XlListRule;
  date?: XlDateRule;
}

export interface XlValidationAlert {
  message: string;
  showAlert: boolean;
  style: string;
  title: string;
}

export interface XlValidationPrompt {
  message: string;
  showPrompt: boolean;
  title: string;
}

export interface XlDataValidation {
  /** None, List, Date, …, or Inconsistent / MixedCriteria when the cells differ. */
  readonly type: string;
  rule: XlValidationRule;
  errorAlert: XlValidationAlert;
  prompt: XlValidationPrompt;
  ignoreBlanks: boolean;
  clear(): void;
  load(propertyNames?: string | string[]): XlDataValidation;
}

type AssertTrue<T extends true> = T;
/** Fails to compile if Office.js's DataValidation stops fitting the subset above. */
export type RealDataValidationFits = AssertTrue<Excel.DataValidation extends XlDataValidation ? true : false>;
/** Fails to compile if Office.js's Range loses `formulas`. */
export type RealFormulasFit = AssertTrue<Excel.Range extends { readonly formulas: unknown[][] } ? true : false>;

/** The loaded `formulas` of a range (load 'formulas' first). */
export function formulasOf(range: XlRange): unknown[][] {
  return (range as XlRange & { readonly formulas: unknown[][] }).formulas;
}

function isDataValidation(value: unknown): value is XlDataValidation {
  return typeof value === 'object' && value !== null && typeof (value as { clear?: unknown }).clear === 'function' && typeof (value as { load?: unknown }).load === 'function';
}

/**
 * The data validation of a range.
 * @example validationOf(ws.getRange('F3:F40')).load('type')
 */
export function validationOf(range: XlRange): XlDataValidation {
  const found: unknown = (range as XlRange & { readonly dataValidation?: unknown }).dataValidation;
  if (!isDataValidation(found)) {
    throw new ExcelHostError('failed', {
      zh: '这个版本的 Excel 不能由加载项设置数据验证（需要 Excel 2019 / Microsoft 365）；请用本机网页版或命令行设置下拉列表',
      en: 'This Excel cannot set data validation from an add-in (ExcelApi 1.8 is needed); use the local web page or the command line.',
    });
  }
  return found;
}
