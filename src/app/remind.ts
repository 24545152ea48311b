/** Writes the 催办单 sheet (overdue and due-soon items by handling unit) through any host. */
import { buildReminderSheet, type ReminderSource } from '../core/remind/build-reminder';
import type { RegisterHost, WriteOutcome } from '../hosts/host';
import { assessWorkbook, type AssessOptions, type WorkbookAssessment } from './assess-workbook';

export interface ReminderReport {
  readonly assessment: WorkbookAssessment;
  readonly written: WriteOutcome;
  readonly overdue: number;
  readonly dueSoon: number;
}

/** @example const { written } = await writeReminder(host, { asOf }); written.sheets // ['催办单'] */
export async function writeReminder(host: RegisterHost, options: AssessOptions = {}): Promise<ReminderReport> {
  const assessment = await assessWorkbook(host, options);
  const sources: ReminderSource[] = assessment.sheets.flatMap((s) =>
    s.register && s.assessment ? [{ sheet: s.info.name, register: s.register, items: s.assessment.items }] : [],
  );
  const spec = buildReminderSheet(sources, assessment.context.asOf);
  const written = await host.writeSheets([spec]);
  const count = (status: 'overdue' | 'dueSoon'): number =>
    sources.reduce((n, s) => n + s.items.filter((i) => i.status === status).length, 0);
  return { assessment, written, overdue: count('overdue'), dueSoon: count('dueSoon') };
}
