import fc from 'fast-check';
import { createWorkCalendar } from '../calendar/work-calendar';
import { makeDay, type CalendarDay } from '../dates/day';
import { addPeriod, rememberPeriodEnds } from './add-period';
import type { Period } from './deadline-types';

const day = fc
  .record({ year: fc.integer({ min: 2024, max: 2028 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map((d) => makeDay(d.year, d.month, d.day))
  .filter((d): d is CalendarDay => d !== null);
const period: fc.Arbitrary<Period> = fc.record({
  amount: fc.integer({ min: 0, max: 40 }),
  unit: fc.constantFrom('workingDays' as const, 'calendarDays' as const, 'months' as const),
});

describe('rememberPeriodEnds', () => {
  it('counts every period to the day addPeriod counts, asked once or many times', () => {
    const calendar = createWorkCalendar();
    fc.assert(
      fc.property(fc.array(fc.tuple(day, period), { minLength: 1, maxLength: 20 }), (asks) => {
        const count = rememberPeriodEnds(calendar);
        for (const [start, p] of [...asks, ...asks]) expect(count(start, p)).toEqual(addPeriod(calendar, start, p));
      }),
    );
  });

  it('still names the years it has no holidays for', () => {
    const calendar = createWorkCalendar().fork();
    const count = rememberPeriodEnds(calendar);
    count({ year: 2030, month: 3, day: 2 }, { amount: 5, unit: 'workingDays' });
    count({ year: 2030, month: 3, day: 2 }, { amount: 5, unit: 'workingDays' });
    expect(calendar.missingYears()).toEqual([2030]);
  });
});
