/**
 * Each unit's quota for a year: its cap (typed into the quota table, else a share of its count
 * in the previous year, else none), what it has used up to the as-of day, what remains, and a
 * straight-line projection to the year's end with a warning when it will pass the cap.
 */
import { compareDays, daysBetween, makeDay, type CalendarDay } from '../../dates/day';
import { normalizeValue } from '../../text/normalize';
import { applyShare } from '../rounding';
import type { SummaryItem } from '../summary-types';
import { createBuckets, sortBuckets } from '../tables/buckets';
import type { QuotaSettings, TypedCap } from './quota-policy';
import { readQuotaUnit } from './quota-unit';

export type CapSource = 'typed' | 'history' | 'none';

export interface QuotaRow {
  /** The workbook, when units are kept apart per workbook. */
  readonly source: string | null;
  readonly unit: string;
  /** Documents issued in the previous year. */
  readonly previous: number;
  readonly cap: number | null;
  readonly capSource: CapSource;
  /** Issued from 1 January up to the as-of day (or the year's end). */
  readonly used: number;
  readonly remaining: number | null;
  /** used ÷ cap */
  readonly shareUsed: number | null;
  /** used × days in the year ÷ days elapsed; null before the year starts. */
  readonly projected: number | null;
  readonly warning: 'over' | 'willExceed' | null;
}

export interface QuotaOptions {
  readonly year: number;
  readonly asOf: CalendarDay;
  readonly settings: QuotaSettings;
  /** Keep units apart per workbook, in this order. */
  readonly perSource: readonly string[] | null;
}

interface Counts {
  previous: number;
  used: number;
}

const fold = (text: string): string => normalizeValue(text).replace(/ /g, '');

function findTypedCap(caps: readonly TypedCap[], unit: string, source: string | null): TypedCap | undefined {
  const key = fold(unit);
  const own = caps.find((c) => c.source !== null && source !== null && fold(c.source) === fold(source) && fold(c.unit) === key);
  return own ?? caps.find((c) => c.source === null && fold(c.unit) === key);
}

/** Days from 1 January to the as-of day, both counted, at most the year's length. */
function daysElapsed(year: number, asOf: CalendarDay): { elapsed: number; length: number } {
  const first = makeDay(year, 1, 1) as CalendarDay;
  const last = makeDay(year, 12, 31) as CalendarDay;
  const length = daysBetween(first, last) + 1;
  if (compareDays(asOf, first) < 0) return { elapsed: 0, length };
  return { elapsed: compareDays(asOf, last) >= 0 ? length : daysBetween(first, asOf) + 1, length };
}

/**
 * @example
 * computeQuotas(data.items.outgoing, { year: 2026, asOf, settings: DEFAULT_QUOTA_SETTINGS, perSource: null })
 * // [{ unit: '办公室', previous: 40, cap: 36, capSource: 'history', used: 30, remaining: 6, … }]
 */
export function computeQuotas(items: readonly SummaryItem[], options: QuotaOptions): QuotaRow[] {
  const { year, asOf, settings } = options;
  const { policy } = settings;
  const perSource = options.perSource !== null;
  const buckets = createBuckets<Counts>(() => ({ previous: 0, used: 0 }));
  for (const item of items) {
    if (!item.day || (item.day.year !== year && item.day.year !== year - 1)) continue;
    const counts = buckets.at(readQuotaUnit(item.record, policy.groupBy), perSource ? item.source : null);
    if (item.day.year === year - 1) counts.previous += 1;
    else if (compareDays(item.day, asOf) <= 0) counts.used += 1;
  }
  const caps = settings.year === null || settings.year === year ? settings.caps : [];
  // A unit with a typed cap is listed even before it has issued anything.
  for (const cap of caps) {
    const sources = cap.source !== null || !perSource ? [cap.source] : (options.perSource ?? []);
    for (const source of sources) buckets.at(cap.unit, perSource ? (source ?? '') : null);
  }
  const { elapsed, length } = daysElapsed(year, asOf);
  return sortBuckets(buckets.list(), (c) => c.used, options.perSource ?? [])
    .filter((b) => b.label !== '' || b.acc.used + b.acc.previous > 0)
    .map((b) => {
      const typed = findTypedCap(caps, b.label, b.source);
      const fromHistory = b.acc.previous > 0 ? applyShare(b.acc.previous, policy.percent, policy.rounding) : null;
      const cap = typed ? typed.cap : fromHistory;
      const projected = elapsed === 0 ? null : (b.acc.used * length) / elapsed;
      const warning = cap === null ? null : b.acc.used > cap ? 'over' : projected !== null && projected > cap ? 'willExceed' : null;
      return {
        source: b.source,
        unit: b.label,
        previous: b.acc.previous,
        cap,
        capSource: typed ? 'typed' : fromHistory !== null ? 'history' : 'none',
        used: b.acc.used,
        remaining: cap === null ? null : cap - b.acc.used,
        shareUsed: cap === null || cap === 0 ? null : b.acc.used / cap,
        projected,
        warning,
      };
    });
}
