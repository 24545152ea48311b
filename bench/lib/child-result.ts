/**
 * The line a measuring child process ends with, and how the parent finds it: one JSON object
 * after a fixed prefix, with the child's own peak memory added.
 */

const PREFIX = 'BENCH-RESULT ';

export interface ChildReport<T> {
  readonly result: T;
  /** Peak resident set size of the child, in bytes (getrusage's ru_maxrss). */
  readonly peakRssBytes: number;
  /** CPU time the child used in all, user + system, in milliseconds. */
  readonly cpuMs: number;
}

/** Prints the child's result (call once, at the end). */
export function reportResult(result: unknown): void {
  const usage = process.resourceUsage();
  const report = { result, peakRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
  process.stdout.write(`\n${PREFIX}${JSON.stringify(report)}\n`);
}

/**
 * The report in a child's output, or null when it printed none (it failed).
 * @example parseResult('…\nBENCH-RESULT {"result":1,"peakRssBytes":2,"cpuMs":3}\n') // { result: 1, peakRssBytes: 2, cpuMs: 3 }
 */
export function parseResult<T>(stdout: string): ChildReport<T> | null {
  const line = stdout.split('\n').find((l) => l.startsWith(PREFIX));
  return line ? (JSON.parse(line.slice(PREFIX.length)) as ChildReport<T>) : null;
}
