/**
 * One record's status as of a day, from its deadline and whether (and when) it was finished
 * (shared/domain.md: done, doneLate, overdue, dueSoon, open, noDeadline).
 */
import { compareDays, type CalendarDay } from '../dates/day';
import { dayNumberOf } from '../calendar/day-number';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Deadline } from '../deadlines/deadline-types';
import type { Assessment } from './assessment-types';

export interface StatusInput {
  readonly deadline: Deadline | null;
  /** The completion date, if the record has one. */
  readonly completed: CalendarDay | null;
  /** The result column says finished (negations already taken into account). */
  readonly finishedByText: boolean;
}

export interface StatusOptions {
  readonly asOf: CalendarDay;
  readonly warningWorkingDays: number;
  readonly calendar: WorkCalendar;
}

type StatusPart = Omit<Assessment, 'row' | 'deadline' | 'noDeadline'>;

type FinishedOn = { readonly by: 'date'; readonly day: CalendarDay };

/**
 * One "finished on" per completion day object: most items of a register are finished, on a few
 * hundred distinct days, and hosts share one day object per date.
 */
const finishedOnDay = new WeakMap<CalendarDay, FinishedOn>();

function finishedOn(day: CalendarDay): FinishedOn {
  let finished = finishedOnDay.get(day);
  if (finished === undefined) finishedOnDay.set(day, (finished = { by: 'date', day }));
  return finished;
}

const daysBetween = (a: CalendarDay, b: CalendarDay): number => dayNumberOf(b) - dayNumberOf(a);

/**
 * A completion date after the as-of day has not happened yet as of that day: the item counts as
 * open then. A deadline equal to the as-of day is `dueSoon`, not overdue.
 * @example decideStatus({ deadline, completed: null, finishedByText: false }, { asOf: deadline.day, warningWorkingDays: 3, calendar }).status
 * // 'dueSoon'
 */
export function decideStatus(input: StatusInput, options: StatusOptions): StatusPart {
  const { deadline, completed } = input;
  const { asOf, calendar } = options;
  if (completed && compareDays(completed, asOf) <= 0) {
    const finished = finishedOn(completed);
    if (deadline && compareDays(completed, deadline.day) > 0) {
      return {
        status: 'doneLate',
        finished,
        daysLate: { working: calendar.countWorkingDays(deadline.day, completed), calendar: daysBetween(deadline.day, completed) },
      };
    }
    return { status: 'done', finished };
  }
  if (!completed && input.finishedByText) return { status: 'done', finished: { by: 'text' } };
  if (!deadline) return { status: 'noDeadline', finished: null };
  const order = compareDays(deadline.day, asOf);
  if (order < 0) {
    return {
      status: 'overdue',
      finished: null,
      daysLate: { working: calendar.countWorkingDays(deadline.day, asOf), calendar: daysBetween(deadline.day, asOf) },
    };
  }
  const left = calendar.countWorkingDays(asOf, deadline.day);
  return { status: order === 0 || left <= options.warningWorkingDays ? 'dueSoon' : 'open', finished: null, workingDaysLeft: left };
}
