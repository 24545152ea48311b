/**
 * Every `Excel.run` of the project goes through here: a batch that meets Excel in cell-edit mode is
 * tried once more (the clerk may have pressed Enter meanwhile); any other failure becomes a typed
 * {@link ExcelHostError}. Batches are written to be safe to run twice.
 */
import type { ExcelRun, XlContext } from './excel-api';
import { officeErrorCode, toHostError } from './excel-errors';

export interface BatchRunner {
  /** Runs one batch; `sheet` names the sheet a failure is about, for the message. */
  run<T>(batch: (context: XlContext) => Promise<T>, sheet?: string): Promise<T>;
  /** Runs a clean-up batch that must happen: it waits for the clerk to leave the cell. */
  runPatiently<T>(batch: (context: XlContext) => Promise<T>, sheet?: string): Promise<T>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @example
 * const runner = createBatchRunner(Excel.run, { delayForCellEdit: false, retryDelayMs: 300 });
 * await runner.run(async (ctx) => { ... await ctx.sync(); });
 */
export function createBatchRunner(run: ExcelRun, options: { delayForCellEdit: boolean; retryDelayMs: number }): BatchRunner {
  async function attempt<T>(batch: (context: XlContext) => Promise<T>, delayForCellEdit: boolean, sheet?: string): Promise<T> {
    try {
      return await run({ delayForCellEdit }, batch);
    } catch (first) {
      if (officeErrorCode(first) !== 'InvalidOperationInCellEditMode') throw toHostError(first, sheet);
      await wait(options.retryDelayMs);
      try {
        return await run({ delayForCellEdit }, batch);
      } catch (second) {
        throw toHostError(second, sheet);
      }
    }
  }
  return {
    run: (batch, sheet) => attempt(batch, options.delayForCellEdit, sheet),
    runPatiently: (batch, sheet) => attempt(batch, true, sheet),
  };
}
