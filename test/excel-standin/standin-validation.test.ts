import { validationOf } from '../../src/hosts/excel/edit/edit-api';
import { codeOf, register } from './test-kit';
import { describeValidations, seedValidation, validationsOf } from './standin-validation';

const LIST = { list: { inCellDropDown: true, source: '特急,加急' } };

describe('the stand-in’s data validation', () => {
  it('reads type only after load and sync, and tells uniform, partial and mixed ranges apart', async () => {
    const s = register();
    seedValidation(s.sheet('收文登记'), [{ row: 2, col: 2, rows: 2, cols: 1 }], { type: 'List', promptTitle: '台账助手' });
    seedValidation(s.sheet('收文登记'), [{ row: 4, col: 2, rows: 1, cols: 1 }], { type: 'Date' });
    const types = await s.run({}, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收文登记');
      const dvs = ['C3:C4', 'C3:C10', 'C3:C5', 'D3:D4'].map((a) => validationOf(ws.getRange(a)).load('type'));
      const prompt = validationOf(ws.getRange('C3:C4')).load('prompt');
      expect(() => dvs[0].type).toThrow(/not available/);
      await ctx.sync();
      return [...dvs.map((d) => d.type), prompt.prompt.title];
    });
    expect(types).toEqual(['List', 'MixedCriteria', 'Inconsistent', 'None', '台账助手']);
  });

  it('refuses a rule over cells that already have validation, and clears only the cells asked', async () => {
    const s = register();
    seedValidation(s.sheet('收文登记'), [{ row: 0, col: 2, rows: 10, cols: 1 }], { type: 'List' });
    const set = (address: string): Promise<unknown> =>
      s.run({}, async (ctx) => {
        validationOf(ctx.workbook.worksheets.getItem('收文登记').getRange(address)).rule = LIST;
        await ctx.sync();
      });
    expect(await codeOf(set('C5:C20'))).toBe('InvalidOperation');
    await s.run({}, async (ctx) => {
      validationOf(ctx.workbook.worksheets.getItem('收文登记').getRange('C3:C4')).clear();
      await ctx.sync();
    });
    expect(describeValidations(s.sheet('收文登记')).map((v) => v.address)).toEqual(['收文登记!C1:C2,收文登记!C5:C10']);
    await set('C3:C4');
    expect(validationsOf(s.sheet('收文登记'))).toHaveLength(2);
  });

  it('refuses changes on a protected sheet and texts over Excel’s limits', async () => {
    const s = register();
    const code = await codeOf(
      s.run({}, async (ctx) => {
        validationOf(ctx.workbook.worksheets.getItem('锁定').getRange('A1:A3')).rule = LIST;
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    const long = await codeOf(
      s.run({}, async (ctx) => {
        const dv = validationOf(ctx.workbook.worksheets.getItem('收文登记').getRange('F3:F9'));
        dv.rule = LIST;
        dv.errorAlert = { title: '标题'.repeat(20), message: '', showAlert: true, style: 'Stop' };
        await ctx.sync();
      }),
    );
    expect(long).toBe('InvalidArgument');
    expect(validationsOf(s.sheet('锁定'))).toEqual([]);
  });
});
