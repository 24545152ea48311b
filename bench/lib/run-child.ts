/**
 * Runs one measurement in a child process of its own, so that its peak memory is its own, and
 * gives back its report (or why it failed).
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { parseResult, type ChildReport } from './child-result';

export const BENCH_DIR = path.resolve(__dirname, '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..');

/** CPU milliseconds all measuring children used so far: what the run costs on an idle machine. */
let childCpuMs = 0;
export const childCpuTotal = (): number => childCpuMs;

export type ChildOutcome<T> = ({ readonly ok: true } & ChildReport<T>) | { readonly ok: false; readonly error: string };

export interface ChildOptions {
  /** Heap limit for the child, in MB (the default heap is too small for ExcelJS on 100,000 rows). */
  readonly heapMb?: number;
  readonly timeoutMs?: number;
  /** More Node flags (the command line's own, for a child that runs one of its commands). */
  readonly nodeFlags?: readonly string[];
  /**
   * Whether `gc()` is there for the child to collect between timed steps (default). A child that
   * measures a peak goes without: one collection at its start raised `mark`'s peak by some 50 MB
   * (V8 then sizes the old generation from the nearly empty heap), which no clerk's run does.
   */
  readonly exposeGc?: boolean;
}

/**
 * Runs `bench/children/<script>.ts` with the TypeScript hook (and --expose-gc unless told not to).
 * @example const out = await runChild<EngineResult>('engine', [file]);
 */
export function runChild<T>(script: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildOutcome<T>> {
  const nodeArgs = ['-r', path.join(BENCH_DIR, 'register-ts.cjs'), ...(options.exposeGc === false ? [] : ['--expose-gc']), `--max-old-space-size=${options.heapMb ?? 8192}`, ...(options.nodeFlags ?? []), path.join(BENCH_DIR, 'children', `${script}.ts`), ...args];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // setTimeout takes at most 2^31 - 1 ms (anything longer fires at once).
    const limited = options.timeoutMs !== undefined && options.timeoutMs < 2 ** 31;
    const timer = limited ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const report = parseResult<T>(stdout);
      if (report) childCpuMs += report.cpuMs;
      if (report && code === 0) resolve({ ok: true, ...report });
      else resolve({ ok: false, error: `${script} ${args.join(' ')}: exit ${code ?? signal}; ${lastLines(stderr || stdout)}` });
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-4).join(' | ').slice(0, 600);
}
