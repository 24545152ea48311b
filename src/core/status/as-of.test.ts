import { DEFAULT_DEADLINE_SETTINGS } from '../deadlines/deadline-settings';
import { resolveAsOf } from './as-of';

describe('the as-of day', () => {
  it('is today in China by default, whatever the machine’s time zone', () => {
    // 17:00 UTC on 11-19 is 01:00 on 11-20 in Beijing
    expect(resolveAsOf(DEFAULT_DEADLINE_SETTINGS, new Date('2026-11-19T17:00:00Z'))).toEqual({ year: 2026, month: 11, day: 20 });
    expect(resolveAsOf(DEFAULT_DEADLINE_SETTINGS, new Date('2026-11-19T15:59:00Z'))).toEqual({ year: 2026, month: 11, day: 19 });
  });

  it('is the fixed day the settings give, for a report as of a quarter’s end', () => {
    expect(resolveAsOf({ ...DEFAULT_DEADLINE_SETTINGS, asOfDay: '2026-09-30' }, new Date('2026-11-19T17:00:00Z'))).toEqual({ year: 2026, month: 9, day: 30 });
  });
});
