/** The day statuses are counted as of: a fixed day from the settings, else today in China. */
import { dayOfInstant, parseIsoDay, type CalendarDay } from '../dates/day';
import type { DeadlineSettings } from '../deadlines/deadline-settings';

/**
 * @example resolveAsOf({ ...DEFAULT_DEADLINE_SETTINGS, asOfDay: '2026-11-20' }, new Date()) // 2026-11-20
 * @example resolveAsOf(DEFAULT_DEADLINE_SETTINGS, new Date('2026-11-19T17:00:00Z')) // 2026-11-20 (01:00 in Beijing)
 */
export function resolveAsOf(settings: Pick<DeadlineSettings, 'asOfDay' | 'utcOffsetMinutes'>, now: Date): CalendarDay {
  const fixed = settings.asOfDay ? parseIsoDay(settings.asOfDay) : null;
  return fixed ?? dayOfInstant(now, settings.utcOffsetMinutes);
}
