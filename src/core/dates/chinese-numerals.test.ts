import { parseChineseNumeral, readChineseNumber } from './chinese-numerals';

describe('parseChineseNumeral', () => {
  it('reads years written digit by digit with each form of zero', () => {
    expect(parseChineseNumeral('二〇二六')).toBe(2026);
    expect(parseChineseNumeral('二零二六')).toBe(2026);
    expect(parseChineseNumeral('二○二六')).toBe(2026);
    expect(parseChineseNumeral('二O二六')).toBe(2026);
  });

  it('reads months and days written with 十', () => {
    expect(parseChineseNumeral('五')).toBe(5);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十一')).toBe(11);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('三十一')).toBe(31);
    expect(parseChineseNumeral('廿五')).toBe(25);
  });

  it('reads the larger counts of time limits', () => {
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('两千')).toBe(2000);
  });

  it('refuses runs that are not one numeral', () => {
    expect(parseChineseNumeral('十十')).toBeNull();
    expect(parseChineseNumeral('三五十')).toBeNull();
    expect(parseChineseNumeral('五天')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('readChineseNumber', () => {
  it('reads the numeral at a position and says where it ends and how it was written', () => {
    expect(readChineseNumber('二〇二六年', 0)).toEqual({ value: 2026, end: 4, positional: true, length: 4 });
    expect(readChineseNumber('年三十一日', 1)).toEqual({ value: 31, end: 4, positional: false, length: 3 });
  });

  it('gives null where no numeral starts', () => {
    expect(readChineseNumber('年三月', 0)).toBeNull();
  });
});
