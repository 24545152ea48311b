/**
 * Timing as the bench reports it: the median of several runs in one process, after a warm-up,
 * in milliseconds of wall-clock time (the clerk waits for the wall clock, not for the CPU).
 */

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Frees what the last run left, when node runs with --expose-gc, so runs start alike. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export interface Sample {
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** Milliseconds of CPU (user + system, all threads) spent meanwhile: steadier on a busy machine. */
  readonly cpuMs: number;
}

/**
 * What one call of `work` takes.
 * @example const { ms } = await timeOnce(() => markFile(path));
 */
export async function timeOnce(work: () => unknown): Promise<Sample> {
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export interface Timing {
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly runsMs: readonly number[];
}

function timingOf(samples: readonly Sample[]): Timing {
  return { medianMs: median(samples.map((s) => s.ms)), medianCpuMs: median(samples.map((s) => s.cpuMs)), runsMs: samples.map((s) => Math.round(s.ms)) };
}

/**
 * Runs every step in turn, `rounds` times (interleaved, so that a busy spell of the machine hits
 * all steps alike and ratios between them hold), and gives each step's median. `settle` runs,
 * untimed, after each step.
 * @example const t = await timeInterleaved({ mark, exceljs }, 3); t.mark.medianMs
 */
export async function timeInterleaved<K extends string>(
  steps: Readonly<Record<K, () => unknown>>,
  rounds: number,
  settle?: (name: K, sample: Sample) => Promise<void> | void,
): Promise<Record<K, Timing>> {
  const names = Object.keys(steps) as K[];
  const runs = Object.fromEntries(names.map((n) => [n, [] as Sample[]])) as Record<K, Sample[]>;
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const sample = await timeOnce(steps[name]);
      runs[name].push(sample);
      // Untimed: what a step leaves the machine to finish is not charged to the next one.
      await settle?.(name, sample);
    }
  }
  return Object.fromEntries(names.map((n) => [n, timingOf(runs[n])])) as Record<K, Timing>;
}
