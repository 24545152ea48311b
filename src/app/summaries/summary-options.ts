/** What a clerk chooses for a summary: the period, the as-of day, and the office's settings. */
import type { WorkCalendar } from '../../core/calendar/work-calendar';
import type { CalendarDay } from '../../core/dates/day';
import type { DeadlineSettings } from '../../core/deadlines/deadline-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Problem } from '../../core/types';
import type { AppraisalScheme } from '../../core/summaries/appraisal/appraisal-scheme';
import type { SummaryPeriod } from '../../core/summaries/period';
import type { QuotaSettings } from '../../core/summaries/quota/quota-policy';

export interface SummaryOptions {
  /** The period counted; a calendar year when omitted (the year of `asOf` for a single summary). */
  readonly period?: SummaryPeriod;
  /** Statuses (办结, 逾期) are judged as of this day. */
  readonly asOf: CalendarDay;
  readonly deadlineSettings: DeadlineSettings;
  readonly calendar: WorkCalendar;
  /** Read from the workbook's 发文定额表; the defaults when omitted. */
  readonly quota?: QuotaSettings;
  /** Read from the workbook's 考核计分办法; the defaults when omitted. */
  readonly scheme?: AppraisalScheme;
}

export interface YearEndOptions extends SummaryOptions {
  readonly year: number;
}

export interface SummaryResult {
  readonly specs: readonly SheetSpec[];
  readonly problems: readonly Problem[];
}
