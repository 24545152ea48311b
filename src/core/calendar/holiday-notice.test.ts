import fc from 'fast-check';
import { formatDay } from '../dates/day';
import { listBundledHolidays } from './bundled-holidays';
import { parseHolidayNotice } from './holiday-notice';
import type { HolidayOverride } from './holiday-override';

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。
春节：2月15日至23日放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
清明节：4月4日至6日放假，共3天。
劳动节：5月1日至5日放假调休，共5天。5月9日（周六）上班。
端午节：6月19日至21日放假，共3天。
中秋节：9月25日至27日放假，共3天。
国庆节：10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
国务院办公厅
2024年11月12日`;

const asKeys = (entries: readonly HolidayOverride[]): string[] => entries.map((e) => `${formatDay(e.day)} ${e.kind}`).sort();
const bundledKeys = (year: number): string[] => asKeys(listBundledHolidays().filter((e) => e.day.year === year));

describe('reading the State Council holiday notice', () => {
  it('reads the 2026 notice into exactly the 2026 days chinese-days has', () => {
    const parsed = parseHolidayNotice(NOTICE_2026);
    expect(parsed.year).toBe(2026);
    expect(parsed.problems).toEqual([]);
    expect(asKeys(parsed.entries)).toEqual(bundledKeys(2026));
  });

  it('reads the numbered 2025 notice with lunar notes, weekdays and a range across months', () => {
    const parsed = parseHolidayNotice(NOTICE_2025);
    expect(parsed.year).toBe(2025);
    expect(parsed.problems).toEqual([]);
    expect(asKeys(parsed.entries)).toEqual(bundledKeys(2025));
  });

  it('names each entry after its holiday', () => {
    const parsed = parseHolidayNotice(NOTICE_2026);
    const oct10 = parsed.entries.find((e) => formatDay(e.day) === '2026-10-10');
    expect(oct10).toEqual({ day: { year: 2026, month: 10, day: 10 }, kind: 'workday', name: '国庆节' });
    expect(parsed.entries.find((e) => formatDay(e.day) === '2026-02-15')?.name).toBe('春节');
  });

  it('reads a lunar note between a range start and its end', () => {
    const parsed = parseHolidayNotice('春节：2月15日（农历腊月二十八）至23日放假调休，共9天。', { year: 2026 });
    expect(parsed.entries.map((e) => formatDay(e.day))).toEqual([
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
      '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('puts the December days of a 元旦 that starts the year before into that year', () => {
    const parsed = parseHolidayNotice('元旦：12月31日至1月2日放假调休，共3天。12月29日（周六）上班。', { year: 2019 });
    expect(asKeys(parsed.entries)).toEqual(['2018-12-29 workday', '2018-12-31 holiday', '2019-01-01 holiday', '2019-01-02 holiday']);
  });

  it('keeps years written in the notice', () => {
    const parsed = parseHolidayNotice('关于2023年部分节假日安排的通知\n一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。');
    expect(asKeys(parsed.entries)).toEqual(['2022-12-31 holiday', '2023-01-01 holiday', '2023-01-02 holiday']);
  });

  it('reads full-width digits and 星期 weekdays', () => {
    const parsed = parseHolidayNotice('国庆节：１０月１日至７日放假调休，共７天。９月２０日（星期日）上班。', { year: 2026 });
    expect(parsed.entries).toHaveLength(8);
    expect(parsed.problems).toEqual([]);
  });

  it('reads an older notice with dash ranges and a sentence moving weekends, which it reports as unread', () => {
    const parsed = parseHolidayNotice(
      '二、春节：2月6日—12日放假，共7天。其中，2月6日（除夕）、2月7日（春节）为法定节假日，将2月2日（星期六）、2月3日（星期日）两个公休日调至2月11日、2月12日。2月2日（星期六）、2月3日（星期日）上班。',
      { year: 2008 },
    );
    expect(asKeys(parsed.entries)).toEqual([
      '2008-02-02 workday', '2008-02-03 workday',
      '2008-02-06 holiday', '2008-02-07 holiday', '2008-02-08 holiday', '2008-02-09 holiday',
      '2008-02-10 holiday', '2008-02-11 holiday', '2008-02-12 holiday',
    ]);
    expect(parsed.problems.map((p) => [p.code, p.severity])).toEqual([['holidayNotice.lineSkipped', 'info']]);
  });

  it('reports a weekday that disagrees with the date', () => {
    const parsed = parseHolidayNotice('元旦：1月1日至3日放假调休，共3天。1月4日（周六）上班。', { year: 2026 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.weekdayMismatch']);
    expect(parsed.problems[0].message.zh).toBe('"1月4日(周六)"写的是周六，但2026年1月4日是周日，请核对通知原文');
    expect(parsed.entries).toHaveLength(4);
  });

  it('reports a day count that disagrees with the range', () => {
    const parsed = parseHolidayNotice('清明节：4月4日至6日放假，共4天。', { year: 2026 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.countMismatch']);
  });

  it('prefers the year in the title to the one it was given', () => {
    expect(parseHolidayNotice(NOTICE_2026, { year: 2030 }).year).toBe(2026);
  });

  it('asks for the year when neither the text nor the caller gives it', () => {
    const parsed = parseHolidayNotice('元旦：1月1日至3日放假调休，共3天。');
    expect(parsed.year).toBeNull();
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.noYear']);
  });

  it('says so when the pasted text holds no holiday lines', () => {
    const parsed = parseHolidayNotice('今天下午三点开会', { year: 2026 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.nothingFound']);
  });

  it('refuses an impossible date or a backwards range without reading it', () => {
    const parsed = parseHolidayNotice('春节：2月30日放假。国庆节：10月7日至1日放假。', { year: 2026 });
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.badDate', 'holidayNotice.badRange', 'holidayNotice.nothingFound']);
  });

  it('flags a day given both as a day off and as a working day', () => {
    const parsed = parseHolidayNotice('元旦：1月1日至3日放假。1月3日（周六）上班。', { year: 2026 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['holidayNotice.conflict']);
    expect(parsed.entries.find((e) => formatDay(e.day) === '2026-01-03')?.kind).toBe('holiday');
  });

  it('never throws and stays fast on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), (text) => {
        const parsed = parseHolidayNotice(text, { year: 2026 });
        expect(Array.isArray(parsed.entries)).toBe(true);
      }),
      { numRuns: 200 },
    );
    const hostile = '1月1日至'.repeat(2000) + '放假' + '（'.repeat(5000) + '日'.repeat(5000);
    // A backtracking pattern would hang here and the test would time out.
    expect(parseHolidayNotice(hostile, { year: 2026 }).entries.length).toBeLessThanOrEqual(1);
  });
});
