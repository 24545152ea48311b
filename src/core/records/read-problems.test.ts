import { reportDateProblem } from './read-problems';

const at = { sheet: '收文', row: 17, col: 3 };

describe('reportDateProblem', () => {
  it('names the cell, the clerk’s own header and the text it could not read', () => {
    const p = reportDateProblem(at, 'receivedDate', '登记\n日期', 'unparseable', '三月初');
    expect(p).toMatchObject({ code: 'read.date.unparseable', severity: 'error', at, field: 'receivedDate' });
    expect(p.message.zh).toBe('D17 的登记日期“三月初”无法识别为日期');
    expect(p.message.en).toBe('D17: date received "三月初" is not a date');
    expect(p.fix).toEqual({ zh: '请写成 2026-03-05 或 2026年3月5日', en: 'Write it as 2026-03-05 or 2026年3月5日' });
  });

  it('falls back to the field’s name when the column has no header', () => {
    expect(reportDateProblem(at, 'completedDate', undefined, 'invalidDay', '2026-2-30').message.zh).toBe('D17 的办结日期“2026-2-30”是日历上没有的日子');
  });

  it('warns, rather than errs, about a date that only lacks its year', () => {
    const p = reportDateProblem(at, 'receivedDate', '收文日期', 'noYear', '3月5日');
    expect(p.code).toBe('read.date.noYear');
    expect(p.severity).toBe('warning');
    expect(p.fix?.zh).toBe('请写上年份，如 2026年3月5日');
  });

  it('has a code, a message and a fix for dates out of range', () => {
    const p = reportDateProblem(at, 'returnedDate', '清退日期', 'outOfRange', '1800-1-1');
    expect(p.code).toBe('read.date.outOfRange');
    expect(p.fix?.zh).toContain('1900');
  });
});
