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
import { ITEM_STATUSES, type CellValue, type ItemStatus, type Problem, type Register, type RegisterLayout, type RegisterRecord } from '../types';
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
  const assessor = createRegisterAssessor(register.layout, options);
  const items = assessor.assess(register.records);
  return { items, ...assessor.finish() };
}

/**
 * Assesses a register's records a band at a time, with the rules, the memos and the calendar's
 * counting prepared once: the same items and counts as one {@link assessRegister} over them all,
 * so that records read band by band need not all be held.
 */
export interface RegisterAssessor {
  assess(records: readonly RegisterRecord[]): Assessment[];
  finish(): Omit<RegisterAssessment, 'items'>;
}

/**
 * @example const assessor = createRegisterAssessor(layout, options); for (const band of bands) use(assessor.assess(band)); assessor.finish().counts
 */
export function createRegisterAssessor(layout: RegisterLayout, options: AssessOptions): RegisterAssessor {
  const calendar = options.calendar.fork();
  const rules = prepareDeadlineRules(layout, options.settings);
  const countPeriod = rememberPeriodEnds(calendar);
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const problems: Problem[] = [];
  const { finishedWords, unfinishedWords } = options.settings;
  const readFinished = memoizeByText((value) => readFinishedText(value, finishedWords, unfinishedWords));
  const statusOptions = { asOf: options.asOf, warningWorkingDays: options.settings.warningWorkingDays, calendar };
  const assessOne = (record: RegisterRecord): Assessment => {
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
  };
  return {
    assess: (records) => records.map(assessOne),
    finish() {
      const missingHolidayYears = calendar.missingYears();
      return { counts, missingHolidayYears, problems: [...problems, ...describeMissingHolidayYears(missingHolidayYears)] };
    },
  };
}
