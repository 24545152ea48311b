/**
 * Every reader of clerk-typed text — dates, deadlines, document numbers, headers, result words,
 * the State Council notice — on arbitrary strings: it never throws and always answers in its own
 * shape (a real day, a bounded amount, a non-negative serial …). The generated long strings are
 * repetitions of near-miss fragments up to 10,000 characters; a hang would time the test out.
 */
import fc from 'fast-check';
import { TEXT_READERS } from './support/text-readers';

const FRAGMENTS = ['〔', '〕', '[', ']', '（', '）', '2026', '26', '年', '月', '日', '号', '第', '0', '1', '12', '个', '工作日', '日内', '前', '底', '内', '.', '-', '/', ' ', '〇', '二', '十', '县政办发', '已', '未', '办结', '收文', '日期', '：', '、', '\n', '放假', '上班', '至', '共', '天', '（周六）'];

const domainText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  domainText,
);

/** A near-miss fragment run repeated to the length of a long cell. */
const longText = fc
  .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 10_000 }), fc.string({ maxLength: 3 }))
  .map(([parts, length, tail]) => {
    const unit = parts.join('');
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail;
  });

describe('the text readers on arbitrary strings', () => {
  it.each(TEXT_READERS)('$name never throws and answers in its own shape', ({ read }) => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(read(text)).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it.each(TEXT_READERS)('$name gets through ten thousand characters of repeated near-misses', ({ read }) => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(read(text)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 10_000);
});
