/**
 * The statutory holidays and 调休 working weekends bundled from the `chinese-days` package.
 * Only its plain date tables are imported (about 40 KB of JSON), never its lunar code, so the
 * browser bundle stays small.
 */
import table from 'chinese-days/dist/chinese-days.json';
import { makeDay } from '../dates/day';
import type { HolidayOverride } from './holiday-override';

/**
 * Years the bundled data really covers. The package reports any later year as plain Monday to
 * Friday without saying so, so coverage is a list kept by hand, never inferred from the package.
 * When the package is upgraded, extend this list only after checking the new year's data.
 */
export const BUNDLED_HOLIDAY_YEARS: readonly number[] = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i);

interface DayTable {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

const TABLE: DayTable = table;

/** "National Day,国庆节,3" → 国庆节 (the package stores English, Chinese and an index). */
function pickChineseName(raw: string): string {
  const parts = raw.split(',');
  return parts.length >= 2 ? parts[1].trim() : raw.trim();
}

function toEntries(source: Readonly<Record<string, string>>, kind: HolidayOverride['kind']): HolidayOverride[] {
  const covered = new Set(BUNDLED_HOLIDAY_YEARS);
  const entries: HolidayOverride[] = [];
  for (const [iso, raw] of Object.entries(source)) {
    const day = makeDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    if (day && covered.has(day.year)) entries.push({ day, kind, name: pickChineseName(raw) });
  }
  return entries;
}

let cache: readonly HolidayOverride[] | null = null;

/**
 * Every bundled holiday and adjusted working day of the covered years, as holiday-table entries.
 * @example listBundledHolidays().filter((e) => e.day.year === 2026 && e.kind === 'workday').length // 6
 */
export function listBundledHolidays(): readonly HolidayOverride[] {
  cache ??= [...toEntries(TABLE.holidays, 'holiday'), ...toEntries(TABLE.workdays, 'workday')];
  return cache;
}
