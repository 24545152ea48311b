/**
 * The overdue workflows as the pane runs them: scan and assess, highlight, clear, write the
 * 催办单. Each goes through src/app over the pane's host, reports progress, and says when it
 * starts writing (from then on it cannot be cancelled). Where the services offer workflows (the
 * web page's worker), the reading and reckoning run there and only the results come back.
 */
import { assessWorkbook, type WorkbookAssessment } from '../../app/assess-workbook';
import { clearHighlights, highlightOverdue, type HighlightReport } from '../../app/highlight';
import { writeReminder, type ReminderReport } from '../../app/remind';
import type { CalendarDay } from '../../core/dates/day';
import type { ClearOutcome } from '../../hosts/host';
import type { PaneServices, WorkflowOptions } from '../services';
import type { StepHandle } from '../work/step-control';

export interface OverdueRequest {
  /** The clerk's as-of day; null: the settings' fixed day, else today. */
  readonly asOf: CalendarDay | null;
  /** One sheet, or null for the whole workbook. */
  readonly scope: string | null;
}

/** The src/app options of a step: its as-of day, scope, cancel and progress. */
export function scanOptions(services: PaneServices, request: OverdueRequest, step: StepHandle, writesAfter: boolean): WorkflowOptions {
  return {
    asOf: request.asOf ?? undefined,
    now: services.now(),
    sheets: request.scope === null ? undefined : [request.scope],
    signal: step.signal,
    onProgress: (done: number, total: number, sheet: string) => {
      step.progress(done, total, sheet);
      // The scan reports done === total once every sheet is read: writing starts next.
      if (writesAfter && done === total) step.beginWriting();
    },
  };
}

/**
 * Reads every sheet and counts statuses; changes nothing.
 * @example const assessment = await assessForPane(services, { asOf: null, scope: null }, step);
 */
export function assessForPane(services: PaneServices, request: OverdueRequest, step: StepHandle): Promise<WorkbookAssessment> {
  const options = scanOptions(services, request, step, false);
  return services.workflows ? services.workflows.assess(options) : assessWorkbook(services.host, options);
}

/**
 * Paints overdue, due-soon and late-finished rows of the scope (replacing the previous status marks).
 * @example const report = await highlightForPane(services, { asOf: null, scope: '收文' }, step);
 */
export function highlightForPane(services: PaneServices, request: OverdueRequest, step: StepHandle): Promise<HighlightReport> {
  const options = scanOptions(services, request, step, true);
  return services.workflows ? services.workflows.highlight(options) : highlightOverdue(services.host, options);
}

/**
 * Takes the status marks off the scope, giving every cell its fill back.
 * @example const outcomes = await clearForPane(services, { asOf: null, scope: null }, step);
 */
export function clearForPane(services: PaneServices, request: OverdueRequest, step: StepHandle): Promise<ClearOutcome[]> {
  step.beginWriting();
  return clearHighlights(services.host, { sheets: request.scope === null ? undefined : [request.scope] });
}

/**
 * Writes the 催办单 sheet for the scope (overdue and due-soon items by handling unit).
 * @example const report = await remindForPane(services, { asOf: null, scope: null }, step);
 */
export function remindForPane(services: PaneServices, request: OverdueRequest, step: StepHandle): Promise<ReminderReport> {
  const options = scanOptions(services, request, step, true);
  return services.workflows ? services.workflows.remind(options) : writeReminder(services.host, options);
}
