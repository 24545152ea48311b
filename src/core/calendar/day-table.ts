/**
 * The day table behind a working-day calendar: the days that break the Monday-to-Friday rule,
 * sorted, with running sums, so that counting working days between any two days costs two
 * binary searches instead of a walk over the days.
 */
import { dayNumberOf } from './day-number';
import type { HolidayOverride } from './holiday-override';

export type DaySource = 'override' | 'bundled' | 'weekday';

export interface DayMark {
  readonly working: boolean;
  readonly name: string;
  readonly source: Exclude<DaySource, 'weekday'>;
}

export interface DayTable {
  readonly marks: ReadonlyMap<number, DayMark>;
  /** Day numbers whose working status differs from Monday-to-Friday, ascending. */
  readonly exceptions: readonly number[];
  /** `shift[i]`: sum of the corrections of `exceptions[0..i)` (+1 worked weekend, −1 weekday off). */
  readonly shift: readonly number[];
}

/** 0 = Monday … 6 = Sunday, for a day number (day number 2 was a Monday). */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber - 2) % 7) + 7) % 7;
}

export function isWeekendNumber(dayNumber: number): boolean {
  return weekdayIndex(dayNumber) >= 5;
}

/** Mondays to Fridays among day numbers below n, counted from day number 2 (negative before it). */
function weekdaysBelow(n: number): number {
  const weeks = Math.floor((n - 2) / 7);
  return 5 * weeks + Math.min(n - 2 - 7 * weeks, 5);
}

/** How many entries of a sorted array are ≤ x. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Later entries win: pass the bundled data first and the clerk's table after it. */
export function buildDayTable(layers: ReadonlyArray<{ entries: readonly HolidayOverride[]; source: DayMark['source'] }>): DayTable {
  const marks = new Map<number, DayMark>();
  for (const layer of layers) {
    for (const e of layer.entries) {
      marks.set(dayNumberOf(e.day), { working: e.kind === 'workday', name: e.name, source: layer.source });
    }
  }
  const exceptions = [...marks.entries()]
    .filter(([n, mark]) => mark.working === isWeekendNumber(n))
    .map(([n]) => n)
    .sort((a, b) => a - b);
  const shift = [0];
  for (const n of exceptions) shift.push(shift[shift.length - 1] + (isWeekendNumber(n) ? 1 : -1));
  return { marks, exceptions, shift };
}

export function isWorkingNumber(table: DayTable, dayNumber: number): boolean {
  const mark = table.marks.get(dayNumber);
  return mark ? mark.working : !isWeekendNumber(dayNumber);
}

/** Working days in the day numbers (from, to]; 0 when to ≤ from. */
export function countWorkingNumbers(table: DayTable, from: number, to: number): number {
  if (to <= from) return 0;
  const weekdays = weekdaysBelow(to + 1) - weekdaysBelow(from + 1);
  const corrections = table.shift[countAtMost(table.exceptions, to)] - table.shift[countAtMost(table.exceptions, from)];
  return weekdays + corrections;
}

/** The smallest day number d > from with n working days in (from, d]; n ≥ 1. */
export function findNthWorkingNumber(table: DayTable, from: number, n: number): number {
  let span = Math.ceil((n * 7) / 5) + 7;
  while (countWorkingNumbers(table, from, from + span) < n) span *= 2;
  let lo = from;
  let hi = from + span;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (countWorkingNumbers(table, from, mid) >= n) hi = mid;
    else lo = mid;
  }
  return hi;
}
