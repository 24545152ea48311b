/**
 * The status of every record of a register as of a day: one pass over the records, the register's
 * rules prepared once, the calendar's day table searched in logarithmic time.
 */
import type { CalendarDay } from '../dates/day';
import { describeMissingHolidayYears } from '../calendar/missing-years';
import type { WorkCalendar } from '../calendar/work-calendar';
import { rememberPeriodEnds } from '../deadlines/add-period';
import { computeDeadline, prepareDeadlineRules } from '../deadlines/compute-deadline';
import type { DeadlineSettings } from '../deadlines/deadline-settings';
import { memoizeByText } from '../deadlines/memo-by-text';
import { ITEM_STATUSES, type CellValue, type ItemStatus, type Problem, type Register, type RegisterRecord } from '../types';
import type { Assessment, RegisterAssessment } from './assessment-types';
import { decideStatus } from './decide-status';
import { readFinishedText, type FinishedReading } from './finished-text';

export interface AssessOptions {
  readonly asOf: CalendarDay;
  readonly settings: DeadlineSettings;
  readonly calendar: WorkCalendar;
}

type FinishedReader = (value: CellValue | undefined) => FinishedReading;

function saysFinished(record: RegisterRecord, read: FinishedReader): boolean {
  // A completion cell holding "已办结" instead of a date says the same as the result column.
  return read(record.values.result) === 'finished' || (!record.dates.completedDate && read(record.values.completedDate) === 'finished');
}

/**
 * @example
 * const { counts } = assessRegister(register, { asOf: { year: 2026, month: 11, day: 20 }, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });
 * counts.overdue // 3
 */
export function assessRegister(register: Register, options: AssessOptions): RegisterAssessment {
  const calendar = options.calendar.fork();
  const rules = prepareDeadlineRules(register.layout, options.settings);
  const countPeriod = rememberPeriodEnds(calendar);
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const problems: Problem[] = [];
  const { finishedWords, unfinishedWords } = options.settings;
  const readFinished = memoizeByText((value) => readFinishedText(value, finishedWords, unfinishedWords));
  const statusOptions = { asOf: options.asOf, warningWorkingDays: options.settings.warningWorkingDays, calendar };
  const items: Assessment[] = register.records.map((record) => {
    const computed = computeDeadline(record, rules, calendar, countPeriod);
    if (computed.problems.length > 0) problems.push(...computed.problems);
    const deadline = computed.deadline;
    const part = decideStatus(
      { deadline, completed: record.dates.completedDate ?? null, finishedByText: saysFinished(record, readFinished) },
      statusOptions,
    );
    counts[part.status]++;
    return {
      row: record.row,
      deadline,
      ...(computed.noDeadline ? { noDeadline: computed.noDeadline } : {}),
      ...part,
    };
  });
  const missingHolidayYears = calendar.missingYears();
  problems.push(...describeMissingHolidayYears(missingHolidayYears));
  return { items, counts, missingHolidayYears, problems };
}
