/**
 * Dates the reader could not read. readRecords already reports each one on its record; the rules
 * surface those problems once, as `date.unreadable` findings with the reader's own words, so that
 * a findings list is complete on its own. Callers showing findings should not list the records'
 * date problems again (docs/rules.md, "Unreadable dates").
 */
import type { Problem, RegisterRecord } from '../../types';
import { makeFinding, type RuleContext } from '../context';
import type { Finding } from '../finding';

const DEFAULT_FIX = {
  zh: '请写成 2026-03-05 或 2026年3月5日 这样的完整日期',
  en: 'Write a full date such as 2026-03-05 or 2026年3月5日',
};

function isDateProblem(problem: Problem): boolean {
  return problem.code.startsWith('read.date');
}

function toFinding(ctx: RuleContext, record: RegisterRecord, problem: Problem): Finding {
  const finding = makeFinding(ctx, {
    rule: 'date.unreadable',
    row: record.row,
    field: problem.field,
    message: problem.message,
    fix: problem.fix ?? DEFAULT_FIX,
  });
  // The reader knows the cell even when the field is not one the layout maps by that name.
  return problem.at && !finding.at ? { ...finding, at: problem.at } : finding;
}

/**
 * Turns the reader's date problems into findings, one per unreadable cell.
 * @example surfaceReadProblems(ctx) // [{ rule: 'date.unreadable', row: 17, field: 'receivedDate', … }]
 */
export function surfaceReadProblems(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    for (const problem of record.problems) {
      if (isDateProblem(problem)) findings.push(toFinding(ctx, record, problem));
    }
  }
  return findings;
}
