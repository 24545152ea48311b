/**
 * Whether a classified document (绝密 / 机密 / 秘密) received has been returned to its issuer or
 * destroyed as of a day: a 清退/收回 date on or before it, or a note saying so in the return,
 * remarks or result column.
 */
import { compareDays, type CalendarDay } from '../../dates/day';
import { isBlankCell, readCellText } from '../../text/cell-text';
import { normalizeValue } from '../../text/normalize';
import type { RegisterRecord } from '../../types';
import { readClassificationLevel, CLASSIFICATION_ORDER } from '../tables/value-order';

/** Notes meaning the copy is no longer held. */
export const RETURNED_WORDS: readonly string[] = ['已清退', '已退回', '已交回', '已收回', '已销毁', '已上交', '已缴回', '已回收'];

const fold = (text: string): string => normalizeValue(text).replace(/ /g, '');

/**
 * The level of a classified record, or null for an ordinary one.
 * @example readClassifiedLevel({ row: 3, values: { classification: '秘密★1年' }, dates: {}, problems: [] }) // '秘密'
 */
export function readClassifiedLevel(record: RegisterRecord): string | null {
  const level = readClassificationLevel(readCellText(record.values.classification).trim());
  return CLASSIFICATION_ORDER.includes(level) ? level : null;
}

/**
 * @example isReturned({ row: 3, values: { remarks: '已清退' }, dates: {}, problems: [] }, asOf) // true
 */
export function isReturned(record: RegisterRecord, asOf: CalendarDay): boolean {
  const returned = record.dates.returnedDate;
  if (returned) return compareDays(returned, asOf) <= 0;
  const cell = record.values.returnedDate;
  // A return cell holding words instead of a date ("已清退", "销毁") still says it was done.
  if (!isBlankCell(cell) && typeof cell === 'string') return !/^(未|否|无|待)/.test(fold(cell));
  const notes = [record.values.remarks, record.values.result].map((v) => fold(readCellText(v)));
  return notes.some((n) => RETURNED_WORDS.some((w) => n.includes(w)));
}
