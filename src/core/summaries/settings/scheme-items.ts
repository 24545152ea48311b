/**
 * The rows of the appraisal scheme sheet (考核计分办法): each names one setting of the scheme,
 * how it is written and read back. One list serves the sheet and its reader, so the two never
 * drift apart.
 */
import type { AppraisalScheme } from '../appraisal/appraisal-scheme';
import { ROUNDING_LABELS, type Rounding } from '../rounding';

export type SchemeValue = number | Rounding;

export interface SchemeItem {
  /** As the sheet shows it; matched back without its bracketed aside. */
  readonly label: string;
  /** Other names a clerk may give the row. */
  readonly synonyms: readonly string[];
  readonly type: 'points' | 'weight' | 'percent' | 'count' | 'rounding';
  readonly note: string;
  readonly get: (s: AppraisalScheme) => SchemeValue;
  readonly set: (s: AppraisalScheme, v: SchemeValue) => AppraisalScheme;
}

const num = (v: SchemeValue): number => (typeof v === 'number' ? v : 0);

function adoptionItem(index: number, level: string): SchemeItem {
  return {
    label: `信息被${level}采用（每篇）`,
    synonyms: [`${level}采用`, level],
    type: 'points',
    note: `“采用情况”写明${level}采用的，每篇计分`,
    get: (s) => s.adoption[index]?.points ?? 0,
    set: (s, v) => ({ ...s, adoption: s.adoption.map((l, i) => (i === index ? { ...l, points: num(v) } : l)) }),
  };
}

/**
 * The rows for a scheme (one per adoption level of that scheme).
 * @example listSchemeItems(DEFAULT_APPRAISAL_SCHEME)[0].label // '基础分'
 */
export function listSchemeItems(scheme: AppraisalScheme): SchemeItem[] {
  return [
    { label: '基础分', synonyms: ['基本分', '基准分'], type: 'points', note: '每个单位、每个人的起点分', get: (s) => s.base, set: (s, v) => ({ ...s, base: num(v) }) },
    { label: '按时办结（每件）', synonyms: ['按期办结'], type: 'points', note: '在办理时限内办结的事项', get: (s) => s.onTime, set: (s, v) => ({ ...s, onTime: num(v) }) },
    { label: '逾期办结（每件）', synonyms: ['超期办结'], type: 'points', note: '超过办理时限才办结的事项（填负数为扣分）', get: (s) => s.late, set: (s, v) => ({ ...s, late: num(v) }) },
    { label: '逾期未办结（每件）', synonyms: ['超期未办结', '逾期未办'], type: 'points', note: '截至统计日已过时限仍未办结的事项', get: (s) => s.overdue, set: (s, v) => ({ ...s, overdue: num(v) }) },
    { label: '收文办理权重', synonyms: ['收文权重'], type: 'weight', note: '收文办理事项的得分乘以此数', get: (s) => s.weights.incoming, set: (s, v) => ({ ...s, weights: { ...s.weights, incoming: num(v) } }) },
    { label: '督查督办权重', synonyms: ['督办权重', '督办事项权重'], type: 'weight', note: '督办事项的得分乘以此数', get: (s) => s.weights.supervision, set: (s, v) => ({ ...s, weights: { ...s.weights, supervision: num(v) } }) },
    ...scheme.adoption.map((l, i) => adoptionItem(i, l.level)),
    { label: '满意（每件）', synonyms: ['满意'], type: 'points', note: '满意度评价为满意的事项', get: (s) => s.satisfaction.satisfied, set: (s, v) => ({ ...s, satisfaction: { ...s.satisfaction, satisfied: num(v) } }) },
    { label: '基本满意（每件）', synonyms: ['基本满意'], type: 'points', note: '满意度评价为基本满意的事项', get: (s) => s.satisfaction.basic, set: (s, v) => ({ ...s, satisfaction: { ...s.satisfaction, basic: num(v) } }) },
    { label: '不满意（每件）', synonyms: ['不满意'], type: 'points', note: '满意度评价为不满意的事项', get: (s) => s.satisfaction.dissatisfied, set: (s, v) => ({ ...s, satisfaction: { ...s.satisfaction, dissatisfied: num(v) } }) },
    { label: '优秀比例（%）', synonyms: ['优秀比例', '优秀等次比例'], type: 'percent', note: '评为优秀的不超过参评数的这一比例', get: (s) => s.excellentPercent, set: (s, v) => ({ ...s, excellentPercent: num(v) }) },
    { label: '优秀名额取整', synonyms: ['取整方式', '名额取整'], type: 'rounding', note: '可填：向下取整、四舍五入、向上取整', get: (s) => s.excellentRounding, set: (s, v) => (typeof v === 'string' ? { ...s, excellentRounding: v } : s) },
    { label: '信息报送任务（篇/人·年）', synonyms: ['信息报送任务', '信息任务', '报送任务'], type: 'count', note: '每人每年应报送的信息篇数', get: (s) => s.submissionQuota, set: (s, v) => ({ ...s, submissionQuota: num(v) }) },
  ];
}

/**
 * How a value is written on the sheet.
 * @example writeSchemeValue('floor') // '向下取整'
 */
export function writeSchemeValue(value: SchemeValue): number | string {
  return typeof value === 'number' ? value : ROUNDING_LABELS[value];
}
