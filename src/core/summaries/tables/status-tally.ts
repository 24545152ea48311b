/**
 * Status counts of a group of items, and the rates offices report (办结率, 按时办结率, average
 * handling time). Statuses come from the status engine; nothing here decides one.
 *
 * - 办结率 = 已办结 ÷ 件数
 * - 按时办结率 = 按时办结 ÷ 应办结, where 应办结 = 已办结 + 逾期未办结 (an open item not yet due
 *   is not held against anyone)
 * - 平均办理用时 = working days from the counting day to the completion day, averaged over the
 *   items finished with a completion date (an item finished the day it came in took 0 days)
 */
import type { SummaryItem } from '../summary-types';

export interface StatusTally {
  total: number;
  /** done + doneLate */
  finished: number;
  /** done: on or before the deadline, or with none (an item finished by text counts here too). */
  onTime: number;
  /** doneLate */
  late: number;
  /** overdue + dueSoon + open + noDeadline */
  unfinished: number;
  overdue: number;
  /** Sum and count of working days taken, over items finished with a completion date. */
  handlingDays: number;
  handled: number;
}

/**
 * An empty tally.
 * @example createTally().total // 0
 */
export function createTally(): StatusTally {
  return { total: 0, finished: 0, onTime: 0, late: 0, unfinished: 0, overdue: 0, handlingDays: 0, handled: 0 };
}

/**
 * Counts one item into a tally.
 * @example const t = createTally(); addToTally(t, item); t.total // 1
 */
export function addToTally(tally: StatusTally, item: SummaryItem): void {
  tally.total += 1;
  const { status } = item.assessment;
  if (status === 'done' || status === 'doneLate') {
    tally.finished += 1;
    if (status === 'done') tally.onTime += 1;
    else tally.late += 1;
    if (item.handlingDays !== null) {
      tally.handlingDays += item.handlingDays;
      tally.handled += 1;
    }
  } else {
    tally.unfinished += 1;
    if (status === 'overdue') tally.overdue += 1;
  }
}

/**
 * Adds `from` into `into` (for total rows).
 * @example mergeTally(total, unit); total.finished // grows by unit.finished
 */
export function mergeTally(into: StatusTally, from: StatusTally): void {
  for (const key of Object.keys(into) as (keyof StatusTally)[]) into[key] += from[key];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** 已办结 ÷ 件数; null when there are no items. @example computeFinishRate({ ...createTally(), total: 4, finished: 3 }) // 0.75 */
export function computeFinishRate(t: StatusTally): number | null {
  return ratio(t.finished, t.total);
}

/** 按时办结 ÷ (已办结 + 逾期未办结); null when nothing was due. @example computeOnTimeRate({ ...createTally(), finished: 3, onTime: 2, overdue: 1 }) // 0.5 */
export function computeOnTimeRate(t: StatusTally): number | null {
  return ratio(t.onTime, t.finished + t.overdue);
}

/** Average working days taken; null when no item has a completion date. @example computeAverageHandlingDays({ ...createTally(), handlingDays: 9, handled: 2 }) // 4.5 */
export function computeAverageHandlingDays(t: StatusTally): number | null {
  return ratio(t.handlingDays, t.handled);
}
