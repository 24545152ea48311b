/** The Office.js form of a register column's rule, beside what the .xlsx host writes for it. */
import type { ColumnValidation } from '../../src/hosts/editing-host';
import { validationOf } from '../../src/hosts/excel/edit/edit-api';
import { toOfficeValidation } from '../../src/hosts/excel/edit/validation-rule';
import type { XlRange } from '../../src/hosts/excel/excel-api';
import { renderValidation } from '../../src/hosts/xlsx/edit/render-validation';

const units: ColumnValidation = { col: 9, fromRow: 3, toRow: 500, type: 'list', values: [' 县财政局', '县教育局', '县财政局', '', 'A,B'], allowBlank: true, errorTitle: '承办单位不在名单中，请从下拉列表中选择或先在设置中添加', errorMessage: '请从下拉列表中选择' };

describe('toOfficeValidation', () => {
  it('sends the list the .xlsx host writes, marked as the add-in’s by a hidden prompt title, titles cut to Excel’s 32 characters', () => {
    const office = toOfficeValidation({ ...units, errorStyle: 'warning' } as ColumnValidation);
    expect(office).toEqual({
      rule: { list: { inCellDropDown: true, source: '县财政局,县教育局' } },
      errorAlert: { showAlert: true, style: 'Warning', title: [...units.errorTitle].slice(0, 32).join(''), message: '请从下拉列表中选择' },
      prompt: { showPrompt: false, title: '台账助手', message: '可选：县财政局、县教育局' },
      ignoreBlanks: true,
    });
    expect(renderValidation(units, '')).toContain('<formula1>"县财政局,县教育局"</formula1>');
  });

  it('writes a date range as the DATE formulas of the file, and leaves out what the .xlsx host leaves out', () => {
    const dates: ColumnValidation = { col: 1, fromRow: 3, toRow: 9, type: 'date', between: [{ year: 2000, month: 1, day: 1 }, { year: 2099, month: 12, day: 31 }], allowBlank: false, errorTitle: '日期有误', errorMessage: '请填写日期' };
    expect(toOfficeValidation(dates)?.rule).toEqual({ date: { formula1: '=DATE(2000,1,1)', formula2: '=DATE(2099,12,31)', operator: 'Between' } });
    expect(toOfficeValidation(dates)?.ignoreBlanks).toBe(false);
    expect(toOfficeValidation({ ...dates, between: undefined })).toBeNull();
    expect(toOfficeValidation({ ...units, values: ['', 'a,b'] })).toBeNull();
    expect(renderValidation({ ...units, values: ['', 'a,b'] }, '')).toBeNull();
  });

  it('says in Chinese when this Excel has no data validation for add-ins', () => {
    expect(() => validationOf({} as XlRange)).toThrow(expect.objectContaining({ code: 'failed', text: expect.objectContaining({ zh: expect.stringMatching(/^这个版本的 Excel 不能由加载项设置数据验证/) }) }));
  });
});
