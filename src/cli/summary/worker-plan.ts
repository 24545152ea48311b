/**
 * How many worker threads read the workbooks of one `summary` beside the command's own thread.
 * Reads of different files are independent, but a worker is not free: its start (loading the
 * reader's modules, 0.1 s of CPU), its own JIT warm-up (0.3 s on its thread, and some 0.9 s of
 * optimising compiles and collection on V8's helper threads) and the packing of the records it
 * sends back. Reading 100 workbooks of 1,000 rows took 2.2 s of CPU in one thread and 4.2 s with
 * one worker beside it.
 *
 * And the helper threads need a core of their own. V8 marks, sweeps and compiles for every
 * thread that runs JavaScript on a pool of helpers; on two cores a worker beside this thread
 * leaves them none. Two threads each reading 50 of those workbooks took 0.62 s alone and 0.90 s
 * side by side (0.64 s with V8's collector confined to the threads it serves, which the bench's
 * reference, ExcelJS, would pay for dearly). In the bench's own sequence the 100-workbook
 * summary took 1.32 times as long as one workbook of all their rows with a worker, and 1.28
 * without. So a worker is started only for a core idle besides one for this thread and one for
 * the helpers; one file, a handful of small ones, two cores, or cores already busy are read in
 * the command's own thread.
 */
import * as os from 'node:os';

/** Below this many bytes of .xlsx in all, workers cost more than they save (≈ 10 registers of 1,000 rows). */
export const MIN_BYTES_FOR_WORKERS = 800_000;

/** More threads than this only add start-up cost and memory: the reads are mostly inflate and parse. */
export const MAX_WORKERS = 3;

/**
 * This process's own share of the one-minute load average: its CPU time over the last minute,
 * roughly (the average decays exponentially; a process younger than a minute has added about
 * its CPU seconds over sixty). A command that has just started adds next to nothing; one run
 * again and again in one process (the bench, a test run) is most of the load it then reads, and
 * must not take itself for another program keeping the cores busy.
 */
export function ownShareOfLoad(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6 / Math.max(60, process.uptime());
}

/**
 * Worker threads besides the command's own, which reads files too.
 * @param sizes the input files' sizes in bytes (0 for a file that cannot be found)
 * @param requested a fixed count (tests, the bench); 0 reads in this thread only
 * @param load the machine's run queue (the one-minute load average)
 * @param ownLoad the part of `load` that is this process's own doing
 * @example plannedWorkers(Array(100).fill(78_000)) // 2 on an idle machine of four cores, 0 on one of two
 */
export function plannedWorkers(sizes: readonly number[], requested?: number, cores: number = os.availableParallelism(), load: number = os.loadavg()[0], ownLoad: number = ownShareOfLoad()): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), sizes.length, MAX_WORKERS));
  if (sizes.length < 2 || cores < 2) return 0;
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < MIN_BYTES_FOR_WORKERS) return 0;
  // The cores left once this command's thread and V8's helpers have one each and other programs
  // have theirs: on a busy machine a worker only takes turns with them and adds its own costs.
  // (Windows reports no load: 0, all cores idle.)
  const elsewhere = Math.max(0, load - ownLoad);
  const idle = Math.round(cores - 2 - elsewhere);
  return Math.max(0, Math.min(idle, sizes.length - 1, MAX_WORKERS));
}

/** File indices largest first, so that no worker is left with a big file at the end. */
export function dispatchOrder(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}
