/**
 * Submissions and adoptions of a unit or a person: pieces sent up, pieces adopted per level,
 * and the points they earn by the scheme.
 *
 * - 采用率 = 采用件数 ÷ 报送件数
 * - 得分 = Σ 各级采用篇数 × 该级分值 (an adoption whose level the cell does not say earns nothing)
 */
import type { AdoptionLevel } from '../appraisal/appraisal-scheme';
import { roundScore } from '../rounding';
import type { SummaryItem } from '../summary-types';
import { readAdoption } from './adoption';

export interface SubmissionTally {
  submitted: number;
  adopted: number;
  /** Per level of the scheme, in its order. */
  byLevel: number[];
  /** Adopted, level not said. */
  unknownLevel: number;
  points: number;
}

/**
 * An empty tally for a scheme with `levels` adoption levels.
 * @example createSubmissionTally(4).byLevel // [0, 0, 0, 0]
 */
export function createSubmissionTally(levels: number): SubmissionTally {
  return { submitted: 0, adopted: 0, byLevel: Array.from({ length: levels }, () => 0), unknownLevel: 0, points: 0 };
}

/**
 * @example const t = createSubmissionTally(4); addSubmission(t, item, DEFAULT_ADOPTION_LEVELS); t.submitted // 1
 */
export function addSubmission(tally: SubmissionTally, item: SummaryItem, levels: readonly AdoptionLevel[]): void {
  tally.submitted += 1;
  const adoption = readAdoption(item.record.values.adoption, levels);
  if (!adoption.adopted) return;
  tally.adopted += 1;
  if (adoption.level === null) {
    tally.unknownLevel += 1;
    return;
  }
  tally.byLevel[levels.indexOf(adoption.level)] += 1;
  tally.points = roundScore(tally.points + adoption.level.points);
}

/**
 * Adds `from` into `into` (for total rows).
 * @example mergeSubmissions(total, unit); total.submitted // grows by unit.submitted
 */
export function mergeSubmissions(into: SubmissionTally, from: SubmissionTally): void {
  into.submitted += from.submitted;
  into.adopted += from.adopted;
  from.byLevel.forEach((n, i) => (into.byLevel[i] += n));
  into.unknownLevel += from.unknownLevel;
  into.points = roundScore(into.points + from.points);
}

/** 采用件数 ÷ 报送件数; null when nothing was submitted. @example computeAdoptionRate({ submitted: 4, adopted: 1 } as SubmissionTally) // 0.25 */
export function computeAdoptionRate(t: SubmissionTally): number | null {
  return t.submitted === 0 ? null : t.adopted / t.submitted;
}
