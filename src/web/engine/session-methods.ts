/**
 * The engine's methods: open a workbook, every call of the host interface the pane makes
 * (RegisterHost and EditingHost, one for one), and commit or discard a step's changes. Writing
 * calls are noted so the copy can be named for what the step did.
 */
import { readWritten } from '../../app/check/apply-edits';
import { dayOfInstant } from '../../core/dates/day';
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { CellEdit, ColumnValidation } from '../../hosts/editing-host';
import type { XlsxHostOptions } from '../../hosts/xlsx/xlsx-host';
import { noteMarksApplied, noteSheetsWritten } from './change-notes';
import type { CallContext, MethodTable } from './serve-engine';
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
  const open = (): WorkbookSession => {
    if (!session) throw noWorkbook();
    return session;
  };

  return {
    async open(ctx: CallContext, bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
      ctx.progress(0, 1, fileName);
      session = null;
      const opened = WorkbookSession.open(bytes, fileName, options);
      const sheets = await opened.host.listSheets();
      session = opened;
      ctx.progress(1, 1, fileName);
      return { fileName, bytes: bytes.length, sheets: sheets.length };
    },
    listSheets: async (_ctx: CallContext) => open().host.listSheets(),
    readTop: async (_ctx: CallContext, sheet: string, rowCount: number, maxCols?: number) => open().host.readTop(sheet, rowCount, maxCols),
    readColumns: async (_ctx: CallContext, sheet: string, cols: readonly number[], fromRow: number, toRow?: number) =>
      open().host.readColumns(sheet, cols, fromRow, toRow),
    readSettings: async (_ctx: CallContext) => open().host.readSettings(),
    listValidations: async (_ctx: CallContext, sheet: string) => open().host.listValidations(sheet),
    async applyMarks(_ctx: CallContext, sheet: string, marks: readonly RowMark[]) {
      const s = open();
      const outcome = await s.host.applyMarks(sheet, marks);
      s.note(noteMarksApplied([...new Set(marks.map((m) => m.kind))]));
      return outcome;
    },
    async clearMarks(_ctx: CallContext, sheet?: string, kinds?: readonly MarkKind[]) {
      const s = open();
      const outcomes = await s.host.clearMarks(sheet, kinds);
      s.note([{ action: 'cleared' }]);
      return outcomes;
    },
    async writeSheets(_ctx: CallContext, specs: readonly SheetSpec[]) {
      const s = open();
      const outcome = await s.host.writeSheets(specs);
      s.note(noteSheetsWritten(specs));
      return outcome;
    },
    async writeSettings(_ctx: CallContext, settings: StoredSettings) {
      const s = open();
      await s.host.writeSettings(settings);
      s.note([{ action: 'settings' }]);
    },
    async writeCells(_ctx: CallContext, sheet: string, edits: readonly CellEdit[]) {
      const s = open();
      const outcome = await s.host.writeCells(sheet, edits);
      const skipped = new Set(outcome.skipped);
      s.note([{ action: 'fixed' }]);
      s.noteWritten(edits.filter((e) => !skipped.has(e)).map((e) => ({ sheet: outcome.sheet, row: e.row, col: e.col, value: readWritten(e.after) })));
      return outcome;
    },
    async installValidations(_ctx: CallContext, sheet: string, rules: readonly ColumnValidation[], opts: { readonly replace: boolean }) {
      const s = open();
      const outcome = await s.host.installValidations(sheet, rules, opts);
      s.note([{ action: 'dropDowns' }]);
      return outcome;
    },
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
