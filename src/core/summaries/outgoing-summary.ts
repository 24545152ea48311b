/**
 * 发文统计 with the document quota (发文定额): documents issued in the period by month and by
 * drafting unit (or 机关代字 series, as the quota policy says), and each unit's quota for the
 * year: cap, used, remaining, share used and a straight-line projection to the year's end.
 * Counted by 发文日期.
 */
import type { Problem } from '../types';
import type { SpecTable } from '../sheet-spec';
import { computeQuotas } from './quota/compute-quotas';
import { GROUPING_LABELS } from './quota/quota-policy';
import { buildQuotaTable } from './quota/quota-table';
import { readQuotaUnit } from './quota/quota-unit';
import { buildCountTableBy } from './tables/group-tables';
import { buildMonthTable, chartMonths } from './tables/month-table';
import { ROUNDING_LABELS } from './rounding';
import { LANDSCAPE, describeCommonNotes, describePeriodLine, formatDayZh, isMultiSource, namePurpose, nameSummarySheet, numberCaptions } from './sheet-frame';
import { listCountingDays, selectInPeriod } from './select-items';
import type { BuiltSheet, SummaryContext } from './summary-types';

function describeNewUnit(unit: string, source: string | null, year: number): Problem {
  const where = source ? `“${source}”的` : '';
  return {
    code: 'summary.quota.noHistory',
    severity: 'info',
    message: {
      zh: `${where}“${unit}”${year - 1}年没有发文记录，未按上年发文数测算${year}年发文定额`,
      en: `${unit} issued nothing in ${year - 1}; no ${year} quota was derived from history`,
    },
    fix: { zh: '如需为该单位设定额，请在“发文定额表”中填写年度定额', en: 'Type a cap for this unit into the quota table if it needs one' },
  };
}

/**
 * Tables: 按月份 (charted), 按拟稿单位 or 按机关代字 (with 合计), and 发文定额执行情况 when the
 * period lies within one year.
 * @example buildOutgoingSummary(ctx).spec.purpose // 'summary:outgoing:2026'
 */
export function buildOutgoingSummary(ctx: SummaryContext): BuiltSheet {
  const items = selectInPeriod(ctx.data.items.outgoing, ctx.period);
  const { policy } = ctx.quota;
  const groupLabel = GROUPING_LABELS[policy.groupBy];
  const multi = isMultiSource(ctx);
  const sources = multi ? ctx.data.sources : null;
  const tables: SpecTable[] = [
    buildMonthTable('按月份', ctx.period, [{ header: '发文件数', days: listCountingDays(items) }]),
    buildCountTableBy(items, (i) => readQuotaUnit(i.record, policy.groupBy), { caption: `按${groupLabel}`, label: groupLabel, perSource: sources ?? undefined }),
  ];
  const notes = [`发文件数按发文日期计入统计期间，按${groupLabel}分组（可在“发文定额表”中改为按${policy.groupBy === 'agency' ? '拟稿单位' : '机关代字'}）。`];
  const field = policy.groupBy === 'agency' ? 'docNumber' : 'draftingUnit';
  if (!ctx.data.fields.outgoing.has(field)) notes.push(`登记簿没有“${policy.groupBy === 'agency' ? '发文字号' : '拟稿单位'}”列，各件计入“（未填写）”。`);
  const problems: Problem[] = [];
  const { from, to } = ctx.period;
  if (from.year === to.year) {
    const year = from.year;
    const rows = computeQuotas(ctx.data.items.outgoing, { year, asOf: ctx.asOf, settings: ctx.quota, perSource: sources });
    tables.push(buildQuotaTable(`${year}年发文定额执行情况`, rows, year, policy, multi));
    for (const r of rows) if (r.capSource === 'none') problems.push(describeNewUnit(r.unit || '（未填写拟稿单位）', r.source, year));
    notes.push(
      `年度定额：发文定额表中手填的定额优先；未填的按${year - 1}年同一登记簿中的发文件数 × ${policy.percent}%（${ROUNDING_LABELS[policy.rounding]}）测算；${year - 1}年没有发文记录的单位（如新设单位）不设定额。`,
      `已发文 = ${year}年1月1日至${formatDayZh(ctx.asOf)}（不晚于年底）的发文件数；剩余 = 年度定额 − 已发文；已用比例 = 已发文 ÷ 年度定额。`,
      '预计全年发文 = 已发文 ÷ 已过天数 × 全年天数（按直线推算）；超过年度定额时标出提示。',
    );
  } else notes.push('统计期间跨年度，未计算发文定额。');
  if (ctx.data.undated.outgoing > 0) notes.push(`另有 ${ctx.data.undated.outgoing} 条发文记录没有可识别的发文日期，未计入统计。`);
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '发文统计'),
      purpose: namePurpose('outgoing', ctx.period),
      title: `${ctx.period.label}发文统计`,
      subtitle: describePeriodLine(ctx),
      tables: numberCaptions(tables),
      notes: [...notes, ...describeCommonNotes(ctx)],
      print: LANDSCAPE,
      charts: [chartMonths('各月发文件数', 0, 1)],
    },
    problems,
  };
}
