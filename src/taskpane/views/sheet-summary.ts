/**
 * What the register list shows for each sheet, derived from the assessment: its kind, its rows,
 * the span of its dates, its status counts and how many problems were found. Linear in records.
 */
import type { AssessedSheet, WorkbookAssessment } from '../../app/assess-workbook';
import { problemsOf } from '../../app/assess-workbook';
import { compareDays, type CalendarDay } from '../../core/dates/day';
import { PRIMARY_DATE_FIELD } from '../../core/layout/field-dictionary';
import type { DateField, ItemStatus, LocalText, Register, RegisterKind } from '../../core/types';

export interface SheetSummary {
  readonly sheet: string;
  readonly kind: RegisterKind | null;
  /** The clerk confirmed this sheet's mapping (it is remembered in the workbook). */
  readonly confirmed: boolean;
  readonly records: number;
  /** First and last sheet rows holding records. */
  readonly dataRows: readonly [number, number] | null;
  /** Earliest and latest day of the register's own date (收文日期, 交办日期, 发文日期). */
  readonly dateRange: { readonly from: CalendarDay; readonly to: CalendarDay } | null;
  readonly counts: Readonly<Record<ItemStatus, number>> | null;
  /** Layout, reading and deadline problems. */
  readonly problems: number;
  /** Why the sheet is not a register, as the detector put it. */
  readonly reason: LocalText | null;
}

/** The register's own date: the kind's primary one, else the first date field it has. */
function spanOf(register: Register): SheetSummary['dateRange'] {
  const kind = register.layout.kind;
  const primary = kind ? (PRIMARY_DATE_FIELD[kind] as DateField) : null;
  let from: CalendarDay | null = null;
  let to: CalendarDay | null = null;
  for (const record of register.records) {
    const day = (primary ? record.dates[primary] : undefined) ?? Object.values(record.dates)[0];
    if (!day) continue;
    if (!from || compareDays(day, from) < 0) from = day;
    if (!to || compareDays(day, to) > 0) to = day;
  }
  return from && to ? { from, to } : null;
}

/**
 * @example summarizeSheet(assessment.sheets[0], assessment).counts?.overdue // 5
 */
export function summarizeSheet(sheet: AssessedSheet, assessment: WorkbookAssessment): SheetSummary {
  const register = sheet.register;
  const name = sheet.info.name;
  return {
    sheet: name,
    kind: sheet.layout.kind,
    confirmed: assessment.context.settings.mappings?.[name] !== undefined,
    records: register?.records.length ?? 0,
    dataRows: register?.dataRows ?? null,
    dateRange: register ? spanOf(register) : null,
    counts: sheet.assessment?.counts ?? null,
    problems: problemsOf(sheet).filter((p) => p.severity !== 'info').length,
    reason: sheet.layout.kind ? null : (sheet.layout.problems[0]?.message ?? null),
  };
}

/** Registers first (in sheet order), then the sheets that are not. */
export function summarizeWorkbook(assessment: WorkbookAssessment): { registers: SheetSummary[]; others: SheetSummary[] } {
  const all = assessment.sheets.map((s) => summarizeSheet(s, assessment));
  return { registers: all.filter((s) => s.kind !== null), others: all.filter((s) => s.kind === null) };
}
