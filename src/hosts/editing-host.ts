/**
 * What a host needs beyond marking to act on validation findings (issue 4): write the values of
 * safe fixes a clerk confirmed, and install data validation so the next entries stay clean.
 * Kept apart from RegisterHost so a host can grow into it.
 */
import type { CalendarDay } from '../core/dates/day';
import type { CellValue } from '../core/types';
import type { RegisterHost } from './host';

/** A value to write: text stays text, `{ day }` becomes a real date cell. */
export type EditValue = string | number | boolean | null | { readonly day: CalendarDay };

/** One cell to change. `before` is what the clerk saw when confirming: a changed cell is skipped. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly before: CellValue;
  readonly after: EditValue;
}

export interface EditOutcome {
  readonly sheet: string;
  readonly written: number;
  /** Edits skipped because the cell no longer held `before` (the clerk changed it meanwhile). */
  readonly skipped: readonly CellEdit[];
}

/** A data-validation rule for one column of a register, from `fromRow` to `toRow`. */
export interface ColumnValidation {
  readonly col: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly type: 'list' | 'date';
  /** For `list`: the allowed values, shown as a drop-down. */
  readonly values?: readonly string[];
  /** For `date`: the allowed range. */
  readonly between?: readonly [CalendarDay, CalendarDay];
  readonly allowBlank: boolean;
  /** Shown when a wrong entry is typed (zh). */
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** A validation the sheet already has on some of the cells a new rule would cover. */
export interface ExistingValidation {
  readonly col: number;
  /** The range as the sheet states it, e.g. "F3:F500". */
  readonly ref: string;
  readonly type: string;
  /** True when the add-in installed it (it may replace its own without asking). */
  readonly ownedByAddIn: boolean;
}

export interface ValidationOutcome {
  readonly sheet: string;
  readonly installed: number;
  /** Rules not installed because the clerk's own validation covers those cells and `replace` was false. */
  readonly conflicts: readonly ExistingValidation[];
}

export interface EditingHost extends RegisterHost {
  writeCells(sheet: string, edits: readonly CellEdit[]): Promise<EditOutcome>;
  listValidations(sheet: string): Promise<readonly ExistingValidation[]>;
  /** Installs rules; where the clerk's own validation covers a column, only with `replace`. */
  installValidations(sheet: string, rules: readonly ColumnValidation[], options: { readonly replace: boolean }): Promise<ValidationOutcome>;
}
