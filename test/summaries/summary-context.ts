/** A summary context over fixture registers, and ways to find a table and a row on a spec. */
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import type { CalendarDay } from '../../src/core/dates/day';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import type { SheetSpec, SpecTable, SpecValue } from '../../src/core/sheet-spec';
import { DEFAULT_APPRAISAL_SCHEME } from '../../src/core/summaries/appraisal/appraisal-scheme';
import { resolvePeriod, type SummaryPeriod } from '../../src/core/summaries/period';
import { prepareSummaryData } from '../../src/core/summaries/prepare-summary-data';
import { DEFAULT_QUOTA_SETTINGS } from '../../src/core/summaries/quota/quota-policy';
import type { SummaryContext, SummarySource } from '../../src/core/summaries/summary-types';

export const AS_OF: CalendarDay = { year: 2026, month: 11, day: 20 };

export function contextOf(sources: readonly SummarySource[], overrides: Partial<Omit<SummaryContext, 'period'>> & { period?: SummaryPeriod } = {}): SummaryContext {
  const calendar = createWorkCalendar();
  const asOf = overrides.asOf ?? AS_OF;
  return {
    data: prepareSummaryData(sources, { asOf, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar }),
    period: resolvePeriod(overrides.period ?? { kind: 'year', year: 2026 }),
    asOf,
    scheme: overrides.scheme ?? DEFAULT_APPRAISAL_SCHEME,
    quota: overrides.quota ?? DEFAULT_QUOTA_SETTINGS,
  };
}

/** The table whose caption contains `caption`. */
export function tableOf(spec: SheetSpec, caption: string): SpecTable {
  const found = spec.tables.filter((t) => t.caption?.includes(caption));
  if (found.length !== 1) throw new Error(`expected one table "${caption}", found ${found.length} in ${spec.tables.map((t) => t.caption).join(' | ')}`);
  return found[0];
}

/** The row whose cells start with `labels`. */
export function rowOf(table: SpecTable, ...labels: SpecValue[]): SpecValue[] {
  const found = table.rows.filter((r) => labels.every((l, i) => r[i] === l));
  if (found.length !== 1) throw new Error(`expected one row ${labels.join('/')}, found ${found.length}`);
  return [...found[0]];
}

/** The values of one column, by header. */
export function columnOf(table: SpecTable, header: string): SpecValue[] {
  const col = table.columns.findIndex((c) => c.header === header);
  if (col < 0) throw new Error(`no column ${header}`);
  return table.rows.map((r) => r[col]);
}

/** A row as header → value, for readable expectations. */
export function recordOf(table: SpecTable, row: readonly SpecValue[]): Record<string, SpecValue> {
  return Object.fromEntries(table.columns.map((c, i) => [c.header, row[i] ?? null]));
}
