/**
 * Scan plus statuses: every register of the workbook with the status of each of its items.
 */
import type { RegisterHost, SheetInfo } from '../hosts/host';
import type { StoredSettings } from '../core/settings/stored-settings';
import type { Grid, Problem, Register } from '../core/types';
import { assessRegister } from '../core/status/assess-register';
import type { RegisterAssessment } from '../core/status/assessment-types';
import { openWorkbook, scanWorkbook, type ScanOptions, type SheetScan } from './scan-workbook';
import { loadWorkbookContext, type ContextOptions, type WorkbookContext } from './workbook-context';

export interface AssessedSheet extends SheetScan {
  /** Null when the sheet is not a register. */
  readonly assessment: RegisterAssessment | null;
}

export interface WorkbookAssessment {
  readonly context: WorkbookContext;
  readonly sheets: readonly AssessedSheet[];
  /** Years counted Monday–Friday because no holiday data was loaded for them. */
  readonly missingHolidayYears: readonly number[];
}

export type AssessOptions = ScanOptions & ContextOptions;

/**
 * @example
 * const { sheets } = await assessWorkbook(host, { asOf });
 * sheets[0].assessment?.counts.overdue // 5
 */
export async function assessWorkbook(host: RegisterHost, options: AssessOptions = {}): Promise<WorkbookAssessment> {
  const { settings, infos, tops, context } = await openForAssessment(host, options);
  const scan = await scanWorkbook(host, { ...options, settings, sheetInfos: infos, tops });
  const years = new Set<number>();
  const sheets = scan.sheets.map((s): AssessedSheet => {
    if (!s.register) return { ...s, assessment: null };
    const assessment = assessRegister(s.register, { asOf: context.asOf, settings: context.deadlines, calendar: context.calendar });
    assessment.missingHolidayYears.forEach((y) => years.add(y));
    return { ...s, assessment };
  });
  return { context, sheets, missingHolidayYears: [...years].sort((a, b) => a - b) };
}

/** What every assessment starts from: settings, the sheet list, the top rows read so far, the context. */
export interface AssessmentStart {
  readonly settings: StoredSettings;
  readonly infos: readonly SheetInfo[];
  readonly tops: ReadonlyMap<string, Grid> | undefined;
  readonly context: WorkbookContext;
}

/**
 * Settings, sheets and top rows in one go where the host offers it, then the workbook's context.
 * @example const { context, infos } = await openForAssessment(host, { asOf })
 */
export async function openForAssessment(host: RegisterHost, options: AssessOptions = {}): Promise<AssessmentStart> {
  const opened = options.settings ? null : await openWorkbook(host);
  const settings = options.settings ?? opened?.settings ?? (await host.readSettings());
  const infos = opened?.sheets ?? (await host.listSheets());
  const context = await loadWorkbookContext(host, { asOf: options.asOf, now: options.now, settings, sheetInfos: infos });
  return { settings, infos, tops: options.tops ?? opened?.tops, context };
}

/** The registers of an assessment, for rules and summaries. */
export function registersOf(assessment: WorkbookAssessment): Register[] {
  return assessment.sheets.flatMap((s) => (s.register ? [s.register] : []));
}

/** Layout, reading and deadline problems of one assessed sheet, in that order. */
export function problemsOf(sheet: AssessedSheet): Problem[] {
  return [...sheet.layout.problems, ...(sheet.register?.problems ?? []), ...(sheet.assessment?.problems ?? [])];
}
