import { assessSample } from '../testing/sample-assessment';
import { INCOMING_SHEET, OUTGOING_SHEET } from '../testing/sample-workbook';
import { listOverdueItems } from './overdue-items';

describe('listOverdueItems', () => {
  it('lists overdue items only, most days late first, pointing at each title cell', async () => {
    const items = listOverdueItems(await assessSample(), null);
    expect(items.map((i) => [i.cell, i.title, i.unit, i.late])).toEqual([
      [{ sheet: INCOMING_SHEET, row: 8, col: 4 }, '关于业务培训的通知', '人事股', { working: 44, calendar: 66 }],
      [{ sheet: INCOMING_SHEET, row: 3, col: 4 }, '关于预算执行的通知', '办公室', { working: 8, calendar: 10 }],
    ]);
    expect(items[1].deadline.day).toEqual({ year: 2026, month: 11, day: 10 });
  });

  it('keeps to the sheet chosen as the scope', async () => {
    const assessment = await assessSample();
    expect(listOverdueItems(assessment, OUTGOING_SHEET)).toEqual([]);
    expect(listOverdueItems(assessment, INCOMING_SHEET)).toHaveLength(2);
  });
});
