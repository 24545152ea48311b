/**
 * Day numbers by arithmetic, for the calendar's inner loops: the same numbers as toDayNumber and
 * fromDayNumber in dates/day.ts (Excel's 1900 count), without building a `Date` per call — the
 * status of 100,000 rows asks for several each.
 */
import type { CalendarDay } from '../dates/day';

/** Days from 0000-03-01 to 1899-12-30 in the proleptic Gregorian calendar: day number 0. */
const EPOCH_SHIFT = 693_899;

/**
 * Equal to toDayNumber(d). (Howard Hinnant's days-from-civil.)
 * @example dayNumberOf({ year: 2026, month: 3, day: 5 }) // 46086
 */
export function dayNumberOf(d: CalendarDay): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - EPOCH_SHIFT;
}

/**
 * Equal to fromDayNumber(n).
 * @example dayOfNumber(46086) // { year: 2026, month: 3, day: 5 }
 */
export function dayOfNumber(n: number): CalendarDay {
  const z = Math.round(n) + EPOCH_SHIFT;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
