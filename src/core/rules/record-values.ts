/** Reading a record's cells the way every rule needs them. */
import { isBlankCell, isTrimmed, readCellText } from '../text/cell-text';
import type { CellValue, FieldName, RegisterRecord } from '../types';

/** Marks clerks type to mean "nothing here". */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['-', '—', '——', '–', '/', '／', '\\', '、']);
/** The longest of them: a longer text already trimmed cannot be one. */
const MAX_PLACEHOLDER_LENGTH = 2;

/**
 * The trimmed text a field shows ('' for an empty cell).
 * @example readText({ row: 5, values: { title: ' 通知 ' }, dates: {}, problems: [] }, 'title') // '通知'
 */
export function readText(record: RegisterRecord, field: FieldName): string {
  return readValueText(record.values[field]);
}

/**
 * readText of a value already in hand (`record.values.title` reads faster than a field by name).
 * @example readValueText(' 通知 ') // '通知'
 */
export function readValueText(value: CellValue | undefined): string {
  return readCellText(value).trim();
}

/**
 * True when a field holds an entry: not empty, not only spaces, not a bare dash or slash.
 * @example isFilled({ row: 5, values: { title: '—' }, dates: {}, problems: [] }, 'title') // false
 */
export function isFilled(record: RegisterRecord, field: FieldName): boolean {
  return isFilledValue(record.values[field]);
}

/**
 * isFilled of a value already in hand.
 * @example isFilledValue(' — ') // false
 */
export function isFilledValue(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return value !== null && value !== undefined;
  if (value.length > MAX_PLACEHOLDER_LENGTH && isTrimmed(value)) return true;
  return !isBlankCell(value) && !PLACEHOLDERS.has(value.trim());
}
