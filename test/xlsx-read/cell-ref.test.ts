import fc from 'fast-check';
import { columnLetters, columnOf, MAX_COL, MAX_ROW, parseRange, rowOf } from '../../src/hosts/xlsx/read/cell-ref';

describe('A1 references', () => {
  it('reads columns and rows of ordinary references', () => {
    expect([columnOf('A1'), rowOf('A1')]).toEqual([0, 1]);
    expect([columnOf('ab12'), rowOf('ab12')]).toEqual([27, 12]);
    expect([columnOf('XFD1048576'), rowOf('XFD1048576')]).toEqual([MAX_COL, MAX_ROW]);
  });

  it('refuses references beyond the sheet or without letters or digits', () => {
    expect(columnOf('XFE1')).toBe(-1);
    expect(columnOf('AAAA1')).toBe(-1);
    expect(columnOf('12')).toBe(-1);
    expect(rowOf('A0')).toBe(-1);
    expect(rowOf('A1048577')).toBe(-1);
    expect(rowOf('A')).toBe(-1);
    expect(rowOf('A1x')).toBe(-1);
    expect(rowOf('A99999999999999999999')).toBe(-1);
  });

  it('round-trips every column through its letters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COL }), fc.integer({ min: 1, max: MAX_ROW }), (col, row) => {
        const ref = `${columnLetters(col)}${row}`;
        return columnOf(ref) === col && rowOf(ref) === row;
      }),
    );
  });

  it('reads ranges in any corner order, with anchors, and single cells', () => {
    expect(parseRange('A1:C2')).toEqual({ top: 1, left: 0, bottom: 2, right: 2 });
    expect(parseRange('$C$2:$A$1')).toEqual({ top: 1, left: 0, bottom: 2, right: 2 });
    expect(parseRange('B3')).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(parseRange('A1:')).toBeNull();
    expect(parseRange('1:3')).toBeNull();
  });
});
