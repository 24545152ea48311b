import { codeOf, register } from './test-kit';

describe('the stand-in refuses what Excel refuses', () => {
  it('rejects writes to a protected sheet, keeping what the batch did before', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('收文登记').getRange('A8').values = [['before']];
        ctx.workbook.worksheets.getItem('锁定').getRange('A1').format.fill.color = '#FF0000';
        ctx.workbook.worksheets.getItem('收文登记').getRange('A9').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(s.valuesOf('收文登记', 'A8:A9')).toEqual([['before'], ['']]);
    expect(s.snapshotFills('锁定')).toEqual({});
  });

  it('fails a batch in cell-edit mode unless it asked to wait', async () => {
    const s = register();
    s.enterEditMode(1);
    const write = (delay: boolean): Promise<void> =>
      s.run({ delayForCellEdit: delay }, async (ctx) => {
        ctx.workbook.worksheets.getItem('收文登记').getRange('A7').values = [['ok']];
        await ctx.sync();
      });
    expect(await codeOf(write(false))).toBe('InvalidOperationInCellEditMode');
    expect(s.valuesOf('收文登记', 'A7')).toEqual([['']]);
    await write(false);
    expect(s.valuesOf('收文登记', 'A7')).toEqual([['ok']]);
    s.enterEditMode(5);
    await write(true);
    expect(s.state.editMode).toBeNull();
  });

  it('rejects getRanges with more than 500 areas', async () => {
    const s = register();
    const address = Array.from({ length: 501 }, (_, i) => `A${i + 1}`).join(',');
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('收文登记').getRanges(address).format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('rejects a values array whose shape does not match the range', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('收文登记').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});
