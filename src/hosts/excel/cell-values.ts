/**
 * Office.js cell values into the engine's `CellValue`: "" is an empty cell, a number shown with
 * a date format is a `DateValue` (the same format test as the .xlsx host), an error shows as its
 * code string and is told apart from text by its value type.
 */
import { serialToDay } from '../../core/dates/day';
import type { CellValue } from '../../core/types';
import { isDateFormatCode } from '../xlsx/read/number-formats';

const ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/** Whether a string read from `values` may be an error value (then its value type decides). */
export function looksLikeError(value: unknown): value is string {
  return typeof value === 'string' && ERROR_TEXTS.has(value);
}

/**
 * Whether a number format code shows a date (built-in codes come back as text too).
 * @example isDateFormat('m/d/yyyy') // true
 */
export function isDateFormat(format: unknown): boolean {
  return typeof format === 'string' && format !== 'General' && isDateFormatCode(format);
}

/**
 * One cell. `format` is its number format when known (needed only for numbers); `valueType` is
 * its Office.js value type when known (needed only for error-like strings).
 * @example toCellValue(46086, 'yyyy/m/d') // { type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } }
 * @example toCellValue('#N/A', undefined, 'Error') // { type: 'error', code: '#N/A' }
 * @example toCellValue('', 'General') // null
 */
export function toCellValue(value: unknown, format?: unknown, valueType?: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return isDateFormat(format) ? { type: 'date', serial: value, day: serialToDay(value) } : value;
  }
  if (typeof value === 'boolean') return value;
  if (looksLikeError(value) && valueType === 'Error') return { type: 'error', code: value };
  return String(value);
}
