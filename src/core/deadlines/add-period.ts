/**
 * Counting a period the way 民法典 articles 201–204 and 限时办结 rules do: counting starts the
 * day after the start day; a period in months ends on the same date of the due month (or that
 * month's last day); a calendar-day or month period that ends on a rest day moves to the next
 * working day. A working-day period always ends on a working day.
 */
import { addDays, daysInMonth, makeDay, type CalendarDay } from '../dates/day';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Period } from './deadline-types';

/**
 * The same date `months` later, or that month's last day when the date does not exist there.
 * @example addMonths({ year: 2026, month: 1, day: 31 }, 1) // { year: 2026, month: 2, day: 28 }
 */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeDay(year, month, Math.min(day.day, daysInMonth(year, month))) ?? day;
}

/**
 * The last day of a period counted from `start`.
 * @example addPeriod(calendar, { year: 2026, month: 9, day: 30 }, { amount: 5, unit: 'workingDays' })
 * // { year: 2026, month: 10, day: 13 } (国庆 off, Saturday 10-10 worked)
 */
export function addPeriod(calendar: WorkCalendar, start: CalendarDay, period: Period): CalendarDay {
  switch (period.unit) {
    case 'workingDays':
      return calendar.addWorkingDays(start, period.amount);
    case 'calendarDays':
      return calendar.rollToWorkingDay(addDays(start, period.amount));
    case 'months':
      return calendar.rollToWorkingDay(addMonths(start, period.amount));
  }
}

/** addPeriod with its calendar bound. */
export type CountPeriod = (start: CalendarDay, period: Period) => CalendarDay;

/**
 * addPeriod on one calendar with a memory: the rows of a register share a few hundred start days
 * and a handful of periods, and each pair is counted once. The days answered are shared between
 * the rows that ask for them (days are never changed).
 * @example const count = rememberPeriodEnds(calendar); count(start, { amount: 5, unit: 'workingDays' })
 */
export function rememberPeriodEnds(calendar: WorkCalendar): CountPeriod {
  const ends = new Map<string, Map<number, Map<number, CalendarDay>>>();
  return (start, period) => {
    let byAmount = ends.get(period.unit);
    if (!byAmount) {
      byAmount = new Map();
      ends.set(period.unit, byAmount);
    }
    let byStart = byAmount.get(period.amount);
    if (!byStart) {
      byStart = new Map();
      byAmount.set(period.amount, byStart);
    }
    // Unique for every real day (months and days within their 12 and 31).
    const key = (start.year * 13 + start.month) * 32 + start.day;
    let end = byStart.get(key);
    if (!end) {
      end = addPeriod(calendar, start, period);
      byStart.set(key, end);
    }
    return end;
  };
}
