/** How a cell reads as text, for matching and for messages. */
import { formatDay } from '../dates/day';
import type { CellValue } from '../types';

/**
 * The text a cell shows, near enough for matching: strings as typed, numbers in plain
 * notation, dates as `YYYY-MM-DD`, errors as their code, empty cells as ''.
 * @example readCellText({ type: 'error', code: '#N/A' }) // '#N/A'
 */
export function readCellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value.type === 'date') return value.day ? formatDay(value.day) : String(value.serial);
  return value.code;
}

/**
 * True for an empty cell or one holding only spaces.
 * @example isBlankCell('  ') // true
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Nearly every text starts with what it says: only a leading space needs the full trim.
  return value.length === 0 || (isTrimmedSpace(value.charCodeAt(0)) && value.trim() === '');
}

/**
 * True for the characters String.prototype.trim removes (ECMAScript WhiteSpace and
 * LineTerminator), so that a text starting and ending with anything else is known to be trimmed
 * without building a new string.
 * @example isTrimmedSpace(0x3000) // true (the ideographic space)
 */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True when trimming would leave the text as it is (the common case, tested in two lookups).
 * @example isTrimmed('通知') // true
 */
export function isTrimmed(text: string): boolean {
  return text.length === 0 || (!isTrimmedSpace(text.charCodeAt(0)) && !isTrimmedSpace(text.charCodeAt(text.length - 1)));
}

/**
 * The text without any white space (what `/\s+/g` removes), and the very same string when it has
 * none, as document numbers and unit names nearly always do.
 * @example removeSpaces('县 政办发') // '县政办发'
 */
export function removeSpaces(text: string): string {
  return hasWhiteSpace(text) ? text.replace(/\s+/g, '') : text;
}

/**
 * True when the text holds white space anywhere (what `/\s/` finds), tested by character code.
 * @example hasWhiteSpace('县政办发〔2026〕1号') // false
 */
export function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isTrimmedSpace(text.charCodeAt(i))) return true;
  }
  return false;
}
