import { register } from './test-kit';

describe('the stand-in types what is written as Excel would', () => {
  it('turns text that looks like a formula, number or date into one unless the cell is Text', async () => {
    const s = register();
    await s.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收文登记');
      ws.getRange('F1:F5').values = [['=1+1'], ['00123'], ['-县政府'], ['2026-3-5'], ["'=literal"]];
      ws.getRange('G1:G3').numberFormat = [['@'], ['@'], ['@']];
      ws.getRange('G1:G3').values = [['=1+1'], ['00123'], ['@县']];
      await ctx.sync();
    });
    expect(s.cellOf('收文登记', 'F1')?.formula).toBe('=1+1');
    expect(s.valuesOf('收文登记', 'F2:F5')).toEqual([[123], ['#NAME?'], [46086], ['=literal']]);
    expect(s.cellOf('收文登记', 'F4')?.numberFormat).toBe('yyyy/m/d');
    expect(s.valuesOf('收文登记', 'G1:G3')).toEqual([['=1+1'], ['00123'], ['@县']]);
    expect(s.cellOf('收文登记', 'G1')?.formula).toBeUndefined();
  });
});
