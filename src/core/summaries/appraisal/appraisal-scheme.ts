/**
 * The appraisal scheme (考核计分办法): points from a base, per item finished on time, late or
 * still overdue, per adoption level of an information submission and per satisfaction verdict,
 * weights per register, and the forced distribution of grades. The defaults follow the county
 * schemes of shared/domain.md; the clerk edits them on the scheme sheet.
 */
import type { Rounding } from '../rounding';

/** An adoption level of a submission: the words that name it and the points it earns. */
export interface AdoptionLevel {
  readonly level: string;
  /** Found anywhere in the adoption cell; levels are tried highest first. */
  readonly words: readonly string[];
  readonly points: number;
}

export interface AppraisalScheme {
  readonly base: number;
  /** Points per item finished on or before its deadline. */
  readonly onTime: number;
  /** Points per item finished after its deadline. */
  readonly late: number;
  /** Points per item past its deadline and still open. */
  readonly overdue: number;
  /** Multipliers of the item points by register. */
  readonly weights: { readonly incoming: number; readonly supervision: number };
  /** Highest level first. */
  readonly adoption: readonly AdoptionLevel[];
  readonly satisfaction: { readonly satisfied: number; readonly basic: number; readonly dissatisfied: number };
  /** 优秀 places as a percentage of those appraised. */
  readonly excellentPercent: number;
  readonly excellentRounding: Rounding;
  /** Information pieces each person is asked to submit in a year (信息报送任务). */
  readonly submissionQuota: number;
  readonly grades: { readonly excellent: string; readonly other: string; readonly bottom: string };
}

export const DEFAULT_ADOPTION_LEVELS: readonly AdoptionLevel[] = [
  { level: '国家级', words: ['国家', '中央', '国务院', '全国'], points: 10 },
  { level: '省级', words: ['省'], points: 5 },
  { level: '市级', words: ['市', '州', '盟'], points: 2 },
  { level: '县级', words: ['县', '区', '旗'], points: 1 },
];

export const DEFAULT_APPRAISAL_SCHEME: AppraisalScheme = {
  base: 100,
  onTime: 1,
  late: -1,
  overdue: -2,
  weights: { incoming: 1, supervision: 1 },
  adoption: DEFAULT_ADOPTION_LEVELS,
  satisfaction: { satisfied: 1, basic: 0, dissatisfied: -1 },
  excellentPercent: 20,
  excellentRounding: 'floor',
  submissionQuota: 12,
  grades: { excellent: '优秀', other: '合格', bottom: '末位' },
};
