/**
 * Grouping rows and columns into runs, so that one Office.js call covers many cells: contiguous
 * columns read as one block, rows needing the same treatment joined into one range when the gap
 * between them costs less than another call.
 */

export interface Run {
  readonly from: number;
  readonly to: number;
}

/**
 * Sorted, de-duplicated indexes as contiguous runs.
 * @example toRuns([5, 1, 2, 3, 9, 2]) // [{ from: 1, to: 3 }, { from: 5, to: 5 }, { from: 9, to: 9 }]
 */
export function toRuns(indexes: Iterable<number>): Run[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && i === last.to + 1) runs[runs.length - 1] = { from: last.from, to: i };
    else runs.push({ from: i, to: i });
  }
  return runs;
}

/**
 * Joins runs separated by at most `maxGap` indexes (reading a few extra cells is cheaper than
 * another operation).
 * @example bridgeRuns([{ from: 1, to: 2 }, { from: 5, to: 6 }, { from: 20, to: 20 }], 3) // [{ from: 1, to: 6 }, { from: 20, to: 20 }]
 */
export function bridgeRuns(runs: readonly Run[], maxGap: number): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run.from - last.to - 1 <= maxGap) out[out.length - 1] = { from: last.from, to: Math.max(last.to, run.to) };
    else out.push(run);
  }
  return out;
}
