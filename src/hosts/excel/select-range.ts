/**
 * Moving Excel's selection to a cell, so that a clerk who clicks an overdue item or a finding in
 * the pane sees that row in the sheet. Activates the sheet first: a selection on a sheet that is
 * not shown would not be seen.
 */
import { columnLetters } from './a1';
import { toHostError } from './excel-errors';

/** The part of Office.js a selection uses (Worksheet.activate and Range.select are ExcelApi 1.1). */
export interface XlSelectionContext {
  readonly workbook: {
    readonly worksheets: {
      getItem(name: string): { activate(): void; getRange(address: string): { select(): void } };
    };
  };
  sync(): Promise<unknown>;
}

/** `Excel.run` as a selection calls it. */
export type SelectionRun = (options: { delayForCellEdit?: boolean }, batch: (context: XlSelectionContext) => Promise<void>) => Promise<void>;

const officeRun: SelectionRun = (options, batch) => Excel.run(options, batch);

/**
 * Selects one cell (1-based row, 0-based column) on its sheet, in one round trip. A failure
 * becomes an ExcelHostError a clerk can read (a sheet renamed or deleted since the scan).
 * @example await selectCell('收文登记', 17, 3) // D17 of 收文登记 is selected and in view
 */
export async function selectCell(sheet: string, row: number, col: number, run: SelectionRun = officeRun): Promise<void> {
  try {
    // The clerk may still be typing in a cell: wait for it rather than refuse the click.
    await run({ delayForCellEdit: true }, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(`${columnLetters(col)}${row}`).select();
      await context.sync();
    });
  } catch (error: unknown) {
    throw toHostError(error, sheet);
  }
}
