import { makeDay, type CalendarDay } from '../dates/day';
import { addMonths } from './add-period';
import { describeDeadline, describePeriod } from './describe-deadline';

const d = (y: number, m: number, dd: number): CalendarDay => makeDay(y, m, dd) as CalendarDay;

describe('adding months', () => {
  it('keeps the date when the due month has it', () => {
    expect(addMonths(d(2026, 3, 15), 3)).toEqual(d(2026, 6, 15));
  });

  it('ends on the last day of a shorter month', () => {
    expect(addMonths(d(2026, 1, 31), 1)).toEqual(d(2026, 2, 28));
    expect(addMonths(d(2028, 1, 31), 1)).toEqual(d(2028, 2, 29));
    expect(addMonths(d(2026, 8, 31), 1)).toEqual(d(2026, 9, 30));
  });

  it('crosses the year end', () => {
    expect(addMonths(d(2026, 11, 30), 3)).toEqual(d(2027, 2, 28));
  });
});

describe('describing deadlines with their unit', () => {
  it('names the unit of a period', () => {
    expect(describePeriod({ amount: 10, unit: 'calendarDays' })).toEqual({ zh: '10个自然日', en: '10 calendar days' });
    expect(describePeriod({ amount: 3, unit: 'months' }).zh).toBe('3个月');
  });

  it('says from which day a period was counted', () => {
    const text = describeDeadline({ day: d(2026, 10, 13), source: 'relative', unit: 'workingDays', amount: 5, from: d(2026, 9, 30) });
    expect(text.zh).toBe('2026-10-13（5个工作日，自2026-09-30次日起算）');
  });

  it('names the default rule that applied', () => {
    const text = describeDeadline({ day: d(2026, 10, 8), source: 'default', unit: 'workingDays', amount: 1, rule: 'urgency:特急', from: d(2026, 9, 30) });
    expect(text.zh).toBe('2026-10-08（默认时限：特急 1个工作日，自2026-09-30次日起算）');
  });

  it('shows what the clerk wrote beside an explicit day', () => {
    expect(describeDeadline({ day: d(2026, 3, 31), source: 'explicit', text: '3月底前' }).zh).toBe('2026-03-31（3月底前）');
    expect(describeDeadline({ day: d(2026, 3, 31), source: 'explicit' }).zh).toBe('2026-03-31');
  });
});
