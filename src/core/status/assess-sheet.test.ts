/** From a sheet as a clerk keeps it to statuses and marks: detect → read → assess → plan. */
import { day, gridOf } from '../../../test/helpers/grid';
import { createWorkCalendar } from '../calendar/work-calendar';
import { formatDay } from '../dates/day';
import { DEFAULT_DEADLINE_SETTINGS } from '../deadlines/deadline-settings';
import { detectLayout } from '../layout/detect-layout';
import { readRecords } from '../records/read-records';
import { planMarks } from '../marks/plan-marks';
import { makeRowKey, readKeyColumns } from '../marks/row-key';
import { assessRegister } from './assess-register';

const grid = gridOf(
  '督办台账',
  [
    ['2026年督查督办台账'],
    ['督办编号', '督办事项', '交办日期', '类别', '承办单位', '办理时限', '办结日期', '办理结果', '备注'],
    ['DB-01', '春耕备耕工作落实情况', day(2026, 9, 30), '查办件', '县农业农村局', '5个工作日', null, '正在办理', null],
    ['DB-02', '城区积水点整治', day(2026, 11, 13), '急办件', '县住建局', null, null, null, null],
    ['DB-03', '营商环境问题整改', day(2026, 10, 9), '查办件', '县发改局', '10日内', day(2026, 10, 22), '已办结', null],
    ['DB-04', '河长制巡河', day(2026, 3, 2), '阅办件', '县水利局', '长期', null, '持续推进', null],
    ['DB-05', '信访积案化解', day(2026, 11, 2), '查办件', '县信访局', '3月底前', null, null, null],
    ['DB-06', '安全生产检查', day(2026, 11, 16), '阅办件', '县应急局', null, null, '已完成', null],
  ],
  { merges: ['A1:I1'] },
);

describe('assessing a supervision ledger read from its sheet, as of 2026-11-20', () => {
  const layout = detectLayout(grid);
  const register = readRecords(layout, grid);
  const assessed = assessRegister(register, { asOf: { year: 2026, month: 11, day: 20 }, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });

  it('reads the sheet as a supervision ledger with a deadline column', () => {
    expect(layout.kind).toBe('supervision');
    expect(layout.columns.deadline).toBe(5);
    expect(register.records).toHaveLength(6);
  });

  it('gives every row its status and deadline', () => {
    expect(assessed.items.map((a) => [a.row, a.status, a.deadline ? formatDay(a.deadline.day) : null])).toEqual([
      [3, 'overdue', '2026-10-13'], // 5 working days across 国庆
      [4, 'overdue', '2026-11-18'], // 急办件 default: 3 working days from Friday 11-13
      [5, 'doneLate', '2026-10-19'], // 10 calendar days, finished 10-22
      [6, 'noDeadline', null], // 长期
      [7, 'open', '2027-03-31'], // 3月底前, after the assigned day: next year
      [8, 'done', '2026-11-23'], // finished by its result text
    ]);
  });

  it('names 2027, which the open item’s warning window reached, as lacking holiday data', () => {
    expect(assessed.missingHolidayYears).toEqual([2027]);
    expect(assessed.problems.map((p) => p.code)).toEqual(['calendar.holidaysMissing']);
  });

  it('says how late the overdue and late rows are', () => {
    expect(assessed.items[0].daysLate).toEqual({ working: 28, calendar: 38 });
    expect(assessed.items[2].daysLate).toEqual({ working: 3, calendar: 3 });
  });

  it('plans marks whose keys a host recomputes from the sheet row itself', () => {
    const marks = planMarks(register, assessed.items);
    expect(marks.map((m) => [m.row, m.kind, m.fromCol, m.toCol])).toEqual([
      [3, 'overdue', 0, 8],
      [4, 'overdue', 0, 8],
      [5, 'doneLate', 0, 8],
    ]);
    for (const mark of marks) {
      const cells = grid.rows[mark.row - grid.top];
      expect(makeRowKey((c) => cells[c], readKeyColumns(mark.key) ?? [])).toBe(mark.key);
    }
  });
});
