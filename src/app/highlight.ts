/**
 * The everyday one-click job: paint overdue, due-soon and late-finished items, and take the paint
 * off again exactly. Works through any host: Excel, an .xlsx package, the stand-in in tests.
 */
import type { CalendarDay } from '../core/dates/day';
import type { ItemStatus, RegisterKind } from '../core/types';
import type { ClearOutcome, MarkOutcome, RegisterHost } from '../hosts/host';
import { planMarks, MARKED_STATUSES } from '../core/marks/plan-marks';
import { assessWorkbook, type AssessOptions, type WorkbookAssessment } from './assess-workbook';

export interface SheetHighlight {
  readonly sheet: string;
  readonly kind: RegisterKind;
  readonly counts: Readonly<Record<ItemStatus, number>>;
  readonly marked: MarkOutcome;
}

export interface HighlightReport {
  readonly asOf: CalendarDay;
  readonly sheets: readonly SheetHighlight[];
  readonly missingHolidayYears: readonly number[];
  readonly assessment: WorkbookAssessment;
}

/**
 * Re-highlighting replaces the previous status marks of each register (an item due soon last week
 * may be overdue or done now); validation marks are left alone.
 * @example const report = await highlightOverdue(host, { sheets: ['收文登记'] });
 */
export async function highlightOverdue(host: RegisterHost, options: AssessOptions = {}): Promise<HighlightReport> {
  const assessment = await assessWorkbook(host, options);
  const sheets: SheetHighlight[] = [];
  try {
    for (const s of assessment.sheets) {
      if (!s.register || !s.assessment || !s.layout.kind) continue;
      options.signal?.throwIfAborted();
      const marks = planMarks(s.register, s.assessment.items);
      await host.clearMarks(s.info.name, MARKED_STATUSES);
      const marked = await host.applyMarks(s.info.name, marks);
      sheets.push({ sheet: s.info.name, kind: s.layout.kind, counts: s.assessment.counts, marked });
    }
  } catch (e) {
    await takeBack(host, sheets);
    throw e;
  }
  return { asOf: assessment.context.asOf, sheets, missingHolidayYears: assessment.missingHolidayYears, assessment };
}

/**
 * A highlight refused or cancelled on one register takes its marks off the registers it had
 * already painted, so the clerk never sees a workbook half highlighted. The host undoes the
 * refused register itself. Best effort: if Excel refuses this too, the first error is the one told.
 */
async function takeBack(host: RegisterHost, done: readonly SheetHighlight[]): Promise<void> {
  for (const s of done) {
    try {
      await host.clearMarks(s.sheet, MARKED_STATUSES);
    } catch {
      return;
    }
  }
}

export interface ClearOptions {
  readonly sheets?: readonly string[];
}

/** Takes the status marks off (one sheet, some sheets, or the whole workbook). */
export async function clearHighlights(host: RegisterHost, options: ClearOptions = {}): Promise<ClearOutcome[]> {
  if (!options.sheets) return [...(await host.clearMarks(undefined, MARKED_STATUSES))];
  const out: ClearOutcome[] = [];
  for (const sheet of options.sheets) out.push(...(await host.clearMarks(sheet, MARKED_STATUSES)));
  return out;
}
