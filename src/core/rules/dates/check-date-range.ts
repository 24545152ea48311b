/** Dates whose year lies outside the years the register is about: almost always a typing slip. */
import { formatDay, type CalendarDay } from '../../dates/day';
import { DATE_FIELDS, type DateField, type RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { findYearRange, type YearRange } from './year-range';

function describeRange(range: YearRange): { zh: string; en: string } {
  const span = range.from === range.to ? `${range.from}年` : `${range.from}–${range.to}年`;
  const spanEn = range.from === range.to ? `${range.from}` : `${range.from}–${range.to}`;
  return range.basis === 'title'
    ? { zh: `本台账年度前后（${span}）`, en: `the register's years (${spanEn})` }
    : { zh: `本台账大多数记录的年份前后（${span}）`, en: `the years most rows carry (${spanEn})` };
}

function report(ctx: RuleContext, record: RegisterRecord, field: DateField, day: CalendarDay, range: YearRange): Finding {
  const cell = nameCell(ctx, record.row, field);
  const label = nameField(ctx, field);
  const allowed = describeRange(range);
  // The register's own year (or its latest dominant one) is the likeliest intended year.
  const likely = range.to - ctx.settings.yearSlack;
  return makeFinding(ctx, {
    rule: 'date.out-of-range',
    row: record.row,
    field,
    message: {
      zh: `${cell.zh} 的${label.zh} ${formatDay(day)} 不在${allowed.zh}，可能是年份录错了`,
      en: `${cell.en} (${label.en}) ${formatDay(day)} is outside ${allowed.en}; the year may be mistyped`,
    },
    fix: {
      zh: `请核对年份，如 ${formatDay({ ...day, year: likely })}`,
      en: `Check the year, e.g. ${formatDay({ ...day, year: likely })}`,
    },
  });
}

/**
 * Finds dates outside the register's year range (see year-range.ts).
 * @example checkDateRange(ctx) // [{ rule: 'date.out-of-range', row: 9, field: 'receivedDate', … }]
 */
export function checkDateRange(ctx: RuleContext): Finding[] {
  const range = findYearRange(ctx.register, ctx.settings);
  if (!range) return [];
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    for (const field of DATE_FIELDS) {
      const day = record.dates[field];
      if (day && (day.year < range.from || day.year > range.to)) findings.push(report(ctx, record, field, day, range));
    }
  }
  return findings;
}
