/**
 * The pane's workflows as they cross between the engine and the page. Their results are plain
 * data except the working-day calendar, which is functions over a day table: it stays behind, and
 * the page builds the same calendar again from the holiday entries it was built from (the bundled
 * days plus the clerk's 节假日表, `createWorkCalendar` being a pure function of them).
 */
import type { WorkbookAssessment } from '../../app/assess-workbook';
import type { WorkbookCheck } from '../../app/check/check-workbook-findings';
import type { HighlightReport } from '../../app/highlight';
import type { ReminderReport } from '../../app/remind';
import { createWorkCalendar } from '../../core/calendar/work-calendar';
import type { HolidayOverride } from '../../core/calendar/holiday-override';
import type { CalendarDay } from '../../core/dates/day';
import type { WorkbookContext } from '../../app/workbook-context';

/** What a workflow is asked, as data: "now" as milliseconds, no signal, no callbacks. */
export interface WorkflowRequest {
  readonly asOf?: CalendarDay;
  readonly nowMs?: number;
  readonly sheets?: readonly string[];
}

export interface WireContext extends Omit<WorkbookContext, 'calendar'> {
  /** The clerk's holiday table; the bundled days are the page's own. */
  readonly holidays: readonly HolidayOverride[];
}

export interface WireAssessment extends Omit<WorkbookAssessment, 'context'> {
  readonly context: WireContext;
}

export type WireHighlight = Omit<HighlightReport, 'assessment'> & { readonly assessment: WireAssessment };
export type WireReminder = Omit<ReminderReport, 'assessment'> & { readonly assessment: WireAssessment };
export type WireCheck = Omit<WorkbookCheck, 'assessment'> & { readonly assessment: WireAssessment };

/**
 * The assessment without its calendar (the engine's side).
 * @example postMessage(toWireAssessment(assessment, holidays))
 */
export function toWireAssessment(assessment: WorkbookAssessment, holidays: readonly HolidayOverride[]): WireAssessment {
  const { calendar: _calendar, ...context } = assessment.context;
  return { ...assessment, context: { ...context, holidays } };
}

/**
 * The assessment with its calendar built again (the page's side). Its sheets are the very
 * objects received, so a check's sheets still point into them.
 * @example fromWireAssessment(received).context.calendar.isWorkingDay(day)
 */
export function fromWireAssessment(wire: WireAssessment): WorkbookAssessment {
  const { holidays, ...context } = wire.context;
  return { ...wire, context: { ...context, calendar: createWorkCalendar(holidays) } };
}
