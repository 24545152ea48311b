/** Picking the items a figure counts, by the date that fits it. */
import type { CalendarDay } from '../dates/day';
import { isInPeriod, type ResolvedPeriod } from './period';
import type { SummaryItem } from './summary-types';

/**
 * The items whose counting day (received, issued, assigned, submitted) falls in the period.
 * @example selectInPeriod(data.items.incoming, period).length // documents received in the period
 */
export function selectInPeriod(items: readonly SummaryItem[], period: ResolvedPeriod): SummaryItem[] {
  return items.filter((item) => item.day !== null && isInPeriod(item.day, period));
}

/**
 * The completion days of items finished with a date (as of the as-of day), whenever they came in.
 * @example [...listCompletionDays(data.items.supervision)].length // items finished with a 办结日期
 */
export function* listCompletionDays(items: readonly SummaryItem[]): Generator<CalendarDay> {
  for (const item of items) {
    const finished = item.assessment.finished;
    if (finished?.by === 'date') yield finished.day;
  }
}

/** The counting days of items (all of them dated). */
export function* listCountingDays(items: readonly SummaryItem[]): Generator<CalendarDay> {
  for (const item of items) if (item.day) yield item.day;
}
