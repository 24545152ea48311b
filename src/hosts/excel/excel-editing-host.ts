/**
 * The Office.js host with the editing half of issue 4 (src/hosts/editing-host.ts): the confirmed
 * safe fixes and the drop-downs, beside everything `createExcelHost` does. The task pane uses
 * it, so fixes and drop-downs work in Excel as on the local web page; the ribbon commands keep
 * the plain host. What it relies on is in docs/excel-host.md ("Fixes and drop-downs").
 */
import type { CellEdit, ColumnValidation, EditingHost, EditOutcome, ExistingValidation, ValidationOutcome } from '../editing-host';
import { installValidationsIn, listValidationsIn } from './edit/install-validations';
import { writeCellsIn } from './edit/write-cells';
import type { ExcelRun } from './excel-api';
import { createExcelHost, type ExcelHostOptions } from './excel-host';
import { DEFAULT_CHUNK_BYTES } from './payload-budget';
import { createBatchRunner } from './run-batch';

const officeRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/**
 * @example
 * const host = createExcelEditingHost();
 * await host.writeCells('收文登记', [{ row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' }]);
 */
export function createExcelEditingHost(options: ExcelHostOptions = {}): EditingHost {
  const runner = createBatchRunner(options.run ?? officeRun, {
    delayForCellEdit: options.delayForCellEdit ?? false,
    retryDelayMs: options.retryDelayMs ?? 300,
  });
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  return {
    ...createExcelHost(options),
    writeCells: (sheet: string, edits: readonly CellEdit[]): Promise<EditOutcome> => writeCellsIn(runner, sheet, edits, chunkBytes),
    listValidations: (sheet: string): Promise<readonly ExistingValidation[]> => listValidationsIn(runner, sheet),
    installValidations: (sheet: string, rules: readonly ColumnValidation[], opts: { readonly replace: boolean }): Promise<ValidationOutcome> =>
      installValidationsIn(runner, sheet, rules, opts.replace, chunkBytes),
  };
}
