import { day, gridOf } from '../../../test/helpers/grid';
import { applyConfirmedMapping } from './apply-mapping';
import { detectLayout } from './detect-layout';

const grid = gridOf('Sheet1', [
  ['序号', '日期', '标题', '备注'],
  [1, day(2026, 1, 8), '关于春节值班的通知', null],
]);

describe('applyConfirmedMapping', () => {
  it('takes the clerk’s kind, header rows and columns in place of what was detected', () => {
    const detected = detectLayout(grid);
    expect(detected.kind).toBeNull();
    const layout = applyConfirmedMapping(detected, { kind: 'outgoing', headerRows: [1, 1], columns: { issuedDate: 'B', title: 'c' } });
    expect(layout).toMatchObject({ kind: 'outgoing', confidence: 1, headerRows: [1, 1], firstDataRow: 2, columns: { issuedDate: 1, title: 2 }, alternatives: [], problems: [] });
  });

  it('keeps the detected header rows when the clerk confirmed none', () => {
    const detected = detectLayout(gridOf('收文', [['2026年收文登记簿'], ['序号', '收文日期', '来文单位', '标题'], [1, day(2026, 3, 5), '县财政局', '通知']]));
    const layout = applyConfirmedMapping(detected, { kind: 'incoming', columns: { receivedDate: 'B' } });
    expect(layout.headerRows).toEqual([2, 2]);
    expect(layout.firstDataRow).toBe(3);
    expect(layout.columns).toEqual({ receivedDate: 1 });
  });

  it('widens the table to a confirmed column beyond the header', () => {
    const layout = applyConfirmedMapping(detectLayout(grid), { kind: 'outgoing', headerRows: [1, 1], columns: { remarks: 'F' } });
    expect(layout.lastCol).toBe(5);
  });

  it('leaves out and reports a confirmed column that is not a column letter', () => {
    const layout = applyConfirmedMapping(detectLayout(grid), { kind: 'outgoing', headerRows: [1, 1], columns: { issuedDate: 'B', title: '3' } });
    expect(layout.columns).toEqual({ issuedDate: 1 });
    expect(layout.problems).toMatchObject([{ code: 'layout.mapping.badColumn', severity: 'error', field: 'title' }]);
    expect(layout.problems[0].message.zh).toContain('「3」不是有效的列号');
  });

  it('does not change the layout it is given', () => {
    const detected = detectLayout(grid);
    const before = JSON.stringify(detected);
    applyConfirmedMapping(detected, { kind: 'outgoing', headerRows: [1, 1], columns: { issuedDate: 'B' } });
    expect(JSON.stringify(detected)).toBe(before);
  });
});
