/**
 * Between the editing contract's values and cell XML: what a confirmed edit writes, and whether
 * a cell still holds what the clerk saw when confirming.
 */
import { dayToSerial } from '../../../core/dates/day';
import type { CellValue } from '../../../core/types';
import type { EditValue } from '../../editing-host';
import type { CellContent } from './cell-xml';

/** What an edit writes: the cell content, and whether it is a date (it then needs a date format). */
export interface EditContent {
  readonly content: CellContent;
  readonly isDate: boolean;
}

/**
 * The content an edit writes; null when the value cannot be written (a number that is not finite).
 * @example toEditContent({ day: { year: 2026, month: 3, day: 12 } }, false) // { content: { kind: 'number', value: 46093 }, isDate: true }
 */
export function toEditContent(value: EditValue, date1904: boolean): EditContent | null {
  if (value === null || value === '') return { content: { kind: 'empty' }, isDate: false };
  if (typeof value === 'string') return { content: { kind: 'text', text: value }, isDate: false };
  if (typeof value === 'number') return Number.isFinite(value) ? { content: { kind: 'number', value }, isDate: false } : null;
  if (typeof value === 'boolean') return { content: { kind: 'boolean', value }, isDate: false };
  return { content: { kind: 'number', value: dayToSerial(value.day, date1904) }, isDate: true };
}

/**
 * True when a cell's value is the one an edit was confirmed against. Empty text and an empty
 * cell are the same; a date cell matches by its serial (or its day, when `before` has one).
 * @example isSameCellValue('急件', '急件') // true
 */
export function isSameCellValue(current: CellValue | undefined, before: CellValue): boolean {
  const a = current === undefined || current === '' ? null : current;
  const b = before === '' ? null : before;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.type === 'error') return b.type === 'error' && a.code === b.code;
  if (b.type === 'error') return false;
  if (a.day && b.day) return a.day.year === b.day.year && a.day.month === b.day.month && a.day.day === b.day.day;
  return a.serial === b.serial;
}
