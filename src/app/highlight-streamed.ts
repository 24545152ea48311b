/**
 * The highlight of the command line: register by register, band of rows by band of rows, the
 * records are read, assessed and turned into marks as they come, and only the marks are kept —
 * the same marks and counts as highlightOverdue, which keeps every record and its assessment
 * for the task pane to show. At 100,000 rows that is some 60 MB of records not held while the
 * sheet is patched.
 */
import type { RowMark } from '../core/marks/mark-types';
import { planMarks } from '../core/marks/plan-marks';
import { createRegisterAssessor, type RegisterAssessor } from '../core/status/assess-register';
import type { ItemStatus, RegisterLayout } from '../core/types';
import type { RegisterHost } from '../hosts/host';
import { openForAssessment, type AssessOptions } from './assess-workbook';
import { paintInTurn, type HighlightReport, type PlannedSheet } from './highlight';
import { detectSheet, sheetsToScan, streamRecords } from './scan-workbook';
import type { WorkbookContext } from './workbook-context';

export type StreamedHighlightReport = Omit<HighlightReport, 'assessment'>;

/**
 * @example const report = await highlightOverdueStreamed(host, { asOf }); report.sheets[0].counts.overdue
 */
export async function highlightOverdueStreamed(host: RegisterHost, options: AssessOptions = {}): Promise<StreamedHighlightReport> {
  const { settings, infos: all, tops, context } = await openForAssessment(host, options);
  const years = new Set<number>();
  async function* plans(): AsyncGenerator<PlannedSheet> {
    for (const info of sheetsToScan(all, options.sheets)) {
      options.signal?.throwIfAborted();
      const layout = await detectSheet(host, info, settings, tops?.get(info.name));
      if (!layout.kind || layout.firstDataRow === null) continue;
      const planned = await planSheet(host, info.name, layout, context);
      planned.missingHolidayYears.forEach((y) => years.add(y));
      yield { sheet: info.name, kind: layout.kind, counts: planned.counts, marks: planned.marks };
    }
  }
  const sheets = await paintInTurn(host, plans(), options.signal);
  return { asOf: context.asOf, sheets, missingHolidayYears: [...years].sort((a, b) => a - b) };
}

interface PlannedRegister {
  readonly marks: RowMark[];
  readonly counts: Readonly<Record<ItemStatus, number>>;
  readonly missingHolidayYears: readonly number[];
}

async function planSheet(host: RegisterHost, sheet: string, layout: RegisterLayout, context: WorkbookContext): Promise<PlannedRegister> {
  const begin = (): { assessor: RegisterAssessor; marks: RowMark[] } => ({
    assessor: createRegisterAssessor(layout, { asOf: context.asOf, settings: context.deadlines, calendar: context.calendar }),
    marks: [],
  });
  let run = begin();
  await streamRecords(host, sheet, layout, () => {
    const own = (run = begin());
    return (records) => {
      const items = own.assessor.assess(records);
      for (const mark of planMarks({ layout, records, dataRows: null, problems: [] }, items)) own.marks.push(mark);
    };
  });
  const done = run.assessor.finish();
  return { marks: run.marks, counts: done.counts, missingHolidayYears: done.missingHolidayYears };
}
