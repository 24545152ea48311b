/**
 * Summaries as the pane runs them: build the sheets from the registers already read, show the
 * names they will be written under, then write them (replacing only the add-in's own sheets).
 */
import { registersOf, type WorkbookAssessment } from '../../app/assess-workbook';
import { buildSummary, type SummaryKind } from '../../app/summaries/build-summary';
import { buildYearEndPackage } from '../../app/summaries/build-year-end-package';
import { planSheetNames, type SheetNamePlan } from '../../app/summaries/plan-sheet-names';
import { readSummarySettings } from '../../app/summaries/read-summary-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { SummaryPeriod } from '../../core/summaries/period';
import type { Problem } from '../../core/types';
import type { WriteOutcome } from '../../hosts/host';
import type { PaneServices } from '../services';
import type { StepHandle } from '../work/step-control';

export type SummaryChoice =
  | { readonly kind: 'single'; readonly summary: SummaryKind; readonly period: SummaryPeriod }
  | { readonly kind: 'yearEnd'; readonly year: number };

export interface SummaryPlan {
  readonly specs: readonly SheetSpec[];
  /** The name each spec will be written under, and the add-in sheet it replaces. */
  readonly names: readonly SheetNamePlan[];
  readonly problems: readonly Problem[];
}

/**
 * Builds the sheets and plans their names; writes nothing.
 * @example const plan = await planSummaryForPane(services, assessment, { kind: 'yearEnd', year: 2026 }, step);
 * plan.names.map((n) => n.name) // ['2026年度 目录', '2026年度 收文统计', …]
 */
export async function planSummaryForPane(services: PaneServices, assessment: WorkbookAssessment, choice: SummaryChoice, step: StepHandle): Promise<SummaryPlan> {
  const settings = await readSummarySettings(services.host);
  step.progress(1, 2);
  const sheets = await services.host.listSheets();
  step.progress(2, 2);
  step.signal.throwIfAborted();
  const ctx = assessment.context;
  const source = { source: services.workbookName, registers: registersOf(assessment) };
  const options = { asOf: ctx.asOf, deadlineSettings: ctx.deadlines, calendar: ctx.calendar, quota: settings.quota, scheme: settings.scheme };
  const built = choice.kind === 'yearEnd' ? buildYearEndPackage([source], { ...options, year: choice.year }) : buildSummary(choice.summary, [source], { ...options, period: choice.period });
  return { specs: built.specs, names: planSheetNames(built.specs, sheets), problems: [...settings.problems, ...built.problems] };
}

/** Writes the planned sheets. */
export function writeSummaryForPane(services: PaneServices, plan: SummaryPlan, step: StepHandle): Promise<WriteOutcome> {
  step.beginWriting();
  return services.host.writeSheets(plan.specs);
}
