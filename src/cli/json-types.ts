/**
 * The shape of `--json` output. Keys are a public contract: later features add keys, never rename
 * or remove them. Rows are 1-based sheet rows; columns are letters.
 */
import type { FieldName, ItemStatus, RegisterKind } from '../core/types';

export interface ProblemJson {
  readonly cell: string | null;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly fix?: string;
}

export interface OverdueJson {
  readonly row: number;
  readonly deadline: string;
  readonly deadlineSource: 'explicit' | 'relative' | 'default';
  readonly daysLate: number;
  readonly workingDaysLate: number;
  readonly title?: string;
  readonly handler?: string;
}

export interface FindingJson {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly cell: string | null;
  readonly row: number | null;
  readonly field: FieldName | null;
  readonly message: string;
  readonly fix: string | null;
}

export interface SheetJson {
  readonly sheet: string;
  readonly kind: RegisterKind | null;
  readonly confidence: number;
  readonly headerRows: readonly [number, number] | null;
  readonly dataRows: readonly [number, number] | null;
  readonly columns: Partial<Record<FieldName, string>>;
  readonly records: number;
  readonly problems: readonly ProblemJson[];
  readonly status?: Record<ItemStatus, number>;
  readonly overdue?: readonly OverdueJson[];
  readonly findings?: readonly FindingJson[];
}

export interface FileJson {
  readonly file: string;
  readonly error?: { readonly code: string; readonly message: string };
  readonly sheets: readonly SheetJson[];
  readonly missingHolidayYears?: readonly number[];
  /** Problems of the workbook as a whole (settings, the holiday table). */
  readonly problems?: readonly ProblemJson[];
}

export interface ReportJson {
  readonly asOf: string;
  readonly files: readonly FileJson[];
}
