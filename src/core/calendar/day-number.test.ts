import fc from 'fast-check';
import { fromDayNumber, makeDay, toDayNumber } from '../dates/day';
import { dayNumberOf, dayOfNumber } from './day-number';

describe('day numbers by arithmetic', () => {
  it('match the contract’s day numbers on known days', () => {
    expect(dayNumberOf({ year: 2026, month: 3, day: 5 })).toBe(46086);
    expect(dayNumberOf({ year: 1899, month: 12, day: 30 })).toBe(0);
    expect(dayOfNumber(46086)).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it('equal toDayNumber and fromDayNumber for every day from year 1 to 9999', () => {
    const anyDay = fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => makeDay(y, m, d))
      .filter((d) => d !== null);
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(dayNumberOf(day!)).toBe(toDayNumber(day!));
        expect(dayOfNumber(toDayNumber(day!))).toEqual(fromDayNumber(toDayNumber(day!)));
      }),
      { numRuns: 2000 },
    );
  });
});
