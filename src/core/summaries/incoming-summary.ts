/**
 * 收文统计: documents received in the period by month, by sender (top 20, the rest summed), by
 * 密级 and 紧急程度, and by handling unit with 办结率, 按时办结率, average handling time and the
 * open and overdue counts. Counted by 收文日期; completions by month by 办结日期.
 */
import type { SpecTable } from '../sheet-spec';
import { readLabel } from './tables/buckets';
import { buildCountTableBy, buildSourceStatusTable, buildStatusTableBy } from './tables/group-tables';
import { buildMonthTable, chartMonths } from './tables/month-table';
import { describeRateNotes } from './tables/rate-notes';
import { buildOverviewTable } from './tables/status-table';
import { addToTally, createTally } from './tables/status-tally';
import { CLASSIFICATION_ORDER, URGENCY_ORDER, readClassificationLevel, readUrgency } from './tables/value-order';
import { LANDSCAPE, describeCommonNotes, describePeriodLine, isMultiSource, namePurpose, nameSummarySheet, numberCaptions } from './sheet-frame';
import { listCompletionDays, listCountingDays, selectInPeriod } from './select-items';
import type { BuiltSheet, SummaryContext, SummaryItem } from './summary-types';

/** Senders listed one by one before the rest are summed. */
export const TOP_SENDERS = 20;

/**
 * Tables, in order: 总体情况, 按月份 (charted), 按来文单位, 按密级, 按紧急程度, 按承办单位, and
 * 按工作簿 when several workbooks are summarised. A table whose column no register has is left
 * out and the notes say so.
 * @example buildIncomingSummary(ctx).spec.name // '2026年度 收文统计'
 */
export function buildIncomingSummary(ctx: SummaryContext): BuiltSheet {
  const items = selectInPeriod(ctx.data.items.incoming, ctx.period);
  const fields = ctx.data.fields.incoming;
  const multi = isMultiSource(ctx);
  const overall = createTally();
  for (const item of items) addToTally(overall, item);
  const tables: SpecTable[] = [
    buildOverviewTable('总体情况', '全部收文', overall),
    buildMonthTable('按月份', ctx.period, [
      { header: '收文件数', days: listCountingDays(items) },
      { header: '办结件数', days: listCompletionDays(ctx.data.items.incoming) },
    ]),
  ];
  const notes: string[] = [
    '收文件数按收文日期计入统计期间；“按月份”表中的办结件数按办结日期计入（含期间以前收到、在期间内办结的文件）。',
    ...describeRateNotes('收文日期'),
  ];
  const missing = (label: string): void => {
    notes.push(`登记簿没有“${label}”列，未按${label}统计。`);
  };
  if (fields.has('sender')) {
    tables.push(buildCountTableBy(items, (i) => readLabel(i.record, 'sender'), { caption: '按来文单位', label: '来文单位', top: TOP_SENDERS }));
    notes.push(`来文单位列出件数最多的 ${TOP_SENDERS} 个，其余合并为“其他”。`);
  } else missing('来文单位');
  if (fields.has('classification')) {
    const read = (i: SummaryItem): string => readClassificationLevel(readLabel(i.record, 'classification'));
    tables.push(buildCountTableBy(items, read, { caption: '按密级', label: '密级', order: CLASSIFICATION_ORDER }));
  } else missing('密级');
  if (fields.has('urgency')) {
    tables.push(buildCountTableBy(items, (i) => readUrgency(readLabel(i.record, 'urgency')), { caption: '按紧急程度', label: '紧急程度', order: URGENCY_ORDER }));
  } else missing('紧急程度');
  if (fields.has('handler')) {
    tables.push(buildStatusTableBy(ctx, items, (i) => readLabel(i.record, 'handler'), { caption: '按承办单位', label: '承办单位' }, multi));
  } else missing('承办单位');
  if (multi) tables.push(buildSourceStatusTable(ctx, items, '按工作簿'));
  if (ctx.data.undated.incoming > 0) notes.push(`另有 ${ctx.data.undated.incoming} 条收文记录没有可识别的收文日期，未计入统计。`);
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '收文统计'),
      purpose: namePurpose('incoming', ctx.period),
      title: `${ctx.period.label}收文统计`,
      subtitle: describePeriodLine(ctx),
      tables: numberCaptions(tables),
      notes: [...notes, ...describeCommonNotes(ctx)],
      print: LANDSCAPE,
      charts: [chartMonths('各月收文与办结件数', 1, 2)],
    },
    problems: [],
  };
}
