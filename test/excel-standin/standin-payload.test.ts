import { createStandin } from './standin';
import { codeOf, register } from './test-kit';

describe('the stand-in counts round trips and payload bytes', () => {
  it('counts each sync and measures the written values in the request', async () => {
    const s = register();
    const text = '很长的标题'.repeat(100);
    await s.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('收文登记').getRange('D5').values = [[text]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('收文登记').getRange('D5').load('values');
      await ctx.sync();
    });
    expect(s.counters.roundTrips).toBe(2);
    expect(s.counters.requestBytes[0]).toBeGreaterThan(text.length * 3);
    expect(s.counters.responseBytes[1]).toBeGreaterThan(text.length * 3);
    expect(s.counters.responseBytes[0]).toBeLessThan(10);
  });

  it('syncs what is left queued when the batch returns, as Excel.run does', async () => {
    const s = register();
    await s.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('收文登记').getRange('A6').values = [[7]];
    });
    expect(s.counters.roundTrips).toBe(1);
    expect(s.valuesOf('收文登记', 'A6')).toEqual([[7]]);
  });

  it('refuses a request over 5 MB and applies nothing of that batch', async () => {
    const s = register();
    const big = Array.from({ length: 2000 }, () => ['x'.repeat(3000)]);
    const code = await codeOf(
      s.run({}, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('收文登记');
        ws.getRange('A10').values = [['first']];
        ws.getRange('A11:A2010').values = big;
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(s.valuesOf('收文登记', 'A10')).toEqual([['']]);
  });

  it('refuses a response over 5 MB and takes back the writes queued with it', async () => {
    const s = createStandin({ sheets: [{ name: 'S', rows: Array.from({ length: 3000 }, () => ['y'.repeat(2000)]) }] });
    const code = await codeOf(
      s.run({}, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('B1').values = [['written']];
        ws.getRange('B2').format.fill.color = '#FF0000';
        ws.getRange('A1:A3000').load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(s.valuesOf('S', 'B1')).toEqual([['']]);
    expect(s.snapshotFills('S')).toEqual({});
  });
});
