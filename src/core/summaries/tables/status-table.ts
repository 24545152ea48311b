/**
 * The status table every handling summary uses: per group, how many items, how many finished
 * (on time, late), how many open (overdue), the two rates and the average handling time.
 */
import type { SpecColumn, SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import { SOURCE_COLUMN } from '../sheet-frame';
import type { Bucket } from './buckets';
import { computeAverageHandlingDays, createTally, computeFinishRate, mergeTally, computeOnTimeRate, type StatusTally } from './status-tally';

export const STATUS_COLUMNS: readonly SpecColumn[] = [
  { header: '件数', width: 8, format: 'integer' },
  { header: '已办结', width: 8, format: 'integer' },
  { header: '其中按时办结', width: 12, format: 'integer' },
  { header: '其中逾期办结', width: 12, format: 'integer' },
  { header: '未办结', width: 8, format: 'integer' },
  { header: '其中逾期未办结', width: 14, format: 'integer' },
  { header: '办结率', width: 9, format: 'percent1' },
  { header: '按时办结率', width: 11, format: 'percent1' },
  { header: '平均办理用时（工作日）', width: 12, format: 'decimal1' },
];

/**
 * The cells of {@link STATUS_COLUMNS} for one tally.
 * @example describeTally({ ...createTally(), total: 2, finished: 1, onTime: 1, unfinished: 1 }) // [2, 1, 1, 0, 1, 0, 0.5, 1, null]
 */
export function describeTally(t: StatusTally): SpecValue[] {
  return [t.total, t.finished, t.onTime, t.late, t.unfinished, t.overdue, computeFinishRate(t), computeOnTimeRate(t), computeAverageHandlingDays(t)];
}

export interface StatusTableInput {
  readonly caption: string;
  readonly labelHeader: string;
  /** Shown for the group of empty cells. */
  readonly emptyLabel: string;
  readonly groups: readonly Bucket<StatusTally>[];
  /** Adds the 工作簿 column. */
  readonly bySource: boolean;
}

/**
 * One row per group and a 合计 row that adds them up.
 * @example buildStatusTable({ caption: '按承办单位', labelHeader: '承办单位', emptyLabel: '（未填写）', groups, bySource: false }).rows.at(-1)?.[0] // '合计'
 */
export function buildStatusTable(input: StatusTableInput): SpecTable {
  const total = createTally();
  const rows: SpecValue[][] = input.groups.map((g) => {
    mergeTally(total, g.acc);
    const label = g.label === '' ? input.emptyLabel : g.label;
    return input.bySource ? [g.source ?? '', label, ...describeTally(g.acc)] : [label, ...describeTally(g.acc)];
  });
  rows.push(input.bySource ? ['合计', '', ...describeTally(total)] : ['合计', ...describeTally(total)]);
  const label: SpecColumn = { header: input.labelHeader, width: 18, format: 'text' };
  return {
    caption: input.caption,
    columns: input.bySource ? [SOURCE_COLUMN, label, ...STATUS_COLUMNS] : [label, ...STATUS_COLUMNS],
    rows,
    rowStyles: rows.map((_, i): SpecRowStyle => (i === rows.length - 1 ? 'total' : 'body')),
  };
}

/**
 * The one-row table of the whole period's figures.
 * @example buildOverviewTable('总体情况', '收文', tally).rows // [['收文', 12, 9, …]]
 */
export function buildOverviewTable(caption: string, label: string, tally: StatusTally): SpecTable {
  return {
    caption,
    columns: [{ header: '范围', width: 18, format: 'text' }, ...STATUS_COLUMNS],
    rows: [[label, ...describeTally(tally)]],
    rowStyles: ['total'],
  };
}
