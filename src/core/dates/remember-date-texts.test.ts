import fc from 'fast-check';
import { parseDate, rememberDateTexts } from './parse-date';

const PIECES = ['2026', '26', '年', '3', '03', '月', '5', '日', '号', '-', '.', '/', ' ', '二〇二六', '三', '五', '２０２６', '上午', 'x', '13', '32'];
const dateText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const year = fc.option(fc.integer({ min: 1890, max: 2100 }), { nil: undefined });

describe('rememberDateTexts', () => {
  it('answers as parseDate does, however often and in whatever year context a text comes back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(dateText, year), { maxLength: 12 }), (calls) => {
        const parse = rememberDateTexts();
        // Each text asked twice, the second time in another year, so the memory is used and tested.
        for (const [text, y] of [...calls, ...calls.map(([t, y2]): [string, number | undefined] => [t, y2 === undefined ? 2025 : undefined])]) {
          expect(parse(text, { year: y })).toEqual(parseDate(text, { year: y }));
        }
      }),
    );
  });

  it('reads cells that are not text as parseDate does', () => {
    const parse = rememberDateTexts();
    for (const value of [null, 46027, 20260305, true, { type: 'date' as const, serial: 46027, day: { year: 2026, month: 1, day: 5 } }]) {
      expect(parse(value, { date1904: false })).toEqual(parseDate(value, { date1904: false }));
    }
  });

  it('answers alike from a fresh reader, and past the bound of texts it keeps', () => {
    const first = rememberDateTexts();
    const texts = Array.from({ length: 21_000 }, (_, i) => `${2000 + (i % 30)}年${1 + (i % 12)}月${1 + (i % 28)}日 ${i}`);
    for (const text of texts) first(text);
    const second = rememberDateTexts();
    for (const text of [texts[0], texts[20_999], '2026.3.5', '3月5日']) expect(second(text, { year: 2024 })).toEqual(parseDate(text, { year: 2024 }));
  });

  it('takes the year of a text without one from each call', () => {
    const parse = rememberDateTexts();
    expect(parse('3月5日', { year: 2025 })).toEqual({ ok: true, day: { year: 2025, month: 3, day: 5 }, form: 'monthDay' });
    expect(parse('3月5日', { year: 2026 })).toEqual({ ok: true, day: { year: 2026, month: 3, day: 5 }, form: 'monthDay' });
    expect(parse('3月5日')).toEqual({ ok: false, reason: 'noYear', text: '3月5日' });
  });
});
