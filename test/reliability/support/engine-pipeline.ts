/**
 * The whole engine on one grid, as the hosts drive it: detect the layout, read the records,
 * assess their statuses, check the rules on the register and across registers. Used by the
 * property, pathological-input and linear-work suites.
 */
import { createWorkCalendar } from '../../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/core/deadlines/deadline-settings';
import { detectLayout } from '../../../src/core/layout/detect-layout';
import { readRecords } from '../../../src/core/records/read-records';
import { checkRegister } from '../../../src/core/rules/check-register';
import { checkWorkbook } from '../../../src/core/rules/check-workbook';
import type { Finding } from '../../../src/core/rules/finding';
import { DEFAULT_RULE_SETTINGS } from '../../../src/core/rules/settings/rule-settings';
import type { RegisterAssessment } from '../../../src/core/status/assessment-types';
import { assessRegister } from '../../../src/core/status/assess-register';
import type { CalendarDay } from '../../../src/core/dates/day';
import type { Grid, Problem, Register, RegisterLayout } from '../../../src/core/types';

export const PIPELINE_AS_OF: CalendarDay = { year: 2026, month: 11, day: 20 };

export interface PipelineResult {
  readonly layout: RegisterLayout;
  readonly register: Register;
  readonly assessment: RegisterAssessment;
  readonly findings: readonly Finding[];
}

export interface PipelineHooks {
  /** Lets a test stand between reading and the later stages (to count what they touch). */
  readonly wrapRegister?: (register: Register) => Register;
}

/** @example const { findings } = runPipeline(gridOf('收文', rows)) */
export function runPipeline(grid: Grid, hooks: PipelineHooks = {}): PipelineResult {
  const layout = detectLayout(grid);
  const read = readRecords(layout, grid);
  const register = hooks.wrapRegister ? hooks.wrapRegister(read) : read;
  const assessment = assessRegister(register, { asOf: PIPELINE_AS_OF, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });
  const options = { asOf: PIPELINE_AS_OF, settings: DEFAULT_RULE_SETTINGS };
  const findings = [...checkRegister(register, { ...options, deadlines: assessment.items }), ...checkWorkbook([register, register], options)];
  return { layout, register, assessment, findings };
}

/** Every problem the pipeline produced, layout to rules. */
export function allProblems(result: PipelineResult): Problem[] {
  return [...result.layout.problems, ...result.register.problems, ...result.register.records.flatMap((r) => r.problems), ...result.assessment.problems, ...result.findings];
}

/**
 * What is wrong with a problem a clerk would read, [] when nothing: a code, a severity, Chinese
 * and English text without "undefined" or "NaN", and a cell inside the grid when it names one.
 */
export function checkProblemShape(p: Problem, grid: Grid): string[] {
  const wrong: string[] = [];
  if (!/^[a-zA-Z][\w.-]*$/.test(p.code)) wrong.push(`code ${p.code}`);
  if (!['error', 'warning', 'info'].includes(p.severity)) wrong.push(`severity ${p.severity}`);
  for (const text of [p.message.zh, p.message.en, p.fix?.zh ?? 'ok', p.fix?.en ?? 'ok']) {
    if (typeof text !== 'string' || text.trim() === '' || /\bundefined\b|\bNaN\b|\[object Object\]/.test(text)) wrong.push(`text "${text}" of ${p.code}`);
  }
  if (!/[\u4e00-\u9fff]/.test(p.message.zh)) wrong.push(`zh of ${p.code} has no Chinese`);
  if (p.at) {
    const lastRow = grid.top + grid.rows.length - 1;
    const inside = p.at.sheet === grid.sheet && Number.isInteger(p.at.row) && Number.isInteger(p.at.col) && p.at.row >= 1 && p.at.row <= Math.max(lastRow, 1) && p.at.col >= 0 && p.at.col < 16_384;
    if (!inside) wrong.push(`cell ${JSON.stringify(p.at)} of ${p.code} outside the grid`);
  }
  return wrong;
}
