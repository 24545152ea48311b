/**
 * Calendar days as year-month-day, never a local-time `Date`: a clerk in UTC+8 must not see a
 * day shift. Arithmetic goes through Excel serial numbers of the 1900 date system.
 */

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (serial 0 in Excel's 1900 system, once past its phantom 1900-02-29). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Builds a day, or null when the parts do not name a real date between year 1 and 9999. */
export function makeDay(year: number, month: number, day: number): CalendarDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number counted like Excel's 1900 system for every day from 1900-03-01 on (and a plain
 * continuous count before it). Use it for arithmetic and ordering.
 * @example toDayNumber({ year: 2026, month: 3, day: 5 }) // 46086
 */
export function toDayNumber(d: CalendarDay): number {
  const utc = new Date(0);
  utc.setUTCFullYear(d.year, d.month - 1, d.day);
  utc.setUTCHours(0, 0, 0, 0);
  return Math.round((utc.getTime() - EPOCH_UTC) / MS_PER_DAY);
}

/** The inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): CalendarDay {
  const t = new Date(EPOCH_UTC + Math.round(n) * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Reads an Excel serial number as a calendar day. 1900 system: serial 60 is the phantom
 * 1900-02-29, which does not exist and gives null; 1..59 are 1900-01-01..02-28. 1904 system:
 * serial 0 is 1904-01-01. Fractions (times of day) are dropped. Outside 1900..9999: null.
 * @example serialToDay(46086) // { year: 2026, month: 3, day: 5 }
 */
export function serialToDay(serial: number, date1904 = false): CalendarDay | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let n: number;
  if (date1904) n = whole + 1462;
  else if (whole === 60) return null;
  else if (whole < 60) n = whole + 1;
  else n = whole;
  if (n < 2) return null;
  const d = fromDayNumber(n);
  return d.year >= 1900 && d.year <= 9999 ? d : null;
}

/** The serial Excel stores for a day, in the 1900 system unless told 1904. */
export function dayToSerial(d: CalendarDay, date1904 = false): number {
  const n = toDayNumber(d);
  if (date1904) return n - 1462;
  return n < 61 ? n - 1 : n;
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return compareDays(a, b) === 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO form `YYYY-MM-DD`, the form of every date in JSON output. */
export function formatDay(d: CalendarDay): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Reads `YYYY-MM-DD` strictly (the command line's `--as-of`); null for anything else. */
export function parseIsoDay(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDay): number {
  // Day number 2 (1900-01-01 in this count) was a Monday.
  return ((((toDayNumber(d) - 2) % 7) + 7) % 7) + 1;
}

/** The day of a `Date` as seen in a given UTC offset (minutes east), for "today" in China. */
export function dayOfInstant(instant: Date, offsetMinutes = 480): CalendarDay {
  const t = new Date(instant.getTime() + offsetMinutes * 60_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
