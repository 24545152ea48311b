/**
 * Settings that live in sheets a clerk edits directly: the holiday table (filled from the State
 * Council's notice) and the summaries' quota table and appraisal scheme.
 */
import { saveHolidayEntries } from '../../app/holidays';
import { buildYearEndPackage } from '../../app/summaries/build-year-end-package';
import { collectSummarySource } from '../../app/summaries/collect-summary-source';
import { loadWorkbookContext } from '../../app/workbook-context';
import type { HolidayNoticeParse } from '../../core/calendar/holiday-notice';
import type { CalendarDay } from '../../core/dates/day';
import { APPRAISAL_PURPOSE } from '../../core/summaries/settings/appraisal-scheme-sheet';
import { QUOTA_PURPOSE } from '../../core/summaries/settings/quota-sheet';
import type { WriteOutcome } from '../../hosts/host';
import type { PaneServices } from '../services';
import type { StepHandle } from '../work/step-control';

/** The purposes of the two summary settings sheets. */
export const SUMMARY_SETTINGS_PURPOSES: readonly string[] = [QUOTA_PURPOSE, APPRAISAL_PURPOSE];

/**
 * Merges a confirmed notice into the holiday table (its year replaced, other years kept).
 * @example await saveNoticeForPane(services, previewHolidayNotice(text), step)
 */
export function saveNoticeForPane(services: PaneServices, notice: HolidayNoticeParse, step: StepHandle): Promise<WriteOutcome> {
  step.beginWriting();
  return saveHolidayEntries(services.host, notice);
}

/**
 * Writes the quota table (from the outgoing registers) and the appraisal scheme with their
 * defaults, as the year-end package would, leaving any that already exist alone.
 * @example await createSummarySettingsSheets(services, asOf, [QUOTA_PURPOSE], step)
 */
export async function createSummarySettingsSheets(services: PaneServices, asOf: CalendarDay | null, missing: readonly string[], step: StepHandle): Promise<WriteOutcome> {
  const context = await loadWorkbookContext(services.host, { asOf: asOf ?? undefined, now: services.now() });
  const { source } = await collectSummarySource(services.host, services.workbookName, { signal: step.signal, onProgress: (d, t, s) => step.progress(d, t, s) });
  const built = buildYearEndPackage([source], { year: context.asOf.year, asOf: context.asOf, deadlineSettings: context.deadlines, calendar: context.calendar });
  const specs = built.specs.filter((s) => missing.includes(s.purpose));
  step.beginWriting();
  return services.host.writeSheets(specs);
}
