/**
 * The pane's heavy workflows run whole in the engine, next to the workbook: detection, records,
 * statuses and rules happen here (in the worker), and the page receives only the results — not
 * every cell of a 100,000-row register to reckon on its own thread.
 *
 * They behave as the pane's own path does: a cancel is honoured while the workflow reads and
 * refused once it writes, so a step never stops half-written. Before each read and before the
 * first write the engine lets its queue run, or a cancel sent during a long read would only
 * arrive after the step ended.
 */
import { assessWorkbook, type AssessOptions, type WorkbookAssessment } from '../../app/assess-workbook';
import { checkAssessment } from '../../app/check/check-workbook-findings';
import { highlightOverdue } from '../../app/highlight';
import { writeReminder } from '../../app/remind';
import { readHolidaySheet } from '../../app/workbook-context';
import type { HolidayOverride } from '../../core/calendar/holiday-override';
import { HOLIDAY_TABLE_PURPOSE } from '../../core/calendar/holiday-table-sheet';
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Grid } from '../../core/types';
import type { EditingHost } from '../../hosts/editing-host';
import type { RegisterHost } from '../../hosts/host';
import type { CallContext } from './serve-engine';
import { toWireAssessment, type WireAssessment, type WireCheck, type WireHighlight, type WireReminder, type WorkflowRequest } from './workflow-wire';

/** Lets queued messages (a cancel) in before the engine goes on. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The host as a workflow uses it: each read first lets a cancel in and stops if one came; so does
 * the first write, after which the cancel is no longer heard — once a workflow writes, it runs
 * to the end (a cancel that crossed that moment is the page's to undo: engine-workflows.ts).
 */
function cancellableUntilWriting(host: RegisterHost, reading: AbortSignal, beganWriting: () => void): RegisterHost {
  let writing = false;
  const checkpoint = async (): Promise<void> => {
    await nextTask();
    reading.throwIfAborted();
  };
  const read =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!writing) await checkpoint();
      return call(...args);
    };
  const write =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!writing) {
        await checkpoint();
        writing = true;
        beganWriting();
      }
      return call(...args);
    };
  return {
    listSheets: read(() => host.listSheets()),
    readTop: read((sheet: string, rowCount: number, maxCols?: number) => host.readTop(sheet, rowCount, maxCols)),
    readColumns: read((sheet: string, cols: readonly number[], fromRow: number, toRow?: number) => host.readColumns(sheet, cols, fromRow, toRow)),
    readColumnBands: read((sheet: string, cols: readonly number[], fromRow: number, onBand: (band: Grid) => void) =>
      host.readColumnBands ? host.readColumnBands(sheet, cols, fromRow, onBand) : Promise.resolve(null),
    ),
    readSettings: read(() => host.readSettings()),
    applyMarks: write((sheet: string, marks: readonly RowMark[]) => host.applyMarks(sheet, marks)),
    clearMarks: write((sheet?: string, kinds?: readonly MarkKind[]) => host.clearMarks(sheet, kinds)),
    writeSheets: write((specs: readonly SheetSpec[]) => host.writeSheets(specs)),
    writeSettings: write((settings: StoredSettings) => host.writeSettings(settings)),
  };
}

interface Run {
  readonly host: RegisterHost;
  readonly options: AssessOptions;
}

/** The call's cancel, heard until the workflow's first write. */
function startRun(host: RegisterHost, ctx: CallContext, request: WorkflowRequest): Run {
  const reading = new AbortController();
  const stop = (): void => reading.abort(ctx.signal.reason);
  if (ctx.signal.aborted) stop();
  else ctx.signal.addEventListener('abort', stop, { once: true });
  const options: AssessOptions = {
    asOf: request.asOf,
    now: request.nowMs === undefined ? undefined : new Date(request.nowMs),
    sheets: request.sheets,
    signal: reading.signal,
    onProgress: (done, total, sheet) => ctx.progress(done, total, sheet),
  };
  return { host: cancellableUntilWriting(host, reading.signal, () => ctx.signal.removeEventListener('abort', stop)), options };
}

/** The clerk's holiday table, which the page needs to build the same calendar. */
async function holidaysOf(host: RegisterHost): Promise<HolidayOverride[]> {
  const sheet = (await host.listSheets()).find((s) => s.ownedPurpose === HOLIDAY_TABLE_PURPOSE);
  return sheet ? (await readHolidaySheet(host, sheet.name)).entries : [];
}

async function assessed<T extends { readonly assessment: WorkbookAssessment }>(run: Run, work: (run: Run) => Promise<T>) {
  const holidays = await holidaysOf(run.host);
  const result = await work(run);
  return { ...result, assessment: toWireAssessment(result.assessment, holidays) };
}

/**
 * @example { ...createWorkflowMethods(() => host) } // in the engine's method table
 */
export function createWorkflowMethods(host: () => EditingHost) {
  return {
    async assessWorkbook(ctx: CallContext, request: WorkflowRequest): Promise<WireAssessment> {
      const run = startRun(host(), ctx, request);
      const { assessment } = await assessed(run, async (r) => ({ assessment: await assessWorkbook(r.host, r.options) }));
      return assessment;
    },
    async checkWorkbook(ctx: CallContext, request: WorkflowRequest): Promise<WireCheck> {
      const run = startRun(host(), ctx, request);
      return assessed(run, async (r) => checkAssessment(await assessWorkbook(r.host, r.options)));
    },
    async highlightOverdue(ctx: CallContext, request: WorkflowRequest): Promise<WireHighlight> {
      const run = startRun(host(), ctx, request);
      return assessed(run, (r) => highlightOverdue(r.host, r.options));
    },
    async writeReminder(ctx: CallContext, request: WorkflowRequest): Promise<WireReminder> {
      const run = startRun(host(), ctx, request);
      return assessed(run, (r) => writeReminder(r.host, r.options));
    },
  };
}
