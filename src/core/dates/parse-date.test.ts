import { parseDate } from './parse-date';
import { dayToSerial } from './day';

const march5 = { year: 2026, month: 3, day: 5 };

describe('parseDate on cells that are already dates or numbers', () => {
  it('takes a date cell as it is', () => {
    expect(parseDate({ type: 'date', serial: 46086, day: march5 })).toEqual({ ok: true, day: march5, form: 'dateCell' });
  });

  it('reports a date cell outside the calendar as out of range', () => {
    expect(parseDate({ type: 'date', serial: -5, day: null })).toEqual({ ok: false, reason: 'outOfRange', text: '-5' });
  });

  it('reads a bare number as a serial of the 1900 system, dropping the time of day', () => {
    expect(parseDate(46086)).toEqual({ ok: true, day: march5, form: 'serial' });
    expect(parseDate(46086.6)).toEqual({ ok: true, day: march5, form: 'serial' });
  });

  it('reads a bare number in the 1904 system when the workbook uses it', () => {
    expect(parseDate(dayToSerial(march5, true), { date1904: true })).toEqual({ ok: true, day: march5, form: 'serial' });
  });

  it('reads 20260305 typed into a number cell as a compact date', () => {
    expect(parseDate(20260305)).toEqual({ ok: true, day: march5, form: 'compact' });
  });

  it('refuses serials outside the calendar and the phantom 1900-02-29', () => {
    expect(parseDate(0)).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(parseDate(-1)).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(parseDate(60)).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(parseDate(3_000_000)).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(parseDate(Number.NaN)).toMatchObject({ ok: false, reason: 'unparseable' });
  });

  it('reports empty cells, booleans and errors without a day', () => {
    expect(parseDate(null)).toEqual({ ok: false, reason: 'empty', text: '' });
    expect(parseDate(undefined)).toEqual({ ok: false, reason: 'empty', text: '' });
    expect(parseDate('   ')).toEqual({ ok: false, reason: 'empty', text: '' });
    expect(parseDate(true)).toEqual({ ok: false, reason: 'unparseable', text: 'TRUE' });
    expect(parseDate({ type: 'error', code: '#N/A' })).toEqual({ ok: false, reason: 'unparseable', text: '#N/A' });
  });
});

describe('parseDate on text', () => {
  it.each([
    ['2026-3-5', 'iso'],
    ['2026.3.5', 'iso'],
    ['2026/03/05', 'iso'],
    ['2026 3 5', 'iso'],
    ['2026 - 03 - 05', 'iso'],
    ['2026年3月5日', 'chinese'],
    ['2026年03月05日', 'chinese'],
    ['2026 年 3 月 5 日', 'chinese'],
    ['2026年3月5号', 'chinese'],
    ['2026年3月5', 'chinese'],
    ['二〇二六年三月五日', 'chineseNumerals'],
    ['二零二六年三月五日', 'chineseNumerals'],
    ['二○二六年三月五日', 'chineseNumerals'],
    ['２０２６．３．５', 'iso'],
    ['２０２６年３月５日', 'chinese'],
    ['2026。3。5', 'iso'],
    ['20260305', 'compact'],
    ['  2026-3-5  ', 'iso'],
    ['2026-03-05 14:30', 'iso'],
    ['2026-03-05T14:30:00', 'iso'],
    ['2026/3/5 下午2:30', 'iso'],
    ['2026年3月5日14时30分', 'chinese'],
    ['2026年3月5日（周四）', 'chinese'],
    ['20260305 09:00', 'compact'],
  ])('reads %s as 2026-03-05 (%s)', (text, form) => {
    expect(parseDate(text)).toEqual({ ok: true, day: march5, form });
  });

  it('reads Chinese numerals with 十 in months and days', () => {
    expect(parseDate('二〇二六年十二月三十一日')).toEqual({
      ok: true,
      day: { year: 2026, month: 12, day: 31 },
      form: 'chineseNumerals',
    });
    expect(parseDate('二〇二六年十月二十日')).toMatchObject({ ok: true, day: { year: 2026, month: 10, day: 20 } });
    expect(parseDate('二〇二六年十一月十日')).toMatchObject({ ok: true, day: { year: 2026, month: 11, day: 10 } });
  });

  it('takes the year of a month-and-day date from the context', () => {
    expect(parseDate('3月5日', { year: 2026 })).toEqual({ ok: true, day: march5, form: 'monthDay' });
    expect(parseDate('三月五日', { year: 2026 })).toEqual({ ok: true, day: march5, form: 'monthDay' });
    expect(parseDate('3-5', { year: 2026 })).toEqual({ ok: true, day: march5, form: 'monthDay' });
    expect(parseDate('3/5', { year: 2026 })).toEqual({ ok: true, day: march5, form: 'monthDay' });
  });

  it('says noYear for a month-and-day date without a year in the context', () => {
    expect(parseDate('3月5日')).toEqual({ ok: false, reason: 'noYear', text: '3月5日' });
    expect(parseDate('3月5日', { year: null })).toEqual({ ok: false, reason: 'noYear', text: '3月5日' });
  });

  it('says invalidDay for days the calendar does not have', () => {
    expect(parseDate('2026-2-30')).toEqual({ ok: false, reason: 'invalidDay', text: '2026-2-30' });
    expect(parseDate('2026-13-01')).toMatchObject({ ok: false, reason: 'invalidDay' });
    expect(parseDate('3月32日', { year: 2026 })).toMatchObject({ ok: false, reason: 'invalidDay' });
    expect(parseDate('3月32日')).toMatchObject({ ok: false, reason: 'invalidDay' });
    expect(parseDate('2月29日', { year: 2026 })).toMatchObject({ ok: false, reason: 'invalidDay' });
    expect(parseDate('2月29日', { year: 2028 })).toMatchObject({ ok: true, day: { year: 2028, month: 2, day: 29 } });
    expect(parseDate('20260230')).toMatchObject({ ok: false, reason: 'invalidDay' });
  });

  it('says outOfRange for years before 1900', () => {
    expect(parseDate('0026-3-5')).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(parseDate('1899年12月31日')).toMatchObject({ ok: false, reason: 'outOfRange' });
  });

  it.each([
    '3/5/2026',
    '5.3.26',
    '26-3-5',
    '2026年3月',
    '2026-3',
    '3月底前',
    '5个工作日',
    '长期',
    '2026-3-5前',
    '约2026年3月5日',
    '2026-3/5',
    '2026-3-5.2',
    '46086',
    '已办结',
    '2026-03-05 明天再说',
  ])('keeps %s as text and reports it unparseable, never guessing', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'unparseable', text });
  });

  // A backtracking pattern would hang here and the test would time out.
  it('reads only a bounded prefix of a 10,000-character string', () => {
    const long = `2026-3-5${' '.repeat(10_000)}x`;
    const result = parseDate(long);
    expect(result).toMatchObject({ ok: false, reason: 'unparseable' });
    expect(result.ok ? '' : result.text.length).toBeLessThanOrEqual(61);
  });
});
