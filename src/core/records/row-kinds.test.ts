import { day } from '../../../test/helpers/grid';
import { classifyRow, type RowShape } from './row-kinds';

const shape: RowShape = {
  firstCol: 0,
  lastCol: 5,
  foldedHeaders: new Map([
    [0, '序号'],
    [1, '收文日期'],
    [2, '来文单位'],
    [3, '标题'],
  ]),
};

describe('classifyRow', () => {
  it('reads a row with data as a record', () => {
    expect(classifyRow([1, day(2026, 3, 5), '县财政局', '关于预算的通知'], shape, false)).toEqual({ kind: 'record' });
  });

  it('reads missing rows and rows of spaces as blank', () => {
    expect(classifyRow(undefined, shape, false)).toEqual({ kind: 'blank' });
    expect(classifyRow([null, ' ', '\u3000'], shape, false)).toEqual({ kind: 'blank' });
  });

  it('reads 合计, 小计 and 总计 rows as subtotals, whatever the spacing or script', () => {
    expect(classifyRow(['合计', null, null, '12件'], shape, false).kind).toBe('subtotal');
    expect(classifyRow([null, '小  计', null, 3], shape, false).kind).toBe('subtotal');
    expect(classifyRow(['本月總計', 5], shape, false).kind).toBe('subtotal');
  });

  it('keeps a record whose title merely mentions 合计', () => {
    expect(classifyRow([3, day(2026, 3, 5), '县统计局', '关于做好2026年度统计数据合计审核工作的通知'], shape, false).kind).toBe('record');
  });

  it('reads notes under the table, and the short lines that continue them', () => {
    expect(classifyRow(['注：收文日期以签收为准'], shape, false).kind).toBe('note');
    expect(classifyRow(['说明：涉密文件另行登记'], shape, false).kind).toBe('note');
    expect(classifyRow(['填表人：张三', null, '审核人：李四'], shape, false).kind).toBe('note');
    expect(classifyRow(['2. 涉密文件另行登记。'], shape, true).kind).toBe('note');
    expect(classifyRow(['2. 涉密文件另行登记。'], shape, false).kind).toBe('record');
  });

  it('reads a repeated header and a row of column numbers as header rows', () => {
    expect(classifyRow(['序号', '收文\n日期', '来文单位', '标题'], shape, false).kind).toBe('header');
    expect(classifyRow([1, 2, 3, 4, 5], shape, false).kind).toBe('header');
    expect(classifyRow(['(1)', '(2)', '(3)'], shape, false).kind).toBe('header');
  });

  it('reads a lone year title in the first column as a section with its year', () => {
    expect(classifyRow(['2025年'], shape, false)).toEqual({ kind: 'section', year: 2025 });
    expect(classifyRow(['二〇二六年收文'], shape, false)).toEqual({ kind: 'section', year: 2026 });
  });

  it('keeps a lone date in the first column as a record begun', () => {
    expect(classifyRow(['2026年3月5日'], shape, false).kind).toBe('record');
  });

  it('looks only between the table’s first and last columns', () => {
    expect(classifyRow([null, null, null, null, null, null, '合计'], shape, false).kind).toBe('blank');
  });
});
