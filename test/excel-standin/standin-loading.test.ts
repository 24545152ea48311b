import { codeOf, register } from './test-kit';

describe('the stand-in is as strict as Excel about loading', () => {
  it('refuses to read a property that was never loaded', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('收文登记').getRange('A1:B2');
        await ctx.sync();
        return r.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('refuses to read a loaded property before the sync that fetches it', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('收文登记').getRange('A1:B2').load('values');
        return r.values;
      }),
    );
    expect(code).toBe('PropertyNotLoaded');
  });

  it('gives values, number formats and value types once loaded and synced', async () => {
    const s = register();
    const got = await s.run({}, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('收文登记').getRange('A3:D4').load('values, numberFormat, valueTypes');
      await ctx.sync();
      return { values: r.values, formats: r.numberFormat, types: r.valueTypes };
    });
    expect(got.values).toEqual([
      [1, 46086, '县财政局', '关于预算的通知'],
      [2, 46087, '县教育局', '#N/A'],
    ]);
    expect(got.formats[0]).toEqual(['General', 'yyyy/m/d', 'General', 'General']);
    expect(got.types[1]).toEqual(['Double', 'Double', 'String', 'Error']);
  });

  it('gives a ClientResult value only after sync', async () => {
    const s = register();
    const early = await codeOf(
      s.run({}, async (ctx) => {
        const props = ctx.workbook.worksheets.getItem('收文登记').getRange('C3').getCellProperties({ format: { fill: { color: true } } });
        return props.value;
      }),
    );
    expect(early).toBe('ValueNotLoaded');
    const late = await s.run({}, async (ctx) => {
      const props = ctx.workbook.worksheets.getItem('收文登记').getRange('C3').getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      return props.value;
    });
    expect(late).toEqual([[{ format: { fill: { color: '#FFFF00', pattern: 'Solid' } } }]]);
  });

  it('reports a missing sheet through isNullObject, readable only after sync', async () => {
    const s = register();
    const before = await codeOf(s.run({}, async (ctx) => ctx.workbook.worksheets.getItemOrNullObject('无').isNullObject));
    expect(before).toBe('PropertyNotLoaded');
    const after = await s.run({}, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('无');
      const present = ctx.workbook.worksheets.getItemOrNullObject('收文登记');
      await ctx.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(after).toEqual([true, false]);
  });

  it('fails with ItemNotFound when a batch uses a sheet that does not exist', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('无').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('refuses a proxy used after its Excel.run has finished', async () => {
    const s = register();
    const leaked = await s.run({}, async (ctx) => ctx.workbook.worksheets.getItem('收文登记').getRange('A1'));
    expect(() => leaked.load('values')).toThrow(/outside the Excel.run/);
  });
});
