/**
 * What the harness page offers the browser tests on `window.__harness`: views of the stand-in
 * workbook to assert on (fills, values, sheets, settings) and the selections the pane made.
 */
import type { CellRef } from '../../../src/core/types';
import type { SheetInfo } from '../../../src/hosts/host';
import type { StoredSettings } from '../../../src/core/settings/stored-settings';
import type { FillSnapshot } from '../../excel-standin/standin';

export interface HarnessApi {
  /** Every filled cell of a sheet, A1 → fill as Office.js reads it. */
  fills(sheet: string): FillSnapshot;
  /** Values of a rectangle as `range.values` gives them. */
  values(sheet: string, address: string): unknown[][];
  /** Sheets with the add-in's own mark (ownedPurpose), in workbook order. */
  listSheets(): Promise<readonly SheetInfo[]>;
  readSettings(): Promise<StoredSettings>;
  /** Cells the pane selected, in order. */
  readonly selections: readonly CellRef[];
  /** The sheet the pane last activated. */
  readonly activeSheet: string | null;
  /** Steps that wrote to the workbook. */
  readonly changes: number;
}

declare global {
  interface Window {
    __harness?: HarnessApi;
  }
}
