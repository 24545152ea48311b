/**
 * The deadline engine's deadlines by sheet row, for the rules that look one up per record.
 * Sheet rows are small dense integers, so they index an array: no hash map of 100,000 entries is
 * built per check, and a lookup is a bounds check.
 */
import type { RuleDeadline } from './context';

/** The part of a map the rules use: a Map of row → deadline fits it too. */
export interface RowDeadlines {
  get(row: number): RuleDeadline | undefined;
  /** How many distinct rows have an entry. */
  readonly size: number;
}

/** Rows past the last one a worksheet can have are filed in a map (a hand-built register, never Excel's). */
const MAX_INDEXED_ROW = 1 << 21;

/**
 * Files each record's deadline under its row, `none` for a record the engine gave none; a row
 * given twice keeps its last deadline, as a Map would.
 * @example indexRowDeadlines([{ row: 5, deadline: d }], NONE).get(5) // d
 */
export function indexRowDeadlines(
  items: ReadonlyArray<{ readonly row: number; readonly deadline: RuleDeadline | null }>,
  none: RuleDeadline,
): RowDeadlines {
  const byRow: Array<RuleDeadline | undefined> = [];
  let other: Map<number, RuleDeadline> | null = null;
  let size = 0;
  for (const item of items) {
    const deadline = item.deadline ? item.deadline : none;
    if (Number.isInteger(item.row) && item.row >= 0 && item.row < MAX_INDEXED_ROW) {
      if (byRow[item.row] === undefined) size += 1;
      byRow[item.row] = deadline;
    } else {
      other ??= new Map();
      if (!other.has(item.row)) size += 1;
      other.set(item.row, deadline);
    }
  }
  const rest = other;
  // The two are disjoint: a row the array does not hold (past its end, negative, fractional) is the map's.
  return { size, get: (row) => byRow[row] ?? rest?.get(row) };
}
