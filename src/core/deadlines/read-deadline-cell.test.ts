import { day, err } from '../../../test/helpers/grid';
import { readDeadlineCell, readUnitFromHeader } from './read-deadline-cell';

const options = { countUnit: 'workingDays' as const, ongoingWords: ['长期'] };

describe('reading a deadline cell', () => {
  it('takes a date cell as a date', () => {
    expect(readDeadlineCell(day(2026, 10, 13), options)).toEqual({ kind: 'date', day: { year: 2026, month: 10, day: 13 } });
  });

  it('reads dates written as text in the forms the date parser knows', () => {
    expect(readDeadlineCell('2026.10.13', options)).toEqual({ kind: 'date', day: { year: 2026, month: 10, day: 13 } });
    expect(readDeadlineCell('２０２６年１０月１３日前', options)).toEqual({ kind: 'date', day: { year: 2026, month: 10, day: 13 } });
  });

  it('reads a small bare number as a count of days in the header’s unit', () => {
    expect(readDeadlineCell(5, { ...options, countUnit: 'calendarDays' })).toEqual({ kind: 'period', amount: 5, unit: 'calendarDays' });
    expect(readDeadlineCell('5', options)).toEqual({ kind: 'period', amount: 5, unit: 'workingDays' });
  });

  it('reads a large bare number as a date serial', () => {
    expect(readDeadlineCell(46308, options)).toEqual({ kind: 'date', day: { year: 2026, month: 10, day: 13 } });
  });

  it('finds nothing in an empty cell and cannot read errors or booleans', () => {
    expect(readDeadlineCell(null, options)).toEqual({ kind: 'empty' });
    expect(readDeadlineCell(err('#N/A'), options)).toEqual({ kind: 'unreadable' });
    expect(readDeadlineCell(true, options)).toEqual({ kind: 'unreadable' });
  });

  it('refuses a written date that does not exist', () => {
    expect(readDeadlineCell('2026年2月30日前', options)).toEqual({ kind: 'unreadable' });
  });
});

describe('the unit a deadline header names', () => {
  it.each([
    ['办理时限（工作日）', 'workingDays'],
    ['办理时限\n(工作日)', 'workingDays'],
    ['时限（天）', 'calendarDays'],
    ['办理天数', 'calendarDays'],
    ['期限（自然日）', 'calendarDays'],
    ['时限（月）', 'months'],
    ['办理时限', null],
    [undefined, null],
  ])('"%s" → %s', (header, unit) => {
    expect(readUnitFromHeader(header)).toBe(unit);
  });
});
