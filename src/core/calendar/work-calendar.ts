/**
 * The working-day calendar: Monday to Friday, minus statutory holidays, plus the weekend days
 * worked in exchange (调休). Bundled data covers a fixed list of years; the clerk's holiday table
 * overrides it day by day and makes a year count as covered. Every year the calendar is asked
 * about and has no data for is remembered, so that it can be named to the clerk, never guessed.
 */
import type { CalendarDay } from '../dates/day';
import { dayNumberOf, dayOfNumber } from './day-number';
import { BUNDLED_HOLIDAY_YEARS, listBundledHolidays } from './bundled-holidays';
import {
  buildDayTable,
  countWorkingNumbers,
  findNthWorkingNumber,
  isWorkingNumber,
  type DaySource,
  type DayTable,
} from './day-table';
import type { HolidayOverride } from './holiday-override';

export interface DayInfo {
  readonly working: boolean;
  /** The holiday or 调休 it belongs to, or null for an ordinary day. */
  readonly name: string | null;
  readonly source: DaySource;
}

export interface WorkCalendar {
  isWorkingDay(day: CalendarDay): boolean;
  describeDay(day: CalendarDay): DayInfo;
  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  countWorkingDays(from: CalendarDay, to: CalendarDay): number;
  /** The n-th working day after `start`, which is not counted; n = 0 gives {@link rollToWorkingDay}(start). */
  addWorkingDays(start: CalendarDay, n: number): CalendarDay;
  /** The day itself when it is a working day, else the next working day. */
  rollToWorkingDay(day: CalendarDay): CalendarDay;
  hasHolidayData(year: number): boolean;
  /** Years this calendar (or a fork of it) was asked about and has no holiday data for, ascending. */
  missingYears(): readonly number[];
  /** The same days with a fresh record of missing years (still reported to this calendar too). */
  fork(): WorkCalendar;
}

export interface CalendarOptions {
  /** Leave the bundled data out (tests, or an office that keeps its full table itself). */
  readonly bundled?: boolean;
}

type YearLog = (year: number) => void;

function makeCalendar(table: DayTable, covered: ReadonlySet<number>, parentLog: YearLog | null): WorkCalendar {
  const missing = new Set<number>();
  const log: YearLog = (year) => {
    missing.add(year);
    parentLog?.(year);
  };
  const note = (fromYear: number, toYear: number): void => {
    for (let y = Math.min(fromYear, toYear); y <= Math.max(fromYear, toYear); y++) if (!covered.has(y)) log(y);
  };
  const self: WorkCalendar = {
    isWorkingDay(day) {
      note(day.year, day.year);
      return isWorkingNumber(table, dayNumberOf(day));
    },
    describeDay(day) {
      note(day.year, day.year);
      const n = dayNumberOf(day);
      const mark = table.marks.get(n);
      if (mark) return { working: mark.working, name: mark.name || null, source: mark.source };
      return { working: isWorkingNumber(table, n), name: null, source: 'weekday' };
    },
    countWorkingDays(from, to) {
      note(from.year, to.year);
      return countWorkingNumbers(table, dayNumberOf(from), dayNumberOf(to));
    },
    addWorkingDays(start, n) {
      const count = Math.max(0, Math.floor(n));
      const from = count === 0 ? dayNumberOf(start) - 1 : dayNumberOf(start);
      const result = dayOfNumber(findNthWorkingNumber(table, from, Math.max(1, count)));
      note(start.year, result.year);
      return result;
    },
    rollToWorkingDay(day) {
      return self.addWorkingDays(day, 0);
    },
    hasHolidayData: (year) => covered.has(year),
    missingYears: () => [...missing].sort((a, b) => a - b),
    fork: () => makeCalendar(table, covered, log),
  };
  return self;
}

/**
 * Builds the calendar from the bundled data and the clerk's holiday table (which wins).
 * @example
 * const cal = createWorkCalendar();
 * cal.isWorkingDay({ year: 2026, month: 10, day: 10 }) // true: a 调休 Saturday
 * cal.addWorkingDays({ year: 2026, month: 9, day: 30 }, 1) // 2026-10-08
 */
export function createWorkCalendar(overrides: readonly HolidayOverride[] = [], options: CalendarOptions = {}): WorkCalendar {
  const bundled = options.bundled ?? true;
  const table = buildDayTable([
    { entries: bundled ? listBundledHolidays() : [], source: 'bundled' },
    { entries: overrides, source: 'override' },
  ]);
  const covered = new Set<number>(bundled ? BUNDLED_HOLIDAY_YEARS : []);
  for (const o of overrides) covered.add(o.day.year);
  return makeCalendar(table, covered, null);
}
