import fc from 'fast-check';
import { DEFAULT_DEADLINE_SETTINGS } from './deadline-settings';
import { parseDeadlineText } from './deadline-text';

const read = (text: string) => parseDeadlineText(text, DEFAULT_DEADLINE_SETTINGS.ongoingWords);

describe('reading periods written in a deadline cell', () => {
  it.each([
    ['5个工作日', 5, 'workingDays'],
    ['5个工作日内办结', 5, 'workingDays'],
    ['三个工作日', 3, 'workingDays'],
    ['１５个工作日', 15, 'workingDays'],
    ['10日内', 10, 'calendarDays'],
    ['10天', 10, 'calendarDays'],
    ['15天内答复', 15, 'calendarDays'],
    ['二十日内', 20, 'calendarDays'],
    ['3个月', 3, 'months'],
    ['一个月内', 1, 'months'],
    ['两个月内', 2, 'months'],
    ['1年内', 12, 'months'],
    ['一周内', 7, 'calendarDays'],
    ['收到后7个自然日内反馈', 7, 'calendarDays'],
    ['请于收文后 5 个工作日内办结', 5, 'workingDays'],
    ['10个工作日（节假日顺延）', 10, 'workingDays'],
  ])('reads "%s" as %d %s', (text, amount, unit) => {
    expect(read(text)).toEqual({ kind: 'period', amount, unit });
  });

  it('reads "当日办结" as a period of no days', () => {
    expect(read('当日办结')).toEqual({ kind: 'period', amount: 0, unit: 'calendarDays' });
  });

  it('reads a bare number as a count whose unit the caller decides', () => {
    expect(read('5')).toEqual({ kind: 'count', amount: 5 });
    expect(read(' ７ ')).toEqual({ kind: 'count', amount: 7 });
  });
});

describe('reading days written without a year', () => {
  it.each([
    ['3月底前', { kind: 'monthDay', year: null, month: 3, day: 'end' }],
    ['3月末', { kind: 'monthDay', year: null, month: 3, day: 'end' }],
    ['12月20日前', { kind: 'monthDay', year: null, month: 12, day: 20 }],
    ['十二月二十日前办结', { kind: 'monthDay', year: null, month: 12, day: 20 }],
    ['6月30日', { kind: 'monthDay', year: null, month: 6, day: 30 }],
    ['于6月15号前报送', { kind: 'monthDay', year: null, month: 6, day: 15 }],
    ['2026年3月底前', { kind: 'monthDay', year: 2026, month: 3, day: 'end' }],
    ['月底前', { kind: 'monthEnd', offset: 0 }],
    ['本月底', { kind: 'monthEnd', offset: 0 }],
    ['下月底前', { kind: 'monthEnd', offset: 1 }],
    ['年底前', { kind: 'yearEnd', year: null }],
    ['年内', { kind: 'yearEnd', year: null }],
    ['本年内完成', { kind: 'yearEnd', year: null }],
    ['2026年底前', { kind: 'yearEnd', year: 2026 }],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('hands a full date with trailing words over for date parsing', () => {
    expect(read('2026年3月5日前')).toEqual({ kind: 'fullDate', text: '2026年3月5日' });
    expect(read('截止2026-03-05')).toEqual({ kind: 'fullDate', text: '2026-03-05' });
    expect(read('二〇二六年三月五日前')).toEqual({ kind: 'fullDate', text: '二〇二六年三月五日' });
  });
});

describe('phrases meaning no single deadline', () => {
  it.each(['长期', '持续推进', '每月', '每月5日前报送', '常态化', '按季度', '长期坚持', '无', '/', '—'])('reads "%s" as ongoing', (text) => {
    expect(read(text)).toEqual({ kind: 'ongoing' });
  });

  it('reads only the office’s own words as ongoing', () => {
    expect(parseDeadlineText('长期', [])).toEqual({ kind: 'unreadable' });
    expect(parseDeadlineText('视情况而定', ['视情况'])).toEqual({ kind: 'ongoing' });
  });
});

describe('text it cannot read', () => {
  it('reports an empty cell as empty, not as unreadable', () => {
    expect(read('   ')).toEqual({ kind: 'empty' });
  });

  it.each(['尽快', '三天半', '第一季度末', '请领导批示'])('does not guess "%s"', (text) => {
    expect(read(text)).toEqual({ kind: 'unreadable' });
  });

  it('asks rather than guesses when "3月内" could be March or three months', () => {
    expect(read('3月内')).toEqual({ kind: 'unreadable', ambiguity: 'monthOrMonths' });
  });

  it('asks rather than guesses when "15日前" could be the 15th or fifteen days', () => {
    expect(read('15日前')).toEqual({ kind: 'unreadable', ambiguity: 'dayOfMonth' });
  });

  it('refuses a month that does not exist', () => {
    expect(read('13月底前')).toEqual({ kind: 'unreadable' });
  });
});

describe('properties of the deadline-text parser', () => {
  const alphabet = fc.constantFrom(...'0123456789０１２一二三十百个工作日天月年内前底末周长期每至于-/（）() 　'.split(''));
  it('never throws on arbitrary strings up to 10,000 characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 10_000 }), fc.array(alphabet, { maxLength: 10_000 }).map((a) => a.join(''))), (text) => {
        expect(typeof read(text).kind).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  // A backtracking pattern would hang on these and the test would time out.
  it('reads long hostile strings without hanging, as unreadable text', () => {
    const hostile = ['1'.repeat(10_000), '一'.repeat(10_000), '个'.repeat(10_000), '12月'.repeat(2_500), '年'.repeat(10_000)];
    for (const text of hostile) expect(read(text).kind).toBe('unreadable');
  }, 10_000);

  it('reads back any period it is given in a common form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('个工作日', '日内', '天', '个月'), (n, unit) => {
        const expectedUnit = unit === '个工作日' ? 'workingDays' : unit === '个月' ? 'months' : 'calendarDays';
        expect(read(`${n}${unit}`)).toEqual({ kind: 'period', amount: n, unit: expectedUnit });
      }),
    );
  });
});
