/**
 * 督办统计: supervised items assigned in the period, by month, by source (事项来源), category,
 * leader and handling unit, each with 办结率 and 按时办结率; the overdue items still open with
 * their days late; the 满意率 where the ledger records verdicts; 建议提案 result grades A–D where
 * present. Counted by 交办日期; completions by month by 办结日期.
 */
import type { SpecTable } from '../sheet-spec';
import type { FieldName } from '../types';
import { buildOverdueTable, sortOverdue } from './lists/overdue-table';
import { buildGradeTable } from './supervision/grade-table';
import { buildSatisfactionTable } from './supervision/satisfaction-table';
import { readLabel } from './tables/buckets';
import { buildSourceStatusTable, buildStatusTableBy } from './tables/group-tables';
import { buildMonthTable, chartMonths } from './tables/month-table';
import { describeRateNotes } from './tables/rate-notes';
import { buildOverviewTable } from './tables/status-table';
import { addToTally, createTally } from './tables/status-tally';
import { LANDSCAPE, describeCommonNotes, describePeriodLine, isMultiSource, namePurpose, nameSummarySheet, numberCaptions } from './sheet-frame';
import { listCompletionDays, listCountingDays, selectInPeriod } from './select-items';
import type { BuiltSheet, SummaryContext } from './summary-types';

/** The breakdowns, in order: field, its name, and whether units of different workbooks stay apart. */
const BREAKDOWNS: ReadonlyArray<readonly [FieldName, string, boolean]> = [
  ['source', '事项来源', false],
  ['category', '类别', false],
  ['leader', '批示领导', true],
  ['handler', '承办单位', true],
];

/**
 * @example buildSupervisionSummary(ctx).spec.name // '2026年度 督办统计'
 */
export function buildSupervisionSummary(ctx: SummaryContext): BuiltSheet {
  const items = selectInPeriod(ctx.data.items.supervision, ctx.period);
  const fields = ctx.data.fields.supervision;
  const multi = isMultiSource(ctx);
  const overall = createTally();
  for (const item of items) addToTally(overall, item);
  const tables: SpecTable[] = [
    buildOverviewTable('总体情况', '全部督办事项', overall),
    buildMonthTable('按月份', ctx.period, [
      { header: '交办件数', days: listCountingDays(items) },
      { header: '办结件数', days: listCompletionDays(ctx.data.items.supervision) },
    ]),
  ];
  const notes: string[] = [
    '督办事项按交办日期（没有交办日期的按收文日期）计入统计期间；“按月份”表中的办结件数按办结日期计入。',
    ...describeRateNotes('交办日期'),
  ];
  for (const [field, label, apart] of BREAKDOWNS) {
    if (fields.has(field)) tables.push(buildStatusTableBy(ctx, items, (i) => readLabel(i.record, field), { caption: `按${label}`, label }, apart && multi));
    else notes.push(`台账没有“${label}”列，未按${label}统计。`);
  }
  if (fields.has('satisfaction')) {
    tables.push(buildSatisfactionTable('满意度', items, multi ? ctx.data.sources : null));
    notes.push('满意率 =（满意件数 + 基本满意件数）÷ 已评价件数；未填写或无法识别评价的事项不计入。');
  }
  const grades = buildGradeTable('建议提案办理结果', items);
  if (grades) {
    tables.push(grades);
    notes.push('建议提案办理结果按“办理结果”列开头的 A、B、C、D 等级统计。');
  }
  const overdue = sortOverdue(items, ctx.data.sources);
  tables.push(buildOverdueTable(`逾期未办结事项（${overdue.length} 件）`, overdue, multi));
  notes.push('逾期工作日 = 办理时限次日至统计截至日的工作日数；逾期自然日同理按日历日计算。');
  if (multi) tables.push(buildSourceStatusTable(ctx, items, '按工作簿'));
  if (ctx.data.undated.supervision > 0) notes.push(`另有 ${ctx.data.undated.supervision} 条督办记录没有可识别的交办日期，未计入统计。`);
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '督办统计'),
      purpose: namePurpose('supervision', ctx.period),
      title: `${ctx.period.label}督查督办统计`,
      subtitle: describePeriodLine(ctx),
      tables: numberCaptions(tables),
      notes: [...notes, ...describeCommonNotes(ctx)],
      print: LANDSCAPE,
      charts: [chartMonths('各月交办与办结件数', 1, 2)],
    },
    problems: [],
  };
}
