/** Count and status tables grouped by what a column says, shared by the handling summaries. */
import type { SpecTable } from '../../sheet-spec';
import type { SummaryContext, SummaryItem } from '../summary-types';
import { createBuckets, sortBuckets } from './buckets';
import { buildCountTable } from './count-table';
import { buildStatusTable } from './status-table';
import { addToTally, createTally, type StatusTally } from './status-tally';
import { sortByPreferred } from './value-order';

/** What an empty cell's group is called on the sheets. */
export const EMPTY_LABEL = '（未填写）';

type ReadGroup = (item: SummaryItem) => string;

export interface GroupTableOptions {
  readonly caption: string;
  readonly label: string;
  /** Values listed first, in this order (密级, 紧急程度); otherwise largest first. */
  readonly order?: readonly string[];
  /** Show this many and sum the rest. */
  readonly top?: number;
  /** Keep groups apart per workbook, in the order of these workbooks. */
  readonly perSource?: readonly string[];
}

/**
 * @example buildCountTableBy(items, (i) => readLabel(i.record, 'sender'), { caption: '按来文单位', label: '来文单位', top: 20 })
 */
export function buildCountTableBy(items: readonly SummaryItem[], read: ReadGroup, options: GroupTableOptions): SpecTable {
  const buckets = createBuckets(() => ({ n: 0 }));
  const perSource = options.perSource !== undefined;
  for (const item of items) buckets.at(read(item), perSource ? item.source : null).n += 1;
  const groups = options.order ? sortByPreferred(buckets.list(), options.order, (a) => a.n) : sortBuckets(buckets.list(), (a) => a.n, options.perSource);
  return buildCountTable({ caption: options.caption, labelHeader: options.label, emptyLabel: EMPTY_LABEL, groups, top: options.top, bySource: perSource });
}

/**
 * A status table per group; per workbook and group when `perSource` (units of different
 * townships are different units even when they share a name).
 * @example buildStatusTableBy(ctx, items, (i) => readLabel(i.record, 'handler'), { caption: '按承办单位', label: '承办单位' }, false)
 */
export function buildStatusTableBy(ctx: SummaryContext, items: readonly SummaryItem[], read: ReadGroup, options: GroupTableOptions, perSource: boolean): SpecTable {
  const buckets = createBuckets<StatusTally>(createTally);
  for (const item of items) addToTally(buckets.at(read(item), perSource ? item.source : null), item);
  const groups = options.order ? sortByPreferred(buckets.list(), options.order, (t) => t.total) : sortBuckets(buckets.list(), (t) => t.total, ctx.data.sources);
  return buildStatusTable({ caption: options.caption, labelHeader: options.label, emptyLabel: EMPTY_LABEL, groups, bySource: perSource });
}

/**
 * One status row per workbook, in the order the workbooks were given (a workbook with no items
 * still has its row).
 * @example buildSourceStatusTable(ctx, items, '按工作簿').rows.length // workbooks + 合计
 */
export function buildSourceStatusTable(ctx: SummaryContext, items: readonly SummaryItem[], caption: string): SpecTable {
  const buckets = createBuckets<StatusTally>(createTally);
  for (const source of ctx.data.sources) buckets.at(source);
  for (const item of items) addToTally(buckets.at(item.source), item);
  return buildStatusTable({ caption, labelHeader: '工作簿', emptyLabel: EMPTY_LABEL, groups: buckets.list(), bySource: false });
}

