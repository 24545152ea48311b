import { isInPeriod, listPeriodMonths, findMonthSlot, resolvePeriod } from './period';

describe('resolvePeriod', () => {
  it('gives a year from 1 January to 31 December', () => {
    expect(resolvePeriod({ kind: 'year', year: 2026 })).toMatchObject({ from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 }, label: '2026年度', key: '2026' });
  });

  it('ends a quarter on its last month’s last day', () => {
    expect(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 1 })).toMatchObject({ to: { year: 2026, month: 3, day: 31 }, label: '2026年第1季度', key: '2026Q1' });
    expect(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 2 }).to).toEqual({ year: 2026, month: 6, day: 30 });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(resolvePeriod({ kind: 'month', year: 2028, month: 2 })).toMatchObject({ to: { year: 2028, month: 2, day: 29 }, label: '2028年2月', key: '2028-02' });
  });

  it('reads a range given backwards forwards', () => {
    const r = resolvePeriod({ kind: 'range', from: { year: 2026, month: 6, day: 30 }, to: { year: 2026, month: 3, day: 1 } });
    expect(r).toMatchObject({ from: { year: 2026, month: 3, day: 1 }, to: { year: 2026, month: 6, day: 30 }, label: '2026-03-01至2026-06-30', key: '2026-03-01..2026-06-30' });
  });
});

describe('isInPeriod', () => {
  const q2 = resolvePeriod({ kind: 'quarter', year: 2026, quarter: 2 });
  it('counts both ends and nothing outside', () => {
    expect(isInPeriod({ year: 2026, month: 4, day: 1 }, q2)).toBe(true);
    expect(isInPeriod({ year: 2026, month: 6, day: 30 }, q2)).toBe(true);
    expect(isInPeriod({ year: 2026, month: 3, day: 31 }, q2)).toBe(false);
    expect(isInPeriod({ year: 2026, month: 7, day: 1 }, q2)).toBe(false);
  });
});

describe('listPeriodMonths and findMonthSlot', () => {
  it('labels months of one year by month alone, months across years with the year', () => {
    expect(listPeriodMonths(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 4 })).map((m) => m.label)).toEqual(['10月', '11月', '12月']);
    const across = resolvePeriod({ kind: 'range', from: { year: 2025, month: 12, day: 20 }, to: { year: 2026, month: 1, day: 5 } });
    expect(listPeriodMonths(across).map((m) => m.label)).toEqual(['2025年12月', '2026年1月']);
    expect(findMonthSlot({ year: 2026, month: 1, day: 3 }, across)).toBe(1);
  });
});
