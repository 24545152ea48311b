/** What the summary builders take and give: registers from many workbooks in, sheet specs out. */
import type { CalendarDay } from '../dates/day';
import type { SheetSpec } from '../sheet-spec';
import type { Assessment } from '../status/assessment-types';
import type { FieldName, Problem, Register, RegisterKind, RegisterRecord } from '../types';
import type { AppraisalScheme } from './appraisal/appraisal-scheme';
import type { ResolvedPeriod } from './period';
import type { QuotaSettings } from './quota/quota-policy';

/** The registers of one workbook; `source` names it (a file name, a township) on the sheets. */
export interface SummarySource {
  readonly source: string;
  readonly registers: readonly Register[];
}

/** One record with where it came from, its status and the day it is counted by. */
export interface SummaryItem {
  readonly source: string;
  readonly sheet: string;
  readonly record: RegisterRecord;
  readonly assessment: Assessment;
  /** The received / issued / assigned / submitted day, or null when the record has none. */
  readonly day: CalendarDay | null;
  /** Working days from `day` to the completion day, for items finished with a date; else null. */
  readonly handlingDays: number | null;
}

/** Every register assessed once, its records grouped by register kind. */
export interface SummaryData {
  /** Source names in the order given. */
  readonly sources: readonly string[];
  readonly items: Readonly<Record<RegisterKind, readonly SummaryItem[]>>;
  /** Fields mapped by at least one register of each kind. */
  readonly fields: Readonly<Record<RegisterKind, ReadonlySet<FieldName>>>;
  /** Records left out of every count because they have no day to be counted by. */
  readonly undated: Readonly<Record<RegisterKind, number>>;
  readonly missingHolidayYears: readonly number[];
  readonly problems: readonly Problem[];
}

/** Everything a builder needs besides the data. */
export interface SummaryContext {
  readonly data: SummaryData;
  readonly period: ResolvedPeriod;
  readonly asOf: CalendarDay;
  readonly scheme: AppraisalScheme;
  readonly quota: QuotaSettings;
}

export interface BuiltSheet {
  readonly spec: SheetSpec;
  readonly problems: readonly Problem[];
}
