/**
 * Ranks and grades by forced distribution (强制分布, 末位警示).
 *
 * Tie rule: equal scores share a rank and the next rank skips (1, 1, 3). 优秀 places are
 * `count × share`, rounded as the scheme says (floor by default). Places go to tie groups in rank
 * order, a whole group at a time: a group that would not fit entirely in the places left gets
 * none, and neither does anyone below it, so a tie never pushes the count of 优秀 past the cap
 * and never splits equal scores. The lowest-scoring group is marked 末位 (all of it when tied),
 * unless every score is equal; a 末位 group is never 优秀.
 */
import { applyShare, type Rounding } from '../rounding';

export interface Standing {
  readonly rank: number;
  readonly excellent: boolean;
  readonly bottom: boolean;
}

export interface GradeRule {
  readonly excellentPercent: number;
  readonly excellentRounding: Rounding;
}

/**
 * One standing per score, in the order of the scores given.
 * @example rankScores([105, 103, 105, 98, 101], { excellentPercent: 40, excellentRounding: 'floor' })
 * // ranks 1, 3, 1, 5, 4; 优秀: the two 105s (2 places); 末位: 98
 */
export function rankScores(scores: readonly number[], rule: GradeRule): Standing[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const places = applyShare(scores.length, rule.excellentPercent, rule.excellentRounding);
  const ranks = new Array<number>(scores.length);
  const groups: number[][] = [];
  order.forEach((index, position) => {
    const tied = position > 0 && scores[order[position - 1]] === scores[index];
    ranks[index] = tied ? ranks[order[position - 1]] : position + 1;
    if (tied) groups[groups.length - 1].push(index);
    else groups.push([index]);
  });
  const hasBottom = groups.length > 1;
  const bottom = new Set(hasBottom ? groups[groups.length - 1] : []);
  const excellent = new Set<number>();
  for (const group of groups) {
    if (excellent.size + group.length > places || group.some((i) => bottom.has(i))) break;
    group.forEach((i) => excellent.add(i));
  }
  return scores.map((_, i) => ({ rank: ranks[i], excellent: excellent.has(i), bottom: bottom.has(i) }));
}
