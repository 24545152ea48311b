import { day, gridOf } from '../helpers/grid';
import { sheetFixtureOfGrid } from './load-fixture';
import { createStandin } from './standin';
import { codeOf, register } from './test-kit';

describe('the stand-in keeps custom XML parts, names and merges', () => {
  it('adds, finds by namespace, reads, rewrites and deletes a custom XML part', async () => {
    const s = register();
    const ns = 'urn:test:1';
    const id = await s.run({}, async (ctx) => {
      const part = ctx.workbook.customXmlParts.add(`<a xmlns="${ns}">1</a>`).load('id');
      await ctx.sync();
      return part.id;
    });
    const xml = await s.run({}, async (ctx) => {
      const parts = ctx.workbook.customXmlParts.getByNamespace(ns).load('items/id');
      await ctx.sync();
      expect(parts.items.map((p) => p.id)).toEqual([id]);
      parts.items[0].setXml(`<a xmlns="${ns}">2</a>`);
      const text = parts.items[0].getXml();
      await ctx.sync();
      return text.value;
    });
    expect(xml).toBe(`<a xmlns="${ns}">2</a>`);
    await s.run({}, async (ctx) => {
      ctx.workbook.customXmlParts.getItemOrNullObject(id).delete();
      await ctx.sync();
    });
    expect(s.state.xmlParts).toEqual([]);
  });

  it('rejects XML that is not well-formed', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.customXmlParts.add('<a><b></a>');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('keeps a sheet-scoped name with a text value and refuses a duplicate', async () => {
    const s = register();
    const value = await s.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收文登记');
      ws.names.add('RegisterDesk.Owned', '="summary:2026"');
      await ctx.sync();
      const item = ws.names.getItemOrNullObject('registerdesk.owned').load('value, formula');
      await ctx.sync();
      return [item.value, item.formula];
    });
    expect(value).toEqual(['summary:2026', '="summary:2026"']);
    const code = await codeOf(
      s.run({}, async (ctx) => {
        ctx.workbook.worksheets.getItem('收文登记').names.add('RegisterDesk.Owned', '="x"');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });

  it('lists merged areas with sheet-qualified addresses and null when there are none', async () => {
    const s = register();
    const got = await s.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收文登记');
      const merged = ws.getRange('A1:D4').getMergedAreasOrNullObject().load('address');
      const none = ws.getRange('A3:D4').getMergedAreasOrNullObject();
      await ctx.sync();
      return [merged.address, none.isNullObject];
    });
    expect(got).toEqual(['收文登记!A1:D1', true]);
  });
});

describe('the stand-in loads a Grid as it is', () => {
  it('keeps the rows from the grid’s top, its merges and hidden rows, and dates as date cells', () => {
    const grid = gridOf('督办台账', [['2026年督办台账'], ['编号', '交办日期'], [1, day(2026, 3, 5)]], { top: 2, merges: ['A2:B2'], hiddenRows: [4] });
    const s = createStandin({ sheets: [sheetFixtureOfGrid(grid)] });
    expect(s.valuesOf('督办台账', 'A1:B4')).toEqual([['', ''], ['2026年督办台账', ''], ['编号', '交办日期'], [1, 46086]]);
    expect(s.cellOf('督办台账', 'B4')?.numberFormat).toBe('yyyy/m/d');
    expect(s.sheet('督办台账').merges).toEqual([{ row: 1, col: 0, rows: 1, cols: 2 }]);
    expect([...s.sheet('督办台账').hiddenRows]).toEqual([3]);
  });
});
