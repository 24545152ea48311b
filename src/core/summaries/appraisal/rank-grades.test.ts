import fc from 'fast-check';
import { applyShare } from '../rounding';
import { rankScores } from './rank-grades';

const rule = { excellentPercent: 20, excellentRounding: 'floor' as const };

describe('rankScores', () => {
  it('gives equal scores one rank and skips the next (1, 1, 3)', () => {
    expect(rankScores([90, 95, 95, 80], rule).map((s) => s.rank)).toEqual([3, 1, 1, 4]);
  });

  it('caps 优秀 at 20% of those appraised, rounded down', () => {
    const ten = [100, 99, 98, 97, 96, 95, 94, 93, 92, 91];
    expect(rankScores(ten, rule).filter((s) => s.excellent)).toHaveLength(2);
    expect(rankScores(ten.slice(0, 9), rule).filter((s) => s.excellent)).toHaveLength(1);
    expect(rankScores(ten.slice(0, 4), rule).filter((s) => s.excellent)).toHaveLength(0);
  });

  it('rounds the places as the scheme says', () => {
    const seven = [7, 6, 5, 4, 3, 2, 1];
    expect(rankScores(seven, { excellentPercent: 20, excellentRounding: 'ceil' }).filter((s) => s.excellent)).toHaveLength(2);
    expect(rankScores(seven, { excellentPercent: 20, excellentRounding: 'round' }).filter((s) => s.excellent)).toHaveLength(1);
  });

  it('gives a tied group 优秀 only when the whole group fits, and nobody below it', () => {
    // 10 units, 2 places: the leader takes one; the three tied behind do not fit, so none of them
    // (and nobody below) is 优秀.
    const scores = [110, 105, 105, 105, 101, 100, 99, 98, 97, 96];
    expect(rankScores(scores, rule).map((s) => s.excellent)).toEqual([true, false, false, false, false, false, false, false, false, false]);
    // Two tied at the top fit exactly in 2 places.
    expect(rankScores([105, 105, 101, 100, 99, 98, 97, 96, 95, 94], rule).filter((s) => s.excellent)).toHaveLength(2);
  });

  it('marks the whole lowest group 末位, never when every score is equal, and never as 优秀', () => {
    expect(rankScores([100, 98, 98, 101], rule).map((s) => s.bottom)).toEqual([false, true, true, false]);
    expect(rankScores([100, 100, 100], rule).map((s) => s.bottom)).toEqual([false, false, false]);
    const twoOfTwo = rankScores([101, 100], { excellentPercent: 100, excellentRounding: 'floor' });
    expect(twoOfTwo).toEqual([
      { rank: 1, excellent: true, bottom: false },
      { rank: 2, excellent: false, bottom: true },
    ]);
  });

  it('ranks a single unit first, neither 末位 nor (with 20%) 优秀', () => {
    expect(rankScores([100], rule)).toEqual([{ rank: 1, excellent: false, bottom: false }]);
    expect(rankScores([], rule)).toEqual([]);
  });

  it('never exceeds the cap and never splits equal scores, whatever the scores', () => {
    const scores = fc.array(fc.integer({ min: 90, max: 110 }), { maxLength: 40 });
    const percent = fc.integer({ min: 0, max: 100 });
    const rounding = fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const);
    fc.assert(
      fc.property(scores, percent, rounding, (s, p, r) => {
        const standings = rankScores(s, { excellentPercent: p, excellentRounding: r });
        expect(standings.filter((x) => x.excellent).length).toBeLessThanOrEqual(applyShare(s.length, p, r));
        s.forEach((a, i) =>
          s.forEach((b, j) => {
            if (a === b) expect(standings[i]).toEqual(standings[j]);
            if (a > b) expect(standings[i].rank).toBeLessThan(standings[j].rank);
            if (a < b && standings[i].excellent) expect(standings[j].excellent).toBe(true);
          }),
        );
      }),
    );
  });
});
