import { formatDay, makeDay, type CalendarDay } from '../dates/day';
import { createWorkCalendar } from '../calendar/work-calendar';
import type { CellValue, FieldName, RegisterKind, RegisterLayout, RegisterRecord } from '../types';
import { day } from '../../../test/helpers/grid';
import { computeDeadline, prepareDeadlineRules } from './compute-deadline';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from './deadline-settings';

const d = (iso: string): CalendarDay => {
  const [y, m, dd] = iso.split('-').map(Number);
  return makeDay(y, m, dd) as CalendarDay;
};

const COLUMNS: Partial<Record<FieldName, number>> = { serialNo: 0, receivedDate: 1, assignedDate: 1, urgency: 2, category: 3, deadline: 4, completedDate: 5, result: 6 };

function layoutOf(kind: RegisterKind, options: { deadlineHeader?: string; year?: number | null; noDeadlineColumn?: boolean } = {}): RegisterLayout {
  const columns = { ...COLUMNS };
  if (options.noDeadlineColumn) delete columns.deadline;
  return {
    sheet: '登记簿',
    kind,
    confidence: 1,
    headerRows: [2, 2],
    firstDataRow: 3,
    lastCol: 6,
    columns,
    headers: ['序号', '日期', '紧急程度', '类别', options.deadlineHeader ?? '办理时限', '办结日期', '办理结果'],
    alternatives: [],
    year: options.year ?? null,
    problems: [],
  };
}

function recordOf(row: number, values: Partial<Record<FieldName, CellValue>>, start?: string): RegisterRecord {
  const dates = start ? { receivedDate: d(start), assignedDate: d(start) } : {};
  return { row, values, dates, problems: [] };
}

const calendar = createWorkCalendar();

function deadlineFor(kind: RegisterKind, values: Partial<Record<FieldName, CellValue>>, start?: string, settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS, layoutOptions = {}) {
  const rules = prepareDeadlineRules(layoutOf(kind, layoutOptions), settings);
  return computeDeadline(recordOf(7, values, start), rules, calendar);
}

const dayOf = (result: { deadline: { day: CalendarDay } | null }): string | null => (result.deadline ? formatDay(result.deadline.day) : null);

describe('explicit deadlines', () => {
  it('takes a date cell as it is, even on a rest day', () => {
    const r = deadlineFor('incoming', { deadline: day(2026, 10, 3) }, '2026-09-28');
    expect(r.deadline).toEqual({ day: d('2026-10-03'), source: 'explicit' });
  });

  it('reads a date written as text and keeps the text', () => {
    const r = deadlineFor('incoming', { deadline: '2026年10月20日前' }, '2026-09-28');
    expect(r.deadline).toEqual({ day: d('2026-10-20'), source: 'explicit', text: '2026年10月20日前' });
  });

  it('gives a day without a year the year of the received day', () => {
    expect(dayOf(deadlineFor('incoming', { deadline: '12月20日前' }, '2026-09-28'))).toBe('2026-12-20');
    expect(dayOf(deadlineFor('incoming', { deadline: '3月底前' }, '2026-01-05'))).toBe('2026-03-31');
  });

  it('rolls a day without a year into the next year when it would fall before the received day', () => {
    expect(dayOf(deadlineFor('incoming', { deadline: '3月底前' }, '2026-11-10'))).toBe('2027-03-31');
  });

  it('reads 月底前 as the end of the received day’s month and 年底前 as 31 December', () => {
    expect(dayOf(deadlineFor('supervision', { deadline: '月底前' }, '2026-02-10'))).toBe('2026-02-28');
    expect(dayOf(deadlineFor('supervision', { deadline: '年底前' }, '2026-02-10'))).toBe('2026-12-31');
    expect(dayOf(deadlineFor('supervision', { deadline: '年内' }, '2026-02-10'))).toBe('2026-12-31');
  });

  it('uses the register’s year for a day without a year when the received day is missing', () => {
    expect(dayOf(deadlineFor('incoming', { deadline: '6月30日前' }, undefined, DEFAULT_DEADLINE_SETTINGS, { year: 2026 }))).toBe('2026-06-30');
  });
});

describe('periods counted from the received or assigned day', () => {
  it('counts 5 working days from 2026-09-30 across 国庆 to 10-13', () => {
    const r = deadlineFor('incoming', { deadline: '5个工作日' }, '2026-09-30');
    expect(r.deadline).toEqual({ day: d('2026-10-13'), source: 'relative', unit: 'workingDays', amount: 5, from: d('2026-09-30'), text: '5个工作日' });
  });

  it('counts 5 working days from 2026-02-13 across 春节 with its working Saturdays', () => {
    expect(dayOf(deadlineFor('incoming', { deadline: '5个工作日内办结' }, '2026-02-13'))).toBe('2026-02-27');
  });

  it('moves a calendar-day period ending on a holiday to the next working day', () => {
    // 2026-09-25 + 10 days = 10-05, inside 国庆: the next working day is 10-08
    expect(dayOf(deadlineFor('incoming', { deadline: '10日内' }, '2026-09-25'))).toBe('2026-10-08');
  });

  it('moves a calendar-day period ending on a weekend to Monday', () => {
    // 2026-03-04 (Wed) + 10 days = 03-14, a Saturday
    expect(dayOf(deadlineFor('incoming', { deadline: '10天' }, '2026-03-04'))).toBe('2026-03-16');
  });

  it('keeps a calendar-day period ending on a 调休 working Saturday', () => {
    // 2026-09-30 + 10 days = 10-10, a Saturday worked in exchange for 国庆
    expect(dayOf(deadlineFor('incoming', { deadline: '10日内' }, '2026-09-30'))).toBe('2026-10-10');
  });

  it('ends a month period on the last day of a shorter month, then moves it off a rest day', () => {
    // 2026-01-31 + 1 month = 02-28 (Saturday, and 春节 has 02-28 as a working Saturday)
    expect(dayOf(deadlineFor('supervision', { deadline: '1个月' }, '2026-01-31'))).toBe('2026-02-28');
    // 2027-01-31 + 1 month = 2027-02-28, a Sunday: Monday 03-01 (2027 has no holiday data)
    expect(dayOf(deadlineFor('supervision', { deadline: '一个月内' }, '2027-01-31'))).toBe('2027-03-01');
    // 2026-03-31 + 3 months = 06-30 (Tuesday)
    expect(dayOf(deadlineFor('supervision', { deadline: '3个月' }, '2026-03-31'))).toBe('2026-06-30');
  });

  it('reads a bare number with the unit its header names', () => {
    const r = deadlineFor('incoming', { deadline: 10 }, '2026-03-04', DEFAULT_DEADLINE_SETTINGS, { deadlineHeader: '办理时限\n（天）' });
    expect(r.deadline).toMatchObject({ unit: 'calendarDays', amount: 10, day: d('2026-03-16') });
  });

  it('reads a bare number as working days when the header names no unit', () => {
    expect(deadlineFor('incoming', { deadline: 5 }, '2026-09-30').deadline).toMatchObject({ unit: 'workingDays', day: d('2026-10-13') });
  });

  it('cannot count a period without a start day and says which cell to fill', () => {
    const r = deadlineFor('incoming', { deadline: '5个工作日' });
    expect(r.deadline).toBeNull();
    expect(r.noDeadline).toBe('noStartDay');
    expect(r.problems.map((p) => [p.code, p.message.zh])).toEqual([['deadline.noStartDay', 'B7 的收文日期为空，5个工作日的期限无法起算']]);
  });
});

describe('default rules', () => {
  it('gives urgent incoming documents their default: 特急 1, 加急 3 working days', () => {
    expect(deadlineFor('incoming', { urgency: '特急' }, '2026-09-30').deadline).toEqual({
      day: d('2026-10-08'), source: 'default', unit: 'workingDays', amount: 1, rule: 'urgency:特急', from: d('2026-09-30'),
    });
    expect(dayOf(deadlineFor('incoming', { urgency: '加急件' }, '2026-09-30'))).toBe('2026-10-10');
  });

  it('leaves an ordinary incoming document without a deadline: it is for reading', () => {
    const r = deadlineFor('incoming', { urgency: '普通' }, '2026-09-30');
    expect(r).toEqual({ deadline: null, noDeadline: 'noRule', problems: [] });
  });

  it('gives supervision items a default by category, else 10 working days', () => {
    const rule = (category: string) => deadlineFor('supervision', { category }, '2026-03-02').deadline;
    expect(rule('急办件')).toMatchObject({ amount: 3, rule: 'category:急办件', day: d('2026-03-05') });
    expect(rule('查办件')).toMatchObject({ amount: 10, rule: 'category:查办件', day: d('2026-03-16') });
    expect(rule('阅办件')).toMatchObject({ amount: 5, rule: 'category:阅办件', day: d('2026-03-09') });
    expect(rule('其他')).toMatchObject({ amount: 10, rule: 'fallback', day: d('2026-03-16') });
  });

  it('gives outgoing registers no default', () => {
    expect(deadlineFor('outgoing', { urgency: '特急' }, '2026-03-02').noDeadline).toBe('noRule');
  });

  it('follows the office’s own rules', () => {
    const settings: DeadlineSettings = {
      ...DEFAULT_DEADLINE_SETTINGS,
      kinds: { ...DEFAULT_DEADLINE_SETTINGS.kinds, incoming: { startFrom: ['receivedDate'], rules: [], fallback: { amount: 7, unit: 'calendarDays' } } },
    };
    expect(deadlineFor('incoming', { urgency: '特急' }, '2026-03-04', settings).deadline).toMatchObject({ rule: 'fallback', day: d('2026-03-11') });
  });

  it('uses the default when the register has no deadline column', () => {
    expect(deadlineFor('supervision', {}, '2026-03-02', DEFAULT_DEADLINE_SETTINGS, { noDeadlineColumn: true }).deadline).toMatchObject({ rule: 'fallback' });
  });

  it('says a default cannot be counted without the assigned day', () => {
    const r = deadlineFor('supervision', { category: '查办件' });
    expect(r.noDeadline).toBe('noStartDay');
    expect(r.problems[0].message.zh).toBe('B7 的交办日期为空，10个工作日的期限无法起算');
  });
});

describe('phrases and unreadable text', () => {
  it.each(['长期', '持续推进', '每月', '常态化', '按季度'])('treats "%s" as no deadline, without a problem', (text) => {
    expect(deadlineFor('supervision', { deadline: text }, '2026-03-02')).toEqual({ deadline: null, noDeadline: 'ongoing', problems: [] });
  });

  it('reports unreadable text and gives the item its default rule', () => {
    const r = deadlineFor('supervision', { deadline: '尽快', category: '急办件' }, '2026-03-02');
    expect(r.deadline).toMatchObject({ source: 'default', rule: 'category:急办件', text: '尽快', day: d('2026-03-05') });
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'deadline.unreadable',
        severity: 'warning',
        at: { sheet: '登记簿', row: 7, col: 4 },
        message: expect.objectContaining({ zh: 'E7 的办理时限"尽快"无法识别，已按默认时限3个工作日计算' }),
      }),
    ]);
  });

  it('says an unreadable deadline leaves an ordinary document without one', () => {
    const r = deadlineFor('incoming', { deadline: '尽快' }, '2026-03-02');
    expect(r.noDeadline).toBe('noRule');
    expect(r.problems[0].message.zh).toBe('E7 的办理时限"尽快"无法识别，暂按无期限处理');
  });

  it('explains an ambiguous "3月内" in its fix', () => {
    const r = deadlineFor('incoming', { deadline: '3月内' }, '2026-03-02');
    expect(r.problems[0].fix?.zh).toContain('3个月内');
  });

  it('reports 2月30日 as unreadable', () => {
    expect(deadlineFor('incoming', { deadline: '2月30日前' }, '2026-01-05').problems.map((p) => p.code)).toEqual(['deadline.unreadable']);
  });
});
