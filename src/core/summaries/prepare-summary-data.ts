/**
 * Assesses every register once and gathers its records by kind, each with its source, status and
 * counting day, so that every summary of a package reads the same statuses (never recomputed
 * here) and the package stays linear in records.
 */
import type { CalendarDay } from '../dates/day';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { DeadlineSettings } from '../deadlines/deadline-settings';
import { MISSING_HOLIDAY_YEAR_CODE } from '../calendar/missing-years';
import { cellAddress } from '../layout/address';
import { createRegisterAssessor, type AssessOptions, type RegisterAssessor } from '../status/assess-register';
import type { Assessment } from '../status/assessment-types';
import { REGISTER_KINDS, type FieldName, type Problem, type Register, type RegisterKind, type RegisterLayout } from '../types';
import { COUNTING_DATES, findCountingDay } from './counting-dates';
import type { SummaryData, SummaryItem, SummarySource } from './summary-types';

export interface PrepareOptions {
  readonly asOf: CalendarDay;
  readonly deadlineSettings: DeadlineSettings;
  readonly calendar: WorkCalendar;
}

function perKind<T>(make: () => T): Record<RegisterKind, T> {
  return Object.fromEntries(REGISTER_KINDS.map((k) => [k, make()])) as Record<RegisterKind, T>;
}

function describeUndated(register: Register, kind: RegisterKind, where: string, count: number, firstRow: number): Problem {
  const label = COUNTING_DATES[kind].label;
  const col = COUNTING_DATES[kind].fields.map((f) => register.layout.columns[f]).find((c) => c !== undefined);
  const sheet = register.layout.sheet;
  if (col === undefined) {
    return {
      code: 'summary.undated',
      severity: 'warning',
      message: { zh: `${where}没有找到“${label}”列，其中 ${count} 条记录未计入统计`, en: `${where}: no ${label} column; ${count} records were left out of the summaries` },
      fix: { zh: `请在列对应关系中指定“${label}”列`, en: `Map the ${label} column` },
    };
  }
  return {
    code: 'summary.undated',
    severity: 'warning',
    at: { sheet, row: firstRow, col },
    field: COUNTING_DATES[kind].fields[0],
    message: {
      zh: `${where}有 ${count} 条记录没有可识别的${label}（第一条在 ${cellAddress(firstRow, col)}），未计入统计`,
      en: `${where}: ${count} records have no readable ${label} (the first in ${cellAddress(firstRow, col)}) and were left out`,
    },
    fix: { zh: `请在 ${cellAddress(firstRow, col)} 等单元格填写${label}，如 2026-03-05`, en: `Enter the date in ${cellAddress(firstRow, col)} and the others, e.g. 2026-03-05` },
  };
}

interface SharedAssessor {
  readonly assessor: RegisterAssessor;
  /** Problems of the registers it assessed so far (those it reports from `finish`, less missing years). */
  seen: number;
}

/**
 * One assessor for every register of the same layout: the 100 registers of 100 townships' copies
 * of one template share it, and with it the memos of deadline texts, period ends and finished
 * words, which each register filled again on its own (0.14 s of a 100-workbook package). The
 * items are the same: an assessor takes records in any number of batches and gives each the
 * assessment one pass over them all would (assess-register.ts). Layouts are compared whole, key
 * order included, so that nothing a rule might read can differ.
 */
function createSharedAssessors(options: AssessOptions): { assess(register: Register): { items: Assessment[]; problems: Problem[] } } {
  const byLayout = new Map<string, SharedAssessor>();
  const sharedFor = (layout: RegisterLayout): SharedAssessor => {
    const key = JSON.stringify(layout);
    let shared = byLayout.get(key);
    if (!shared) {
      shared = { assessor: createRegisterAssessor(layout, options), seen: 0 };
      byLayout.set(key, shared);
    }
    return shared;
  };
  return {
    assess(register) {
      const shared = sharedFor(register.layout);
      const items = shared.assessor.assess(register.records);
      // Missing holiday years are named once for the whole package, not once per register.
      const all = shared.assessor.finish().problems.filter((p) => p.code !== MISSING_HOLIDAY_YEAR_CODE);
      const problems = all.slice(shared.seen);
      shared.seen = all.length;
      return { items, problems };
    },
  };
}

/**
 * @example
 * const data = prepareSummaryData([{ source: '城关镇', registers }], { asOf, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });
 * data.items.incoming.length // every record of every incoming register
 */
export function prepareSummaryData(sources: readonly SummarySource[], options: PrepareOptions): SummaryData {
  const items = perKind<SummaryItem[]>(() => []);
  const fields = perKind<Set<FieldName>>(() => new Set());
  const undated = perKind(() => 0);
  const problems: Problem[] = [];
  // A fork of our own records every year the calendar lacked, for assessments and handling days alike.
  const calendar = options.calendar.fork();
  const assessors = createSharedAssessors({ asOf: options.asOf, settings: options.deadlineSettings, calendar });
  const many = sources.length > 1;
  for (const { source, registers } of sources) {
    for (const register of registers) {
      const kind = register.layout.kind;
      if (!kind) continue;
      for (const field of Object.keys(register.layout.columns) as FieldName[]) fields[kind].add(field);
      const assessed = assessors.assess(register);
      for (const p of assessed.problems) problems.push(p);
      let count = 0;
      let firstRow = 0;
      register.records.forEach((record, i) => {
        const day = findCountingDay(record, kind);
        if (!day && count++ === 0) firstRow = record.row;
        const assessment = assessed.items[i];
        // Counted once here: every handling table of the package reads the same figure.
        const finished = assessment.finished;
        const handlingDays = day && finished?.by === 'date' ? calendar.countWorkingDays(day, finished.day) : null;
        items[kind].push({ source, sheet: register.layout.sheet, record, assessment, day, handlingDays });
      });
      undated[kind] += count;
      const where = many ? `“${source}”的工作表“${register.layout.sheet}”` : `工作表“${register.layout.sheet}”`;
      if (count > 0) problems.push(describeUndated(register, kind, where, count, firstRow));
    }
  }
  return {
    sources: sources.map((s) => s.source),
    items,
    fields,
    undated,
    missingHolidayYears: calendar.missingYears(),
    problems,
  };
}
