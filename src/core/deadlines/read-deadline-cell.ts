/**
 * Reads a deadline cell: a date cell, a date written as text, a bare number of days, a period or
 * phrase. Explicit dates go through the project's one date parser, never a copy of it.
 */
import { parseDate } from '../dates/parse-date';
import type { CalendarDay } from '../dates/day';
import { normalizeHeader } from '../text/normalize';
import type { CellValue } from '../types';
import { parseDeadlineText, type DeadlineText } from './deadline-text';
import type { DeadlineUnit } from './deadline-types';

export type DeadlineCell =
  | Exclude<DeadlineText, { kind: 'fullDate' } | { kind: 'count' }>
  | { readonly kind: 'date'; readonly day: CalendarDay };

export interface DeadlineCellOptions {
  /** Unit for a bare number: the header's ("办理时限（工作日）") or the settings' default. */
  readonly countUnit: DeadlineUnit;
  readonly ongoingWords: readonly string[];
}

/** The largest bare number read as a count of days rather than as a date serial. */
const MAX_BARE_COUNT = 999;

/**
 * The unit a deadline header names: "办理时限（工作日）" → workingDays, "时限（天）" → calendarDays.
 * @example readUnitFromHeader('办理时限\n（工作日）') // 'workingDays'
 */
export function readUnitFromHeader(header: string | undefined): DeadlineUnit | null {
  const folded = normalizeHeader(header ?? '');
  if (folded.includes('工作日')) return 'workingDays';
  if (/自然日|日历日|\(天\)|\(日\)|天数/.test(folded)) return 'calendarDays';
  if (/\((?:个)?月\)/.test(folded)) return 'months';
  return null;
}

function readText(text: string, options: DeadlineCellOptions): DeadlineCell {
  const read = parseDeadlineText(text, options.ongoingWords);
  if (read.kind === 'count') return { kind: 'period', amount: read.amount, unit: options.countUnit };
  if (read.kind !== 'fullDate' && read.kind !== 'unreadable') return read;
  const whole = parseDate(text);
  if (whole.ok) return { kind: 'date', day: whole.day };
  if (read.kind === 'fullDate') {
    const part = parseDate(read.text);
    return part.ok ? { kind: 'date', day: part.day } : { kind: 'unreadable' };
  }
  return read;
}

/**
 * @example readDeadlineCell('5个工作日', { countUnit: 'workingDays', ongoingWords: [] })
 * // { kind: 'period', amount: 5, unit: 'workingDays' }
 * @example readDeadlineCell(5, { countUnit: 'calendarDays', ongoingWords: [] })
 * // { kind: 'period', amount: 5, unit: 'calendarDays' }
 */
export function readDeadlineCell(value: CellValue | undefined, options: DeadlineCellOptions): DeadlineCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return readText(value, options);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= MAX_BARE_COUNT) {
      return { kind: 'period', amount: value, unit: options.countUnit };
    }
    const parsed = parseDate(value);
    return parsed.ok ? { kind: 'date', day: parsed.day } : { kind: 'unreadable' };
  }
  if (typeof value === 'boolean') return { kind: 'unreadable' };
  if (value.type === 'date') return value.day ? { kind: 'date', day: value.day } : { kind: 'unreadable' };
  return { kind: 'unreadable' };
}
