import { applyShare, readRounding, roundScore } from './rounding';

describe('applyShare', () => {
  it('rounds down, to nearest or up as asked', () => {
    expect(applyShare(7, 20, 'floor')).toBe(1);
    expect(applyShare(7, 20, 'round')).toBe(1);
    expect(applyShare(7, 20, 'ceil')).toBe(2);
    expect(applyShare(3, 90, 'floor')).toBe(2);
    expect(applyShare(5, 90, 'round')).toBe(5);
  });

  it('is not fooled by binary noise: 64.4% of 250 is exactly 161, even rounded up', () => {
    expect((250 * 64.4) / 100).not.toBe(161);
    expect(applyShare(250, 64.4, 'ceil')).toBe(161);
    expect(applyShare(3, 70, 'floor')).toBe(2);
  });
});

describe('roundScore', () => {
  it('keeps two decimals so that equal sums compare equal', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(100 - 0.5 * 3)).toBe(98.5);
  });
});

describe('readRounding', () => {
  it('reads the words a clerk types', () => {
    expect(readRounding(' 向下取整 ')).toBe('floor');
    expect(readRounding('四舍五入')).toBe('round');
    expect(readRounding('进一法')).toBe('ceil');
    expect(readRounding('随便')).toBeNull();
  });
});
