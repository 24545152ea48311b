/**
 * Builds one summary sheet (or several) from registers of many workbooks: every register is
 * assessed once, then each builder reads the same statuses.
 */
import { describeMissingHolidayYears } from '../../core/calendar/missing-years';
import { DEFAULT_APPRAISAL_SCHEME } from '../../core/summaries/appraisal/appraisal-scheme';
import { buildAppraisalSummary } from '../../core/summaries/appraisal-summary';
import { buildIncomingSummary } from '../../core/summaries/incoming-summary';
import { buildClassifiedListSheet, buildOverdueListSheet } from '../../core/summaries/lists/list-sheets';
import { buildOutgoingSummary } from '../../core/summaries/outgoing-summary';
import { resolvePeriod } from '../../core/summaries/period';
import { prepareSummaryData } from '../../core/summaries/prepare-summary-data';
import { DEFAULT_QUOTA_SETTINGS } from '../../core/summaries/quota/quota-policy';
import type { SummaryTopic } from '../../core/summaries/sheet-frame';
import { buildSubmissionsSummary } from '../../core/summaries/submissions-summary';
import type { BuiltSheet, SummaryContext, SummarySource } from '../../core/summaries/summary-types';
import { buildSupervisionSummary } from '../../core/summaries/supervision-summary';
import type { Problem } from '../../core/types';
import type { SummaryOptions, SummaryResult } from './summary-options';

/** The summaries that can be built one at a time. */
export type SummaryKind = Exclude<SummaryTopic, 'contents'>;

export const SUMMARY_BUILDERS: Readonly<Record<SummaryKind, (ctx: SummaryContext) => BuiltSheet>> = {
  incoming: buildIncomingSummary,
  outgoing: buildOutgoingSummary,
  supervision: buildSupervisionSummary,
  submissions: buildSubmissionsSummary,
  appraisal: buildAppraisalSummary,
  overdue: buildOverdueListSheet,
  classified: buildClassifiedListSheet,
};

/**
 * Assesses every register once and gives the context every builder reads. `finish` lists the
 * problems of the run, naming once each year the calendar had no holidays for.
 * @example const { ctx, finish } = prepareContext(sources, options, 2026);
 */
export function prepareContext(sources: readonly SummarySource[], options: SummaryOptions, defaultYear: number): { ctx: SummaryContext; finish: (more: readonly Problem[]) => Problem[] } {
  const data = prepareSummaryData(sources, { asOf: options.asOf, deadlineSettings: options.deadlineSettings, calendar: options.calendar });
  const ctx: SummaryContext = {
    data,
    period: resolvePeriod(options.period ?? { kind: 'year', year: defaultYear }),
    asOf: options.asOf,
    scheme: options.scheme ?? DEFAULT_APPRAISAL_SCHEME,
    quota: options.quota ?? DEFAULT_QUOTA_SETTINGS,
  };
  const finish = (more: readonly Problem[]): Problem[] => [...data.problems, ...more, ...describeMissingHolidayYears(data.missingHolidayYears)];
  return { ctx, finish };
}

/**
 * One summary: 收文统计, 发文统计, 督办统计, 信息报送统计, 考核汇总, or one of the two lists.
 * @example
 * const { specs } = buildSummary('incoming', [{ source: '城关镇', registers }], { asOf, deadlineSettings, calendar });
 * specs[0].purpose // 'summary:incoming:2026' (the year of asOf)
 */
export function buildSummary(kind: SummaryKind, sources: readonly SummarySource[], options: SummaryOptions): SummaryResult {
  const { ctx, finish } = prepareContext(sources, options, options.asOf.year);
  const built = SUMMARY_BUILDERS[kind](ctx);
  return { specs: [built.spec], problems: finish(built.problems) };
}
