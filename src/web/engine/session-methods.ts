/**
 * The engine's methods: open a workbook, every call of the host interface the pane makes
 * (RegisterHost and EditingHost, one for one), and commit or discard a step's changes. Writing
 * calls are noted so the copy can be named for what the step did. The pane's heavy workflows run
 * here whole (workflow-methods.ts), so the page receives their results, not the sheets' cells.
 */
import { dayOfInstant } from '../../core/dates/day';
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { CellEdit, ColumnValidation, EditingHost } from '../../hosts/editing-host';
import type { XlsxHostOptions } from '../../hosts/xlsx/xlsx-host';
import { notingHost } from './noting-host';
import type { CallContext, MethodTable } from './serve-engine';
import { createWorkflowMethods } from './workflow-methods';
import { WorkbookSession, type SavedCopy } from './workbook-session';

/** What the page learns when a workbook opened. */
export interface OpenedWorkbook {
  readonly fileName: string;
  readonly bytes: number;
  readonly sheets: number;
}

function noWorkbook(): Error & { zh: string; en: string; code: string } {
  return Object.assign(new Error('no workbook is open'), { code: 'noWorkbook', zh: '还没有打开工作簿：请先选择或拖入一个 .xlsx 文件。', en: 'No workbook is open yet: choose or drop an .xlsx file first.' });
}

/**
 * @example serveEngine(port, createSessionMethods())
 */
export function createSessionMethods(options: XlsxHostOptions = {}) {
  let session: WorkbookSession | null = null;
  let host: EditingHost | null = null;
  const open = (): WorkbookSession => {
    if (!session) throw noWorkbook();
    return session;
  };
  const opened = (): EditingHost => {
    if (!host) throw noWorkbook();
    return host;
  };

  return {
    async open(ctx: CallContext, bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
      ctx.progress(0, 1, fileName);
      session = null;
      host = null;
      const next = WorkbookSession.open(bytes, fileName, options);
      const sheets = await next.host.listSheets();
      session = next;
      host = notingHost(next);
      ctx.progress(1, 1, fileName);
      return { fileName, bytes: bytes.length, sheets: sheets.length };
    },
    listSheets: async (_ctx: CallContext) => opened().listSheets(),
    readTop: async (_ctx: CallContext, sheet: string, rowCount: number, maxCols?: number) => opened().readTop(sheet, rowCount, maxCols),
    readColumns: async (_ctx: CallContext, sheet: string, cols: readonly number[], fromRow: number, toRow?: number) => opened().readColumns(sheet, cols, fromRow, toRow),
    readSettings: async (_ctx: CallContext) => opened().readSettings(),
    listValidations: async (_ctx: CallContext, sheet: string) => opened().listValidations(sheet),
    applyMarks: async (_ctx: CallContext, sheet: string, marks: readonly RowMark[]) => opened().applyMarks(sheet, marks),
    clearMarks: async (_ctx: CallContext, sheet?: string, kinds?: readonly MarkKind[]) => opened().clearMarks(sheet, kinds),
    writeSheets: async (_ctx: CallContext, specs: readonly SheetSpec[]) => opened().writeSheets(specs),
    writeSettings: async (_ctx: CallContext, settings: StoredSettings) => opened().writeSettings(settings),
    writeCells: async (_ctx: CallContext, sheet: string, edits: readonly CellEdit[]) => opened().writeCells(sheet, edits),
    installValidations: async (_ctx: CallContext, sheet: string, rules: readonly ColumnValidation[], opts: { readonly replace: boolean }) =>
      opened().installValidations(sheet, rules, opts),
    ...createWorkflowMethods(opened),
    /** `now` in ms and the browser's UTC offset in minutes: the clerk's today names the copy. */
    async commit(ctx: CallContext, nowMs: number, utcOffsetMinutes: number): Promise<SavedCopy | null> {
      ctx.progress(0, 1, 'verify');
      const copy = open().commit(dayOfInstant(new Date(nowMs), utcOffsetMinutes));
      ctx.progress(1, 1, 'verify');
      return copy;
    },
    async discard(_ctx: CallContext) {
      open().discard();
    },
  } satisfies MethodTable;
}

export type SessionMethods = ReturnType<typeof createSessionMethods>;
