/**
 * The period a summary covers: a calendar year (the default), a quarter, a month or a custom
 * range of days. Every figure is counted by the one date that fits it (received, issued,
 * assigned, completed); the period only says which days count.
 */
import { compareDays, daysInMonth, makeDay, type CalendarDay } from '../dates/day';

export type SummaryPeriod =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'range'; readonly from: CalendarDay; readonly to: CalendarDay };

export interface ResolvedPeriod {
  readonly period: SummaryPeriod;
  /** First and last day, both counted. */
  readonly from: CalendarDay;
  readonly to: CalendarDay;
  /** How a clerk names it: 2026年度, 2026年第1季度, 2026年3月, 2026-03-01至2026-06-30. */
  readonly label: string;
  /** Stable key for sheet purposes: 2026, 2026Q1, 2026-03, 2026-03-01..2026-06-30. */
  readonly key: string;
}

export interface MonthSlot {
  readonly year: number;
  readonly month: number;
  readonly label: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const iso = (d: CalendarDay): string => `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;

function dayOf(year: number, month: number, day: number): CalendarDay {
  return makeDay(year, month, day) ?? { year, month, day };
}

/**
 * Turns a period into its first and last day, its label and its key. A range given backwards is
 * read forwards.
 * @example resolvePeriod({ kind: 'quarter', year: 2026, quarter: 2 }).label // '2026年第2季度'
 * @example resolvePeriod({ kind: 'year', year: 2026 }).to // { year: 2026, month: 12, day: 31 }
 */
export function resolvePeriod(period: SummaryPeriod): ResolvedPeriod {
  switch (period.kind) {
    case 'year':
      return { period, from: dayOf(period.year, 1, 1), to: dayOf(period.year, 12, 31), label: `${period.year}年度`, key: `${period.year}` };
    case 'quarter': {
      const first = (period.quarter - 1) * 3 + 1;
      return {
        period,
        from: dayOf(period.year, first, 1),
        to: dayOf(period.year, first + 2, daysInMonth(period.year, first + 2)),
        label: `${period.year}年第${period.quarter}季度`,
        key: `${period.year}Q${period.quarter}`,
      };
    }
    case 'month':
      return {
        period,
        from: dayOf(period.year, period.month, 1),
        to: dayOf(period.year, period.month, daysInMonth(period.year, period.month)),
        label: `${period.year}年${period.month}月`,
        key: `${period.year}-${pad2(period.month)}`,
      };
    case 'range': {
      const [from, to] = compareDays(period.from, period.to) <= 0 ? [period.from, period.to] : [period.to, period.from];
      return { period, from, to, label: `${iso(from)}至${iso(to)}`, key: `${iso(from)}..${iso(to)}` };
    }
  }
}

/**
 * True when a day falls in the period (both ends counted).
 * @example isInPeriod({ year: 2026, month: 12, day: 31 }, resolvePeriod({ kind: 'year', year: 2026 })) // true
 */
export function isInPeriod(day: CalendarDay, period: Pick<ResolvedPeriod, 'from' | 'to'>): boolean {
  return compareDays(day, period.from) >= 0 && compareDays(day, period.to) <= 0;
}

/**
 * The months a period touches, in order, labelled "3月" (or "2026年3月" when it spans years).
 * @example listPeriodMonths(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 1 })).map((m) => m.label) // ['1月', '2月', '3月']
 */
export function listPeriodMonths(period: Pick<ResolvedPeriod, 'from' | 'to'>): MonthSlot[] {
  const oneYear = period.from.year === period.to.year;
  const slots: MonthSlot[] = [];
  for (let y = period.from.year, m = period.from.month; y < period.to.year || (y === period.to.year && m <= period.to.month); ) {
    slots.push({ year: y, month: m, label: oneYear ? `${m}月` : `${y}年${m}月` });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return slots;
}

/**
 * The index of a day's month among {@link listPeriodMonths}; outside 0..n-1 for other months.
 * @example findMonthSlot({ year: 2026, month: 3, day: 5 }, resolvePeriod({ kind: 'year', year: 2026 })) // 2
 */
export function findMonthSlot(day: CalendarDay, period: Pick<ResolvedPeriod, 'from'>): number {
  return (day.year - period.from.year) * 12 + (day.month - period.from.month);
}
