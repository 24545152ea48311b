import fc from 'fast-check';
import { isDateFormat, isDateFormatCode } from '../../src/hosts/xlsx/read/number-formats';

describe('isDateFormatCode', () => {
  it.each([
    ['yyyy-mm-dd'],
    ['yyyy"年"m"月"d"日"'],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"'],
    ['[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy'],
    ['m/d/yy h:mm'],
    ['[$-409]d-mmm-yy;@'],
    ['h:mm AM/PM'],
    ['mm:ss.0'],
    ['[Red]yyyy/m/d'],
  ])('reads %s as a date or time', (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  it.each([
    ['General'],
    ['0'],
    ['#,##0.00_);[Red](#,##0.00)'],
    ['0"天"'],
    ['"第"0"号"'],
    ['0.00"元/m²"'],
    ['@'],
    ['"日期："@'],
    ['[h]:mm:ss'],
    ['[mm]:ss'],
    ['0.00E+00'],
    ['[$¥-804]#,##0.00'],
    ['\\d\\a\\y 0'],
    ['* #,##0;* -#,##0'],
  ])('does not read %s as a date', (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });

  it('never counts letters that sit only inside quotes', () => {
    const quoted = fc.string({ maxLength: 8 }).map((s) => `"${s.replace(/"/g, '')}"`);
    const plain = fc.constantFrom('0', '#,##0', '0.00', '@', ' ', '-', '%');
    fc.assert(fc.property(fc.array(fc.oneof(quoted, plain), { maxLength: 6 }), (parts) => !isDateFormatCode(parts.join(''))));
  });
});

describe('isDateFormat', () => {
  it('knows the built-in date ids, the CJK ones included, and no others', () => {
    const dates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    for (let id = 0; id < 164; id++) expect([id, isDateFormat(id, new Map())]).toEqual([id, dates.includes(id)]);
  });

  it('lets a code the workbook defines decide, even for a built-in id', () => {
    expect(isDateFormat(164, new Map([[164, 'yyyy"年"m"月"d"日"']]))).toBe(true);
    expect(isDateFormat(165, new Map([[165, '0"件"']]))).toBe(false);
    expect(isDateFormat(14, new Map([[14, '0.00']]))).toBe(false);
    expect(isDateFormat(200, new Map())).toBe(false);
  });
});
