/**
 * The by-month table: one row per month of the period, one count column per series. It carries
 * no 合计 row because a chart is drawn from it (the total stands in the sheet's other tables).
 */
import type { CalendarDay } from '../../dates/day';
import type { ChartSpec, SpecTable } from '../../sheet-spec';
import { isInPeriod, listPeriodMonths, findMonthSlot, type ResolvedPeriod } from '../period';

export interface MonthSeries {
  readonly header: string;
  /** The day each counted item is counted by; items outside the period are skipped. */
  readonly days: Iterable<CalendarDay>;
}

/**
 * @example buildMonthTable('按月份', period, [{ header: '收文件数', days }]).rows[2] // ['3月', 14]
 */
export function buildMonthTable(caption: string, period: ResolvedPeriod, series: readonly MonthSeries[]): SpecTable {
  const months = listPeriodMonths(period);
  const counts = series.map(() => months.map(() => 0));
  series.forEach((s, i) => {
    for (const day of s.days) {
      if (isInPeriod(day, period)) counts[i][findMonthSlot(day, period)] += 1;
    }
  });
  return {
    caption,
    columns: [{ header: '月份', width: 10, format: 'text' }, ...series.map((s) => ({ header: s.header, width: 12, format: 'integer' as const }))],
    rows: months.map((m, r) => [m.label, ...counts.map((c) => c[r])]),
  };
}

/**
 * A column chart of a month table.
 * @example chartMonths('各月收文件数', 1, 1) // { type: 'column', table: 1, categoryColumn: 0, valueColumns: [1] }
 */
export function chartMonths(title: string, table: number, series: number): ChartSpec {
  return { type: 'column', title, table, categoryColumn: 0, valueColumns: Array.from({ length: series }, (_, i) => i + 1) };
}
