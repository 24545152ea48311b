import { register } from './test-kit';

describe('the stand-in keeps fills the way Office.js shows them', () => {
  it('reads no fill as white with pattern None and a white fill as white Solid', async () => {
    const s = register();
    const props = await s.run({}, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('收文登记').getRange('A4:B4').getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      return r.value[0].map((p) => p.format?.fill);
    });
    expect(props).toEqual([
      { color: '#FFFFFF', pattern: 'None' },
      { color: '#FFFFFF', pattern: 'Solid' },
    ]);
  });

  it('shows a theme colour only as its RGB and tint, and loses the theme link once written back', async () => {
    const s = register();
    const read = await s.run({}, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('收文登记').getRange('D3').getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      await ctx.sync();
      return r.value[0][0].format?.fill;
    });
    expect(read).toEqual({ color: '#DDEBF7', tintAndShade: 0.8 });
    await s.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('收文登记').getRange('D3').setCellProperties([[{ format: { fill: read } }]]);
      await ctx.sync();
    });
    expect(s.snapshotFills('收文登记', { withTheme: true }).D3).toEqual({ color: '#DDEBF7', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0.8, patternTintAndShade: 0 });
  });

  it('resets the tint when a colour is set, and reports null for a mixed range', async () => {
    const s = register();
    const mixed = await s.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收文登记');
      ws.getRange('D3').format.fill.color = '#FF7C80';
      const fill = ws.getRange('C3:D3').format.fill.load('color');
      await ctx.sync();
      return fill.color;
    });
    expect(mixed).toBeNull();
    expect(s.snapshotFills('收文登记').D3.tintAndShade).toBe(0);
  });

  it('paints every area of a multi-area range in one call and clears them again', async () => {
    const s = register();
    await s.run({}, async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('收文登记').getRanges('A3:B3, A5:B5');
      areas.format.fill.color = '#FFD966';
      await ctx.sync();
    });
    expect(Object.keys(s.snapshotFills('收文登记'))).toEqual(['A3', 'B3', 'C3', 'D3', 'B4', 'A5', 'B5']);
    await s.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('收文登记').getRanges('A3:B3;A5:B5').format.fill.clear();
      await ctx.sync();
    });
    expect(Object.keys(s.snapshotFills('收文登记'))).toEqual(['C3', 'D3', 'B4']);
  });
});
