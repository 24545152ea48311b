import fc from 'fast-check';
import { isWorkday } from 'chinese-days';
import { addDays, formatDay, fromDayNumber, makeDay, toDayNumber, type CalendarDay } from '../dates/day';
import { BUNDLED_HOLIDAY_YEARS, listBundledHolidays } from './bundled-holidays';
import { createWorkCalendar } from './work-calendar';

const d = (iso: string): CalendarDay => {
  const [y, m, dd] = iso.split('-').map(Number);
  const day = makeDay(y, m, dd);
  if (!day) throw new Error(iso);
  return day;
};

describe('the working-day calendar', () => {
  const cal = createWorkCalendar();

  it('counts the 2026 National Day week off and its 调休 weekends as working days', () => {
    expect(cal.isWorkingDay(d('2026-10-01'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-10-07'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-10-10'))).toBe(true); // Saturday worked
    expect(cal.isWorkingDay(d('2026-09-20'))).toBe(true); // Sunday worked
    expect(cal.isWorkingDay(d('2026-10-11'))).toBe(false); // ordinary Sunday
  });

  it('names holidays and 调休 days and says where it learnt them', () => {
    expect(cal.describeDay(d('2026-10-03'))).toEqual({ working: false, name: '国庆节', source: 'bundled' });
    expect(cal.describeDay(d('2026-02-14'))).toEqual({ working: true, name: '春节', source: 'bundled' });
    expect(cal.describeDay(d('2026-03-10'))).toEqual({ working: true, name: null, source: 'weekday' });
  });

  it('adds 5 working days to 2026-09-30 across 国庆, counting the working Saturday 10-10', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (worked), 10-12 Mon, 10-13 Tue
    expect(formatDay(cal.addWorkingDays(d('2026-09-30'), 5))).toBe('2026-10-13');
    expect(formatDay(cal.addWorkingDays(d('2026-09-30'), 1))).toBe('2026-10-08');
  });

  it('reaches the working Sunday 09-20 one working day after Friday 09-18', () => {
    expect(formatDay(cal.addWorkingDays(d('2026-09-18'), 1))).toBe('2026-09-20');
  });

  it('adds working days from 2026-02-13 across 春节 with 02-14 and 02-28 worked', () => {
    expect(formatDay(cal.addWorkingDays(d('2026-02-13'), 1))).toBe('2026-02-14');
    expect(formatDay(cal.addWorkingDays(d('2026-02-13'), 2))).toBe('2026-02-24');
    expect(formatDay(cal.addWorkingDays(d('2026-02-13'), 5))).toBe('2026-02-27');
    expect(formatDay(cal.addWorkingDays(d('2026-02-13'), 6))).toBe('2026-02-28');
  });

  it('adding zero working days rolls a rest day forward and keeps a working day', () => {
    expect(formatDay(cal.addWorkingDays(d('2026-10-01'), 0))).toBe('2026-10-08');
    expect(formatDay(cal.rollToWorkingDay(d('2026-10-09')))).toBe('2026-10-09');
    expect(formatDay(cal.rollToWorkingDay(d('2026-10-11')))).toBe('2026-10-12');
  });

  it('counts working days after the first day up to and including the last', () => {
    expect(cal.countWorkingDays(d('2026-09-30'), d('2026-10-13'))).toBe(5);
    expect(cal.countWorkingDays(d('2026-10-13'), d('2026-10-13'))).toBe(0);
    expect(cal.countWorkingDays(d('2026-10-13'), d('2026-09-30'))).toBe(0);
    // 261 weekdays, 19 of them holidays, 6 weekend days worked
    expect(cal.countWorkingDays(d('2025-12-31'), d('2026-12-31'))).toBe(248);
  });

  it('agrees with chinese-days on every day of every bundled year', () => {
    const disagreements: string[] = [];
    for (let n = toDayNumber(d('2004-01-01')); n <= toDayNumber(d('2026-12-31')); n++) {
      const day = fromDayNumber(n);
      const iso = formatDay(day);
      if (cal.isWorkingDay(day) !== isWorkday(iso)) disagreements.push(iso);
    }
    expect(disagreements).toEqual([]);
    expect(cal.missingYears()).toEqual([]);
  });
});

describe('years without holiday data', () => {
  it('reports 2027 as missing and counts it Monday to Friday', () => {
    const cal = createWorkCalendar();
    expect(cal.isWorkingDay(d('2027-01-01'))).toBe(true); // a Friday; 元旦 is not known
    expect(formatDay(cal.addWorkingDays(d('2026-12-30'), 3))).toBe('2027-01-04');
    expect(cal.missingYears()).toEqual([2027]);
    expect(cal.hasHolidayData(2027)).toBe(false);
    expect(cal.hasHolidayData(2026)).toBe(true);
  });

  it('does not report a year it was not asked about, even when a search looked past the year end', () => {
    const cal = createWorkCalendar();
    expect(formatDay(cal.addWorkingDays(d('2026-12-28'), 2))).toBe('2026-12-30');
    expect(cal.missingYears()).toEqual([]);
  });

  it('makes a year covered as soon as the holiday table has an entry for it', () => {
    const cal = createWorkCalendar([{ day: d('2027-01-01'), kind: 'holiday', name: '元旦' }]);
    expect(cal.isWorkingDay(d('2027-01-01'))).toBe(false);
    expect(cal.hasHolidayData(2027)).toBe(true);
    expect(cal.missingYears()).toEqual([]);
  });

  it('keeps a fork’s missing years apart from its siblings but reports them to the parent', () => {
    const parent = createWorkCalendar();
    const a = parent.fork();
    const b = parent.fork();
    a.isWorkingDay(d('2027-03-01'));
    b.isWorkingDay(d('2003-03-03'));
    expect(a.missingYears()).toEqual([2027]);
    expect(b.missingYears()).toEqual([2003]);
    expect(parent.missingYears()).toEqual([2003, 2027]);
  });
});

describe('the clerk’s holiday table', () => {
  it('wins over bundled data in both directions', () => {
    const cal = createWorkCalendar([
      { day: d('2026-10-08'), kind: 'holiday', name: '本单位调整' },
      { day: d('2026-10-10'), kind: 'holiday', name: '本单位调整' },
      { day: d('2026-10-03'), kind: 'workday', name: '值班' },
    ]);
    expect(cal.isWorkingDay(d('2026-10-08'))).toBe(false);
    expect(cal.isWorkingDay(d('2026-10-10'))).toBe(false);
    expect(cal.describeDay(d('2026-10-03'))).toEqual({ working: true, name: '值班', source: 'override' });
    expect(formatDay(cal.addWorkingDays(d('2026-09-30'), 1))).toBe('2026-10-03');
  });

  it('can stand alone without the bundled data', () => {
    const cal = createWorkCalendar([], { bundled: false });
    expect(cal.isWorkingDay(d('2026-10-01'))).toBe(true);
    expect(cal.missingYears()).toEqual([2026]);
  });
});

describe('bundled data', () => {
  it('covers exactly the listed years, each with holidays and 调休 days', () => {
    const years = new Set(listBundledHolidays().map((e) => e.day.year));
    expect([...years].sort((a, b) => a - b)).toEqual(BUNDLED_HOLIDAY_YEARS);
    for (const y of BUNDLED_HOLIDAY_YEARS) {
      const entries = listBundledHolidays().filter((e) => e.day.year === y);
      expect(entries.filter((e) => e.kind === 'holiday').length).toBeGreaterThan(20);
    }
  });
});

describe('properties of working-day arithmetic', () => {
  const cal = createWorkCalendar([
    { day: d('2027-01-01'), kind: 'holiday', name: '元旦' },
    { day: d('2027-02-06'), kind: 'workday', name: '春节' },
  ]);
  const anyDay = fc
    .integer({ min: toDayNumber(d('2002-06-01')), max: toDayNumber(d('2028-06-30')) })
    .map((n) => fromDayNumber(n));

  it('adding N working days always lands on a working day exactly N working days later', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const end = cal.addWorkingDays(start, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(cal.countWorkingDays(start, end)).toBe(n);
        expect(cal.countWorkingDays(start, addDays(end, -1))).toBe(n - 1);
      }),
    );
  });

  it('counting working days equals walking day by day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 120 }), (from, span) => {
        let walked = 0;
        for (let i = 1; i <= span; i++) if (cal.isWorkingDay(addDays(from, i))) walked++;
        expect(cal.countWorkingDays(from, addDays(from, span))).toBe(walked);
      }),
    );
  });
});
