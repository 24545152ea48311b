import { ExcelHostError } from './excel-errors';
import { selectCell, type SelectionRun, type XlSelectionContext } from './select-range';

interface Recorded {
  readonly calls: string[];
  readonly options: Array<{ delayForCellEdit?: boolean }>;
}

/** An Excel.run that records the queued calls and applies them at sync, failing for unknown sheets. */
function recordingRun(sheets: readonly string[], recorded: Recorded): SelectionRun {
  return async (options, batch) => {
    recorded.options.push(options);
    const queued: string[] = [];
    const context: XlSelectionContext = {
      workbook: {
        worksheets: {
          getItem: (name) => ({
            activate: () => queued.push(`activate ${name}`),
            getRange: (address) => ({ select: () => queued.push(`select ${name}!${address}`) }),
          }),
        },
      },
      async sync() {
        const missing = queued.find((q) => !sheets.some((s) => q.endsWith(` ${s}`) || q.includes(` ${s}!`)));
        if (missing) throw { code: 'ItemNotFound', message: 'The requested resource does not exist.' };
        recorded.calls.push(...queued.splice(0), 'sync');
      },
    };
    await batch(context);
  };
}

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    const recorded: Recorded = { calls: [], options: [] };
    await selectCell('收文登记', 17, 3, recordingRun(['收文登记'], recorded));
    expect(recorded.calls).toEqual(['activate 收文登记', 'select 收文登记!D17', 'sync']);
  });

  it('names columns past Z the way Excel does', async () => {
    const recorded: Recorded = { calls: [], options: [] };
    await selectCell('督办', 3, 27, recordingRun(['督办'], recorded));
    expect(recorded.calls).toContain('select 督办!AB3');
  });

  it('waits for the clerk to leave a cell being edited instead of failing', async () => {
    const recorded: Recorded = { calls: [], options: [] };
    await selectCell('收文登记', 2, 0, recordingRun(['收文登记'], recorded));
    expect(recorded.options).toEqual([{ delayForCellEdit: true }]);
  });

  it('says in plain words when the sheet is gone', async () => {
    const failure = await selectCell('旧表', 5, 1, recordingRun(['收文登记'], { calls: [], options: [] })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect((failure as ExcelHostError).text.zh).toContain('找不到工作表“旧表”');
  });
});
