/**
 * The 节假日表 sheet the add-in creates for the clerk to keep: one day per row, a rest day (放假) or
 * a weekend day worked (上班). `readHolidayTable` reads it back; the clerk may edit it by hand.
 */
import { compareDays, formatDay } from '../dates/day';
import type { SheetSpec } from '../sheet-spec';
import type { HolidayOverride } from './holiday-override';

export const HOLIDAY_TABLE_PURPOSE = 'settings:holidays';
export const HOLIDAY_TABLE_NAME = '节假日表';

/** Entries of `incoming` replace every entry of the years they cover; other years are kept. */
export function mergeHolidayEntries(existing: readonly HolidayOverride[], incoming: readonly HolidayOverride[]): HolidayOverride[] {
  const years = new Set(incoming.map((e) => e.day.year));
  const kept = existing.filter((e) => !years.has(e.day.year));
  const byDay = new Map<string, HolidayOverride>();
  for (const e of [...kept, ...incoming]) byDay.set(formatDay(e.day), e);
  return [...byDay.values()].sort((a, b) => compareDays(a.day, b.day));
}

/**
 * @example buildHolidayTableSheet(parseHolidayNotice(text).entries).tables[0].rows[0]
 * // [{ day: 2026-01-01 }, '放假', '元旦']
 */
export function buildHolidayTableSheet(entries: readonly HolidayOverride[]): SheetSpec {
  const years = [...new Set(entries.map((e) => e.day.year))].sort((a, b) => a - b);
  return {
    name: HOLIDAY_TABLE_NAME,
    purpose: HOLIDAY_TABLE_PURPOSE,
    title: '节假日及调休安排',
    subtitle: years.length ? `已载入：${years.join('、')}年。本表优先于内置的节假日数据，可直接修改或增删行。` : '本表优先于内置的节假日数据，可直接修改或增删行。',
    tables: [
      {
        columns: [
          { header: '日期', width: 16, format: 'date' },
          { header: '类型', width: 8 },
          { header: '名称', width: 14 },
        ],
        rows: entries.map((e) => [{ day: e.day }, e.kind === 'holiday' ? '放假' : '上班', e.name]),
      },
    ],
    notes: ['类型写“放假”表示休息日（即使是工作日），写“上班”表示调休上班（即使是周末）。'],
    freezeHeader: true,
  };
}
