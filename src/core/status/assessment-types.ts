/** What the status engine says about each record of a register, and about the register. */
import type { CalendarDay } from '../dates/day';
import type { Deadline, NoDeadlineReason } from '../deadlines/deadline-types';
import type { ItemStatus, Problem } from '../types';

export interface Lateness {
  readonly working: number;
  readonly calendar: number;
}

export interface Assessment {
  /** 1-based sheet row of the record. */
  readonly row: number;
  readonly status: ItemStatus;
  readonly deadline: Deadline | null;
  /** Why there is no deadline, when there is none. */
  readonly noDeadline?: NoDeadlineReason;
  /** How the item is known to be finished as of the as-of day, or null while it is open. */
  readonly finished: { readonly by: 'date'; readonly day: CalendarDay } | { readonly by: 'text' } | null;
  /** How late: as of the as-of day for `overdue`, at completion for `doneLate`. */
  readonly daysLate?: Lateness;
  /** Working days from the as-of day to the deadline, for `dueSoon` and `open`. */
  readonly workingDaysLeft?: number;
}

export interface RegisterAssessment {
  readonly items: readonly Assessment[];
  readonly counts: Readonly<Record<ItemStatus, number>>;
  /** Years the calendar had no holiday data for while counting this register. */
  readonly missingHolidayYears: readonly number[];
  readonly problems: readonly Problem[];
}
