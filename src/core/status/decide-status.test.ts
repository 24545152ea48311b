import { makeDay, type CalendarDay } from '../dates/day';
import { createWorkCalendar } from '../calendar/work-calendar';
import type { Deadline } from '../deadlines/deadline-types';
import { decideStatus, type StatusInput } from './decide-status';

const d = (iso: string): CalendarDay => {
  const [y, m, dd] = iso.split('-').map(Number);
  return makeDay(y, m, dd) as CalendarDay;
};
const due = (iso: string): Deadline => ({ day: d(iso), source: 'explicit' });
const calendar = createWorkCalendar();
const decide = (input: Partial<StatusInput>, asOf: string, warningWorkingDays = 3) =>
  decideStatus({ deadline: null, completed: null, finishedByText: false, ...input }, { asOf: d(asOf), warningWorkingDays, calendar });

describe('status as of a day', () => {
  it('calls a deadline equal to the as-of day due soon, not overdue', () => {
    expect(decide({ deadline: due('2026-10-13') }, '2026-10-13')).toEqual({ status: 'dueSoon', finished: null, workingDaysLeft: 0 });
  });

  it('calls the day after the deadline overdue by one working day', () => {
    expect(decide({ deadline: due('2026-10-13') }, '2026-10-14')).toEqual({
      status: 'overdue',
      finished: null,
      daysLate: { working: 1, calendar: 1 },
    });
  });

  it('counts lateness across holidays in working and calendar days', () => {
    // due 09-30; as of 10-09: 10-08 and 10-09 are the only working days after it
    expect(decide({ deadline: due('2026-09-30') }, '2026-10-09').daysLate).toEqual({ working: 2, calendar: 9 });
  });

  it('warns within the window of working days and not beyond', () => {
    // as of Friday 2026-03-06: 03-09, 03-10, 03-11 are the next three working days
    expect(decide({ deadline: due('2026-03-11') }, '2026-03-06').status).toBe('dueSoon');
    expect(decide({ deadline: due('2026-03-12') }, '2026-03-06')).toEqual({ status: 'open', finished: null, workingDaysLeft: 4 });
    expect(decide({ deadline: due('2026-03-12') }, '2026-03-06', 5).status).toBe('dueSoon');
  });

  it('counts the window in working days across 国庆', () => {
    // as of 09-30, a deadline of 10-10 (the working Saturday) is 3 working days away
    expect(decide({ deadline: due('2026-10-10') }, '2026-09-30').status).toBe('dueSoon');
  });

  it('calls an item finished on or before its deadline done', () => {
    expect(decide({ deadline: due('2026-10-13'), completed: d('2026-10-13') }, '2026-11-20')).toEqual({
      status: 'done',
      finished: { by: 'date', day: d('2026-10-13') },
    });
  });

  it('calls an item finished after its deadline done late, and says how late', () => {
    expect(decide({ deadline: due('2026-10-13'), completed: d('2026-10-19') }, '2026-11-20')).toEqual({
      status: 'doneLate',
      finished: { by: 'date', day: d('2026-10-19') },
      daysLate: { working: 4, calendar: 6 },
    });
  });

  it('calls an item finished by its result text, with no date, done', () => {
    expect(decide({ deadline: due('2026-01-05'), finishedByText: true }, '2026-11-20')).toEqual({ status: 'done', finished: { by: 'text' } });
  });

  it('calls a finished item without a deadline done', () => {
    expect(decide({ completed: d('2026-03-01') }, '2026-11-20').status).toBe('done');
  });

  it('calls an open item without a deadline noDeadline', () => {
    expect(decide({}, '2026-11-20')).toEqual({ status: 'noDeadline', finished: null });
  });

  it('treats a completion after the as-of day as not yet happened', () => {
    expect(decide({ deadline: due('2026-10-13'), completed: d('2026-10-20'), finishedByText: true }, '2026-10-15').status).toBe('overdue');
  });
});
