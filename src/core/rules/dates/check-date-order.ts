/**
 * Dates in an impossible order: finished before received or assigned, finished after the as-of
 * day, a deadline before the item arrived.
 */
import { compareDays, formatDay, type CalendarDay } from '../../dates/day';
import { parseDate } from '../../dates/parse-date';
import type { DateField, RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, type RuleContext } from '../context';
import type { Finding } from '../finding';

/**
 * The day handling started: received for documents, assigned for supervised items.
 * @example findStart(record) // { field: 'receivedDate', day: { year: 2026, month: 3, day: 5 } }
 */
export function findStart(record: RegisterRecord): { field: DateField; day: CalendarDay } | null {
  if (record.dates.receivedDate) return { field: 'receivedDate', day: record.dates.receivedDate };
  if (record.dates.assignedDate) return { field: 'assignedDate', day: record.dates.assignedDate };
  return null;
}

/**
 * An explicit deadline day: from the deadline engine when the caller ran it (only its explicit
 * dates; a period counted from the start cannot end before it), else a date in the deadline cell.
 * @example findExplicitDeadline(ctx, record, 2026) // { year: 2026, month: 2, day: 10 }
 */
export function findExplicitDeadline(
  ctx: RuleContext,
  record: RegisterRecord,
  startYear: number,
  readText: (text: string, year: number) => CalendarDay | null = readDeadlineText,
): CalendarDay | null {
  const derived = ctx.deadlines.get(record.row);
  if (derived) return derived.source === 'explicit' ? derived.day : null;
  const value = record.values.deadline;
  if (typeof value === 'string') return readText(value, startYear);
  // A bare number in a deadline column is a count of days (5), never a serial date.
  return value && typeof value === 'object' && value.type === 'date' ? value.day : null;
}

function readDeadlineText(text: string, year: number): CalendarDay | null {
  const parsed = parseDate(text, { year });
  return parsed.ok ? parsed.day : null;
}

/** readDeadlineText remembered per text and year: "5个工作日" recurs down a whole register. */
function rememberDeadlineTexts(): (text: string, year: number) => CalendarDay | null {
  const byYear = new Map<number, Map<string, CalendarDay | null>>();
  return (text, year) => {
    let read = byYear.get(year);
    if (!read) {
      read = new Map();
      byYear.set(year, read);
    }
    let day = read.get(text);
    if (day === undefined) {
      day = readDeadlineText(text, year);
      read.set(text, day);
    }
    return day;
  };
}

function checkRecord(
  ctx: RuleContext,
  record: RegisterRecord,
  readText: (text: string, year: number) => CalendarDay | null,
  out: Finding[],
): void {
  const start = findStart(record);
  const completed = record.dates.completedDate;
  const cell = (field: DateField | 'deadline') => nameCell(ctx, record.row, field);
  const label = (field: DateField | 'deadline') => nameField(ctx, field);
  if (start && completed && compareDays(completed, start.day) < 0) {
    out.push(
      makeFinding(ctx, {
        rule: 'date.completed-before-start',
        row: record.row,
        field: 'completedDate',
        message: {
          zh: `${cell('completedDate').zh} 的${label('completedDate').zh} ${formatDay(completed)} 早于 ${cell(start.field).zh} 的${label(start.field).zh} ${formatDay(start.day)}`,
          en: `${cell('completedDate').en} completion ${formatDay(completed)} is before the ${label(start.field).en} ${formatDay(start.day)} in ${cell(start.field).en}`,
        },
        fix: {
          zh: `请核对两个日期：办结日期应不早于 ${formatDay(start.day)}`,
          en: `Check both dates: completion cannot be before ${formatDay(start.day)}`,
        },
      }),
    );
  }
  if (completed && compareDays(completed, ctx.asOf) > 0) {
    out.push(
      makeFinding(ctx, {
        rule: 'date.completed-in-future',
        row: record.row,
        field: 'completedDate',
        message: {
          zh: `${cell('completedDate').zh} 的${label('completedDate').zh} ${formatDay(completed)} 晚于检查基准日 ${formatDay(ctx.asOf)}`,
          en: `${cell('completedDate').en} completion ${formatDay(completed)} is after the as-of day ${formatDay(ctx.asOf)}`,
        },
        fix: {
          zh: '尚未办结的事项请空着办结日期；已办结的请填实际办结日期',
          en: 'Leave it empty until the item is finished; otherwise enter the real day',
        },
      }),
    );
  }
  const deadline = start ? findExplicitDeadline(ctx, record, start.day.year, readText) : null;
  if (start && deadline && compareDays(deadline, start.day) < 0) {
    out.push(
      makeFinding(ctx, {
        rule: 'date.deadline-before-start',
        row: record.row,
        field: 'deadline',
        message: {
          zh: `${cell('deadline').zh} 的${label('deadline').zh} ${formatDay(deadline)} 早于 ${cell(start.field).zh} 的${label(start.field).zh} ${formatDay(start.day)}`,
          en: `${cell('deadline').en} deadline ${formatDay(deadline)} is before the ${label(start.field).en} ${formatDay(start.day)}`,
        },
        fix: {
          zh: `请核对时限，应晚于 ${formatDay(start.day)}，也可写“5个工作日”`,
          en: `Check the deadline: it must be after ${formatDay(start.day)}, or write a period such as 5个工作日`,
        },
      }),
    );
  }
}

/**
 * Finds completion and deadline dates in an impossible order.
 * @example checkDateOrder(ctx) // [{ rule: 'date.completed-before-start', row: 12, … }]
 */
export function checkDateOrder(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const readText = rememberDeadlineTexts();
  for (const record of ctx.register.records) checkRecord(ctx, record, readText, findings);
  return findings;
}
