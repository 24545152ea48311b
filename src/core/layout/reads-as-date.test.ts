import fc from 'fast-check';
import { parseDate } from '../dates/parse-date';
import { readsAsDate } from './reads-as-date';

describe('readsAsDate', () => {
  it('tells the date forms of a register from other texts', () => {
    for (const t of ['2026-03-05', '2026.3.5', '2026年3月5日', '3月5日', '二〇二六年三月五日', '2026/3/5']) expect(readsAsDate(t)).toBe(true);
    for (const t of ['县财政局', '县政办发〔2026〕12号', '5个工作日', '特急', '']) expect(readsAsDate(t)).toBe(false);
  });

  it('answers as a fresh parse does, however often the same text is asked', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('-', '.', '/', '年')).map(([y, m, d, sep]) => (sep === '年' ? `${y}年${m}月${d}日` : `${y}${sep}${m}${sep}${d}`)),
    );
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 20 }), (batch) => {
        for (const t of [...batch, ...batch]) expect(readsAsDate(t)).toBe(parseDate(t, { year: 2000 }).ok);
      }),
    );
  });
});
