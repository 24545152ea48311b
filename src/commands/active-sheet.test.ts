import { readActiveSheetName, type RunWithOptions } from './active-sheet';

/**
 * A strict stand-in for the slice of Excel the function touches: like Excel, reading `name`
 * throws unless it was loaded and a sync happened after the load.
 */
function fakeExcel(activeName: string) {
  const seenOptions: Excel.RunOptions[] = [];
  let loaded = false;
  let synced = false;
  const sheet = {
    load(properties: string) {
      loaded = properties === 'name';
    },
    get name(): string {
      if (!loaded || !synced) throw new Error('PropertyNotLoaded: name');
      return activeName;
    },
  };
  const context = {
    workbook: { worksheets: { getActiveWorksheet: () => sheet } },
    sync: async () => {
      synced = loaded;
    },
  };
  const run = (async (options: Excel.RunOptions, batch: (c: typeof context) => Promise<unknown>) => {
    seenOptions.push(options);
    return batch(context);
  }) as unknown as RunWithOptions;
  return { run, seenOptions };
}

describe('readActiveSheetName', () => {
  it('loads and syncs the active worksheet\'s name before reading it', async () => {
    const { run } = fakeExcel('收文登记簿');
    await expect(readActiveSheetName(run)).resolves.toBe('收文登记簿');
  });

  it('asks Excel to wait until the clerk leaves cell-edit mode', async () => {
    const { run, seenOptions } = fakeExcel('督办台账');
    await readActiveSheetName(run);
    expect(seenOptions).toEqual([{ delayForCellEdit: true }]);
  });
});
