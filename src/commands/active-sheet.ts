/**
 * Which worksheet the clerk is looking at: the ribbon buttons act on that sheet's register.
 *
 * This is the one Office.js batch outside src/hosts/excel: `RegisterHost` (src/hosts/host.ts) has
 * no "active sheet" method. It should move into the Excel host once that exports one.
 */

/** `Excel.run` with options, as the ribbon calls it. */
export type RunWithOptions = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * The active worksheet's name. Waits out cell-edit mode (a clerk may still be typing when they
 * click the ribbon) instead of failing with InvalidOperationInCellEditMode.
 * @example await readActiveSheetName() // '收文登记簿'
 */
export async function readActiveSheetName(run: RunWithOptions = Excel.run): Promise<string> {
  return run({ delayForCellEdit: true }, async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    await context.sync();
    return sheet.name;
  });
}
