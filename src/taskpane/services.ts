/**
 * What the pane needs from the place it runs in, as one plain object. The pane's components and
 * operations never touch Office.js: in Excel they get services over the Office.js host
 * (excel-services.ts), on the local web page services over the .xlsx package in the browser, and
 * in the browser tests services over the strict in-memory Excel stand-in. Everything the pane
 * decides comes from src/app and src/core; these services only move cells and selections.
 *
 * To run the pane over a new host (src/web, issue 13):
 *
 * ```ts
 * const services: PaneServices = {
 *   host: xlsxHostInTheBrowser,             // RegisterHost; an EditingHost enables safe fixes and drop-downs
 *   workbookName: file.name,                // shown in summaries as the source of the figures
 *   now: () => new Date(),                  // the as-of day is taken from this, in UTC+8 by default
 *   selectCell: undefined,                  // no sheet view: the pane shows "D17" instead of moving there
 *   onWorkbookChanged: () => offerDownload(),
 *   workflows: engineWorkflows,             // optional: scan, check, mark… run where the workbook is
 * };
 * renderTaskpane(container, { language: navigator.language, services });
 * ```
 */
import type { WorkbookCheck } from '../app/check/check-workbook-findings';
import type { AssessOptions, WorkbookAssessment } from '../app/assess-workbook';
import type { HighlightReport } from '../app/highlight';
import type { ReminderReport } from '../app/remind';
import type { CellRef } from '../core/types';
import type { EditingHost } from '../hosts/editing-host';
import type { RegisterHost } from '../hosts/host';

/** What a workflow is asked: the src/app options a service can carry to where the workbook is. */
export type WorkflowOptions = Pick<AssessOptions, 'asOf' | 'now' | 'sheets' | 'signal' | 'onProgress'>;

/**
 * The pane's heavy workflows, run where the workbook lives instead of over `host` call by call.
 * Each resolves to exactly what the src/app function it names gives over the service's host,
 * reports progress and honours `signal` as that function does (a cancel rejects with the signal's
 * reason). The web page runs them in its worker, so its own thread only receives the results.
 */
export interface PaneWorkflows {
  /** As `assessWorkbook(host, options)`. */
  assess(options: WorkflowOptions): Promise<WorkbookAssessment>;
  /** As `checkWorkbookOn(host, options)`: the assessment, then every rule. */
  check(options: WorkflowOptions): Promise<WorkbookCheck>;
  /** As `highlightOverdue(host, options)`: writes once progress reports every sheet read. */
  highlight(options: WorkflowOptions): Promise<HighlightReport>;
  /** As `writeReminder(host, options)`: writes once progress reports every sheet read. */
  remind(options: WorkflowOptions): Promise<ReminderReport>;
}

export interface PaneServices {
  /** The workbook. When it is also an {@link EditingHost}, safe fixes and drop-downs are offered. */
  readonly host: RegisterHost;
  /** How the workbook is named as a source in summaries ("本工作簿", a file name). */
  readonly workbookName: string;
  /** The clock: "today" for the as-of day. Tests pass a fixed instant. */
  readonly now: () => Date;
  /**
   * Moves the selection to a cell so the clerk sees the row in the sheet. Absent where there is
   * no sheet view (the local web page): the pane then names the cell instead.
   */
  readonly selectCell?: (ref: CellRef) => Promise<void>;
  /** Called after every step that wrote to the workbook (the web page offers the file again). */
  readonly onWorkbookChanged?: () => void;
  /**
   * Where present, the pane's operations run these workflows through it rather than over `host`
   * (absent in Excel: the workbook is Excel's, and Office.js calls are the host's own).
   */
  readonly workflows?: PaneWorkflows;
}

const EDITING_METHODS = ['writeCells', 'listValidations', 'installValidations'] as const;

/**
 * True when the host can also write confirmed values and install data validation.
 * @example canEdit(services.host) ? services.host.writeCells(sheet, edits) : null
 */
export function canEdit(host: RegisterHost): host is EditingHost {
  const record = host as unknown as Record<string, unknown>;
  return EDITING_METHODS.every((name) => typeof record[name] === 'function');
}
