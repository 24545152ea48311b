/**
 * The pane's host on the web page: every RegisterHost and EditingHost call goes to the engine,
 * which holds the workbook's bytes (in a Web Worker when the browser allows one). The pane cannot
 * tell it from the Excel host: same interface, same outcomes, same failures as values.
 */
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { SheetSpec } from '../../core/sheet-spec';
import type { Grid } from '../../core/types';
import type { CellEdit, ColumnValidation, EditingHost, EditOutcome, ExistingValidation, ValidationOutcome } from '../../hosts/editing-host';
import type { ClearOutcome, MarkOutcome, SheetInfo, WriteOutcome } from '../../hosts/host';
import type { EngineClient } from './engine-client';

/**
 * The engine answers with copies of the skipped edits; callers tell skipped edits apart by
 * identity (`new Set(outcome.skipped)`), so each copy is traded for the edit it was made from.
 */
function matchOriginals(edits: readonly CellEdit[], copies: readonly CellEdit[]): CellEdit[] {
  const byCell = new Map<string, CellEdit[]>();
  for (const edit of edits) {
    const key = `${edit.row}:${edit.col}`;
    byCell.set(key, [...(byCell.get(key) ?? []), edit]);
  }
  return copies.map((copy) => byCell.get(`${copy.row}:${copy.col}`)?.shift() ?? copy);
}

/**
 * @example const services = { host: createEngineHost(client), workbookName: file.name, now: () => new Date() };
 */
export function createEngineHost(client: EngineClient): EditingHost {
  return {
    listSheets: (): Promise<readonly SheetInfo[]> => client.call('listSheets', []),
    readTop: (sheet: string, rowCount: number, maxCols?: number): Promise<Grid> => client.call('readTop', [sheet, rowCount, maxCols]),
    readColumns: (sheet: string, cols: readonly number[], fromRow: number, toRow?: number): Promise<Grid> =>
      client.call('readColumns', [sheet, cols, fromRow, toRow]),
    applyMarks: (sheet: string, marks: readonly RowMark[]): Promise<MarkOutcome> => client.call('applyMarks', [sheet, marks]),
    clearMarks: (sheet?: string, kinds?: readonly MarkKind[]): Promise<readonly ClearOutcome[]> => client.call('clearMarks', [sheet, kinds]),
    writeSheets: (specs: readonly SheetSpec[]): Promise<WriteOutcome> => client.call('writeSheets', [specs]),
    readSettings: (): Promise<StoredSettings> => client.call('readSettings', []),
    writeSettings: (settings: StoredSettings): Promise<void> => client.call('writeSettings', [settings]),
    writeCells: async (sheet: string, edits: readonly CellEdit[]): Promise<EditOutcome> => {
      const outcome = await client.call('writeCells', [sheet, edits]);
      return { ...outcome, skipped: matchOriginals(edits, outcome.skipped) };
    },
    listValidations: (sheet: string): Promise<readonly ExistingValidation[]> => client.call('listValidations', [sheet]),
    installValidations: (sheet: string, rules: readonly ColumnValidation[], options: { readonly replace: boolean }): Promise<ValidationOutcome> =>
      client.call('installValidations', [sheet, rules, options]),
  };
}
