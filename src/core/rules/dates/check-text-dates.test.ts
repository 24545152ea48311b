import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkTextDates, readStandaloneDay } from './check-text-dates';
import { surfaceReadProblems } from './surface-read-problems';

const FIELDS = ['serialNo', 'receivedDate', 'completedDate'] as const;

describe('checkTextDates', () => {
  it('flags dates typed as text or left as bare serial numbers, and leaves date cells alone', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), day(2026, 3, 9)],
        [2, '2026.3.5', null],
        [3, '2026年3月5日', '２０２６．３．９'],
        [4, 46086, null],
        [5, '3月18日', null],
      ],
    });
    expect(cellsOf(checkWith(checkTextDates, register), 'date.as-text')).toEqual(['B4', 'B5', 'C5', 'B6', 'B7']);
  });

  it('offers the one-click date only when the text names its own year', () => {
    const register = registerOf({ fields: [...FIELDS], rows: [['1', '2026.3.5', null], ['2', '3月18日', null]] });
    const [explicit, monthDay] = checkWith(checkTextDates, register);
    expect(explicit.message.zh).toBe('B3 的收文日期“2026.3.5”是文字，不是日期格式，无法按日期排序、筛选和统计');
    expect(explicit.fix.zh).toBe('可一键改为日期 2026-03-05（日期格式的单元格）');
    expect(monthDay.fix.zh).toBe('请补上年份并设为日期格式，如 2026-03-18');
  });

  it('leaves unreadable text to the reader’s finding instead of flagging it twice', () => {
    const register = registerOf({ fields: [...FIELDS], rows: [[1, '3月32日', null]] });
    expect(checkWith(checkTextDates, register)).toEqual([]);
    expect(cellsOf(checkWith(surfaceReadProblems, register), 'date.unreadable')).toEqual(['B3']);
  });

  it('reads a standalone day from text with a year and from serials, not from 3月5日 or date cells', () => {
    expect(readStandaloneDay('二〇二六年三月五日')).toEqual({ year: 2026, month: 3, day: 5 });
    expect(readStandaloneDay(46086)).toEqual({ year: 2026, month: 3, day: 5 });
    expect(readStandaloneDay('3月5日')).toBeNull();
    expect(readStandaloneDay(day(2026, 3, 5))).toBeNull();
  });
});

describe('surfaceReadProblems', () => {
  it('passes on the reader’s own words and cell as a date.unreadable finding', () => {
    const register = registerOf({ fields: [...FIELDS], rows: [[1, '2026-2-30', '待定']] });
    const findings = checkWith(surfaceReadProblems, register);
    expect(cellsOf(findings, 'date.unreadable')).toEqual(['B3', 'C3']);
    expect(findings[0]).toMatchObject({ severity: 'error', field: 'receivedDate', message: register.records[0].problems[0].message });
  });
});
