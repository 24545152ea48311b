/** 满意度 per handling unit: verdicts counted and the 满意率 ((满意 + 基本满意) ÷ 已评价). */
import type { SpecColumn, SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import { SOURCE_COLUMN } from '../sheet-frame';
import { createBuckets, readLabel, sortBuckets } from '../tables/buckets';
import { EMPTY_LABEL } from '../tables/group-tables';
import type { SummaryItem } from '../summary-types';
import { readVerdict, computeSatisfactionRate, type VerdictTally } from './satisfaction';

const COLUMNS: readonly SpecColumn[] = [
  { header: '承办单位', width: 18, format: 'text' },
  { header: '已评价', width: 8, format: 'integer' },
  { header: '满意', width: 8, format: 'integer' },
  { header: '基本满意', width: 9, format: 'integer' },
  { header: '不满意', width: 8, format: 'integer' },
  { header: '满意率', width: 9, format: 'percent1' },
];

const cellsOf = (t: VerdictTally): SpecValue[] => [t.satisfied + t.basic + t.dissatisfied, t.satisfied, t.basic, t.dissatisfied, computeSatisfactionRate(t)];

/**
 * Items without a readable verdict are left out (not yet visited, or not asked).
 * @example buildSatisfactionTable('满意度', items, null).rows.at(-1) // ['合计', 4, 2, 1, 1, 0.75]
 */
export function buildSatisfactionTable(caption: string, items: readonly SummaryItem[], perSource: readonly string[] | null): SpecTable {
  const buckets = createBuckets<VerdictTally>(() => ({ satisfied: 0, basic: 0, dissatisfied: 0 }));
  const total: VerdictTally = { satisfied: 0, basic: 0, dissatisfied: 0 };
  for (const item of items) {
    const verdict = readVerdict(item.record.values.satisfaction);
    if (!verdict) continue;
    buckets.at(readLabel(item.record, 'handler'), perSource ? item.source : null)[verdict] += 1;
    total[verdict] += 1;
  }
  const groups = sortBuckets(buckets.list(), (t) => t.satisfied + t.basic + t.dissatisfied, perSource ?? []);
  const rows: SpecValue[][] = groups.map((g) => {
    const line = [g.label === '' ? EMPTY_LABEL : g.label, ...cellsOf(g.acc)];
    return perSource ? [g.source ?? '', ...line] : line;
  });
  rows.push(perSource ? ['合计', '', ...cellsOf(total)] : ['合计', ...cellsOf(total)]);
  return {
    caption,
    columns: perSource ? [SOURCE_COLUMN, ...COLUMNS] : COLUMNS,
    rows,
    rowStyles: rows.map((_, i): SpecRowStyle => (i === rows.length - 1 ? 'total' : 'body')),
  };
}
