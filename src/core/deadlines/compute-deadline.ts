/**
 * A record's deadline, in the order: an explicit date in the deadline column; a period
 * counted from the received/assigned day; a day without a year; otherwise the register's default
 * rule by urgency or category. Phrases such as "长期" mean no single deadline, never an error.
 */
import type { CalendarDay } from '../dates/day';
import type { WorkCalendar } from '../calendar/work-calendar';
import { readCellText } from '../text/cell-text';
import type { CellValue, Problem, RegisterLayout, RegisterRecord } from '../types';
import { addPeriod, type CountPeriod } from './add-period';
import { resolveDayWithoutYear } from './day-without-year';
import { missingStartDay, unreadableDeadline } from './deadline-problems';
import type { DeadlineSettings, KindDeadlineSettings } from './deadline-settings';
import type { Deadline, DeadlineResult, Period } from './deadline-types';
import { compileRules, type RuleMatcher } from './default-rules';
import { memoizeByText } from './memo-by-text';
import { readDeadlineCell, readUnitFromHeader, type DeadlineCell, type DeadlineCellOptions } from './read-deadline-cell';

/** What stays the same for every record of one register: prepared once, used per row. */
export interface DeadlineRules {
  readonly layout: RegisterLayout;
  readonly kind: KindDeadlineSettings | null;
  /** Reads a deadline cell, each distinct text once. */
  readonly readCell: (value: CellValue | undefined) => DeadlineCell;
  readonly match: RuleMatcher;
}

export interface DeadlineComputation extends DeadlineResult {
  readonly problems: readonly Problem[];
}

/**
 * The deadline rules of one register: its kind's settings, the unit a bare number in its deadline
 * column means (from the header), and memoised readers. Prepare once, then call computeDeadline
 * per record.
 * @example const rules = prepareDeadlineRules(register.layout, DEFAULT_DEADLINE_SETTINGS);
 */
export function prepareDeadlineRules(layout: RegisterLayout, settings: DeadlineSettings): DeadlineRules {
  const kind = layout.kind ? settings.kinds[layout.kind] : null;
  const header = layout.columns.deadline !== undefined ? layout.headers[layout.columns.deadline] : undefined;
  const cellOptions: DeadlineCellOptions = { countUnit: readUnitFromHeader(header) ?? settings.bareNumberUnit, ongoingWords: settings.ongoingWords };
  return {
    layout,
    kind,
    readCell: memoizeByText((value) => readDeadlineCell(value, cellOptions)),
    match: compileRules(kind?.rules ?? []),
  };
}

function findStart(record: RegisterRecord, kind: KindDeadlineSettings | null): CalendarDay | null {
  for (const field of kind?.startFrom ?? []) {
    const day = record.dates[field];
    if (day) return day;
  }
  return null;
}

function textOf(record: RegisterRecord): string | undefined {
  const raw = record.values.deadline;
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

function applyDefault(record: RegisterRecord, rules: DeadlineRules, countPeriod: CountPeriod, start: CalendarDay | null, problems: Problem[]): DeadlineComputation {
  const matched = rules.match(record);
  const period: Period | null = matched?.rule.period ?? rules.kind?.fallback ?? null;
  if (!period) return { deadline: null, noDeadline: 'noRule', problems };
  if (!start) {
    problems.push(missingStartDay(rules.layout, record.row, rules.kind?.startFrom[0] ?? 'receivedDate', period));
    return { deadline: null, noDeadline: 'noStartDay', problems };
  }
  const text = textOf(record);
  const deadline: Deadline = {
    day: countPeriod(start, period),
    source: 'default',
    unit: period.unit,
    amount: period.amount,
    rule: matched?.id ?? 'fallback',
    from: start,
    ...(text ? { text } : {}),
  };
  return { deadline, problems };
}

/**
 * The deadline of one record, with its derivation and any problem met on the way. A caller
 * assessing many records passes `countPeriod` from rememberPeriodEnds, so each period is counted
 * once per start day.
 * @example
 * const rules = prepareDeadlineRules(layout, DEFAULT_DEADLINE_SETTINGS);
 * computeDeadline(record, rules, createWorkCalendar()).deadline
 * // { day: 2026-10-13, source: 'relative', unit: 'workingDays', amount: 5, text: '5个工作日', from: 2026-09-30 }
 */
export function computeDeadline(
  record: RegisterRecord,
  rules: DeadlineRules,
  calendar: WorkCalendar,
  countPeriod: CountPeriod = (start, period) => addPeriod(calendar, start, period),
): DeadlineComputation {
  const problems: Problem[] = [];
  const start = findStart(record, rules.kind);
  const cell: DeadlineCell = rules.layout.columns.deadline === undefined ? { kind: 'empty' } : rules.readCell(record.values.deadline);
  const text = textOf(record);
  const withText = text ? { text } : {};
  switch (cell.kind) {
    case 'date':
      return { deadline: { day: cell.day, source: 'explicit', ...withText }, problems };
    case 'ongoing':
      return { deadline: null, noDeadline: 'ongoing', problems };
    case 'period':
      if (!start) {
        problems.push(missingStartDay(rules.layout, record.row, rules.kind?.startFrom[0] ?? 'receivedDate', cell));
        return { deadline: null, noDeadline: 'noStartDay', problems };
      }
      return {
        deadline: { day: countPeriod(start, cell), source: 'relative', unit: cell.unit, amount: cell.amount, from: start, ...withText },
        problems,
      };
    case 'monthDay':
    case 'monthEnd':
    case 'yearEnd': {
      const day = resolveDayWithoutYear(cell, start, rules.layout.year);
      if (day) return { deadline: { day, source: 'explicit', ...withText }, problems };
      if (!start && (cell.kind === 'monthEnd' || rules.layout.year === null)) {
        problems.push(missingStartDay(rules.layout, record.row, rules.kind?.startFrom[0] ?? 'receivedDate', null));
        return { deadline: null, noDeadline: 'noStartDay', problems };
      }
      return unreadable(record, rules, countPeriod, start, problems);
    }
    case 'unreadable':
      return unreadable(record, rules, countPeriod, start, problems, cell.ambiguity);
    case 'empty':
      return applyDefault(record, rules, countPeriod, start, problems);
  }
}

function unreadable(
  record: RegisterRecord,
  rules: DeadlineRules,
  countPeriod: CountPeriod,
  start: CalendarDay | null,
  problems: Problem[],
  ambiguity?: 'monthOrMonths' | 'dayOfMonth',
): DeadlineComputation {
  const result = applyDefault(record, rules, countPeriod, start, []);
  const written = textOf(record) ?? readCellText(record.values.deadline);
  const applied = result.deadline ? { amount: result.deadline.amount ?? 0, unit: result.deadline.unit ?? 'workingDays' } : null;
  problems.push(unreadableDeadline(rules.layout, record.row, written, applied, ambiguity), ...result.problems);
  return { ...result, problems };
}
