import { readPeriodDraft, type PeriodDraft } from './summary-period';

const draft = (patch: Partial<PeriodDraft>): PeriodDraft => ({ kind: 'year', year: '2026', quarter: 1, month: 1, from: '', to: '', ...patch });

describe('readPeriodDraft', () => {
  it('reads a year, a quarter, a month and a range of days', () => {
    expect(readPeriodDraft(draft({}))).toEqual({ kind: 'year', year: 2026 });
    expect(readPeriodDraft(draft({ kind: 'quarter', quarter: 3 }))).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(readPeriodDraft(draft({ kind: 'month', month: 11 }))).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(readPeriodDraft(draft({ kind: 'range', from: '2026-03-01', to: '2026-06-30' }))).toEqual({
      kind: 'range',
      from: { year: 2026, month: 3, day: 1 },
      to: { year: 2026, month: 6, day: 30 },
    });
  });

  it('refuses a year that is not four digits and a range with a day missing or impossible', () => {
    expect(readPeriodDraft(draft({ year: '26' }))).toBeNull();
    expect(readPeriodDraft(draft({ year: '二〇二六' }))).toBeNull();
    expect(readPeriodDraft(draft({ kind: 'range', from: '2026-03-01', to: '' }))).toBeNull();
    expect(readPeriodDraft(draft({ kind: 'range', from: '2026-02-30', to: '2026-03-01' }))).toBeNull();
  });
});
