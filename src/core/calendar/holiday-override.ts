/**
 * One line of the holiday table a clerk keeps in the workbook (or reads from the State Council's
 * notice): a day off, or a weekend day worked in exchange (调休). Entries win over bundled data.
 */
import type { CalendarDay } from '../dates/day';

export type HolidayOverrideKind = 'holiday' | 'workday';

export interface HolidayOverride {
  readonly day: CalendarDay;
  /** `holiday`: a rest day even if it is a weekday; `workday`: a working day even on a weekend. */
  readonly kind: HolidayOverrideKind;
  /** The holiday it belongs to: 元旦, 春节, 国庆节 … (may be empty). */
  readonly name: string;
}
