import { docNumberKey, fullYear, parseDocNumber } from './parse-doc-number';
import { fixDocNumber } from './fix-doc-number';
import { findMissingRuns, formatRuns } from './compact-ranges';
import { findCitedNumbers, guessCitedAgency } from './find-cited-numbers';

describe('parseDocNumber', () => {
  it('reads a standard number with no problems', () => {
    expect(parseDocNumber('县政办发〔2026〕12号')).toEqual({
      agency: '县政办发',
      year: 2026,
      serial: 12,
      bracket: '〔〕',
      suffix: '',
      problems: [],
    });
  });

  it.each([
    ['县政办发[2026]12号', '[]'],
    ['县政办发(2026)12号', '()'],
    ['县政办发（2026）12号', '（）'],
    ['县政办发【2026】12号', '【】'],
    ['县政办发〈2026〉12号', '〈〉'],
    ['县政办发［2026］12号', '［］'],
    ['县政办发〔2026]12号', '〔]'],
    ['县政办发﹝2026﹞12号', '﹝﹞'],
  ])('flags the year in the wrong brackets: %s', (text, bracket) => {
    const parsed = parseDocNumber(text);
    expect(parsed.bracket).toBe(bracket);
    expect(parsed.problems).toEqual(['brackets']);
    expect(parsed.year).toBe(2026);
    expect(parsed.serial).toBe(12);
  });

  it('flags a two-digit year, leading zeros, 第 and a missing 号 each by name', () => {
    expect(parseDocNumber('县政办发〔26〕12号').problems).toEqual(['twoDigitYear']);
    expect(parseDocNumber('县政办发〔2026〕012号').problems).toEqual(['leadingZero']);
    expect(parseDocNumber('县政办发〔2026〕第12号').problems).toEqual(['ordinal']);
    expect(parseDocNumber('县政办发〔2026〕12').problems).toEqual(['missingHao']);
  });

  it('reads full-width digits and says so', () => {
    const parsed = parseDocNumber('县政办发〔２０２６〕１２号');
    expect(parsed).toMatchObject({ year: 2026, serial: 12, problems: ['fullWidthDigits'] });
  });

  it('lists several flaws of one number in reading order', () => {
    expect(parseDocNumber('县政办发[2026]第012号').problems).toEqual(['brackets', 'ordinal', 'leadingZero']);
  });

  it('does not take a lone zero serial for a leading zero', () => {
    expect(parseDocNumber('县政办发〔2026〕0号').problems).toEqual([]);
  });

  it('keeps text after 号 and spaces around the pieces without complaint', () => {
    expect(parseDocNumber(' 国办发 〔2026〕 3号文 ')).toMatchObject({ agency: '国办发', serial: 3, suffix: '文', problems: [] });
  });

  it.each(['无', '', '2026-12', '县政办发2026年12号', '〔2026〕号', '县政办发〔202〕1号', '见附件'])(
    'calls %p unreadable',
    (text) => {
      expect(parseDocNumber(text).problems).toEqual(['unreadable']);
    },
  );

  it('calls very long text unreadable rather than reading it', () => {
    expect(parseDocNumber(`${'县'.repeat(300)}〔2026〕1号`).problems).toEqual(['unreadable']);
  });
});

describe('docNumberKey and fullYear', () => {
  it('gives the same key however the brackets, zeros and digit widths were typed', () => {
    const keys = ['县政办发〔2026〕12号', '县政办发[2026]012号', '县政办发（２０２６）第12号', '县政办 发〔2026〕12'].map((t) =>
      docNumberKey(parseDocNumber(t)),
    );
    expect(new Set(keys)).toEqual(new Set(['县政办发|2026|12']));
  });

  it('completes a two-digit year from a hint that ends in it, else as 20xx', () => {
    expect(fullYear(26, 2026)).toBe(2026);
    expect(fullYear(25, 2026)).toBe(2025);
    expect(fullYear(2019, 2026)).toBe(2019);
  });

  it('has no key for text that is no number', () => {
    expect(docNumberKey(parseDocNumber('无'))).toBeNull();
  });
});

describe('fixDocNumber', () => {
  it('rewrites brackets, 第 and leading zeros together', () => {
    expect(fixDocNumber('县政办发[2026]第012号', new Set(['brackets', 'ordinal', 'leadingZero']), null)).toEqual({
      text: '县政办发〔2026〕12号',
      fixed: ['brackets', 'ordinal', 'leadingZero'],
    });
  });

  it('fixes only the flaws asked for and keeps the rest as typed', () => {
    expect(fixDocNumber('县政办发[2026]012号', new Set(['brackets']), null)?.text).toBe('县政办发〔2026〕012号');
  });

  it('completes a two-digit year only when the row date confirms it', () => {
    expect(fixDocNumber('县政办发〔26〕12号', new Set(['twoDigitYear']), 2026)?.text).toBe('县政办发〔2026〕12号');
    expect(fixDocNumber('县政办发〔25〕12号', new Set(['twoDigitYear']), 2026)).toBeNull();
    expect(fixDocNumber('县政办发〔26〕12号', new Set(['twoDigitYear']), null)).toBeNull();
  });

  it('adds 号 only when nothing follows the serial', () => {
    expect(fixDocNumber('县政办发〔2026〕12', new Set(['missingHao']), null)?.text).toBe('县政办发〔2026〕12号');
    expect(fixDocNumber('县政办发〔2026〕12文', new Set(['missingHao']), null)).toBeNull();
  });

  it('turns full-width digits half-width', () => {
    expect(fixDocNumber('县政办发〔２０２６〕１２号', new Set(['fullWidthDigits']), null)?.text).toBe('县政办发〔2026〕12号');
  });

  it('proposes nothing for a standard number or for text that is none', () => {
    expect(fixDocNumber('县政办发〔2026〕12号', new Set(['brackets']), null)).toBeNull();
    expect(fixDocNumber('无', new Set(['brackets']), null)).toBeNull();
  });
});

describe('missing runs', () => {
  it('lists the gaps between the smallest and the largest number compactly', () => {
    const runs = findMissingRuns([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 15, 16, 17]);
    expect(runs).toEqual([
      [9, 9],
      [12, 14],
    ]);
    expect(formatRuns(runs)).toBe('9, 12–14');
    expect(formatRuns(runs, '、')).toBe('9、12–14');
  });

  it('finds no gap in a continuous series', () => {
    expect(findMissingRuns([3, 4, 5])).toEqual([]);
  });
});

describe('findCitedNumbers', () => {
  it('finds each number cited in running text with the text before it', () => {
    expect(findCitedNumbers('落实市政办发〔2026〕1号和县政发[2025]第7号文件要求')).toEqual([
      { year: 2026, serial: 1, before: '落实市政办发', text: '〔2026〕1号' },
      { year: 2025, serial: 7, before: '和县政发', text: '[2025]第7号' },
    ]);
  });

  it('guesses the agency code for display by dropping the verb that introduces it', () => {
    expect(guessCitedAgency('落实市政办发')).toBe('市政办发');
    expect(guessCitedAgency('和县政发')).toBe('县政发');
    expect(guessCitedAgency('国办发')).toBe('国办发');
  });

  it('finds nothing in text without a bracketed year', () => {
    expect(findCitedNumbers('推进城区老旧小区改造项目（2026年）前期工作')).toEqual([]);
  });
});
