import fc from 'fast-check';
import { cellAddress, columnIndex, columnLetter, MAX_COLUMN } from './address';

describe('column letters and addresses', () => {
  it('names columns the way Excel does', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(MAX_COLUMN)).toBe('XFD');
  });

  it('reads letters back, in either case and with stray spaces', () => {
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex(' d ')).toBe(3);
    expect(columnIndex('AB')).toBe(27);
    expect(columnIndex('XFD')).toBe(MAX_COLUMN);
  });

  it('refuses what names no column of a worksheet', () => {
    expect(columnIndex('')).toBeNull();
    expect(columnIndex('1A')).toBeNull();
    expect(columnIndex('XFE')).toBeNull();
    expect(columnIndex('ABCD')).toBeNull();
    expect(columnIndex('收')).toBeNull();
  });

  it('round-trips every column', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMN }), (col) => expect(columnIndex(columnLetter(col))).toBe(col)));
  });

  it('writes A1 addresses from a 1-based row and a 0-based column', () => {
    expect(cellAddress(17, 3)).toBe('D17');
    expect(cellAddress(1, 26)).toBe('AA1');
  });
});
