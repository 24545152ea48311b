/**
 * The Office.js host: `RegisterHost` (src/hosts/host.ts) in Excel. Every `Excel.run` and
 * `context.sync()` of the project lives in this folder; the pane and the ribbon commands get this
 * object and call plain async functions.
 */
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import type { SheetSpec } from '../../core/sheet-spec';
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { RegisterHost } from '../host';
import { applyRowMarks } from './apply-marks';
import { clearRowMarks } from './clear-marks';
import type { ExcelRun } from './excel-api';
import { listSheetsIn } from './list-sheets';
import { openWorkbookIn } from './open-workbook';
import { DEFAULT_CHUNK_BYTES } from './payload-budget';
import { readColumnValues } from './read-columns';
import { ReadHints } from './read-hints';
import { replaceRowMarks } from './replace-marks';
import { readTopRows } from './read-top';
import { OPTIONAL_SETS, isSetSupported } from './requirement-sets';
import { createBatchRunner } from './run-batch';
import { readStoredSettings, writeStoredSettings } from './settings-store';
import { writeSheetSpecs } from './write-sheets';

export interface ExcelHostOptions {
  /** `Excel.run` by default; the tests pass the stand-in's. */
  readonly run?: ExcelRun;
  /** Wait for the clerk to leave a cell being edited (ribbon commands) instead of failing. */
  readonly delayForCellEdit?: boolean;
  /** Bytes per request and per response to aim at (Excel on the web refuses over 5 MB). */
  readonly chunkBytes?: number;
  /** Pause before retrying a batch refused in cell-edit mode. */
  readonly retryDelayMs?: number;
  /** Whether merged areas can be read (ExcelApi 1.13); asked of Office by default. */
  readonly mergesSupported?: boolean;
}

const officeRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/**
 * @example
 * const host = createExcelHost({ delayForCellEdit: true });
 * const sheets = await host.listSheets();
 */
export function createExcelHost(options: ExcelHostOptions = {}): RegisterHost {
  const runner = createBatchRunner(options.run ?? officeRun, {
    delayForCellEdit: options.delayForCellEdit ?? false,
    retryDelayMs: options.retryDelayMs ?? 300,
  });
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const hints = new ReadHints();
  const mergesSupported = (): boolean => options.mergesSupported ?? isSetSupported(OPTIONAL_SETS[0]);
  return {
    listSheets: () => runner.run((ctx) => listSheetsIn(ctx)),
    readTop: (sheet: string, rowCount: number, maxCols?: number) =>
      readTopRows(runner, { sheet, rowCount, maxCols, mergesSupported: mergesSupported() }, hints),
    readColumns: (sheet: string, cols: readonly number[], fromRow: number, toRow?: number) =>
      readColumnValues(runner, { sheet, cols, fromRow, toRow, chunkBytes }, hints),
    applyMarks: (sheet: string, marks: readonly RowMark[]) => applyRowMarks(runner, sheet, marks, chunkBytes),
    clearMarks: (sheet?: string, kinds?: readonly MarkKind[]) => clearRowMarks(runner, sheet, kinds, chunkBytes),
    writeSheets: (specs: readonly SheetSpec[]) => writeSheetSpecs(runner, specs, chunkBytes),
    readSettings: (): Promise<StoredSettings> => readStoredSettings(runner),
    writeSettings: (settings: StoredSettings) => writeStoredSettings(runner, settings),
    openWorkbook: (topRows: number) => openWorkbookIn(runner, topRows, mergesSupported(), hints),
    replaceMarks: (sheet: string, kinds: readonly MarkKind[], marks: readonly RowMark[]) => replaceRowMarks(runner, sheet, kinds, marks, chunkBytes),
  };
}
