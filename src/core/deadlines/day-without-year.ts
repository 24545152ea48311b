/**
 * Days a clerk writes without a year: "3月底前", "12月20日前", "月底前", "年底前". The year is the
 * received/assigned day's, rolled to the next year when the day would fall before it.
 */
import { addMonths } from './add-period';
import { compareDays, daysInMonth, makeDay, type CalendarDay } from '../dates/day';
import type { DeadlineText } from './deadline-text';

export type DayWithoutYear = Extract<DeadlineText, { kind: 'monthDay' } | { kind: 'monthEnd' } | { kind: 'yearEnd' }>;

/**
 * The day meant, or null when it does not exist (2月30日) or there is nothing to take a year from.
 * @example resolveDayWithoutYear({ kind: 'monthDay', year: null, month: 3, day: 'end' }, { year: 2026, month: 11, day: 2 }, null)
 * // { year: 2027, month: 3, day: 31 }
 */
export function resolveDayWithoutYear(cell: DayWithoutYear, start: CalendarDay | null, fallbackYear: number | null): CalendarDay | null {
  if (cell.kind === 'monthEnd') {
    if (!start) return null;
    const month = addMonths({ year: start.year, month: start.month, day: 1 }, cell.offset);
    return makeDay(month.year, month.month, daysInMonth(month.year, month.month));
  }
  const year = cell.year ?? start?.year ?? fallbackYear;
  if (year === null) return null;
  if (cell.kind === 'yearEnd') return makeDay(year, 12, 31);
  const dayIn = (y: number): CalendarDay | null => makeDay(y, cell.month, cell.day === 'end' ? daysInMonth(y, cell.month) : cell.day);
  const day = dayIn(year);
  if (day && cell.year === null && start && compareDays(day, start) < 0) return dayIn(year + 1);
  return day;
}
