import { formatDay, makeDay, type CalendarDay } from '../dates/day';
import { createWorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../deadlines/deadline-settings';
import { day } from '../../../test/helpers/grid';
import type { CellValue, FieldName, Register, RegisterKind, RegisterRecord } from '../types';
import { assessRegister } from './assess-register';

const d = (iso: string): CalendarDay => {
  const [y, m, dd] = iso.split('-').map(Number);
  return makeDay(y, m, dd) as CalendarDay;
};

/** Columns: A 序号, B 收文/交办日期, C 紧急程度, D 类别, E 办理时限, F 办结日期, G 办理结果. */
const FIELDS: FieldName[] = ['serialNo', 'receivedDate', 'urgency', 'category', 'deadline', 'completedDate', 'result'];
type Row = [number, string | null, string | null, string | null, CellValue, string | null, string | null];

function registerOf(kind: RegisterKind, rows: Row[]): Register {
  const startField = kind === 'supervision' ? 'assignedDate' : 'receivedDate';
  const fields = FIELDS.map((f) => (f === 'receivedDate' ? startField : f));
  const records: RegisterRecord[] = rows.map((cells, i) => {
    const values: Partial<Record<FieldName, CellValue>> = {};
    fields.forEach((f, c) => {
      const v = cells[c];
      if (v !== null && v !== undefined) values[f] = f === startField || f === 'completedDate' ? day(...(String(v).split('-').map(Number) as [number, number, number])) : v;
    });
    const dates: RegisterRecord['dates'] = {
      ...(cells[1] ? { [startField]: d(cells[1]) } : {}),
      ...(cells[5] ? { completedDate: d(cells[5]) } : {}),
    };
    return { row: 3 + i, values, dates, problems: [] };
  });
  return {
    layout: {
      sheet: kind === 'supervision' ? '督办台账' : '收文登记',
      kind,
      confidence: 1,
      headerRows: [2, 2],
      firstDataRow: 3,
      lastCol: 6,
      columns: Object.fromEntries(fields.map((f, c) => [f, c])),
      headers: ['序号', '日期', '紧急程度', '类别', '办理时限', '办结日期', '办理结果'],
      alternatives: [],
      year: 2026,
      problems: [],
    },
    records,
    dataRows: records.length ? [3, 2 + records.length] : null,
    problems: [],
  };
}

const AS_OF = d('2026-11-20');
const options = () => ({ asOf: AS_OF, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });

describe('assessing an incoming register as of 2026-11-20', () => {
  const register = registerOf('incoming', [
    [1, '2026-09-30', null, null, '5个工作日', null, null], // due 10-13: overdue
    [2, '2026-09-30', null, null, '5个工作日', '2026-10-13', null], // done on the day
    [3, '2026-09-30', null, null, '5个工作日', '2026-10-19', null], // done late
    [4, '2026-11-13', null, null, '5个工作日', null, null], // due 11-20 = as-of: due soon
    [5, '2026-11-20', '特急', null, null, null, null], // default 1 working day: 11-23, due soon
    [6, '2026-11-02', '普通', null, null, null, null], // ordinary: no deadline
    [7, '2026-10-09', null, null, '10日内', null, '已办结'], // finished by text
    [8, '2026-10-09', null, null, '10日内', null, '未办结'], // negation: overdue
    [9, '2026-11-20', null, null, '10个工作日', null, null], // due 12-04: open
    [10, '2026-11-10', null, null, '长期', null, null],
  ]);
  const result = assessRegister(register, options());
  const byRow = new Map(result.items.map((a) => [a.row, a]));

  it('gives one assessment per record, in row order', () => {
    expect(result.items.map((a) => a.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('gives each record its status', () => {
    expect(result.items.map((a) => a.status)).toEqual([
      'overdue', 'done', 'doneLate', 'dueSoon', 'dueSoon', 'noDeadline', 'done', 'overdue', 'open', 'noDeadline',
    ]);
  });

  it('counts the statuses', () => {
    expect(result.counts).toEqual({ done: 2, doneLate: 1, overdue: 2, dueSoon: 2, open: 1, noDeadline: 2 });
  });

  it('says how late an overdue item is in working and calendar days', () => {
    const overdue = byRow.get(3);
    expect(overdue?.deadline && formatDay(overdue.deadline.day)).toBe('2026-10-13');
    // 10-14 .. 11-20: 28 working days, 38 calendar days
    expect(overdue?.daysLate).toEqual({ working: 28, calendar: 38 });
  });

  it('keeps how each deadline was derived', () => {
    expect(byRow.get(7)?.deadline).toMatchObject({ source: 'default', rule: 'urgency:特急', unit: 'workingDays', amount: 1 });
    expect(byRow.get(8)?.noDeadline).toBe('noRule');
    expect(byRow.get(12)?.noDeadline).toBe('ongoing');
  });

  it('reports no missing holiday year when every day counted lies in 2026', () => {
    expect(result.missingHolidayYears).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});

describe('assessing a supervision ledger whose deadlines run into 2027', () => {
  const register = registerOf('supervision', [
    [1, '2026-12-24', null, '查办件', null, null, null], // 10 working days into 2027
    [2, '2026-11-02', null, '急办件', '尽快', null, null], // unreadable: default 3 working days
  ]);
  const result = assessRegister(register, options());

  it('reports 2027 as missing and counts it Monday to Friday', () => {
    expect(result.missingHolidayYears).toEqual([2027]);
    // 12-25, 28, 29, 30, 31, 2027-01-01 (a Friday, no data), 04, 05, 06, 07
    expect(formatDay(result.items[0].deadline!.day)).toBe('2027-01-07');
    expect(result.problems.map((p) => p.message.zh)).toContain('2027年放假安排未载入，按周一至周五计算，可在节假日表中补充');
  });

  it('reports the unreadable deadline and applies the category default', () => {
    expect(result.items[1]).toMatchObject({ status: 'overdue', deadline: { source: 'default', rule: 'category:急办件' } });
    expect(result.problems.map((p) => p.code)).toEqual(['deadline.unreadable', 'calendar.holidaysMissing']);
  });

  it('lets the holiday table supply 2027 and then reports nothing missing', () => {
    const calendar = createWorkCalendar([{ day: d('2027-01-01'), kind: 'holiday', name: '元旦' }]);
    const withTable = assessRegister(register, { ...options(), calendar });
    expect(withTable.missingHolidayYears).toEqual([]);
    expect(formatDay(withTable.items[0].deadline!.day)).toBe('2027-01-08');
  });
});
