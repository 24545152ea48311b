/**
 * How many worker threads read the workbooks of one `summary` beside the command's own thread:
 * reads of different files are independent, so two cores read nearly twice as fast; but a worker
 * costs its start (loading the reader's modules, some 0.13 s of CPU), its own JIT warm-up and the
 * packing of the records it sends back, so one file or a handful of small ones are read in the
 * command's own thread only.
 */
import * as os from 'node:os';

/** Below this many bytes of .xlsx in all, workers cost more than they save (≈ 10 registers of 1,000 rows). */
export const MIN_BYTES_FOR_WORKERS = 800_000;

/** More threads than this only add start-up cost and memory: the reads are mostly inflate and parse. */
export const MAX_WORKERS = 3;

/**
 * Worker threads besides the command's own, which reads files too.
 * @param sizes the input files' sizes in bytes (0 for a file that cannot be found)
 * @param requested a fixed count (tests, the bench); 0 reads in this thread only
 * @example plannedWorkers(Array(100).fill(78_000)) // 1 on a machine of two cores
 */
export function plannedWorkers(sizes: readonly number[], requested?: number, cores: number = os.availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), sizes.length, MAX_WORKERS));
  if (sizes.length < 2 || cores < 2) return 0;
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < MIN_BYTES_FOR_WORKERS) return 0;
  return Math.min(cores - 1, sizes.length - 1, MAX_WORKERS);
}

/** File indices largest first, so that no worker is left with a big file at the end. */
export function dispatchOrder(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}
