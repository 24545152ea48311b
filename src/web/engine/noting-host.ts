/**
 * The open workbook's host as every caller inside the engine sees it: the page's single host
 * calls and the workflows the engine runs whole go through the same object, so each write is
 * noted the same way (the copy is named for what the step did) whichever side drove it.
 */
import { readWritten } from '../../app/check/apply-edits';
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Grid } from '../../core/types';
import type { CellEdit, ColumnValidation, EditingHost } from '../../hosts/editing-host';
import { noteMarksApplied, noteSheetsWritten } from './change-notes';
import type { WorkbookSession } from './workbook-session';

/**
 * @example await notingHost(session).applyMarks('收文登记', marks) // the next copy is named 已标记
 */
export function notingHost(session: WorkbookSession): EditingHost {
  // The session's host is fetched per call: a commit or discard reopens it.
  const host = () => session.host;
  return {
    listSheets: () => host().listSheets(),
    readTop: (sheet: string, rowCount: number, maxCols?: number) => host().readTop(sheet, rowCount, maxCols),
    readColumns: (sheet: string, cols: readonly number[], fromRow: number, toRow?: number) => host().readColumns(sheet, cols, fromRow, toRow),
    // Null, as for rows out of order, sends the caller to readColumns when the host reads no bands.
    readColumnBands: (sheet: string, cols: readonly number[], fromRow: number, onBand: (band: Grid) => void) =>
      host().readColumnBands?.(sheet, cols, fromRow, onBand) ?? Promise.resolve(null),
    readSettings: () => host().readSettings(),
    listValidations: (sheet: string) => host().listValidations(sheet),
    async applyMarks(sheet: string, marks: readonly RowMark[]) {
      const outcome = await host().applyMarks(sheet, marks);
      session.note(noteMarksApplied([...new Set(marks.map((m) => m.kind))]));
      return outcome;
    },
    async clearMarks(sheet?: string, kinds?: readonly MarkKind[]) {
      const outcomes = await host().clearMarks(sheet, kinds);
      session.note([{ action: 'cleared' }]);
      return outcomes;
    },
    async writeSheets(specs: readonly SheetSpec[]) {
      const outcome = await host().writeSheets(specs);
      session.note(noteSheetsWritten(specs));
      return outcome;
    },
    async writeSettings(settings: StoredSettings) {
      await host().writeSettings(settings);
      session.note([{ action: 'settings' }]);
    },
    async writeCells(sheet: string, edits: readonly CellEdit[]) {
      const outcome = await host().writeCells(sheet, edits);
      const skipped = new Set(outcome.skipped);
      session.note([{ action: 'fixed' }]);
      session.noteWritten(edits.filter((e) => !skipped.has(e)).map((e) => ({ sheet: outcome.sheet, row: e.row, col: e.col, value: readWritten(e.after) })));
      return outcome;
    },
    async installValidations(sheet: string, rules: readonly ColumnValidation[], options: { readonly replace: boolean }) {
      const outcome = await host().installValidations(sheet, rules, options);
      session.note([{ action: 'dropDowns' }]);
      return outcome;
    },
  };
}
