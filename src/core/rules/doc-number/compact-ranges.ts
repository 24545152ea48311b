/** Lists of numbers written the way a clerk reads them: 9, 12–14. */

/**
 * The numbers missing between the smallest and the largest of a set, as runs `[from, to]`, so a
 * typo such as 1200 among 1..17 costs one run, not a thousand entries.
 * @example findMissingRuns([1, 2, 5, 8]) // [[3, 4], [6, 7]]
 */
export function findMissingRuns(sortedDistinct: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 1; i < sortedDistinct.length; i += 1) {
    const previous = sortedDistinct[i - 1];
    const current = sortedDistinct[i];
    if (current > previous + 1) runs.push([previous + 1, current - 1]);
  }
  return runs;
}

/**
 * Writes missing runs compactly: `9, 12–14`.
 * @example formatRuns([[9, 9], [12, 14]]) // '9, 12–14'
 */
export function formatRuns(runs: ReadonlyArray<readonly [number, number]>, separator = ', '): string {
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(separator);
}
