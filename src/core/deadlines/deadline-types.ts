/**
 * What a deadline is and how it was reached. The unit must show wherever a deadline is shown
 * (shared/domain.md: "5个工作日" and "5天" are different promises), so every computed deadline
 * carries its derivation.
 */
import type { CalendarDay } from '../dates/day';

export type DeadlineUnit = 'workingDays' | 'calendarDays' | 'months';

export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['workingDays', 'calendarDays', 'months'];

/** A time limit: "5个工作日" is { amount: 5, unit: 'workingDays' }. */
export interface Period {
  readonly amount: number;
  readonly unit: DeadlineUnit;
}

/**
 * - `explicit`: the clerk wrote the day (a date, "3月底前", "年底前");
 * - `relative`: the clerk wrote a period ("5个工作日") counted from the received/assigned day;
 * - `default`: the cell gave none and a default rule of the register's settings applied.
 */
export type DeadlineSource = 'explicit' | 'relative' | 'default';

export interface Deadline {
  readonly day: CalendarDay;
  readonly source: DeadlineSource;
  readonly unit?: DeadlineUnit;
  readonly amount?: number;
  /** The default rule that applied: `urgency:特急`, `category:急办件`, or `fallback`. */
  readonly rule?: string;
  /** What the clerk wrote in the deadline cell, when it was text. */
  readonly text?: string;
  /** The received/assigned day a period was counted from (counting starts the day after). */
  readonly from?: CalendarDay;
}

/** Why an item has no deadline. */
export type NoDeadlineReason =
  /** "长期", "持续推进", "每月" …: no single deadline. */
  | 'ongoing'
  /** Nothing written and no default rule for it (an ordinary incoming document, a 阅件). */
  | 'noRule'
  /** A period or a default applies but there is no received/assigned day to count from. */
  | 'noStartDay';

export interface DeadlineResult {
  readonly deadline: Deadline | null;
  /** Set when `deadline` is null. */
  readonly noDeadline?: NoDeadlineReason;
}
