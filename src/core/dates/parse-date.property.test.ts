import fc from 'fast-check';
import { parseDate } from './parse-date';
import { daysInMonth, makeDay, type CalendarDay } from './day';

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1..31 the way dates write it: 五, 十, 十一, 二十, 三十一. */
function writeChineseCount(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${CN_DIGITS[tens]}十`;
  return tensText + (ones === 0 ? '' : CN_DIGITS[ones]);
}

function writeChineseYear(year: number): string {
  return Array.from(String(year), (d) => CN_DIGITS[Number(d)]).join('');
}

function toFullWidth(text: string): string {
  return Array.from(text, (ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const validDay = fc
  .record({ year: fc.integer({ min: 1900, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

const textualForms: ReadonlyArray<{ name: string; write: (d: CalendarDay, padded: boolean) => string; form: string }> = [
  { name: 'dashes', write: (d, p) => `${d.year}-${p ? pad2(d.month) : d.month}-${p ? pad2(d.day) : d.day}`, form: 'iso' },
  { name: 'slashes', write: (d, p) => `${d.year}/${p ? pad2(d.month) : d.month}/${p ? pad2(d.day) : d.day}`, form: 'iso' },
  { name: 'dots', write: (d, p) => `${d.year}.${p ? pad2(d.month) : d.month}.${p ? pad2(d.day) : d.day}`, form: 'iso' },
  { name: 'full-width dots', write: (d) => toFullWidth(`${d.year}.${d.month}.${d.day}`), form: 'iso' },
  { name: '年月日', write: (d, p) => `${d.year}年${p ? pad2(d.month) : d.month}月${p ? pad2(d.day) : d.day}日`, form: 'chinese' },
  { name: 'Chinese numerals', write: (d) => `${writeChineseYear(d.year)}年${writeChineseCount(d.month)}月${writeChineseCount(d.day)}日`, form: 'chineseNumerals' },
  { name: 'compact', write: (d) => `${d.year}${pad2(d.month)}${pad2(d.day)}`, form: 'compact' },
  { name: 'with a time', write: (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)} 14:30`, form: 'iso' },
];

describe('parseDate properties', () => {
  it('never throws on arbitrary strings, numbers and booleans, and gives a real day whenever it says ok', () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.stringMatching(/^[0-9〇一二三四五六七八九十年月日号\-/. :]{0,20}$/),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(anyValue, fc.option(fc.integer({ min: 1900, max: 2100 })), (value, year) => {
        const result = parseDate(value, { year });
        if (result.ok) {
          const { year: y, month, day } = result.day;
          expect(makeDay(y, month, day)).toEqual(result.day);
          expect(y).toBeGreaterThanOrEqual(1900);
        } else {
          expect(typeof result.text).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each(textualForms)('round-trips any valid day written as $name', ({ write, form }) => {
    fc.assert(
      fc.property(validDay, fc.boolean(), (d, padded) => {
        expect(parseDate(write(d, padded))).toEqual({ ok: true, day: d, form });
      }),
    );
  });

  it('round-trips any valid month and day with the year taken from the context', () => {
    fc.assert(
      fc.property(validDay, fc.constantFrom('md', 'cn', 'dash'), (d, style) => {
        const text =
          style === 'md' ? `${d.month}月${d.day}日` : style === 'cn' ? `${writeChineseCount(d.month)}月${writeChineseCount(d.day)}日` : `${d.month}-${d.day}`;
        expect(parseDate(text, { year: d.year })).toEqual({ ok: true, day: d, form: 'monthDay' });
      }),
    );
  });

  it('reads a date cell and its serial number as the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const asNumber = parseDate(serial);
        expect(asNumber.ok).toBe(true);
        if (asNumber.ok) expect(parseDate({ type: 'date', serial, day: asNumber.day })).toMatchObject({ ok: true, day: asNumber.day });
      }),
    );
  });
});
