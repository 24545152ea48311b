/**
 * The appraisal table: one row per unit (or person) with every component of its score, the
 * total, the rank, the grade and the 末位 mark, best first. The component columns add up to 总分.
 */
import type { SpecColumn, SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import { SOURCE_COLUMN } from '../sheet-frame';
import type { Bucket } from '../tables/buckets';
import { EMPTY_LABEL } from '../tables/group-tables';
import type { AppraisalScheme } from './appraisal-scheme';
import { rankScores } from './rank-grades';
import { sumScore, type ScoreParts } from './score-appraisal';

const SCORE_COLUMNS: readonly SpecColumn[] = [
  { header: '基础分', width: 7, format: 'decimal1' },
  { header: '按时办结（件）', width: 9, format: 'integer' },
  { header: '按时办结得分', width: 9, format: 'decimal1' },
  { header: '逾期办结（件）', width: 9, format: 'integer' },
  { header: '逾期办结得分', width: 9, format: 'decimal1' },
  { header: '逾期未办结（件）', width: 9, format: 'integer' },
  { header: '逾期未办结得分', width: 9, format: 'decimal1' },
  { header: '信息采用（篇）', width: 9, format: 'integer' },
  { header: '信息采用得分', width: 9, format: 'decimal1' },
  { header: '满意度评价（件）', width: 9, format: 'integer' },
  { header: '满意度得分', width: 9, format: 'decimal1' },
  { header: '总分', width: 8, format: 'decimal1' },
  { header: '名次', width: 6, format: 'integer' },
  { header: '等次', width: 7, format: 'text' },
  { header: '末位警示', width: 8, format: 'text' },
];

export interface AppraisalTableInput<A extends ScoreParts> {
  readonly caption: string;
  readonly nameHeader: string;
  readonly groups: readonly Bucket<A>[];
  readonly scheme: AppraisalScheme;
  readonly bySource: boolean;
  /** Extra text columns after the name (a person's unit). */
  readonly extra?: { readonly column: SpecColumn; readonly read: (acc: A) => string };
}

/**
 * @example buildAppraisalTable({ caption: '承办单位考核', nameHeader: '承办单位', groups, scheme, bySource: false }).rows[0] // ['县财政局', 100, 3, 3, …, 103, 1, '优秀', '']
 */
export function buildAppraisalTable<A extends ScoreParts>(input: AppraisalTableInput<A>): SpecTable {
  const { scheme } = input;
  const scores = input.groups.map((g) => sumScore(g.acc, scheme));
  const standings = rankScores(scores, scheme);
  const order = input.groups.map((_, i) => i).sort((a, b) => standings[a].rank - standings[b].rank || a - b);
  const rows = order.map((i): SpecValue[] => {
    const g = input.groups[i];
    const p = g.acc;
    const s = standings[i];
    const head: SpecValue[] = [...(input.bySource ? [g.source ?? ''] : []), g.label === '' ? EMPTY_LABEL : g.label, ...(input.extra ? [input.extra.read(p)] : [])];
    return [
      ...head,
      scheme.base,
      p.onTime,
      p.onTimePoints,
      p.late,
      p.latePoints,
      p.overdue,
      p.overduePoints,
      p.adopted,
      p.adoptionPoints,
      p.verdicts,
      p.satisfactionPoints,
      scores[i],
      s.rank,
      s.excellent ? scheme.grades.excellent : scheme.grades.other,
      s.bottom ? scheme.grades.bottom : '',
    ];
  });
  const name: SpecColumn = { header: input.nameHeader, width: 16, format: 'text' };
  return {
    caption: input.caption,
    columns: [...(input.bySource ? [SOURCE_COLUMN] : []), name, ...(input.extra ? [input.extra.column] : []), ...SCORE_COLUMNS],
    rows,
    rowStyles: order.map((i): SpecRowStyle => (standings[i].bottom ? 'warning' : 'body')),
  };
}
