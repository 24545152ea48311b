/**
 * What the validation rules hand back: findings (a `Problem` with the rule that raised it and the
 * row it is about) and fix proposals (the pure half of a safe fix; hosts apply them later).
 */
import type { CalendarDay } from '../dates/day';
import type { CellRef, CellValue, FieldName, LocalText, Problem } from '../types';
import type { RuleCode } from './rule-codes';

/** Rules only ever raise errors (the entry is wrong) or warnings (it is probably wrong). */
export type FindingSeverity = 'error' | 'warning';

export interface Finding extends Problem {
  /** Same as `rule`: findings travel wherever problems do. */
  readonly code: RuleCode;
  readonly rule: RuleCode;
  readonly severity: FindingSeverity;
  readonly sheet: string;
  /** 1-based sheet row; null when the finding is about the whole register (a missing column). */
  readonly row: number | null;
  readonly field?: FieldName;
  /** What a correct entry looks like, or what to do. */
  readonly fix: LocalText;
  /** Other cells the finding is about: the first entry of a duplicate, the rows of a series. */
  readonly related?: readonly CellRef[];
}

/** The value a proposal writes: a plain cell value, or a calendar day written as a real date cell. */
export type FixValue = CellValue | { readonly day: CalendarDay };

export interface FixProposal {
  readonly cell: CellRef;
  readonly field: FieldName;
  /** The value the proposal was made against: a host applies it only if the cell still holds it. */
  readonly before: CellValue;
  readonly after: FixValue;
  readonly rule: RuleCode;
  /** Every selected rule this one rewrite settles (a cell can have wrong brackets and a 第). */
  readonly rules: readonly RuleCode[];
}
