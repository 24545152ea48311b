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
  return typeof value === 'string' && value.trim() === '';
}
