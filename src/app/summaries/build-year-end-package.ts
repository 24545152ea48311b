/**
 * 年终汇总: one action that builds every summary for a chosen year, the list of overdue items still
 * open, the list of classified documents not yet returned, a contents sheet linking to each, and
 * — when the workbook has none yet — the editable quota table and appraisal scheme.
 */
import { DEFAULT_APPRAISAL_SCHEME } from '../../core/summaries/appraisal/appraisal-scheme';
import { buildContentsSheet } from '../../core/summaries/contents-sheet';
import { computeQuotas } from '../../core/summaries/quota/compute-quotas';
import { buildAppraisalSchemeSheet } from '../../core/summaries/settings/appraisal-scheme-sheet';
import { buildQuotaSheet } from '../../core/summaries/settings/quota-sheet';
import type { SummaryContext } from '../../core/summaries/summary-types';
import type { RegisterKind } from '../../core/types';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Problem } from '../../core/types';
import { SUMMARY_BUILDERS, prepareContext, type SummaryKind } from './build-summary';
import type { SummaryResult, YearEndOptions } from './summary-options';
import type { SummarySource } from '../../core/summaries/summary-types';

/** Which registers a summary needs: it is left out of the package when none of them exists. */
const NEEDS: Readonly<Record<SummaryKind, readonly RegisterKind[]>> = {
  incoming: ['incoming'],
  outgoing: ['outgoing'],
  supervision: ['supervision'],
  submissions: ['submissions'],
  appraisal: ['incoming', 'supervision', 'submissions'],
  overdue: ['incoming', 'supervision'],
  classified: ['incoming'],
};

const ORDER: readonly SummaryKind[] = ['incoming', 'outgoing', 'supervision', 'submissions', 'appraisal', 'overdue', 'classified'];

function buildSettingsSheets(ctx: SummaryContext, options: YearEndOptions): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  if (!options.quota && ctx.data.fields.outgoing.size > 0) {
    const perSource = ctx.data.sources.length > 1 ? ctx.data.sources : null;
    const rows = computeQuotas(ctx.data.items.outgoing, { year: options.year, asOf: ctx.asOf, settings: ctx.quota, perSource });
    sheets.push(buildQuotaSheet({ year: options.year, settings: ctx.quota, rows, bySource: perSource !== null }));
  }
  if (!options.scheme) sheets.push(buildAppraisalSchemeSheet(DEFAULT_APPRAISAL_SCHEME));
  return sheets;
}

/**
 * @example
 * const { specs, problems } = buildYearEndPackage(sources, { year: 2026, asOf, deadlineSettings, calendar });
 * specs.map((s) => s.name) // ['2026年度 目录', '2026年度 收文统计', …, '发文定额表', '考核计分办法']
 */
export function buildYearEndPackage(sources: readonly SummarySource[], options: YearEndOptions): SummaryResult {
  const { ctx, finish } = prepareContext(sources, options, options.year);
  const specs: SheetSpec[] = [];
  const problems: Problem[] = [];
  for (const kind of ORDER) {
    if (!NEEDS[kind].some((k) => ctx.data.fields[k].size > 0)) continue;
    const built = SUMMARY_BUILDERS[kind](ctx);
    specs.push(built.spec);
    problems.push(...built.problems);
  }
  specs.push(...buildSettingsSheets(ctx, options));
  return { specs: [buildContentsSheet(ctx, specs), ...specs], problems: finish(problems) };
}
