/**
 * What every summary sheet shares: its name ("2026年度 收文统计"), its stable purpose
 * ("summary:incoming:2026"), the subtitle with the period and the as-of day, the print setup and
 * the notes every sheet carries.
 */
import type { CalendarDay } from '../dates/day';
import type { PrintSetup, SpecColumn, SpecTable } from '../sheet-spec';
import type { ResolvedPeriod } from './period';
import type { SummaryContext } from './summary-types';

/** The summaries a package holds, by the word their purpose carries. */
export type SummaryTopic = 'contents' | 'incoming' | 'outgoing' | 'supervision' | 'submissions' | 'appraisal' | 'overdue' | 'classified';

export const LANDSCAPE: PrintSetup = { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeader: true };
export const PORTRAIT: PrintSetup = { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatHeader: true };

/**
 * 2026年3月5日
 * @example formatDayZh({ year: 2026, month: 3, day: 5 }) // '2026年3月5日'
 */
export function formatDayZh(d: CalendarDay): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/**
 * @example nameSummarySheet(resolvePeriod({ kind: 'year', year: 2026 }), '收文统计') // '2026年度 收文统计'
 */
export function nameSummarySheet(period: ResolvedPeriod, title: string): string {
  return `${period.label} ${title}`;
}

/**
 * @example namePurpose('incoming', resolvePeriod({ kind: 'year', year: 2026 })) // 'summary:incoming:2026'
 */
export function namePurpose(topic: SummaryTopic, period: ResolvedPeriod): string {
  return `summary:${topic}:${period.key}`;
}

/** An ideographic space: the gap Chinese documents put between two items of one line. */
const GAP = '\u3000';

/**
 * @example describePeriodLine(ctx) // '统计期间：2026年1月1日至2026年12月31日 统计截至：2026年11月20日' (an ideographic space between)
 */
export function describePeriodLine(ctx: Pick<SummaryContext, 'period' | 'asOf'>): string {
  return `统计期间：${formatDayZh(ctx.period.from)}至${formatDayZh(ctx.period.to)}${GAP}统计截至：${formatDayZh(ctx.asOf)}`;
}

/**
 * The notes every summary ends with: data sources and days counted without holiday data.
 * @example describeCommonNotes(ctx)[0] // '数据来源：城关镇、城东镇。状态（办结、逾期等）按统计截至日判断。'
 */
export function describeCommonNotes(ctx: SummaryContext): string[] {
  const notes = [`数据来源：${ctx.data.sources.join('、')}。状态（办结、逾期等）按统计截至日判断。`];
  if (ctx.data.missingHolidayYears.length > 0) {
    notes.push(`注意：${ctx.data.missingHolidayYears.join('、')}年放假安排未载入，工作日按周一至周五计算。`);
  }
  return notes;
}

/** The 工作簿 column per-unit tables carry when several workbooks are summarised together. */
export const SOURCE_COLUMN: SpecColumn = { header: '工作簿', width: 14, format: 'text' };

/**
 * True when figures must be kept apart per workbook.
 * @example isMultiSource({ data: { sources: ['城关镇', '城东镇'] } } as SummaryContext) // true
 */
export function isMultiSource(ctx: Pick<SummaryContext, 'data'>): boolean {
  return ctx.data.sources.length > 1;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/**
 * Numbers the captions of a sheet's tables in order: 一、总体情况, 二、按月份 …
 * @example numberCaptions([{ caption: '总体情况', columns: [], rows: [] }])[0].caption // '一、总体情况'
 */
export function numberCaptions(tables: readonly SpecTable[]): SpecTable[] {
  return tables.map((t, i) => (t.caption ? { ...t, caption: `${NUMERALS[i] ?? String(i + 1)}、${t.caption}` } : t));
}
