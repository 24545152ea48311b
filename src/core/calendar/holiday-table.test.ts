import { day, gridOf } from '../../../test/helpers/grid';
import { formatDay } from '../dates/day';
import { readHolidayTable, readOverrideKind } from './holiday-table';
import { createWorkCalendar } from './work-calendar';

describe('reading the holiday table kept in the workbook', () => {
  it('reads dated rows under a header, in any column order', () => {
    const grid = gridOf('节假日表', [
      ['2027年节假日安排'],
      ['节日名称', '日期', '安排'],
      ['元旦', day(2027, 1, 1), '放假'],
      ['春节', '2027-02-06', '调休上班'],
      [null, null, null],
      ['春节', '2027年2月7日', '休'],
    ]);
    const { entries, problems } = readHolidayTable(grid);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [formatDay(e.day), e.kind, e.name])).toEqual([
      ['2027-01-01', 'holiday', '元旦'],
      ['2027-02-06', 'workday', '春节'],
      ['2027-02-07', 'holiday', '春节'],
    ]);
  });

  it('reads columns A, B, C when there is no header', () => {
    const { entries } = readHolidayTable(gridOf('节假日', [[day(2027, 10, 1), '放假', '国庆节']]));
    expect(entries).toEqual([{ day: { year: 2027, month: 10, day: 1 }, kind: 'holiday', name: '国庆节' }]);
  });

  it('reports rows it cannot use, naming the cell', () => {
    const grid = gridOf('节假日表', [
      ['日期', '类型', '名称'],
      ['2027-02-30', '放假', '春节'],
      [day(2027, 2, 8), '待定', '春节'],
    ]);
    const { entries, problems } = readHolidayTable(grid);
    expect(entries).toEqual([]);
    expect(problems.map((p) => p.message.zh)).toEqual([
      '节假日表 A2 的日期"2027-02-30"无法识别，该行未使用',
      '节假日表 B3 应写"放假"或"上班"，现为"待定"，该行未使用',
    ]);
  });

  it('feeds the calendar, which then counts the year as covered', () => {
    const { entries } = readHolidayTable(gridOf('节假日表', [['日期', '类型'], [day(2027, 1, 1), '放假']]));
    const calendar = createWorkCalendar(entries);
    expect(calendar.isWorkingDay({ year: 2027, month: 1, day: 1 })).toBe(false);
    expect(calendar.missingYears()).toEqual([]);
  });

  it.each([
    ['放假', 'holiday'],
    ['休息', 'holiday'],
    ['节假日', 'holiday'],
    ['上班', 'workday'],
    ['班', 'workday'],
    ['调休上班', 'workday'],
    ['工作日', 'workday'],
    ['', null],
    ['待定', null],
  ])('reads "%s" as %s', (text, kind) => {
    expect(readOverrideKind(text)).toBe(kind);
  });
});
