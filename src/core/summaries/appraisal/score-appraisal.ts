/**
 * The components of each unit's (or person's) appraisal score, kept apart so that the sheet can
 * show how every score adds up:
 *
 *   总分 = 基础分 + 按时办结件数 × 分值 × 权重 + 逾期办结件数 × 分值 × 权重
 *        + 逾期未办结件数 × 分值 × 权重 + Σ 各级信息采用篇数 × 该级分值 + Σ 各类满意度评价件数 × 分值
 *
 * Handling items are the incoming documents and supervised items of the period (by 收文日期 /
 * 交办日期) with their statuses as of the as-of day; weights are per register; adoptions are the
 * period's submissions (by 报送日期) of the unit or person; verdicts are those recorded on the
 * period's items.
 */
import type { RegisterKind } from '../../types';
import { roundScore } from '../rounding';
import { readAdoption } from '../submissions/adoption';
import { readVerdict } from '../supervision/satisfaction';
import type { SummaryItem } from '../summary-types';
import type { AppraisalScheme } from './appraisal-scheme';

export interface ScoreParts {
  onTime: number;
  late: number;
  overdue: number;
  onTimePoints: number;
  latePoints: number;
  overduePoints: number;
  adopted: number;
  adoptionPoints: number;
  verdicts: number;
  satisfactionPoints: number;
}

/**
 * Parts with nothing counted: a unit with no items scores the base.
 * @example sumScore(createScoreParts(), DEFAULT_APPRAISAL_SCHEME) // 100
 */
export function createScoreParts(): ScoreParts {
  return { onTime: 0, late: 0, overdue: 0, onTimePoints: 0, latePoints: 0, overduePoints: 0, adopted: 0, adoptionPoints: 0, verdicts: 0, satisfactionPoints: 0 };
}

/**
 * Counts a handling item (incoming or supervised) into a unit's parts.
 * @example addHandlingItem(parts, item, 'supervision', DEFAULT_APPRAISAL_SCHEME); parts.onTimePoints // 1 for an item done on time
 */
export function addHandlingItem(parts: ScoreParts, item: SummaryItem, kind: RegisterKind, scheme: AppraisalScheme): void {
  const weight = kind === 'supervision' ? scheme.weights.supervision : scheme.weights.incoming;
  const status = item.assessment.status;
  if (status === 'done') {
    parts.onTime += 1;
    parts.onTimePoints = roundScore(parts.onTimePoints + scheme.onTime * weight);
  } else if (status === 'doneLate') {
    parts.late += 1;
    parts.latePoints = roundScore(parts.latePoints + scheme.late * weight);
  } else if (status === 'overdue') {
    parts.overdue += 1;
    parts.overduePoints = roundScore(parts.overduePoints + scheme.overdue * weight);
  }
  const verdict = readVerdict(item.record.values.satisfaction);
  if (verdict) {
    parts.verdicts += 1;
    parts.satisfactionPoints = roundScore(parts.satisfactionPoints + scheme.satisfaction[verdict]);
  }
}

/**
 * Counts a submission into a unit's or person's parts (only adoptions earn points).
 * @example addSubmissionItem(parts, item, DEFAULT_APPRAISAL_SCHEME); parts.adoptionPoints // 5 for a piece adopted by the province
 */
export function addSubmissionItem(parts: ScoreParts, item: SummaryItem, scheme: AppraisalScheme): void {
  const adoption = readAdoption(item.record.values.adoption, scheme.adoption);
  if (!adoption.adopted) return;
  parts.adopted += 1;
  parts.adoptionPoints = roundScore(parts.adoptionPoints + (adoption.level?.points ?? 0));
}

/**
 * 基础分 plus every component.
 * @example sumScore({ ...createScoreParts(), onTimePoints: 3, overduePoints: -2 }, DEFAULT_APPRAISAL_SCHEME) // 101
 */
export function sumScore(parts: ScoreParts, scheme: AppraisalScheme): number {
  return roundScore(scheme.base + parts.onTimePoints + parts.latePoints + parts.overduePoints + parts.adoptionPoints + parts.satisfactionPoints);
}
