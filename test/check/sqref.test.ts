/**
 * Reading and cutting a validation's sqref: what is written reads back, and cutting a band out
 * of a range leaves exactly the cells outside the band.
 */
import fc from 'fast-check';
import { formatSqref, LAST_COL, LAST_ROW, parseRange, parseSqref, rangesMeet, subtractRange, type CellRange } from '../../src/hosts/xlsx/edit/sqref';

const rangeArb: fc.Arbitrary<CellRange> = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))
  .map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));

function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

describe('sqref', () => {
  it('reads cells, rectangles, absolute references, whole columns and whole rows', () => {
    expect(parseSqref('F3:F22 $H$3')).toEqual([
      { top: 3, left: 5, bottom: 22, right: 5 },
      { top: 3, left: 7, bottom: 3, right: 7 },
    ]);
    expect(parseRange('K:K')).toEqual({ top: 1, left: 10, bottom: LAST_ROW, right: 10 });
    expect(parseRange('3:5')).toEqual({ top: 3, left: 0, bottom: 5, right: LAST_COL });
    expect(parseRange('B9:A2')).toEqual({ top: 2, left: 0, bottom: 9, right: 1 });
  });

  it('refuses what is no reference', () => {
    for (const bad of ['', 'F', 'F3:F', '收文!F3', 'F3:G4:H5', 'A0', 'XFE1']) expect(parseSqref(bad)).toBeNull();
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.array(rangeArb, { minLength: 1, maxLength: 4 }), (ranges) => {
        expect(parseSqref(formatSqref(ranges))).toEqual(ranges);
      }),
    );
  });

  it('cuts a band out of a range leaving every other cell once and no cell of the band', () => {
    fc.assert(
      fc.property(rangeArb, rangeArb, (range, cut) => {
        const pieces = subtractRange(range, cut);
        for (let row = 1; row <= 61; row++) {
          for (let col = 0; col <= 13; col++) {
            const holders = pieces.filter((p) => inRange(p, row, col)).length;
            if (holders !== (inRange(range, row, col) && !inRange(cut, row, col) ? 1 : 0)) return false;
          }
        }
        return !pieces.some((p) => rangesMeet(p, cut));
      }),
      { numRuns: 200 },
    );
  });
});
